// A'WOT (AHP-SWOT, Kurttila et al. 2000; anchors.md §5.5, [V]): AHP within each SWOT group gives local weights,
// AHP between the four groups gives group weights, and global weight = group weight × local weight.
//
// Group weights come from a 4×4 comparison of the groups (as in Kharel's separate category survey), or are given
// directly. The original A'WOT compares the groups through each group's top factor [T]; that is a way of filling
// in the 4×4 judgements and needs nothing different here.

/// An item's weight within its SWOT group (a local priority).
public struct LocalPriority: Codable, Hashable, Sendable {
    /// The SWOT group the item belongs to.
    public var quadrant: Quadrant
    /// The item id, e.g. `S1`.
    public var item: String
    /// The weight within the group (0…1).
    public var weight: Double

    /// A local weight of one item.
    public init(quadrant: Quadrant, item: String, weight: Double) {
        self.quadrant = quadrant
        self.item = item
        self.weight = weight
    }
}

/// An item's weight across the whole SWOT: group weight × local weight.
public struct GlobalPriority: Codable, Hashable, Sendable {
    /// The SWOT group the item belongs to.
    public var quadrant: Quadrant
    /// The item id, e.g. `S1`.
    public var item: String
    /// The weight of the item's group.
    public var groupWeight: Double
    /// The item's weight within its group.
    public var localWeight: Double
    /// groupWeight × localWeight.
    public var globalWeight: Double
}

/// The result of a full A'WOT: group priorities, each group's item priorities and the global priorities.
public struct AWOTResult: Codable, Hashable, Sendable {
    /// The 4×4 comparison of the groups (items are the letters S, W, O, T in the planner's order).
    public var groups: AHPResult
    /// The item comparisons of each group.
    public var itemResults: [Quadrant: AHPResult]
    /// Global priorities, grouped S, W, O, T and in each group's item order.
    public var priorities: [GlobalPriority]

    /// The weight of each group.
    public var groupWeights: [Quadrant: Double] {
        var weights: [Quadrant: Double] = [:]
        for (item, weight) in zip(groups.items, groups.priorities) {
            if let quadrant = Quadrant(parsing: item) { weights[quadrant] = weight }
        }
        return weights
    }

    /// Consistency warnings of the group comparison and every item comparison (CR ≥ 0.10), groups first.
    public var warnings: [AHPConsistencyWarning] {
        [groups.warning].compactMap { $0 } + Quadrant.allCases.compactMap { itemResults[$0]?.warning }
    }

    /// Global priorities sorted from highest to lowest (ties keep S, W, O, T order).
    public var ranked: [GlobalPriority] {
        priorities.enumerated().sorted { lhs, rhs in
            lhs.element.globalWeight != rhs.element.globalWeight
                ? lhs.element.globalWeight > rhs.element.globalWeight : lhs.offset < rhs.offset
        }.map(\.element)
    }
}

/// A'WOT computations.
public enum AWOT {
    /// Runs AHP on the 4×4 group comparisons and on each group's items, and combines them into global weights.
    ///
    /// `groupComparisons.items` must name S, W, O and T exactly once each (any spelling `Quadrant(parsing:)`
    /// accepts). `itemComparisons` must hold all four groups. Errors: those of `AHP.evaluate`, plus
    /// `awotGroupsInvalid` and `awotMissingGroup`. Inconsistency (CR ≥ 0.10) is a warning in the result, not an error.
    public static func evaluate(
        groupComparisons: PairwiseComparisons, itemComparisons: [Quadrant: PairwiseComparisons]
    ) throws(ScoringError) -> AWOTResult {
        let parsed = groupComparisons.items.map { Quadrant(parsing: $0) }
        guard parsed.count == 4, Set(parsed.compactMap { $0 }).count == 4 else {
            throw .awotGroupsInvalid(found: groupComparisons.items)
        }
        for quadrant in Quadrant.allCases where itemComparisons[quadrant] == nil { throw .awotMissingGroup(quadrant) }
        let groups = try AHP.evaluate(groupComparisons)
        var itemResults: [Quadrant: AHPResult] = [:]
        var locals: [LocalPriority] = []
        for quadrant in Quadrant.allCases {
            let result = try AHP.evaluate(itemComparisons[quadrant]!)
            itemResults[quadrant] = result
            for (item, weight) in zip(result.items, result.priorities) {
                locals.append(LocalPriority(quadrant: quadrant, item: item, weight: weight))
            }
        }
        var groupWeights: [Quadrant: Double] = [:]
        for (quadrant, weight) in zip(parsed, groups.priorities) { groupWeights[quadrant!] = weight }
        let priorities = try globalPriorities(groupWeights: groupWeights, local: locals)
        return AWOTResult(groups: groups, itemResults: itemResults, priorities: priorities)
    }

    /// Combines group weights and local weights: global = group weight × local weight.
    ///
    /// Group weights must be in 0…1 and sum to 1.00 ± `tolerance` (default 0.005; published tables rounded to two
    /// decimals may need more). Local weights must be in 0…1; their sums are not checked, so a partial list (e.g.
    /// each group's top factors) can be combined. Every local item's group needs a weight. Output order is the
    /// order of `local`, grouped S, W, O, T.
    public static func globalPriorities(
        groupWeights: [Quadrant: Double], local: [LocalPriority], tolerance: Double = FactorMatrix.weightSumTolerance
    ) throws(ScoringError) -> [GlobalPriority] {
        let context = "A'WOT groups"
        for quadrant in Quadrant.allCases {
            guard let weight = groupWeights[quadrant] else { continue }
            guard weight.isFinite else { throw .notFinite(what: "the weight of group \(quadrant.letter)") }
            guard (0...1).contains(weight) else {
                throw .weightOutOfRange(context: context, item: quadrant.letter, value: weight)
            }
        }
        try FactorMatrix.checkWeightSum(
            Quadrant.allCases.reduce(0) { $0 + (groupWeights[$1] ?? 0) }, context: context, normalizable: nil,
            tolerance: tolerance)
        var result: [GlobalPriority] = []
        for quadrant in Quadrant.allCases {
            for entry in local where entry.quadrant == quadrant {
                guard let groupWeight = groupWeights[quadrant] else { throw .awotMissingGroup(quadrant) }
                guard entry.weight.isFinite else { throw .notFinite(what: "the local weight of \(entry.item)") }
                guard (0...1).contains(entry.weight) else {
                    throw .weightOutOfRange(context: "A'WOT items", item: entry.item, value: entry.weight)
                }
                result.append(GlobalPriority(
                    quadrant: quadrant, item: entry.item, groupWeight: groupWeight, localWeight: entry.weight,
                    globalWeight: groupWeight * entry.weight))
            }
        }
        return result
    }
}
