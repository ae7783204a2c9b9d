/// What a `derive` did to the plan's strategies.
public struct DerivationSummary: Equatable, Sendable {
    /// New proposals, by id.
    public var added: [String] = []
    /// Proposals rewritten from current items (same move, same id).
    public var updated: [String] = []
    /// Proposals no longer among the best and without any decision on them, removed.
    public var withdrawn: [String] = []
    /// Strategies kept although one of their source items is gone.
    public var stale: [String] = []
    /// Strategies the planner decided on (accepted, rejected, edited, assigned or their own), kept as they were.
    public var kept: [String] = []
    /// Quadrants without items on one side, so nothing could be derived.
    public var emptyQuadrants: [TOWSQuadrant] = []
    /// Quadrants given a one-sided fallback because no pair of items fits any move.
    public var fallbackQuadrants: [TOWSQuadrant] = []
    /// Items no strategy of the plan names after the derive, with the reasons.
    public var leftOut: [LeftOutItem] = []
}

extension Plan {
    /// Most proposals `derive` keeps per quadrant unless told otherwise, and the strategies a `matrix` cell shows.
    public static let defaultStrategyCount = 8
    /// Fewest proposals `derive` keeps per quadrant unless told otherwise (when the items allow), so a small plan
    /// still offers a choice.
    public static let minimumStrategyCount = 3

    /// How many proposals `derive` keeps for a quadrant unless told otherwise: one per item of the quadrant's larger
    /// side, so every item can have a strategy of its own, between `minimumStrategyCount` and `defaultStrategyCount`
    /// (`StrategyDeriver.proposals` goes on up to that most while an item still has no strategy).
    public static func viewSize(_ plan: Plan, _ quadrant: TOWSQuadrant) -> Int {
        let larger = max(plan.items(in: quadrant.internalSide).count, plan.items(in: quadrant.externalSide).count)
        return min(max(larger, minimumStrategyCount), defaultStrategyCount)
    }

    /// Derives strategies and merges them into the plan, keeping the planner's decisions.
    ///
    /// - The `top` proposals per quadrant (nil: `viewSize`; `StrategyDeriver.proposals`: fitting both sides,
    ///   same-topic pairs first, no move or pair of items twice, items not yet named first) whose move has no
    ///   decided strategy become the proposals. A proposal
    ///   from the same move as an existing undecided proposal keeps that proposal's id; new ones get the quadrant's
    ///   next number (`nextNumber["SO"]`, …), so ids are never reused.
    /// - Decided strategies (accepted, rejected, edited, with an owner, due date or KPI, linked to SPBE indicators,
    ///   or the planner's own) are never rewritten; their move is not proposed again.
    /// - A strategy any of whose source items is gone is marked stale; an undecided stale proposal whose move is no
    ///   longer derived is kept (stale) rather than dropped. Other undecided proposals that fall out of the best
    ///   `top` are withdrawn.
    @discardableResult
    public mutating func deriveStrategies(
        using deriver: StrategyDeriver, top: Int? = nil
    ) -> DerivationSummary {
        var summary = DerivationSummary()
        let itemIDs = Set(items.map(\.id))
        let language = effectiveLanguage
        var result: [Strategy] = []
        let positions = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Items some strategy names already: kept decisions first, then each quadrant's proposals as they are made.
        // Every quadrant weighs the same items' labels and words: they are worked out once.
        let words = deriver.itemWords(self)
        var namedInPlan = Set(strategies.filter { $0.isDecided && $0.status != .rejected }.flatMap(\.sources)
            .compactMap { positions[$0] })

        for quadrant in TOWSQuadrant.allCases {
            let existing = strategies.filter { $0.quadrant == quadrant }.map { strategy -> Strategy in
                var strategy = strategy
                strategy.stale = !strategy.sources.allSatisfy(itemIDs.contains)
                return strategy
            }
            // A strategy linked to SPBE indicators (`raises`) is a decision too.
            let decided = existing.filter { $0.isDecided || spbe.raises[$0.id] != nil }
            var undecided = existing.filter { !$0.isDecided && spbe.raises[$0.id] == nil }
            let heldMoves = Set(decided.compactMap(\.moveID))
            let kept = decided.filter { $0.status != .rejected }.map { Set($0.sources.compactMap { positions[$0] }) }
            let candidates = deriver.proposals(
                for: self, in: quadrant, top: top, excluding: heldMoves, kept: kept, namedInPlan: namedInPlan,
                words: words)
            for candidate in candidates { namedInPlan.formUnion(candidate.itemSet) }
            if items(in: quadrant.internalSide).isEmpty || items(in: quadrant.externalSide).isEmpty {
                summary.emptyQuadrants.append(quadrant)
            }
            if candidates.contains(where: { $0.fit != .full }) { summary.fallbackQuadrants.append(quadrant) }

            var fresh: [Strategy] = []
            for candidate in candidates {
                if let position = undecided.firstIndex(where: { $0.moveID == candidate.move.id }) {
                    let previous = undecided.remove(at: position)
                    fresh.append(deriver.strategy(from: candidate, plan: self, language: language, id: previous.id))
                    summary.updated.append(previous.id)
                } else {
                    let id = takeStrategyID(quadrant)
                    fresh.append(deriver.strategy(from: candidate, plan: self, language: language, id: id))
                    summary.added.append(id)
                }
            }
            for strategy in undecided {
                if strategy.stale { fresh.append(strategy) } else { summary.withdrawn.append(strategy.id) }
            }
            summary.kept += decided.map(\.id)
            let all = (decided + fresh).sorted { $0.number < $1.number }
            summary.stale += all.filter(\.stale).map(\.id)
            result += all
        }
        strategies = result
        summary.leftOut = itemsLeftOut(using: deriver, words: words)
        return summary
    }

    /// The quadrant's next strategy id, counted up so it is never given out again.
    mutating func takeStrategyID(_ quadrant: TOWSQuadrant) -> String {
        let used = strategies.filter { $0.quadrant == quadrant }.map(\.number).max() ?? 0
        let number = max(nextNumber[quadrant.rawValue, default: 1], used + 1)
        nextNumber[quadrant.rawValue] = number + 1
        return "\(quadrant.rawValue)\(number)"
    }

    /// A quadrant's strategies in rank order: by score, best first, rejected ones last; ties by id.
    public func strategies(in quadrant: TOWSQuadrant) -> [Strategy] {
        strategies.filter { $0.quadrant == quadrant }.sorted { lhs, rhs in
            if (lhs.status == .rejected) != (rhs.status == .rejected) { return rhs.status == .rejected }
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return lhs.number < rhs.number
        }
    }

    /// The strategy with this id, if the plan has it.
    public func strategy(_ id: StrategyID) -> Strategy? { strategy(written: id.description) }

    /// The strategy an id the plan itself holds names (in the QSPM, a vote), if it is still there.
    public func strategy(written id: String) -> Strategy? {
        strategies.first { $0.id == id }
    }
}
