/// The plan as a Markdown report for leadership review: title, context, the SWOT as a 2×2 table and as lists,
/// and the strategies. Valid GitHub-flavoured Markdown whatever the planners typed.
public struct MarkdownReport: Sendable {
    public var plan: Plan
    public var date: String
    public var language: Language
    /// Where the references section finds the papers' titles.
    public var knowledgeBase: KnowledgeBase

    public init(plan: Plan, date: String, language: Language? = nil, knowledgeBase: KnowledgeBase = .shipped) {
        self.plan = plan
        self.date = date
        self.language = language ?? plan.effectiveLanguage
        self.knowledgeBase = knowledgeBase
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
        let spbe = SpbeReport(plan: plan, language: language)
        if let summary = spbe.summaryLine() { lines += [summary, ""] }
        lines += swotTable(label)
        for quadrant in Quadrant.allCases {
            lines += quadrantList(quadrant, label)
        }
        lines += spbe.lines()
        lines += AssessmentReport(plan: plan, language: language, knowledgeBase: knowledgeBase).lines()
        lines += QuantitativeReport(plan: plan, language: language).lines()
        lines += StrategySections(plan: plan, language: language, knowledgeBase: knowledgeBase).render()
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

    /// A visible note on an item no category holds with confidence, so it is not quietly left out of the analysis.
    private func categoryNote(_ item: Item, _ label: ReportLabels) -> String {
        if item.categories.isEmpty {
            return " " + label("(no category yet; set one with `tag`)", "(belum berkategori; tetapkan dengan `tag`)")
        }
        guard item.hasOnlyLowConfidenceCategories, let first = item.categories.first else { return "" }
        let name = MarkdownText.escape(knowledgeBase.label(forCategory: first.category))
        return " " + label("(category uncertain: \(name))", "(kategori belum pasti: \(name))")
    }

    private func quadrantList(_ quadrant: Quadrant, _ label: ReportLabels) -> [String] {
        let items = plan.items(in: quadrant)
        var lines = ["## \(quadrant.name(language))", ""]
        if items.isEmpty {
            lines.append(label("_No items._", "_Belum ada butir._"))
        } else {
            for (index, item) in items.enumerated() {
                lines.append("\(index + 1). **\(item.id)** \(MarkdownText.escape(item.text))\(categoryNote(item, label))")
            }
        }
        lines.append("")
        return lines
    }
}

/// The report's strategy sections: the TOWS matrix as a 2×2 table, the ranked strategies per quadrant, the action
/// plan of accepted strategies, and the papers behind the strategies with their lines.
struct StrategySections {
    var plan: Plan
    var language: Language
    var knowledgeBase: KnowledgeBase

    func render() -> [String] {
        let label = ReportLabels(language: language)
        var lines = ["## \(label("Strategies", "Strategi"))", ""]
        guard !plan.strategies.isEmpty else {
            lines.append(label("No strategies derived yet. Run `derive` to propose TOWS strategies.",
                               "Belum ada strategi. Jalankan `derive` untuk menyusun strategi TOWS."))
            return lines
        }
        lines += matrix(label)
        lines += ranked(label)
        lines += actionPlan(label)
        lines += references(label)
        return lines
    }

    private func line(_ strategy: Strategy) -> String {
        "**\(strategy.id)** \(MarkdownText.escape(strategy.text))"
    }

    private func status(_ strategy: Strategy, _ label: ReportLabels) -> String {
        var parts = [strategy.status == .accepted ? label("accepted", "diterima") : strategy.status == .rejected ? label("rejected", "ditolak") : label("proposed", "usulan")]
        if strategy.edited { parts.append(label("edited", "disunting")) }
        if strategy.stale { parts.append(label("stale", "usang")) }
        return parts.joined(separator: ", ")
    }

    private func matrix(_ label: ReportLabels) -> [String] {
        func cell(_ quadrant: TOWSQuadrant) -> String {
            let entries = plan.strategies(in: quadrant).filter { $0.status != .rejected }.map(line)
            return entries.isEmpty ? "—" : entries.joined(separator: "<br>")
        }
        return [
            "### \(label("TOWS matrix", "Matriks TOWS"))",
            "",
            "| | **\(Quadrant.strength.name(language)) (S)** | **\(Quadrant.weakness.name(language)) (W)** |",
            "|---|---|---|",
            "| **\(Quadrant.opportunity.name(language)) (O)** | \(cell(.so)) | \(cell(.wo)) |",
            "| **\(Quadrant.threat.name(language)) (T)** | \(cell(.st)) | \(cell(.wt)) |",
            "",
        ]
    }

