import SwotCore

/// The guided readiness assessment: `assess` interviews the planner on a framework from the papers, `assessment`
/// shows where the agency stands, `proposals` lists the SWOT items the answers suggest (`accept`/`reject` P1…).
enum AssessmentCommands {
    static let all: [Command] = [assess, assessment, proposals]

    static let assess = Command(
        "assess", usage: "assess FRAMEWORK [ID=LEVEL ...]",
        summary: "Readiness interview on a framework (kpmg, worldbank, edward, website, sustainability, …)",
        details: """
            Asks one question per framework item: what the item means and what each level means. Answer with a level, \
            `skip` (keeps an earlier answer), `back` or `quit`; `assess FRAMEWORK` later resumes where you stopped. A \
            command \
            typed instead of an answer (`list`, `show S1`) also stops the interview, and runs. \
            Scales: KPMG's five levels; stage models (worldbank, nugroho, inpres levels) are answered per stage \
            0 no, 1 partly, 2 yes; other frameworks 1 absent … 5 strong. Answers above the middle of the scale (4–5) \
            propose a strength, below it (1–2) a weakness; the paper's external items an opportunity or threat. \
            `assess kpmg ORG.1=3 ORG.2=2` records answers in one line, without the interview.
            """,
        arguments: [.framework, .text]
    ) { call in
        let session = call.session
        let plan = try session.requirePlan()
        let framework = try session.knowledgeBase.requireAssessableFramework(try call.word(1))
        let form = AssessmentForm(framework: framework)
        let language = plan.effectiveLanguage
        if call.words.count > 2 {
            let words = (2..<call.words.count).compactMap { call.words[$0] }
            let answers = try Interview.parseAnswers(words, form: form)
            try session.change { $0.recordAnswers(answers, form: form) }
            guard let updated = session.plan else { return }
            let answered =
                updated.assessment(of: framework.id).map { AssessmentResult(form: form, assessment: $0).answeredCount }
                ?? 0
            call.print("Recorded \(answers.count) answer\(answers.count == 1 ? "" : "s") for \(framework.id): "
                + "\(answered) of \(form.count) answered.")
            printOutcome(plan: updated, form: form, session: session)
            return
        }
        let saved = plan.assessment(of: framework.id)
        let conversation = AssessmentConversation(interview: Interview(form: form, saved: saved), language: language)
        session.conversation = conversation
        conversation.start(session: session, saved: saved)
    }

    static let assessment = Command(
        "assessment", usage: "assessment [FRAMEWORK]",
        summary: "Show assessment results: levels, bar chart, stage or level reached",
        arguments: [.framework]
    ) { call in
        try call.expectNoMore(after: 1)
        let session = call.session
        let plan = try session.requirePlan()
        if let name = call.words[1] {
            let framework = try session.knowledgeBase.requireAssessableFramework(name)
            guard let assessment = plan.assessment(of: framework.id) else {
                throw AssessmentError.notAssessed(framework.id)
            }
            for line in resultLines(
                AssessmentResult(form: AssessmentForm(framework: framework), assessment: assessment),
                plan: plan
            ) {
                call.print(line)
            }
            return
        }
        guard !plan.assessments.isEmpty else {
            call.print(ReportLabels(language: plan.effectiveLanguage)(
                "No assessments yet. Start one with `assess kpmg` (or worldbank, edward, website, sustainability, "
                    + "spbe).",
                "Belum ada penilaian. Mulai dengan `assess kpmg` (atau worldbank, edward, website, sustainability, "
                    + "spbe)."))
            return
        }
        for (index, assessment) in plan.assessments.enumerated() {
            guard let framework = session.knowledgeBase.frameworks.first(where: { $0.id == assessment.framework })
            else {
                call.print("\(TerminalText.safe(assessment.framework)): this knowledge base has no such framework.")
                continue
            }
            if index > 0 { call.print("") }
            for line in resultLines(
                AssessmentResult(form: AssessmentForm(framework: framework), assessment: assessment),
                plan: plan
            ) {
                call.print(line)
            }
        }
    }

    static let proposals = Command(
        "proposals", usage: "proposals [FRAMEWORK]",
        summary: "List SWOT items proposed from assessments (`accept P1`, `reject P2`)",
        arguments: [.framework]
    ) { call in
        try call.expectNoMore(after: 1)
        let session = call.session
        let plan = try session.requirePlan()
        var shown = plan.proposals
        if let name = call.words[1] {
            let framework = try session.knowledgeBase.requireAssessableFramework(name)
            shown = shown.filter { $0.source.framework == framework.id }
        }
        guard !shown.isEmpty else {
            call.print("No proposals. Answer an assessment (`assess kpmg`) and high or low levels become proposed "
                + "items.")
            return
        }
        for line in proposalLines(shown, language: plan.effectiveLanguage) { call.print(line) }
        if shown.contains(where: { $0.status == .proposed }) {
            call.print("`accept ID` adds one to the SWOT, `reject ID` sets it aside.")
        }
    }

