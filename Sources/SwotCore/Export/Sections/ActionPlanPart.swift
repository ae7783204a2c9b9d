/// The action plan of the accepted strategies, in the shape of a Renstra programme table, and a picture of it by
/// year.
struct ActionPlanPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let accepted = context.acceptedStrategies
        guard !accepted.isEmpty else { return [] }
        var blocks: [ReportBlock] = [.table(table(accepted, context))]
        if let timeline = timeline(accepted, context) { blocks.append(.figure(timeline)) }
        return [ReportSection(id: "actions", title: context.text("Action plan", "Rencana aksi"), blocks: blocks)]
    }

    private func table(_ strategies: [Strategy], _ context: ReportContext) -> ReportTable {
        let dash: ReportText = "—"
        let rows = strategies.map { strategy -> [ReportText] in
            [
                .strong(strategy.id) + " " + context.headline(strategy),
                strategy.owner.map { ReportText($0) } ?? dash,
                strategy.due.map { ReportText($0) } ?? dash,
                strategy.kpi.map { ReportText($0) } ?? dash,
            ]
        }
        return ReportTable(
            columns: [
                .init(context.text("Strategy", "Strategi")), .init(context.text("Responsible", "Penanggung jawab")),
                .init(context.text("Due", "Tenggat")), .init(context.text("Indicator", "Indikator")),
            ],
            rows: rows)
    }

    /// Years from the report's year to the last due date; nil when no strategy has a date.
    private func timeline(_ strategies: [Strategy], _ context: ReportContext) -> ReportFigure? {
        let dueYears = strategies.compactMap { $0.due.flatMap { Int($0.prefix(4)) } }
        guard let last = dueYears.max(), let first = Int(context.date.prefix(4)).map({ min($0, last) }) else {
            return nil
        }
        let rows = strategies.map { strategy -> TimelineChart.Row in
            let due = strategy.due.flatMap { Int($0.prefix(4)) }
            var years: [Int: String] = [:]
            if let due { for year in first...due { years[year] = year == due ? strategy.due ?? "" : "" } }
            return TimelineChart.Row(id: strategy.id, label: context.headline(strategy), years: years)
        }
        let title = context.text("The action plan by year", "Rencana aksi per tahun")
        let chart = TimelineChart(years: first...last, rows: rows, title: title)
        return ReportFigure(
            name: "action-timeline", caption: title,
            description: context.text("Each accepted strategy's years of work.",
                                      "Tahun pelaksanaan setiap strategi yang diterima."),
            svg: chart.svg())
    }
}
