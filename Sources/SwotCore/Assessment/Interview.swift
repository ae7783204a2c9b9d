/// A readiness interview in progress: which question comes next and what each answer line does to it.
///
/// Pure state: the shell feeds it lines and saves `assessment` into the plan after each step, so stopping (or a
/// crash) loses nothing and `assess FRAMEWORK` resumes where it stopped.
public struct Interview: Sendable {
    public let form: AssessmentForm
    public private(set) var assessment: Assessment

    /// What an answer line did.
    public enum Outcome: Equatable, Sendable {
        /// A level was recorded for the item.
        case answered(item: String, level: Int)
        /// The question was passed over; an earlier answer to it stays.
        case skipped(item: String)
        /// Went back one question.
        case wentBack
        /// `back` at the first question: nothing changed.
        case atFirstQuestion
        /// `help` or `?`: the question is shown again.
        case help
        /// The planner stopped; the position is kept for resuming.
        case quit
        /// A blank line or a `#` comment.
        case ignored
    }

    /// Starts or resumes an interview. A saved interview resumes at its position; a finished one at the first
    /// question left unanswered, or from the start when every question has an answer (to review them).
    public init(form: AssessmentForm, saved: Assessment?) {
        self.form = form
        var assessment = saved ?? Assessment(framework: form.framework.id)
        if assessment.position >= form.count || assessment.position < 0 {
            assessment.position = form.questions.firstIndex { assessment.answers[$0.item.id] == nil } ?? 0
        }
        self.assessment = assessment
    }

    public var position: Int { assessment.position }

    /// The question waiting for an answer; nil once the last one is answered or skipped.
    public var current: AssessmentQuestion? {
        position < form.count ? form.questions[position] : nil
    }

    public var isFinished: Bool { current == nil }

    /// The recorded answer to the current question, shown when reviewing.
    public var currentAnswer: Int? { current.flatMap { assessment.answers[$0.item.id] } }

    /// Handles one line: a level (number or word), `skip`, `back`, `quit` or `help` (also in Indonesian:
    /// `lewati`, `kembali`, `keluar`/`selesai`, `bantuan`). A wrong answer throws and leaves the state unchanged.
    public mutating func handle(_ line: String) throws(AssessmentError) -> Outcome {
        let answer = line.trimmingWhitespace()
        if answer.isEmpty || answer.hasPrefix("#") { return .ignored }
        switch answer.lowercased() {
        case "quit", "q", "stop", "exit", "keluar", "selesai", "berhenti":
            return .quit
        case "back", "b", "kembali":
            guard position > 0 else { return .atFirstQuestion }
            assessment.position = min(position, form.count) - 1
            return .wentBack
        case "help", "?", "bantuan":
            return .help
        default:
            break
        }
        guard let question = current else { return .quit }
        if ["skip", "lewati", "-"].contains(answer.lowercased()) {
            assessment.position += 1
            return .skipped(item: question.item.id)
        }
        let level = try question.parseLevel(answer)
        assessment.answers[question.item.id] = level
        assessment.position += 1
        return .answered(item: question.item.id, level: level)
    }

    /// Reads the one-line form `ORG.1=3 ORG.2=partly …` into levels by item id, checking every answer first.
    public static func parseAnswers(_ words: [String], form: AssessmentForm) throws(AssessmentError) -> [String: Int] {
        var answers: [String: Int] = [:]
        for word in words {
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw AssessmentError.malformedAnswer(word)
            }
            let question = try form.requireQuestion(String(parts[0]))
            let level = try question.parseLevel(String(parts[1]))
            guard answers.updateValue(level, forKey: question.item.id) == nil else {
                throw AssessmentError.answeredTwice(question.item.id)
            }
        }
        return answers
    }
}