    /// True when `accept`/`reject` name proposals (`P1`, `p2 P3`) rather than strategies.
    static func namesProposals(_ call: Invocation) -> Bool {
        call.words[1].flatMap(ProposalID.init) != nil
    }

    /// `accept P1 [P2 ...]`, reached from `accept`: each proposal becomes a matched item, all in one change.
    static func acceptProposals(_ call: Invocation) throws {
        let ids = try proposalIDs(call)
        let session = call.session
        let matcher = session.matcher
        let knowledgeBase = session.knowledgeBase
        let items = try session.change { plan in
            try ids.map { try plan.acceptProposal($0, matcher: matcher, knowledgeBase: knowledgeBase) }
        }
        for (id, item) in zip(ids, items) {
            call.print("Accepted \(id) as \(item.id): \(TerminalText.safe(item.text))")
        }
    }

    /// `reject P1 [P2 ...]`, reached from `reject`.
    static func rejectProposals(_ call: Invocation) throws {
        let ids = try proposalIDs(call)
        try call.session.change { plan in
            for id in ids { try plan.rejectProposal(id) }
        }
        call.print("Rejected \(ids.map(\.description).joined(separator: ", ")); rejected proposals are not made "
            + "again.")
    }

    private static func proposalIDs(_ call: Invocation) throws -> [ProposalID] {
        let words = (1..<call.words.count).compactMap { call.words[$0] }
        guard !words.isEmpty else { throw call.usageError }
        return try words.map { word throws(AssessmentError) in
            guard let id = ProposalID(word) else { throw AssessmentError.malformedProposalID(word) }
            return id
        }
    }

    // MARK: - Output

    /// The question as the interview shows it: number, part, item, what it means, and the levels.
    static func questionLines(
        _ question: AssessmentQuestion,
        form: AssessmentForm,
        current: Int?,
        language: Language
    ) -> [String] {
        let l = AssessmentWords(language)
        let width = 78
        var lines: [String] = []
        let section = TerminalText.safe(question.section.name[language])
        var title = "[\(question.number)/\(form.count)] \(section) — \(question.item.id) "
            + "\(TerminalText.safe(question.item.name[language]))"
        if let stage = question.stage {
            title += l(
                " (stage \(stage.level): \(TerminalText.safe(stage.name.en)))",
                " (tahap \(stage.level): \(TerminalText.safe(stage.name.id)))"
            )
        }
        lines.append("")
        lines.append(title)
        if let description = question.item.description?[language], !description.isEmpty {
            lines.append(Wrapping.wrap(TerminalText.safe(description), width: width, indent: "  "))
        }
        if let stage = question.stage {
            lines.append(Wrapping.wrap(TerminalText.safe(stage.description[language]), width: width, indent: "  "))
        }
        for level in question.scale.levels {
            let text = "\(level.value) \(TerminalText.safe(level.name[language])): "
                + "\(TerminalText.safe(level.description[language]))"
            let wrapped = Wrapping.lines(text, width: width - 6)
            lines.append("    " + wrapped[0])
            lines += wrapped.dropFirst().map { "      " + $0 }
        }
        if let current, let level = question.scale.level(current) {
            lines.append(l("  Current answer: \(current) (\(TerminalText.safe(level.name.en))); skip keeps it.",
                           "  Jawaban saat ini: \(current) (\(TerminalText.safe(level.name.id))); skip "
                               + "mempertahankannya."))
        }
        return lines
    }

    /// The results as a table with bars, the averages per part, and the stage or overall level reached.
    static func resultLines(_ result: AssessmentResult, plan: Plan) -> [String] {
        let language = plan.effectiveLanguage
        let l = AssessmentWords(language)
        let form = result.form
        var lines = ["\(TerminalText.safe(form.framework.name[language])) (\(form.framework.id)): " +
                     l("\(result.answeredCount) of \(form.count) answered", "\(result.answeredCount) dari "
                         + "\(form.count) dijawab")]
        let idWidth = form.questions.map(\.item.id.count).max() ?? 4
        let nameWidth = min(form.questions.map { $0.item.name[language].count }.max() ?? 10, 36)
        let levelWidth = form.questions.map { question in
            question.scale.levels.map { "\($0.value) \($0.name[language])".count }.max() ?? 1
        }.max() ?? 1
        for question in form.questions {
            var name = TerminalText.safe(question.item.name[language])
            if name.count > nameWidth { name = String(name.prefix(nameWidth - 1)) + "…" }
            let level = result.level(question)
            let levelText = level.map { value in "\(value) "
                + "\(question.scale.level(value)?.name[language] ?? "")" } ?? "—"
            let bar =
                level.map {
                    BarChart.bar(Double($0), maximum: Double(question.scale.range.upperBound), width: 10, pad: false)
                } ?? ""
            let items = plan.proposals
                .filter { $0.source.framework == form.framework.id && $0.source.item == question.item.id }
                .map { $0.status == .accepted ? ($0.itemID ?? $0.id) : ($0.status == .proposed ? $0.id : "") }
                .filter { !$0.isEmpty }
            let line = "  \(question.item.id.padding(to: idWidth))  \(name.padding(to: nameWidth))  "
                + "\(TerminalText.safe(levelText).padding(to: levelWidth))  \(bar.padding(to: 10))  "
                + "\(items.joined(separator: " "))"
            lines.append(line.trimmingTrailingSpaces())
        }
        let averages = result.sectionAverages
        if averages.count > 1, let scale = result.ratedScale {
            lines.append(l("  Average per part:", "  Rata-rata per bagian:"))
            let rows = averages.map { average in
                (label: "  " + TerminalText.safe(average.section.name[language]), value: average.average,
                 text: average.average.map { NumberFormat(language).decimal($0, places: 1) } ?? "—")
            }
            lines += BarChart.rows(rows, maximum: Double(scale.range.upperBound), width: 20).map { "  " + $0 }
        }
        lines += summaryLines(result, language: language)
        return lines
    }

