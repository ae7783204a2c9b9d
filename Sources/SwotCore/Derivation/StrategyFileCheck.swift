extension PlanFile {
    /// Checks what JSON decoding cannot about strategies: ids well formed, unique and matching their quadrant,
    /// text present, score 0…1, due dates real. (Status and quadrant values are checked by decoding.)
    static func checkStrategies(_ plan: Plan) throws(PlanFileProblem) {
        var seen = Set<String>()
        for strategy in plan.strategies {
            guard StrategyID(written: strategy.id)?.quadrant == strategy.quadrant else {
                throw PlanFileProblem(message: "strategy id \"\(strategy.id)\" does not fit its quadrant "
                    + "\(strategy.quadrant.rawValue)")
            }
            guard seen.insert(strategy.id).inserted else {
                throw PlanFileProblem(message: "strategy id \(strategy.id) appears twice")
            }
            guard !strategy.text.trimmingWhitespace().isEmpty else {
                throw PlanFileProblem(message: "strategy \(strategy.id) has no text")
            }
            guard strategy.score.isFinite, strategy.score >= 0, strategy.score <= 1 else {
                throw PlanFileProblem(message: "strategy \(strategy.id) has a score outside 0…1")
            }
            // Names the report and `why` print as they are: each must be an id, never markup or a link.
            if let bad = strategy.sources.first(where: { ItemID(written: $0) == nil }) {
                throw PlanFileProblem(message: "strategy \(strategy.id) names source \"\(bad)\", which is not an item "
                    + "id")
            }
            if let bad = (strategy.categories + [strategy.moveID].compactMap { $0 }).first(where: { !isToken($0) }) {
                throw PlanFileProblem(message: "strategy \(strategy.id) names \"\(bad)\", which is not a category or "
                    + "move id")
            }
            for citation in strategy.citations
            where !isToken(citation.source) || citation.from < 1 || citation.to < citation.from {
                throw PlanFileProblem(message: "strategy \(strategy.id) has a citation of \"\(citation.source)\" lines "
                    + "\(citation.from)-\(citation.to), which is not a source id and line range")
            }
            if let due = strategy.due, !StrategyDate.isValid(due) {
                throw PlanFileProblem(message: "strategy \(strategy.id) has due date \"\(due)\", which is not a "
                    + "YYYY-MM-DD date")
            }
        }
    }
}
