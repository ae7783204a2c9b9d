/// The action plan of the accepted strategies in the shape of a Renstra programme table: per strategy the
/// programme, indicator from baseline to target, money and its sources, and the responsible unit; then targets and
/// indicative budget per year of the plan period, with totals; and a picture of it by year.
struct ActionPlanPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let table = ActionPlanTable(plan: context.plan)
        guard !table.rows.isEmpty else { return [] }
        var blocks: [ReportBlock] = [.table(overview(table, context))]
        if !table.years.isEmpty {
            blocks.append(.subheading(context.text(
                "Targets and indicative budget by year", "Target dan pagu indikatif per tahun")))
            blocks.append(.table(byYear(table, context)))
        }
        if table.totals.overall > 0 { blocks.append(.paragraph(Self.fundingSentence(table, context))) }
        if let timeline = timeline(table, context) { blocks.append(.figure(timeline)) }
        if table.period == nil {
            blocks.append(.note(.emphasis(context.text(
                "No plan period is set, so targets and budget are not shown by year: set it with period START END.",
                "Periode rencana belum ditetapkan, sehingga target dan pagu belum ditampilkan per tahun: tetapkan "
                    + "dengan period AWAL AKHIR."))))
        }
        return [ReportSection(id: "actions", title: context.text("Action plan", "Rencana aksi"), blocks: blocks)]
    }

    /// The total budget and its sources, for the executive summary too.
    static func fundingSentence(_ table: ActionPlanTable, _ context: ReportContext) -> ReportText {
        let sources = table.sourcesUsed.map { "\($0.label) \(context.money(table.totals.perSource[$0] ?? 0))" }
        let period = table.period.map { " (\($0.label))" } ?? ""
        return ReportText(context.text("Indicative budget", "Pagu indikatif") + period + ": ")
            + .strong(context.money(table.totals.overall))
            + ", " + context.text("from ", "dari ") + sources.joined(separator: ", ") + "."
    }

    private func overview(_ table: ActionPlanTable, _ context: ReportContext) -> ReportTable {
        let dash: ReportText = "—"
        let rows = table.rows.map { row -> [ReportText] in
            var strategy = ReportText.strong(row.id) + " " + context.headline(row.strategy)
            if let programme = row.programme {
                strategy = strategy + ReportText(" " + context.text("Programme: ", "Program: ")) + .emphasis(programme)
            }
            var indicator = row.indicator.map { ReportText($0) } ?? dash
            let last = row.targets.last
            if row.baseline != nil || last != nil {
                let from = row.baseline ?? "?"
                let to = last.map { "\($0.value) (\($0.year))" } ?? "?"
                indicator = indicator + ReportText(": \(from) → \(to)")
            }
            let money = row.total > 0
                ? ReportText(context.money(row.total))
                    + " (" + Set(row.budget.map(\.source)).sorted().map(\.label).joined(separator: ", ") + ")"
                : dash
            return [strategy, indicator, money, row.unit.map { ReportText($0) } ?? dash]
        }
        return ReportTable(
            columns: [
                .init(context.text("Strategy and programme", "Strategi dan program")),
                .init(context.text("Indicator: baseline → target", "Indikator: kondisi awal → target")),
                .init(context.text("Budget (source)", "Pagu (sumber dana)"), .trailing),
                .init(context.text("Responsible unit", "Penanggung jawab")),
            ],
            rows: rows)
    }

    /// One column per year: the target and the year's money in short form; a total row for the money.
    private func byYear(_ table: ActionPlanTable, _ context: ReportContext) -> ReportTable {
        let years = table.years
        var rows = table.rows.map { row -> [ReportText] in
            [ReportText.strong(row.id)] + years.map { year -> ReportText in
                let money = row.budget(in: year)
                let parts = [row.target(in: year), money > 0 ? context.shortMoney(money) : nil].compactMap { $0 }
                return parts.isEmpty ? "—" : ReportText(parts.joined(separator: "; "))
            }
        }
        rows.append([.strong("Total")] + years.map { year in
            let money = table.totals.perYear[year] ?? 0
            return money > 0 ? ReportText.strong(context.shortMoney(money)) : "—"
        })
        return ReportTable(
            columns: [.init(context.text("Strategy", "Strategi"))] + years.map { .init(String($0), .trailing) },
            rows: rows)
    }

    /// The period's years (or, without a period, the years the strategies name); nil when no year is known.
    private func timeline(_ table: ActionPlanTable, _ context: ReportContext) -> ReportFigure? {
        let named = table.rows.flatMap { row in
            row.targets.map(\.year) + row.budget.compactMap(\.year) + [row.strategy.due.flatMap { Int($0.prefix(4)) }]
                .compactMap { $0 }
        }
        guard let first = table.years.first ?? named.min(), let last = table.years.last ?? named.max(),
              last - first < PlanPeriod.longestSpan
        else { return nil }
        let rows = table.rows.map { row -> TimelineChart.Row in
            var years: [Int: String] = [:]
            for year in first...last {
                let money = row.budget(in: year)
                if let target = row.target(in: year) {
                    years[year] = target
                } else if money > 0 {
                    years[year] = context.shortMoney(money)
                }
            }
            if years.isEmpty, let due = row.strategy.due, let year = Int(due.prefix(4)), (first...last).contains(year) {
                years[year] = context.text("due", "tenggat")
            }
            return TimelineChart.Row(id: row.id, label: context.headline(row.strategy), years: years)
        }
        let title = context.text("The action plan by year", "Rencana aksi per tahun")
        let chart = TimelineChart(years: first...last, rows: rows, title: title)
        return ReportFigure(
            name: "action-timeline", caption: title,
            description: context.text(
                "Each accepted strategy's years of work, with the year's target or budget.",
                "Tahun pelaksanaan setiap strategi yang diterima, dengan target atau pagu tahun itu."),
            svg: chart.svg())
    }
}
