extension PlanFile {
    /// Checks the action plan of a plan file: a valid period; per strategy, texts present and not overlong, at most
    /// one target per year and one budget line per source and year, amounts above zero and at most
    /// `RupiahAmount.maximum`, and every year inside the period.
    static func checkActionPlan(_ plan: Plan) throws(PlanFileProblem) {
        if let problem = plan.period?.problem {
            throw PlanFileProblem(message: "the plan period \(plan.period!.label) is not valid: \(problem)")
        }
        func checkYear(_ year: Int, _ what: String) throws(PlanFileProblem) {
            guard let period = plan.period else {
                throw PlanFileProblem(message: "\(what) is for \(year), but the plan has no period")
            }
            guard period.contains(year) else {
                throw PlanFileProblem(message: "\(what) is for \(year), outside the plan period \(period.label)")
            }
        }
        for strategy in plan.strategies {
            for (name, text) in [("programme", strategy.programme), ("baseline", strategy.baseline)] {
                guard let text else { continue }
                guard !text.trimmingWhitespace().isEmpty, text.count <= Plan.maximumTextLength else {
                    throw PlanFileProblem(message: "strategy \(strategy.id) has an empty or overlong \(name)")
                }
            }
            var years = Set<Int>()
            for target in strategy.targets {
                guard years.insert(target.year).inserted else {
                    throw PlanFileProblem(message: "strategy \(strategy.id) has two targets for \(target.year)")
                }
                guard !target.value.trimmingWhitespace().isEmpty, target.value.count <= Plan.maximumTextLength else {
                    throw PlanFileProblem(
                        message: "strategy \(strategy.id) has an empty or overlong target for \(target.year)")
                }
                try checkYear(target.year, "strategy \(strategy.id)'s target")
            }
            var lines = Set<BudgetLine>()
            for line in strategy.budget {
                let name = "strategy \(strategy.id)'s \(line.source.label) budget line"
                guard line.amount > 0, line.amount <= RupiahAmount.maximum else {
                    throw PlanFileProblem(
                        message: "\(name) has \(line.amount) rupiah; amounts lie above 0, up to "
                            + "\(RupiahAmount.maximum)")
                }
                guard lines.insert(BudgetLine(amount: 0, source: line.source, year: line.year)).inserted else {
                    let when = line.year.map(String.init) ?? "the whole period"
                    throw PlanFileProblem(message: "\(name) for \(when) appears twice")
                }
                if let year = line.year { try checkYear(year, name) }
            }
        }
    }
}
