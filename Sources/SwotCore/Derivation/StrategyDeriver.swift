/// Derives TOWS strategies from a plan's items and a knowledge base. Pure: the same plan and knowledge base give the
/// same candidates, and nothing is changed (merging into the plan is `Plan.deriveStrategies`).
///
/// For a quadrant (SO, ST, WO, WT), every pair of an internal item (S or W) and an external item (O or T) selects
/// the knowledge base's moves for that quadrant whose internal categories the first item has (or any, when the
/// move lists none) and whose external categories the second has. The pairs that select the same move make one
/// candidate: a move's candidate uses every internal item that fits it and every external item that fits it, so
/// the work is one pass over items × categories through an index of moves by category, not over all pairs.
///
/// A quadrant with items on both sides is never left empty: when no pair selects a move, moves that fit one side
/// are used with the other side's best item (`Fit.oneSide`), and failing that the quadrant's most general move
/// (`Fit.generic`).
public struct StrategyDeriver: Sendable {
    public let knowledgeBase: KnowledgeBase
    private let indexes: [TOWSQuadrant: MoveIndex]

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        var indexes: [TOWSQuadrant: MoveIndex] = [:]
        for quadrant in TOWSQuadrant.allCases {
            indexes[quadrant] = MoveIndex(moves: knowledgeBase.moves.filter { $0.quadrant == quadrant })
        }
        self.indexes = indexes
    }

    /// How well a candidate's items fit its move.
    public enum Fit: Int, Sendable, Comparable {
        /// Items on both sides have the move's categories.
        case full
        /// Only one side has them; the other side's best item stands in (fallback).
        case oneSide
        /// Neither side has them; the quadrant's most general move stands in (fallback).
        case generic

        public static func < (lhs: Fit, rhs: Fit) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One item supporting a candidate: its index in `plan.items` and its strength for the move.
    public struct Support: Sendable, Equatable {
        public var item: Int
        public var strength: Double
    }

    /// A move selected for a quadrant, with every item that selected it, before any text is written.
    public struct Candidate: Sendable {
        public var quadrant: TOWSQuadrant
        public var move: StrategyMove
        /// Supporting internal and external items, strongest first.
        public var internalSupport: [Support]
        public var externalSupport: [Support]
        public var score: Double
        public var fit: Fit
    }

    /// The candidates of every quadrant, ranked best first.
    public func candidates(for plan: Plan) -> [TOWSQuadrant: [Candidate]] {
        let scoring = StrategyScoring(plan: plan)
        var result: [TOWSQuadrant: [Candidate]] = [:]
        for quadrant in TOWSQuadrant.allCases {
            result[quadrant] = candidates(for: plan, in: quadrant, scoring: scoring)
        }
        return result
    }

    /// The ranked candidates of one quadrant.
    public func candidates(for plan: Plan, in quadrant: TOWSQuadrant) -> [Candidate] {
        candidates(for: plan, in: quadrant, scoring: StrategyScoring(plan: plan))
    }

    func candidates(for plan: Plan, in quadrant: TOWSQuadrant, scoring: StrategyScoring) -> [Candidate] {
        guard let index = indexes[quadrant], !index.moves.isEmpty else { return [] }
        let internalItems = plan.items.indices.filter { plan.items[$0].quadrant == quadrant.internalSide }
        let externalItems = plan.items.indices.filter { plan.items[$0].quadrant == quadrant.externalSide }
        guard !internalItems.isEmpty, !externalItems.isEmpty else { return [] }

        let internalSupport = index.support(of: internalItems, in: plan, byCategory: index.internalByCategory, any: index.anyInternal, scoring: scoring)
        let externalSupport = index.support(of: externalItems, in: plan, byCategory: index.externalByCategory, any: index.anyExternal, scoring: scoring)

        var found: [Candidate] = []
        for (moveIndex, move) in index.moves.enumerated() {
            let inner = internalSupport[moveIndex], outer = externalSupport[moveIndex]
            guard let bestInner = inner.map(\.strength).max(), let bestOuter = outer.map(\.strength).max(),
                  bestInner > 0, bestOuter > 0 else { continue }
            found.append(Candidate(
                quadrant: quadrant, move: move, internalSupport: inner, externalSupport: outer,
                score: bestInner * bestOuter * StrategyScoring.basisFactor(move.basis), fit: .full
            ))
        }
        if found.isEmpty {
            found = fallback(index: index, internalSupport: internalSupport, externalSupport: externalSupport,
                             internalItems: internalItems, externalItems: externalItems, plan: plan, scoring: scoring,
                             quadrant: quadrant)
        }
        for position in found.indices {
            found[position].internalSupport.sort(by: StrategyDeriver.stronger(plan))
            found[position].externalSupport.sort(by: StrategyDeriver.stronger(plan))
        }
        return found.sorted(by: StrategyDeriver.ranksAbove)
    }

    /// The one-side and generic fallbacks for a quadrant where no pair selects a move.
    private func fallback(
        index: MoveIndex, internalSupport: [[Support]], externalSupport: [[Support]], internalItems: [Int],
        externalItems: [Int], plan: Plan, scoring: StrategyScoring, quadrant: TOWSQuadrant
    ) -> [Candidate] {
        func best(_ items: [Int]) -> Support {
            let supports = items.map { Support(item: $0, strength: scoring.bestStrength(of: plan.items[$0])) }
            return supports.sorted(by: StrategyDeriver.stronger(plan))[0]
        }
        let bestInternal = best(internalItems), bestExternal = best(externalItems)
        let unmatched = StrategyScoring.unmatchedStrength
        var found: [Candidate] = []
        for (moveIndex, move) in index.moves.enumerated() {
            var inner = internalSupport[moveIndex].filter { $0.strength > 0 }
            var outer = externalSupport[moveIndex].filter { $0.strength > 0 }
            guard inner.isEmpty != outer.isEmpty else { continue }
            let matched = (inner + outer).map(\.strength).max() ?? 0
            if inner.isEmpty { inner = [Support(item: bestInternal.item, strength: unmatched)] }
            if outer.isEmpty { outer = [Support(item: bestExternal.item, strength: unmatched)] }
            found.append(Candidate(
                quadrant: quadrant, move: move, internalSupport: inner, externalSupport: outer,
                score: matched * unmatched * StrategyScoring.basisFactor(move.basis), fit: .oneSide
            ))
        }
        if found.isEmpty {
            // Most general: a move that accepts any category, else the one that lists the most categories.
            let general = index.moves.enumerated().max { lhs, rhs in
                let left = lhs.element.internal.isEmpty && lhs.element.external.isEmpty ? Int.max : lhs.element.internal.count + lhs.element.external.count
                let right = rhs.element.internal.isEmpty && rhs.element.external.isEmpty ? Int.max : rhs.element.internal.count + rhs.element.external.count
                return left != right ? left < right : lhs.offset > rhs.offset
            }!.element
            found.append(Candidate(
                quadrant: quadrant, move: general,
                internalSupport: [Support(item: bestInternal.item, strength: unmatched)],
                externalSupport: [Support(item: bestExternal.item, strength: unmatched)],
                score: unmatched * unmatched * StrategyScoring.basisFactor(general.basis), fit: .generic
            ))
        }
        return found
    }

    /// Stronger support first; on a tie, the item with the lower number.
    static func stronger(_ plan: Plan) -> (Support, Support) -> Bool {
        { lhs, rhs in
            lhs.strength != rhs.strength ? lhs.strength > rhs.strength : plan.items[lhs.item].number < plan.items[rhs.item].number
        }
    }

    /// Ranking within a quadrant: higher score, better fit, more supporting items, then the move id.
    static func ranksAbove(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        if lhs.fit != rhs.fit { return lhs.fit < rhs.fit }
        let leftCount = lhs.internalSupport.count + lhs.externalSupport.count
        let rightCount = rhs.internalSupport.count + rhs.externalSupport.count
        if leftCount != rightCount { return leftCount > rightCount }
        return lhs.move.id < rhs.move.id
    }

    /// The moves of one quadrant, indexed by the categories on each side.
    struct MoveIndex: Sendable {
        var moves: [StrategyMove]
        var internalByCategory: [String: [Int]] = [:]
        var externalByCategory: [String: [Int]] = [:]
        /// Moves that accept any internal (external) category.
        var anyInternal: [Int] = []
        var anyExternal: [Int] = []

        init(moves: [StrategyMove]) {
            self.moves = moves
            for (position, move) in moves.enumerated() {
                if move.internal.isEmpty { anyInternal.append(position) }
                if move.external.isEmpty { anyExternal.append(position) }
                for category in Set(move.internal) { internalByCategory[category, default: []].append(position) }
                for category in Set(move.external) { externalByCategory[category, default: []].append(position) }
            }
        }

        /// For each move, the items of one side that fit it, with their strength. Items are visited in order, so
        /// an item's entries for a move are adjacent and the strongest category wins.
        func support(
            of items: [Int], in plan: Plan, byCategory: [String: [Int]], any: [Int], scoring: StrategyScoring
        ) -> [[Support]] {
            var support = [[Support]](repeating: [], count: moves.count)
            for itemIndex in items {
                let item = plan.items[itemIndex]
                let factor = scoring.weightFactor(item)
                for match in item.categories {
                    guard let moveIndexes = byCategory[match.category] else { continue }
                    let strength = match.score * factor
                    for moveIndex in moveIndexes {
                        if let last = support[moveIndex].last, last.item == itemIndex {
                            if strength > last.strength { support[moveIndex][support[moveIndex].count - 1].strength = strength }
                        } else {
                            support[moveIndex].append(Support(item: itemIndex, strength: strength))
                        }
                    }
                }
                if !any.isEmpty {
                    let strength = item.categories.isEmpty ? StrategyScoring.unmatchedStrength * factor : scoring.bestStrength(of: item)
                    for moveIndex in any { support[moveIndex].append(Support(item: itemIndex, strength: strength)) }
                }
            }
            return support
        }
    }
}
