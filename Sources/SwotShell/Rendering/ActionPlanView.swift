import SwotCore

/// The action plan at the prompt (`actions`): one block per strategy (text, programme, unit, indicator, baseline,
/// and a grid of target and budget per year), then the budget per source and year and the total. Grids that do not
/// fit the width are split into several, each carrying the row labels, so nothing is cut.
enum ActionPlanView {
    /// Target values longer than this are listed one per line instead of in the year grid.
    static let longestTargetInGrid = 18

    static func render(_ table: ActionPlanTable, language: Language, width: Int) -> String {
        let label = ReportLabels(language: language)
        let number = NumberFormat(language)
        let width = max(width, 40)
        var lines: [String] = []
        let periodText = table.period.map { " \($0.label)" } ?? ""
        let count = table.rows.count
        lines.append(label("Action plan\(periodText): \(count) accepted strateg\(count == 1 ? "y" : "ies")",
                           "Rencana aksi\(periodText): \(count) strategi diterima"))
        if table.period == nil {
            lines.append(label(
                "No plan period yet: `period 2025 2029` sets it, then targets and budgets take years.",
                "Periode rencana belum ada: `period 2025 2029` menetapkannya, lalu target dan anggaran diberi tahun."))
        }
        if table.rows.isEmpty {
            lines.append(label(
                "No accepted strategies yet: `strategies` lists them, `accept ID` takes one on.",
                "Belum ada strategi yang diterima: `strategies` menampilkannya, `accept ID` menerimanya."))
        }
        let none = "—"
        for row in table.rows {
            lines.append("")
            lines.append(Wrapping.wrap("\(row.id)  \(TerminalText.safe(row.strategy.text))", width: width, indent: ""))
            let fields = [
                (label("Programme", "Program/kegiatan"), row.programme), (label("Unit", "Unit"), row.unit),
                (label("Indicator", "Indikator"), row.indicator), (label("Baseline", "Baseline"), row.baseline),
            ]
            let fieldWidth = fields.map(\.0.count).max()! + 2
            for (name, value) in fields {
                let text = TerminalText.safe(value ?? none)
                let wrapped = Wrapping.lines(text, width: width - 4 - fieldWidth)
                for (index, part) in wrapped.enumerated() {
                    lines.append("    " + (index == 0 ? name + ":" : "").padding(to: fieldWidth) + part)
                }
            }
            let unphased = row.budget(in: nil)
            var columns = table.years.map(String.init)
            var targets = table.years.map { row.target(in: $0).map(TerminalText.safe) ?? none }
            var money = table.years.map { row.budget(in: $0) }
            if unphased > 0 {
                columns.append(label("period", "periode"))
                targets.append("")
                money.append(unphased)
            }
            let longTargets = targets.contains { $0.count > longestTargetInGrid }
            var gridRows = [(label("Budget", "Anggaran"), money.map { $0 == 0 ? none : number.rupiahShort($0) })]
            if !longTargets { gridRows.insert((label("Target", "Target"), targets), at: 0) }
            if !columns.isEmpty {
                lines += grid(corner: label("Year", "Tahun"), columns: columns, rows: gridRows, width: width)
            }
            if longTargets {
                for target in row.targets {
                    let text = "\(target.year): \(TerminalText.safe(target.value))"
                    lines.append(Wrapping.wrap(text, width: width, indent: "    "))
                }
            }
            var sources = row.budget.map { line in
                let when = line.year.map(String.init) ?? label("period", "periode")
                return "\(line.source.label) \(when) \(number.rupiah(line.amount))"
            }
            if sources.count > 1 { sources.append(label("total", "jumlah") + " " + number.rupiah(row.total)) }
            let budgetText =
                label("Budget", "Anggaran") + ": " + (sources.isEmpty ? none : sources.joined(separator: "; "))
            lines.append(Wrapping.wrap(budgetText, width: width, indent: "    "))
        }
        if !table.rows.isEmpty {
            lines.append("")
            lines.append(label("Budget by source and year", "Anggaran menurut sumber dan tahun"))
            var columns = table.years.map(String.init)
            if table.totals.unphased > 0 { columns.append(label("period", "periode")) }
            columns.append(label("Total", "Jumlah"))
            func cells(_ source: FundingSource?) -> [String] {
                var amounts = table.years.map { table.budget(from: source, in: $0) }
                if table.totals.unphased > 0 { amounts.append(table.budget(from: source, in: nil)) }
                amounts.append(source.map { table.totals.perSource[$0] ?? 0 } ?? table.totals.overall)
                return amounts.map { $0 == 0 ? none : number.rupiahShort($0) }
            }
            var gridRows = table.sourcesUsed.map { source in (source.label, cells(source)) }
            gridRows.append((label("Total", "Jumlah"), cells(nil)))
            lines += grid(corner: label("Source", "Sumber"), columns: columns, rows: gridRows, width: width)
            lines.append(label("Total budget: ", "Jumlah anggaran: ") + number.rupiah(table.totals.overall))
        }
        if !table.leftOut.isEmpty {
            lines.append(Wrapping.wrap(label(
                "Proposed, with action-plan details, not in the table until accepted (`accept ID`): ",
                "Diusulkan, sudah berisi rincian rencana aksi, masuk tabel setelah diterima (`accept ID`): ")
                + table.leftOut.joined(separator: ", "), width: width, indent: ""))
        }
        return lines.joined(separator: "\n")
    }

    /// A grid with a label column and right-aligned value columns, indented by four spaces, split into as many
    /// grids as the width needs.
    static func grid(corner: String, columns: [String], rows: [(String, [String])], width: Int) -> [String] {
        let indent = "    "
        let labelWidth = ([corner] + rows.map(\.0)).map(\.count).max()! + 2
        let columnWidths = columns.indices.map { column in
            ([columns[column]] + rows.map { $0.1[column] }).map(\.count).max()! + 2
        }
        var lines: [String] = []
        var start = 0
        while start < columns.count {
            var end = start + 1
            var used = indent.count + labelWidth + columnWidths[start]
            while end < columns.count, used + columnWidths[end] <= width {
                used += columnWidths[end]
                end += 1
            }
            func line(_ head: String, _ values: [String]) -> String {
                var text = indent + head.padding(to: labelWidth)
                for column in start..<end {
                    let gap = max(0, columnWidths[column] - values[column].count)
                    text += String(repeating: " ", count: gap) + values[column]
                }
                return String(text.reversed().drop { $0 == " " }.reversed())
            }
            lines.append(line(corner, columns))
            for (head, values) in rows { lines.append(line(head, values)) }
            start = end
        }
        return lines
    }
}
