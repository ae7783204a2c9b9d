/// The readiness-assessment section of the Markdown report: per framework, a table of the answers with a text bar
/// chart, the section averages, the overall level or stage reached, and which SWOT items the answers became.
/// Empty when the plan has no assessment.
public struct AssessmentReport: Sendable {
    public var plan: Plan
    public var language: Language
    public var knowledgeBase: KnowledgeBase

    public init(plan: Plan, language: Language, knowledgeBase: KnowledgeBase = .shipped) {
        self.plan = plan
        self.language = language
        self.knowledgeBase = knowledgeBase
    }

    public func lines() -> [String] {
        let label = ReportLabels(language: language)
        // The SPBE evaluation has its own section (SpbeReport): its index is weighted, not a mean of levels.
        let results = plan.assessments.compactMap { assessment -> AssessmentResult? in
            guard assessment.framework != SpbeStructure.shipped.framework.id else { return nil }
            guard let framework = knowledgeBase.frameworks.first(where: { $0.id == assessment.framework }) else { return nil }
            return AssessmentResult(form: AssessmentForm(framework: framework), assessment: assessment)
        }
        guard !results.isEmpty else { return [] }
        var lines = ["## \(label("Readiness assessment", "Penilaian kesiapan"))", ""]
        for result in results {
            lines += section(result, label)
        }
        return lines
    }

    private func section(_ result: AssessmentResult, _ label: ReportLabels) -> [String] {
        let form = result.form
        var lines = ["### \(MarkdownText.escape(form.framework.name[language]))", ""]
        lines.append(label("\(result.answeredCount) of \(form.count) questions answered.",
                           "\(result.answeredCount) dari \(form.count) pertanyaan dijawab."))
        lines.append("")
        lines += summary(result, label).map { $0 + "  " }
        if !summary(result, label).isEmpty { lines.append("") }
        lines.append("| ID | \(label("Aspect", "Aspek")) | \(label("Level", "Tingkat")) | | SWOT |")
        lines.append("|---|---|---|---|---|")
        for question in form.questions {
            let level = result.level(question)
            let levelText = level.map { value in
                let name = question.scale.level(value)?.name[language] ?? ""
                return "\(value) \(MarkdownText.escape(name))"
            } ?? "—"
            let bar = level.map { AssessmentReport.bar(Double($0), scale: question.scale) } ?? ""
            let items = plan.proposals
                .filter { $0.source.framework == form.framework.id && $0.source.item == question.item.id && $0.status == .accepted }
                .compactMap(\.itemID)
            lines.append("| \(question.item.id) | \(MarkdownText.escape(question.item.name[language])) | \(levelText) | \(bar) | \(items.isEmpty ? "" : items.joined(separator: ", ")) |")
        }
        lines.append("")
        let averages = result.sectionAverages
        if averages.count > 1 {
            lines.append("| \(label("Part", "Bagian")) | \(label("Average", "Rata-rata")) | |")
            lines.append("|---|---|---|")
            for average in averages {
                let value = average.average.map { ScoreFormat.fixed($0, decimals: 1) } ?? "—"
                let bar = average.average.map { AssessmentReport.bar($0, scale: result.ratedScale ?? .rating) } ?? ""
                lines.append("| \(MarkdownText.escape(average.section.name[language])) | \(value) | \(bar) |")
            }
            lines.append("")
        }
        return lines
    }

    private func summary(_ result: AssessmentResult, _ label: ReportLabels) -> [String] {
        var lines: [String] = []
        if result.form.hasStages {
            if let reached = result.stageReached, let stage = reached.stage {
                lines.append("**\(label("Stage reached", "Tahap yang dicapai")):** \(stage.level) \(MarkdownText.escape(stage.name[language]))")
            } else if result.stageQuestions.contains(where: { result.level($0) != nil }) {
                lines.append("**\(label("Stage reached", "Tahap yang dicapai")):** \(label("none (stage 1 not fully achieved)", "belum ada (tahap 1 belum sepenuhnya tercapai)"))")
            }
        }
        if let average = result.overallAverage, let scale = result.ratedScale {
            let level = result.overallLevel.map { " — \(label("level", "tingkat")) \($0.value) \(MarkdownText.escape($0.name[language]))" } ?? ""
            lines.append("**\(label("Overall", "Keseluruhan")):** \(ScoreFormat.fixed(average, decimals: 1)) \(label("of", "dari")) \(scale.range.upperBound)\(level)")
        }
        return lines
    }

    /// A bar of ten cells for a level on its scale, in eighths: `████▌`.
    static func bar(_ value: Double, scale: AssessmentScale, cells: Int = 10) -> String {
        let span = Double(scale.range.upperBound - min(scale.range.lowerBound, 0))
        guard span > 0 else { return "" }
        let eighths = Int((max(0, value) / span * Double(cells) * 8).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }
}
