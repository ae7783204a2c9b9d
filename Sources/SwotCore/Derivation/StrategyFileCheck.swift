extension PlanFile {
    /// Checks what JSON decoding cannot about strategies: ids well formed, unique and matching their quadrant,
    /// text present, score 0…1, due dates real. (Status and quadrant values are checked by decoding.)
    static func checkStrategies(_ plan: Plan) throws(PlanFileProblem) {
        var seen = Set<String>()
        for strategy in plan.strategies {
            guard Strategy.isStrategyID(strategy.id), strategy.id == strategy.id.uppercased(),
                  strategy.id.hasPrefix(strategy.quadrant.rawValue) else {
                throw PlanFileProblem(message: "strategy id \"\(strategy.id)\" does not fit its quadrant \(strategy.quadrant.rawValue)")
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
            if let due = strategy.due, !StrategyDate.isValid(due) {
                throw PlanFileProblem(message: "strategy \(strategy.id) has due date \"\(due)\", which is not a YYYY-MM-DD date")
            }
        }
    }
}
