/// The readiness assessments: per framework, the level or stage reached and the answered questions (unanswered
/// ones are counted, not listed), with the SWOT items the answers became.
struct AssessmentPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let results = self.results(context)
        guard !results.isEmpty else { return [] }
        var blocks: [ReportBlock] = []
        for result in results {
            blocks += framework(result, context)
        }
        return [ReportSection(id: "assessment", title: context.text("Readiness assessment", "Penilaian kesiapan"),
                              blocks: blocks)]
    }

    func standing(_ context: ReportContext) -> [ReportText] {
        results(context).compactMap { result in
            let reached = reachedText(result, context)
            guard !reached.isEmpty else { return nil }
            return ReportText("\(result.form.framework.name[context.language]): ") + reached + "."
        }
    }

    private func results(_ context: ReportContext) -> [AssessmentResult] {
        // The SPBE evaluation has its own part (SpbePart): its index is weighted, not a mean of levels.
        context.plan.assessments.compactMap { assessment -> AssessmentResult? in
            guard assessment.framework != SpbeStructure.shipped.framework.id,
                  let framework = context.knowledgeBase.frameworks.first(where: { $0.id == assessment.framework })
            else { return nil }
            return AssessmentResult(form: AssessmentForm(framework: framework), assessment: assessment)
        }
    }

    private func framework(_ result: AssessmentResult, _ context: ReportContext) -> [ReportBlock] {
        let form = result.form
        let language = context.language
        var blocks: [ReportBlock] = [.subheading(form.framework.name[language])]
        var summary = ReportText(context.text(
            "\(result.answeredCount) of \(form.count) questions answered.",
            "\(result.answeredCount) dari \(form.count) pertanyaan dijawab."))
        let reached = reachedText(result, context)
        if !reached.isEmpty { summary = summary + " " + reached + "." }
        blocks.append(.paragraph(summary))
        let answered = form.questions.filter { result.level($0) != nil }
        guard !answered.isEmpty else { return blocks }
        let rows = answered.map { question -> [ReportText] in
            let level = result.level(question)!
            let name = question.scale.level(level)?.name[language] ?? ""
            let items = context.plan.proposals
                .filter {
                    $0.source.framework == form.framework.id && $0.source.item == question.item.id
                        && $0.status == .accepted
                }
                .compactMap(\.itemID)
            return [
                ReportText(question.item.name[language]), ReportText("\(level) \(name)"),
                ReportText(Self.bar(Double(level), scale: question.scale)),
                ReportText(items.isEmpty ? "—" : items.joined(separator: ", ")),
            ]
        }
        blocks.append(.table(ReportTable(
            columns: [
                .init(context.text("Aspect", "Aspek")), .init(context.text("Level", "Tingkat")), .init(""),
                .init(context.text("SWOT item", "Butir SWOT")),
            ],
            rows: rows)))
        return blocks
    }

    /// The stage or overall level reached, in a few words; empty when nothing can be said yet.
    private func reachedText(_ result: AssessmentResult, _ context: ReportContext) -> ReportText {
        let language = context.language
        var parts: [ReportText] = []
        if result.form.hasStages {
            if let reached = result.stageReached, let stage = reached.stage {
                parts.append(ReportText(context.text("stage reached: ", "tahap yang dicapai: "))
                    + .strong("\(stage.level) \(stage.name[language])"))
            } else if result.stageQuestions.contains(where: { result.level($0) != nil }) {
                parts.append(ReportText(context.text(
                    "no stage reached yet (stage 1 not fully achieved)",
                    "belum ada tahap yang dicapai (tahap 1 belum sepenuhnya tercapai)")))
            }
        }
        if let average = result.overallAverage, let scale = result.ratedScale {
            var text = ReportText(context.text("overall ", "keseluruhan "))
                + .strong("\(context.number(average, decimals: 1)) \(context.text("of", "dari")) "
                    + "\(scale.range.upperBound)")
            if let level = result.overallLevel {
                text = text + " (\(context.text("level", "tingkat")) \(level.value) \(level.name[language]))"
            }
            parts.append(text)
        }
        return ReportText.joined(parts, separator: "; ")
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
