/// The action plan as renderers show it (the `actions` table, the reports): one row per strategy that the plan
/// carries out, in the Renstra's shape, with the budget totalled per year, per source and per strategy. Plain data,
/// computed from the plan; nothing here is stored.
public struct ActionPlanTable: Sendable, Equatable {
    /// One strategy's row: programme, indicator, baseline → targets, budget, responsible unit.
    public struct Row: Sendable, Equatable {
        public var strategy: Strategy
        public var id: String { strategy.id }
        public var programme: String? { strategy.programme }
        /// The performance indicator (`kpi`).
        public var indicator: String? { strategy.kpi }
        public var baseline: String? { strategy.baseline }
        public var targets: [YearTarget] { strategy.targets }
        public var budget: [BudgetLine] { strategy.budget }
        /// The responsible unit (`owner`, set with `unit` or `assign`).
        public var unit: String? { strategy.owner }
        /// All the row's budget lines together.
        public var total: Int64 { strategy.budgetTotal }

        public func target(in year: Int) -> String? { strategy.targets.first { $0.year == year }?.value }

        /// The row's budget in one year (nil: the money not phased by year), all sources together.
        public func budget(in year: Int?) -> Int64 {
            RupiahSum.of(strategy.budget.filter { $0.year == year }.map(\.amount))
        }
    }

    /// Budget totals over the rows of the table.
    public struct Totals: Sendable, Equatable {
        /// Per year of the period (every year present, 0 when nothing is planned).
        public var perYear: [Int: Int64]
        /// Money given for the period as a whole, not yet phased by year.
        public var unphased: Int64
        /// Per funding source; only sources that are used.
        public var perSource: [FundingSource: Int64]
        /// Per strategy id.
        public var perStrategy: [String: Int64]
        public var overall: Int64
    }

    public var period: PlanPeriod?
    public var rows: [Row]
    public var totals: Totals
    /// Strategies left out because of their status that nevertheless have details: proposed ones the planner has
    /// started on, so a renderer can point them out (`accept ID` brings them in).
    public var leftOut: [String]

    /// The years the table has columns for: the period's, or (without a period) none.
    public var years: [Int] { period.map { Array($0.years) } ?? [] }

    /// The table of the strategies with the given statuses (accepted ones by default; rejected ones never), in
    /// quadrant then number order.
    public init(plan: Plan, statuses: Set<DecisionStatus> = [.accepted]) {
        let statuses = statuses.subtracting([.rejected])
        let ordered = plan.sortedStrategyIDs.compactMap { id in plan.strategies.first { $0.id == id } }
        period = plan.period
        rows = ordered.filter { statuses.contains($0.status) }.map { Row(strategy: $0) }
        leftOut = ordered.filter { !statuses.contains($0.status) && $0.status != .rejected && $0.hasActionDetails }
            .map(\.id)
        var perYear: [Int: Int64] = [:]
        for year in plan.period.map({ Array($0.years) }) ?? [] { perYear[year] = 0 }
        var perSource: [FundingSource: Int64] = [:]
        var perStrategy: [String: Int64] = [:]
        var unphased: Int64 = 0
        for row in rows {
            perStrategy[row.id] = row.total
            for line in row.budget {
                if let year = line.year {
                    perYear[year] = RupiahSum.of([perYear[year, default: 0], line.amount])
                } else {
                    unphased = RupiahSum.of([unphased, line.amount])
                }
                perSource[line.source] = RupiahSum.of([perSource[line.source, default: 0], line.amount])
            }
        }
        totals = Totals(
            perYear: perYear, unphased: unphased, perSource: perSource, perStrategy: perStrategy,
            overall: RupiahSum.of(Array(perStrategy.values)))
    }

    /// The rows' budget from one source (nil: every source) in one year (nil: the money not phased by year).
    public func budget(from source: FundingSource?, in year: Int?) -> Int64 {
        let lines = rows.flatMap(\.budget).filter { (source == nil || $0.source == source) && $0.year == year }
        return RupiahSum.of(lines.map(\.amount))
    }

    /// The funding sources the rows use, in the usual order (APBD first).
    public var sourcesUsed: [FundingSource] { FundingSource.allCases.filter { totals.perSource[$0] != nil } }

}

/// Adds rupiah amounts, stopping at the largest Int64 instead of overflowing (a hand-made plan file could hold
/// thousands of maximal lines; no real plan comes near).
enum RupiahSum {
    static func of(_ amounts: [Int64]) -> Int64 {
        var total: Int64 = 0
        for amount in amounts {
            let (sum, overflow) = total.addingReportingOverflow(amount)
            total = overflow ? Int64.max : sum
        }
        return total
    }
}
