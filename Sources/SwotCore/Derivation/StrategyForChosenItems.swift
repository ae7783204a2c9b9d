/// A strategy for items the planner pairs (`strategy add WO from W3 O5`): `derive` proposes the pairs it ranks
/// first, and a planner often sees another (the staff shortage and the campus's interns); swot writes that one too,
/// from a move of the knowledge base that fits every named item, with its papers, as `derive` would.
extension StrategyDeriver {
    /// Of the quadrant's moves that every one of `chosen` (item indexes, both sides) fits on its side as `derive` fits
    /// items, the one whose action speaks most closely to the items' distinctive words, an action that brings a
    /// subject of its own counting for less (as `closestMove` picks a proposal's move), then the best scored; moves
    /// no strategy of the quadrant uses (`used`) come first, so one move is not shown twice. Nil when no move fits
    /// them all, or when the items are not on both sides of the quadrant.
    public func candidate(
        for plan: Plan, in quadrant: TOWSQuadrant, naming chosen: [Int], avoiding used: Set<String> = []
    ) -> Candidate? {
        let inner = chosen.filter { plan.items[$0].quadrant == quadrant.internalSide }
        let outer = chosen.filter { plan.items[$0].quadrant == quadrant.externalSide }
        guard !inner.isEmpty, !outer.isEmpty, let index = index(quadrant, PlanScope.of(plan)) else { return nil }
        let words = itemWords(plan)
        let fitting = self.fitting(plan, quadrant, index, StrategyScoring(plan: plan), words)
        let subjects = chosen.reduce(UInt64(0)) { $0 | words.subjects[$1] }
        // Every named item of a side among a move's fitting items of that side, strongest first; nil if one is not.
        func supports(_ items: [Int], _ fitting: [Support]) -> [Support]? {
            let found = fitting.filter { items.contains($0.item) }
            return found.count == items.count ? found : nil
        }
        var best: (key: (Int, Double, Double), candidate: Candidate)?
        for position in index.moves.indices {
            guard let innerSupport = supports(inner, fitting.inner[position]),
                  let outerSupport = supports(outer, fitting.outer[position]) else { continue }
            let move = index.moves[position]
            let foreign = index.relevance.foreignFactor(subjects, 0, move: position)
            // Each item's words the action shares, or a subject of the item it names (a campus for "KKN tematik").
            let relevance = chosen.reduce(foreign) { product, item in
                let named = index.relevance.namesSubject(words.subjects[item], move: position)
                return product * index.relevance.factor(words.distinctiveStems[item], move: position)
                    * (named ? 1 + MoveRelevance.maximumBoost : 1)
            }
            // Scored as `derive` scores a strategy: by its strongest pair.
            let first = innerSupport[0], second = outerSupport[0]
            let affinity = StrategyScoring.affinity(plan.items[first.item], plan.items[second.item])
                * words.affinity(first.item, second.item) * words.closeness(first.item, second.item) * foreign
            let score = StrategyScoring.pairScore(first.strength, second.strength, move: move, affinity: affinity)
            let key = (used.contains(move.id) ? 0 : 1, relevance, score)
            if let current = best?.key, key <= current { continue }
            best = (key, Candidate(
                quadrant: quadrant, move: move, internalSupport: innerSupport, externalSupport: outerSupport,
                score: score, fit: .full))
        }
        return best?.candidate
    }
}

extension Plan {
    /// Adds a strategy for the items the planner names, written by swot from the move that fits them all
    /// (`StrategyDeriver.candidate(for:in:naming:avoiding:)`), accepted as the planner chose it: its sentence, move,
    /// categories and papers are those `derive` would give, and `why` traces it. At least one item of each side of
    /// the quadrant, at most `StrategyDeriver.maximumItems`; the items of a strategy the quadrant already has (not
    /// rejected) are refused, as a second one would be its duplicate.
    @discardableResult
    public mutating func addStrategy(
        _ quadrant: TOWSQuadrant, naming sources: [ItemID], using deriver: StrategyDeriver
    ) throws -> Strategy {
        let chosen = try sourcePositions(sources, for: quadrant)
        let ids = chosen.map { items[$0].id }
        guard chosen.contains(where: { items[$0].quadrant == quadrant.internalSide }),
              chosen.contains(where: { items[$0].quadrant == quadrant.externalSide }) else {
            throw StrategyError.needsBothSides(quadrant)
        }
        guard chosen.count <= StrategyDeriver.maximumItems else { throw StrategyError.tooManyItems(ids) }
        let quadrantStrategies = strategies.filter { $0.quadrant == quadrant }
        if let same = quadrantStrategies.first(where: { $0.status != .rejected && Set($0.sources) == Set(ids) }) {
            throw StrategyError.alreadyNamed(same.id, ids)
        }
        let used = Set(quadrantStrategies.compactMap(\.moveID))
        guard let candidate = deriver.candidate(for: self, in: quadrant, naming: chosen, avoiding: used) else {
            throw StrategyError.noMoveFits(quadrant, ids)
        }
        var strategy = deriver.strategy(
            from: candidate, plan: self, language: effectiveLanguage, id: takeStrategyID(quadrant))
        strategy.status = .accepted
        strategies.append(strategy)
        return strategy
    }
}
