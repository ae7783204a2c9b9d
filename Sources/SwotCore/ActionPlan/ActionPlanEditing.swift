/// The planner's changes to the action plan. Each one checks its input first and changes nothing when it throws.
/// The responsible unit and the indicator are the strategy's `owner` and `kpi` (`assign`, `kpi`).
extension Plan {
    /// Sets the years the plan covers; refused when targets or budget lines already use a year outside them.
    public mutating func setPeriod(start: Int, end: Int) throws(ActionPlanError) {
        let period = PlanPeriod(start: start, end: end)
        if let problem = period.problem { throw .badPeriod(problem) }
        let outside = yearEntries.filter { !period.contains($0.year) }.map(\.label)
        guard outside.isEmpty else { throw .periodWouldDropEntries(period, entries: outside) }
        self.period = period
    }

    /// Removes the period; refused while targets or budget lines name years.
    public mutating func clearPeriod() throws(ActionPlanError) {
        guard let period else { return }
        let entries = yearEntries.map(\.label)
        guard entries.isEmpty else { throw .periodWouldDropEntries(period, entries: entries) }
        self.period = nil
    }

    /// Sets the strategy's budget from one source in one year (nil: the period as a whole), replacing the line
    /// there was; 0 removes the line.
    public mutating func setBudget(_ id: StrategyID, amount: Int64, source: FundingSource, year: Int?) throws {
        let index = try indexOfActionableStrategy(id, clearing: amount == 0)
        if let year, amount > 0 { try checkYear(year) }
        guard amount >= 0 else { throw ActionPlanError.negativeAmount(String(amount)) }
        guard amount <= RupiahAmount.maximum else { throw ActionPlanError.amountTooLarge(String(amount)) }
        var lines = strategies[index].budget
        let existing = lines.firstIndex { $0.source == source && $0.year == year }
        if amount == 0 {
            guard let existing else {
                throw ActionPlanError.noBudgetLine(strategies[index].id, source: source, year: year)
            }
            lines.remove(at: existing)
        } else if let existing {
            lines[existing].amount = amount
        } else {
            lines.append(BudgetLine(amount: amount, source: source, year: year))
            lines.sort(by: BudgetLine.precedes)
        }
        strategies[index].budget = lines
    }

    /// Removes every budget line of the strategy.
    public mutating func clearBudget(_ id: StrategyID) throws {
        strategies[try indexOfStrategy(id)].budget = []
    }

    /// Sets the indicator's target for a year of the period; `-` removes it.
    public mutating func setTarget(_ id: StrategyID, year: Int, value: String) throws {
        let value = try Plan.cleaned(value, what: "target")
        let index = try indexOfActionableStrategy(id, clearing: value == "-")
        var targets = strategies[index].targets.filter { $0.year != year }
        if value != "-" {
            try checkYear(year)
            targets.append(YearTarget(year: year, value: value))
            targets.sort { $0.year < $1.year }
        }
        strategies[index].targets = targets
    }

    /// Sets the indicator's value at the start of the period (the baseline); `-` clears it.
    public mutating func setBaseline(_ id: StrategyID, value: String) throws {
        let value = try Plan.cleaned(value, what: "baseline")
        strategies[try indexOfActionableStrategy(id, clearing: value == "-")].baseline = value == "-" ? nil : value
    }

    /// Sets the programme or activity (program/kegiatan) the strategy is carried out as; `-` clears it.
    public mutating func setProgramme(_ id: StrategyID, text: String) throws {
        let text = try Plan.cleaned(text, what: "programme")
        strategies[try indexOfActionableStrategy(id, clearing: text == "-")].programme = text == "-" ? nil : text
    }

    /// The index of a strategy that may take action-plan details: any strategy that is not rejected. Clearing a
    /// detail is allowed on a rejected one too, so its years never block a change of the period.
    public func indexOfActionableStrategy(_ id: StrategyID, clearing: Bool = false) throws -> Int {
        let index = try indexOfStrategy(id)
        guard clearing || strategies[index].status != .rejected else {
            throw ActionPlanError.rejectedStrategy(strategies[index].id)
        }
        return index
    }

    private func checkYear(_ year: Int) throws(ActionPlanError) {
        guard let period else { throw .noPeriod }
        guard period.contains(year) else { throw .yearOutsidePeriod(year, period) }
    }

    /// Every target and budget line that names a year, as `SO1 target 2030`, `SO1 budget APBD 2030`.
    var yearEntries: [(year: Int, label: String)] {
        strategies.flatMap { strategy in
            strategy.targets.map { ($0.year, "\(strategy.id) target \($0.year)") } +
                strategy.budget.compactMap { line in
                    line.year.map { ($0, "\(strategy.id) budget \(line.source.label) \($0)") }
                }
        }
    }
}
