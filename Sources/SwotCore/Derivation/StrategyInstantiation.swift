extension StrategyDeriver {
    /// Writes a candidate out as a strategy: its sentence, sources, categories and citations. Called only for the
    /// candidates that are kept, after ranking.
    public func strategy(from candidate: Candidate, plan: Plan, language: Language, id: String) -> Strategy {
        let move = candidate.move
        let text = StrategyText.sentence(
            candidate.quadrant, move: move, internal: candidate.internalSupport.map { plan.items[$0.item] },
            external: candidate.externalSupport.map { plan.items[$0.item] }, language: language,
            oneSided: candidate.fit == .oneSide
        ).text

        // Categories through which the items selected the move, by their best score: an item's top category, or
        // its second for an item paired through it (see `StrategyDeriver.runnerUpAffinity`).
        var best: [String: Double] = [:]
        for (supports, categories) in [
            (candidate.internalSupport, move.internal), (candidate.externalSupport, move.external),
        ] {
            for support in supports {
                let item = plan.items[support.item]
                let fits = { (match: CategoryMatch) in categories.isEmpty || categories.contains(match.category) }
                let tops = StrategyFit.topCategories(of: item).filter(fits)
                for match in tops.isEmpty ? Array(item.categories.dropFirst().prefix(1).filter(fits)) : tops {
                    best[match.category] = max(best[match.category] ?? 0, match.score)
                }
            }
        }
        let categories = best.keys.sorted { best[$0]! != best[$1]! ? best[$0]! > best[$1]! : $0 < $1 }

        func ids(_ supports: [Support]) -> [String] {
            supports.map { plan.items[$0.item] }.sorted { $0.number < $1.number }.map(\.id)
        }
        var strategy = Strategy(
            id: id, quadrant: candidate.quadrant, text: text,
            sources: ids(candidate.internalSupport) + ids(candidate.externalSupport),
            categories: categories, moveID: move.id, paperStrategy: move.paperStrategy,
            citations: move.citations.map { StrategyCitation($0, in: knowledgeBase) },
            // The plan keeps a score of 0…1 (a fit, as the items' match scores are); the boosts for shared topics
            // and words only order the candidates, so a pair raised above 1 is kept as 1. Nine decimals: sums over
            // sets, whose order changes from run to run, differ in the last digit, and a plan file should diff clean.
            score: (min(candidate.score, 1) * 1e9).rounded() / 1e9, status: .proposed, origin: .derived
        )
        strategy.oneSided = candidate.fit == .oneSide
        return strategy
    }
}
