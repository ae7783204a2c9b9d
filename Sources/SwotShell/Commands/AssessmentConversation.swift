import SwotCore

/// An `assess` interview: takes each input line (terminal, pipe or script) as the answer to the current question,
/// saves the plan after every step, and hands input back to the command interpreter when it ends.
final class AssessmentConversation: Conversation {
    private var interview: Interview
    private let language: Language

    init(interview: Interview, language: Language) {
        self.interview = interview
        self.language = language
    }

    var prompt: String {
        guard let question = interview.current else { return "swot> " }
        let range = question.scale.range
        return "\(interview.form.framework.id) \(question.item.id) "
            + "[\(range.lowerBound)-\(range.upperBound)/skip/back/quit]> "
    }

    /// Shows the opening line and the first question.
    func start(session: Session, saved: Assessment?) {
        let form = interview.form
        let name = TerminalText.safe(form.framework.name[language])
        let l = AssessmentWords(language)
        session.print(l("\(name): \(form.count) questions.", "\(name): \(form.count) pertanyaan."))
        session.print(l("Answer each with a level, or skip, back or quit; `assess \(form.framework.id)` resumes where "
            + "you stop.",
                        "Jawab setiap pertanyaan dengan tingkat, atau skip, back atau quit; `assess "
                            + "\(form.framework.id)` melanjutkan dari tempat berhenti."))
        if form.questions.contains(where: { $0.scale.kind == .rating }) {
            session.print(l("The paper gives no scale, so items are rated 1 absent, 2 weak, 3 adequate, 4 good, 5 "
                + "strong.",
                            "Makalah tidak memberi skala, jadi butir dinilai 1 tidak ada, 2 lemah, 3 cukup, 4 baik, 5 "
                                + "sangat kuat."))
        }
        if language == .en, form.questions.contains(where: { $0.item.levels != nil }) {
            session.print("Each level's criteria are the regulation's own words, in Indonesian; "
                          + "the level names are glossed.")
        }
        if let saved, !saved.answers.isEmpty || saved.position > 0 {
            let answered = interview.form.questions.count { saved.answers[$0.item.id] != nil }
            if saved.position >= form.count && answered == form.count {
                session.print(l("All questions have answers; going through them again (skip keeps an answer).",
                                "Semua pertanyaan sudah dijawab; diulang dari awal (skip mempertahankan jawaban)."))
            } else {
                session.print(l("Resuming at question \(interview.position + 1) of \(form.count) (\(answered) "
                    + "answered).",
                                "Melanjutkan dari pertanyaan \(interview.position + 1) dari \(form.count) (\(answered) "
                                    + "dijawab)."))
            }
        }
        showQuestion(session: session)
    }

    func answer(_ line: String, session: Session) throws {
        let outcome = try interview.handle(line)
        let l = AssessmentWords(language)
        switch outcome {
        case .ignored:
            return
        case .help:
            showQuestion(session: session)
            return
        case .atFirstQuestion:
            session.print(l("This is the first question.", "Ini pertanyaan pertama."))
            showQuestion(session: session)
            return
        case .quit:
            try save(session)
            finish(session: session, stopped: true)
            return
        case .answered, .skipped, .wentBack:
            try save(session)
        }
        if interview.isFinished {
            finish(session: session, stopped: false)
        } else {
            showQuestion(session: session)
        }
    }

    func suspend(session: Session) {
        session.conversation = nil
        let l = AssessmentWords(language)
        session.print(l("Stopped at question \(interview.position + 1) of \(interview.form.count) to run a command; "
            + "`assess \(interview.form.framework.id)` resumes here.",
                        "Berhenti di pertanyaan \(interview.position + 1) dari \(interview.form.count) untuk "
                            + "menjalankan perintah; `assess \(interview.form.framework.id)` melanjutkan dari sini."))
    }

    private func save(_ session: Session) throws {
        let assessment = interview.assessment
        let form = interview.form
        try session.change { $0.saveAssessment(assessment, form: form) }
    }

    private func finish(session: Session, stopped: Bool) {
        session.conversation = nil
        let form = interview.form
        let l = AssessmentWords(language)
        if stopped && !interview.isFinished {
            session.print(l("Stopped at question \(interview.position + 1) of \(form.count); `assess "
                + "\(form.framework.id)` resumes here.",
                            "Berhenti di pertanyaan \(interview.position + 1) dari \(form.count); `assess "
                                + "\(form.framework.id)` melanjutkan dari sini."))
        } else {
            session.print(l("Interview complete.", "Wawancara selesai."))
        }
        guard let plan = session.plan else { return }
        AssessmentCommands.printOutcome(plan: plan, form: form, session: session)
    }

    private func showQuestion(session: Session) {
        guard let question = interview.current else { return }
        for line in AssessmentCommands.questionLines(
            question,
            form: interview.form,
            current: interview.currentAnswer,
            language: language
        ) {
            session.print(line)
        }
    }
}

/// Fixed words of the interview in the plan's language.
struct AssessmentWords {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    func callAsFunction(_ english: String, _ indonesian: String) -> String {
        language == .en ? english : indonesian
    }
}
