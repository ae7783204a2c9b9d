extension Plan {
    /// Writes again the sentences of the derived strategies whose words the planner has not edited, in the plan's
    /// language and with each item's label as it is now. `lang` and `label` call it, so a strategy list never mixes
    /// languages and never names one item two ways. Only the sentence changes: the items, move, score and decisions
    /// stay. A strategy whose move the knowledge base no longer has, or one of whose items is gone, keeps its sentence.
    /// Returns the ids of the strategies whose sentence changed.
    @discardableResult
    public mutating func rewordStrategies(knowledgeBase: KnowledgeBase) -> [String] {
        let language = effectiveLanguage
        var reworded: [String] = []
        for index in strategies.indices {
            let strategy = strategies[index]
            guard strategy.origin == .derived, !strategy.edited, let moveID = strategy.moveID,
                  let move = knowledgeBase.moves.first(where: { $0.id == moveID }) else { continue }
            guard let (inner, outer) = namedItems(strategy) else { continue }
            let text = StrategyText.sentence(
                strategy.quadrant, move: move, internal: inner, external: outer, language: language,
                oneSided: strategy.oneSided
            ).text
            guard text != strategy.text else { continue }
            strategies[index].text = text
            reworded.append(strategy.id)
        }
        return reworded
    }

    /// The items a strategy names, internal and external, in its order; nil when one of them is gone.
    public func namedItems(_ strategy: Strategy) -> (internal: [Item], external: [Item])? {
        let named = strategy.sources.compactMap { item(written: $0) }
        guard named.count == strategy.sources.count else { return nil }
        let isInternal = { (item: Item) in item.quadrant == strategy.quadrant.internalSide }
        return (named.filter(isInternal), named.filter { !isInternal($0) })
    }
}