    /// "Stage reached: 2 Interaction" and/or "Overall: 2.9 of 5 — level 2 Early development".
    static func summaryLines(_ result: AssessmentResult, language: Language) -> [String] {
        let l = AssessmentWords(language)
        var lines: [String] = []
        if result.form.hasStages, result.stageQuestions.contains(where: { result.level($0) != nil }) {
            if let stage = result.stageReached?.stage {
                lines.append(l("  Stage reached: \(stage.level) \(TerminalText.safe(stage.name.en))",
                               "  Tahap yang dicapai: \(stage.level) \(TerminalText.safe(stage.name.id))"))
            } else {
                lines.append(l("  Stage reached: none (stage 1 not fully achieved)", "  Tahap yang dicapai: belum ada "
                    + "(tahap 1 belum sepenuhnya tercapai)"))
            }
        }
        if result.form.framework.id == SpbeStructure.shipped.framework.id {
            // The SPBE index is a weighted mean with the regulation's weights, not the plain mean of the levels.
            if let index = SpbeEvaluation(result.assessment).index() {
                lines.append(l("  SPBE index: ", "  Indeks SPBE: ") + SpbeCommands.indexText(index, language)
                             + l(" (`spbe` shows the domains)", " (`spbe` menampilkan domainnya)"))
            }
            return lines
        }
        if let average = result.overallAverage, let scale = result.ratedScale {
            let reached =
                result.overallLevel.map {
                    l(" — level \($0.value) \($0.name.en)", " — tingkat \($0.value) \($0.name.id)")
                } ?? ""
            let shown = NumberFormat(language).decimal(average, places: 1)
            lines.append(l("  Overall: \(shown) of \(scale.range.upperBound)", "  Keseluruhan: \(shown) dari "
                + "\(scale.range.upperBound)")
                + TerminalText.safe(reached))
        }
        return lines
    }

    /// `P1  S  proposed     Text`.
    static func proposalLines(_ proposals: [ProposedItem], language: Language) -> [String] {
        let idWidth = proposals.map(\.id.count).max() ?? 2
        return proposals.map { proposal in
            let status: String
            switch proposal.status {
            case .proposed: status = "proposed"
            case .accepted: status = "accepted → \(proposal.itemID ?? "?")"
            case .rejected: status = "rejected"
            }
            return "  \(proposal.id.padding(to: idWidth))  \(proposal.quadrant.letter)  \(status.padding(to: 14))  "
                + "\(TerminalText.safe(proposal.text[language]))"
        }
    }

    /// After answers: where the agency stands and the proposals open for this framework.
    static func printOutcome(plan: Plan, form: AssessmentForm, session: Session) {
        let language = plan.effectiveLanguage
        if let assessment = plan.assessment(of: form.framework.id) {
            for line in summaryLines(AssessmentResult(form: form, assessment: assessment), language: language) {
                session.print(line.trimmingWhitespace())
            }
        }
        let open = plan.proposals.filter { $0.source.framework == form.framework.id && $0.status == .proposed }
        let l = AssessmentWords(language)
        if open.isEmpty {
            session.print(l("No proposed items from these answers (levels in the middle of the scale propose none).",
                            "Belum ada butir usulan dari jawaban ini (tingkat di tengah skala tidak menghasilkan "
                                + "usulan)."))
            return
        }
        session.print(l("Proposed SWOT items (`accept ID` adds one, `reject ID` sets it aside):",
                        "Usulan butir SWOT (`accept ID` menambahkannya, `reject ID` menolaknya):"))
        for line in proposalLines(open, language: language) { session.print(line) }
    }
}
