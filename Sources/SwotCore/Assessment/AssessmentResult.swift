/// What an assessment's answers say: levels per item, averages per section, the overall level or the stage
/// reached, and the SWOT items they suggest.
public struct AssessmentResult: Sendable {
    public let form: AssessmentForm
    public let assessment: Assessment

    public init(form: AssessmentForm, assessment: Assessment) {
        self.form = form
        self.assessment = assessment
    }

    public func level(_ question: AssessmentQuestion) -> Int? { assessment.answers[question.item.id] }

    /// Questions with an answer.
    public var answeredCount: Int { form.questions.count { level($0) != nil } }

    /// The questions rated on a maturity or rating scale (all but a stage model's stages).
    public var ratedQuestions: [AssessmentQuestion] { form.questions.filter { $0.stage == nil } }

    public var stageQuestions: [AssessmentQuestion] { form.questions.filter { $0.stage != nil } }

    /// One section's mean level over its answered rated questions.
    public struct SectionAverage: Sendable {
        public var section: Framework.Section
        public var average: Double?
        public var answered: Int
        public var count: Int
    }

    public var sectionAverages: [SectionAverage] {
        form.framework.sections.compactMap { section in
            let questions = ratedQuestions.filter { $0.section.id == section.id }
            guard !questions.isEmpty else { return nil }
            let levels = questions.compactMap(level)
            return SectionAverage(
                section: section,
                average: AssessmentResult.mean(levels),
                answered: levels.count,
                count: questions.count
            )
        }
    }

    /// The mean level over every answered rated question.
    public var overallAverage: Double? { AssessmentResult.mean(ratedQuestions.compactMap(level)) }

    /// The scale the rated questions use (one per framework).
    public var ratedScale: AssessmentScale? { ratedQuestions.first?.scale }

    /// The level the overall average has reached (rounded down: 3.8 has reached level 3).
    public var overallLevel: AssessmentScale.Level? {
        guard let average = overallAverage, let scale = ratedScale else { return nil }
        let reached = Int(((average * 100).rounded() / 100).rounded(.down))
        return scale.level(reached)
    }

    /// The highest stage answered "yes" together with every stage before it; nil when stage 1 is not fully
    /// achieved (or not answered).
    public var stageReached: AssessmentQuestion? {
        var reached: AssessmentQuestion?
        for question in stageQuestions {
            guard level(question) == AssessmentScale.stages.range.upperBound else { break }
            reached = question
        }
        return reached
    }

    /// The first stage not fully achieved, when it has an answer (the next step for the agency).
    public var nextStage: AssessmentQuestion? {
        let next = stageQuestions.first { level($0) != AssessmentScale.stages.range.upperBound }
        return next.flatMap { level($0) == nil ? nil : $0 }
    }

    /// A SWOT item the answers suggest.
    public struct Candidate: Equatable, Sendable {
        public var quadrant: Quadrant
        public var text: LocalizedText
        public var source: ProposedItem.Source
    }

    /// The items the answers suggest, in question order:
    /// - a rated question answered above the scale's midpoint (4–5 of 5) gives a strength, below it (1–2) a
    ///   weakness, the midpoint (3) nothing; items the framework marks external give an opportunity or a threat;
    /// - a stage model gives a strength for the stage reached and a weakness for the next stage, when answered
    ///   "no" or "partly"; later stages add nothing (they wait on the next one).
    public var candidates: [Candidate] {
        var result: [Candidate] = []
        let reached = stageReached
        let next = nextStage
        for question in form.questions {
            guard let level = level(question) else { continue }
            let source = ProposedItem.Source(framework: form.framework.id, item: question.item.id, level: level)
            if question.stage != nil {
                if question.item.id == reached?.item.id {
                    result.append(Candidate(
                        quadrant: question.isExternal ? .opportunity : .strength,
                        text: ProposalText.stageReached(question, form: form, stageCount: stageQuestions.count),
                        source: source
                    ))
                } else if question.item.id == next?.item.id {
                    result.append(Candidate(
                        quadrant: question.isExternal ? .threat : .weakness,
                        text: ProposalText.stageMissing(question, level: level, form: form),
                        source: source
                    ))
                }
                continue
            }
            switch question.scale.reading(of: level) {
            case .high:
                result.append(Candidate(
                    quadrant: question.isExternal ? .opportunity : .strength,
                    text: ProposalText.rated(question, level: level, form: form), source: source
                ))
            case .low:
                result.append(Candidate(
                    quadrant: question.isExternal ? .threat : .weakness,
                    text: ProposalText.rated(question, level: level, form: form), source: source
                ))
            case .middle:
                break
            }
        }
        return result
    }

    static func mean(_ values: [Int]) -> Double? {
        values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }
}