    private func ranked(_ label: ReportLabels) -> [String] {
        var lines = ["### \(label("Ranked strategies", "Peringkat strategi"))", ""]
        // Quadrants in the order the SWOT position favours (issue 5; SO, ST, WO, WT until the IFE/EFE are complete).
        if let note = plan.positionOrderNote(language) { lines += [note, ""] }
        for quadrant in plan.towsPreferenceOrder {
            lines.append("#### \(quadrant.rawValue): \(quadrant.internalSide.name(language)) × \(quadrant.externalSide.name(language))")
            lines.append("")
            let list = plan.strategies(in: quadrant)
            if list.isEmpty { lines.append(label("_No strategies._", "_Belum ada strategi._")) }
            for (index, strategy) in list.enumerated() {
                var facts = ["\(label("score", "skor")) \(ScoreFormat.fixed(strategy.score, decimals: 2))", status(strategy, label)]
                // Checked to be ids when the plan was opened, and escaped all the same: nothing from a file is trusted.
                if !strategy.sources.isEmpty { facts.append(MarkdownText.escape(strategy.sources.joined(separator: ", "))) }
                if !strategy.categories.isEmpty { facts.append(MarkdownText.escape(strategy.categories.joined(separator: ", "))) }
                if !strategy.citations.isEmpty {
                    facts.append(MarkdownText.escape(strategy.citations.map(\.locator).joined(separator: "; ")))
                }
                lines.append("\(index + 1). \(line(strategy)) (\(facts.joined(separator: " · ")))")
            }
            lines.append("")
        }
        return lines
    }

    private func actionPlan(_ label: ReportLabels) -> [String] {
        var lines = ["### \(label("Action plan", "Rencana aksi"))", ""]
        let accepted = plan.towsPreferenceOrder.flatMap { plan.strategies(in: $0) }.filter { $0.status == .accepted }
        guard !accepted.isEmpty else {
            lines += [label("_No accepted strategies yet. Accept one with `accept ID`._", "_Belum ada strategi yang diterima. Terima dengan `accept ID`._"), ""]
            return lines
        }
        lines.append("| \(label("Strategy", "Strategi")) | \(label("Owner", "Penanggung jawab")) | \(label("Due", "Tenggat")) | KPI | \(label("Status", "Status")) |")
        lines.append("|---|---|---|---|---|")
        for strategy in accepted {
            let cells = [line(strategy), strategy.owner.map(MarkdownText.escape) ?? "—", strategy.due.map(MarkdownText.escape) ?? "—",
                         strategy.kpi.map(MarkdownText.escape) ?? "—", status(strategy, label)]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        return lines
    }

    /// Each paper that backs a non-rejected strategy, with the lines cited and the strategies citing them.
    private func references(_ label: ReportLabels) -> [String] {
        var bySource: [String: [String: [String]]] = [:]   // source → locator lines → strategy ids
        var files: [String: String] = [:]
        for strategy in plan.strategies where strategy.status != .rejected {
            for citation in strategy.citations {
                let lines = citation.from == citation.to ? "L\(citation.from)" : "L\(citation.from)-\(citation.to)"
                bySource[citation.source, default: [:]][lines, default: []].append(MarkdownText.escape(strategy.id))
                if let file = citation.file { files[citation.source] = file }
            }
        }
        guard !bySource.isEmpty else { return [] }
        var result = ["### \(label("References", "Rujukan"))", ""]
        for source in bySource.keys.sorted() {
            let document = knowledgeBase.sources.first { $0.id == source }
            var head = "**\(MarkdownText.escape(source))**"
            if let title = document?.title[language], !title.isEmpty { head += " \(MarkdownText.escape(title))" }
            if let file = files[source] ?? document?.file { head += " (\(MarkdownText.escape(file)))" }
            let cited = bySource[source]!.sorted { lineNumber($0.key) < lineNumber($1.key) }.map { lines, ids in
                "\(lines) (\(ids.joined(separator: ", ")))"
            }
            result.append("- \(head): \(cited.joined(separator: "; "))")
        }
        result.append("")
        return result
    }

    private func lineNumber(_ locator: String) -> Int {
        Int(locator.dropFirst().prefix { $0.isNumber }) ?? 0
    }
}
