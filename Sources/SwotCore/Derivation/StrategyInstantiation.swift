extension StrategyDeriver {
    /// Writes a candidate out as a strategy: its sentence, sources, categories and citations. Called only for the
    /// candidates that are kept, after ranking.
    public func strategy(from candidate: Candidate, plan: Plan, language: Language, id: String) -> Strategy {
        let move = candidate.move
        let scoring = StrategyScoring(plan: plan)

        func matches(_ support: Support, _ categories: [String]) -> [CategoryMatch] {
            scoring.strength(of: plan.items[support.item], for: categories).matches
        }
        func mentions(_ supports: [Support], _ categories: [String]) -> [StrategyText.Mention] {
            supports.prefix(StrategyText.namedPerSide)
                .sorted { plan.items[$0.item].number < plan.items[$1.item].number }
                .map { support in
                    let item = plan.items[support.item]
                    let terms = matches(support, categories).flatMap(\.terms)
                    return StrategyText.Mention(id: item.id, excerpt: StrategyText.excerpt(item.text, terms: terms))
                }
        }

        let text = StrategyText.sentence(
            candidate.quadrant,
            internal: mentions(candidate.internalSupport, move.internal),
            moreInternal: max(0, candidate.internalSupport.count - StrategyText.namedPerSide),
            external: mentions(candidate.externalSupport, move.external),
            moreExternal: max(0, candidate.externalSupport.count - StrategyText.namedPerSide),
            action: move.action[language], language: language
        )

        // Categories through which the items selected the move, by their best score.
        var best: [String: Double] = [:]
        if candidate.fit != .generic {
            for (supports, categories) in [(candidate.internalSupport, move.internal), (candidate.externalSupport, move.external)] {
                for support in supports {
                    for match in matches(support, categories) where !categories.isEmpty {
                        best[match.category] = max(best[match.category] ?? 0, match.score)
                    }
                }
            }
        }
        let categories = best.keys.sorted { best[$0]! != best[$1]! ? best[$0]! > best[$1]! : $0 < $1 }

        func ids(_ supports: [Support]) -> [String] {
            supports.map { plan.items[$0.item] }.sorted { $0.number < $1.number }.map(\.id)
        }
        return Strategy(
            id: id, quadrant: candidate.quadrant, text: text,
            sources: ids(candidate.internalSupport) + ids(candidate.externalSupport),
            categories: categories, moveID: move.id, paperStrategy: move.paperStrategy,
            citations: move.citations.map { StrategyCitation($0, in: knowledgeBase) },
            score: candidate.score, status: .proposed, origin: .derived
        )
    }
}
