/// The plan as a Markdown report for leadership review: title, context, the SWOT as a 2×2 table and as lists,
/// and the strategies. Valid GitHub-flavoured Markdown whatever the planners typed.
public struct MarkdownReport: Sendable {
    public var plan: Plan
    public var date: String
    public var language: Language

    public init(plan: Plan, date: String, language: Language? = nil) {
        self.plan = plan
        self.date = date
        self.language = language ?? plan.effectiveLanguage
    }

    public func render() -> String {
        let label = ReportLabels(language: language)
        var lines: [String] = []
        let title = plan.title.isEmpty ? plan.name : plan.title
        lines.append("# \(MarkdownText.escape(title))")
        lines.append("")
        if !plan.context.isEmpty {
            lines.append("**\(label("Context", "Konteks")):** \(MarkdownText.escape(plan.context))")
            lines.append("")
        }
        lines.append("**\(label("Plan", "Rencana")):** \(MarkdownText.escape(plan.name)) · **\(label("Date", "Tanggal")):** \(date)")
        lines.append("")
        lines += swotTable(label)
        for quadrant in Quadrant.allCases {
            lines += quadrantList(quadrant, label)
        }
        lines += AssessmentReport(plan: plan, language: language).lines()
        lines.append("## \(label("Strategies", "Strategi"))")
        lines.append("")
        lines.append(label("No strategies derived yet. Run `derive` to propose TOWS strategies.",
                           "Belum ada strategi. Jalankan `derive` untuk menyusun strategi TOWS."))
        return lines.joined(separator: "\n") + "\n"
    }

    private func swotTable(_ label: ReportLabels) -> [String] {
        func cell(_ quadrant: Quadrant) -> String {
            let entries = plan.items(in: quadrant).map { "**\($0.id)** \(MarkdownText.escape($0.text))" }
            return (["**\(quadrant.name(language))**"] + (entries.isEmpty ? ["—"] : entries)).joined(separator: "<br>")
        }
        return [
            "## \(label("SWOT matrix", "Matriks SWOT"))",
            "",
            "| | \(label("Helpful", "Mendukung")) | \(label("Harmful", "Menghambat")) |",
            "|---|---|---|",
            "| **\(label("Internal", "Internal"))** | \(cell(.strength)) | \(cell(.weakness)) |",
            "| **\(label("External", "Eksternal"))** | \(cell(.opportunity)) | \(cell(.threat)) |",
            "",
        ]
    }

    private func quadrantList(_ quadrant: Quadrant, _ label: ReportLabels) -> [String] {
        let items = plan.items(in: quadrant)
        var lines = ["## \(quadrant.name(language))", ""]
        if items.isEmpty {
            lines.append(label("_No items._", "_Belum ada butir._"))
        } else {
            for (index, item) in items.enumerated() {
                lines.append("\(index + 1). **\(item.id)** \(MarkdownText.escape(item.text))")
            }
        }
        lines.append("")
        return lines
    }
}
