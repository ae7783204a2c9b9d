/// What the planner asked of the export beyond the plan itself.
public struct ReportOptions: Equatable, Sendable {
    /// Add an appendix of the strategies nobody has accepted or rejected yet (`--proposed`).
    public var includeProposed: Bool
    /// Add each chart's Mermaid source beneath its picture (`--mermaid`, Markdown only).
    public var mermaid: Bool
    /// Add a section on what changed since an earlier version (`--since NAME`): the yearly review.
    public var since: ReportBaseline?

    public init(includeProposed: Bool = false, mermaid: Bool = false, since: ReportBaseline? = nil) {
        self.includeProposed = includeProposed
        self.mermaid = mermaid
        self.since = since
    }
}

/// The earlier version a report compares the plan with: a snapshot, a backup or another plan.
public struct ReportBaseline: Equatable, Sendable {
    /// The name the planner gave (`draft-1`, `2`, `medan-2024`).
    public var reference: String
    /// The same with what it is, in the report's language (`versi draft-1`, `cadangan 2`).
    public var label: String
    public var plan: Plan

    public init(reference: String, label: String, plan: Plan) {
        self.reference = reference
        self.label = label
        self.plan = plan
    }
}

/// Everything a section needs to write itself: the plan, the language and its words, the figures computed once.
public struct ReportContext: Sendable {
    public let plan: Plan
    public let language: Language
    public let knowledgeBase: KnowledgeBase
    public let date: String
    public let options: ReportOptions
    /// The IFE (IFAS) and EFE (EFAS) matrices, when filled in and valid.
    public let ife: FactorEvaluation?
    public let efe: FactorEvaluation?
    public let placement: IEPlacement?
    public let position: SWOTPosition?

    init(plan: Plan, language: Language, knowledgeBase: KnowledgeBase, date: String, options: ReportOptions) {
        self.plan = plan
        self.language = language
        self.knowledgeBase = knowledgeBase
        self.date = date
        self.options = options
        let ife = plan.hasScores(.ife) ? try? plan.factorEvaluation(.ife) : nil
        let efe = plan.hasScores(.efe) ? try? plan.factorEvaluation(.efe) : nil
        self.ife = ife
        self.efe = efe
        if let ife, let efe {
            placement = try? IEMatrix.place(ife: ife, efe: efe)
            position = try? SWOTPosition(ife: ife, efe: efe, convention: Quantitative.positionConvention)
        } else {
            placement = nil
            position = nil
        }
    }

    /// The fixed words of the report in its language.
    public func text(_ english: String, _ indonesian: String) -> String {
        ReportLabels(language: language)(english, indonesian)
    }

    /// Accepted strategies in the order the SWOT position favours: the ones the body of the report is about.
    public var acceptedStrategies: [Strategy] {
        plan.towsPreferenceOrder.flatMap { plan.strategies(in: $0) }.filter { $0.status == .accepted }
    }

    /// What a strategy does, in a sentence without the items it names: a derived strategy's move, in its items'
    /// own words as the strategy has it ("Jadikan operator SIKS-NG tim lokal …"); the planner's own text for one
    /// written or edited by hand.
    public func headline(_ strategy: Strategy) -> String {
        guard !strategy.edited, let moveID = strategy.moveID,
              let move = knowledgeBase.moves.first(where: { $0.id == moveID })
        else { return strategy.text }
        let (inner, outer) = plan.namedItems(strategy) ?? ([], [])
        let action = StrategyText.sentence(
            strategy.quadrant, move: move, internal: inner, external: outer, language: language,
            oneSided: strategy.oneSided
        ).action
        guard let first = action.first else { return strategy.text }
        return first.uppercased() + action.dropFirst() + "."
    }

    /// Why a matrix or a comparison has no figures yet, in the report's language where the core words it so.
    public func problemText(_ error: any Error) -> String {
        switch error {
        case let error as QuantitativeError: return error.message(language)
        case let error as ScoringError: return error.message(language)
        case let error as any PlannerFacingError: return error.message
        default: return "\(error)"
        }
    }

    public var proposedStrategies: [Strategy] {
        plan.towsPreferenceOrder.flatMap { plan.strategies(in: $0) }.filter { $0.status == .proposed }
    }
}

/// One part of the report: its sections, and what it adds to the executive summary. Parts are listed once, in
/// `ReportBuilder.parts`; a new part (the SPBE index, items left out of every strategy) is one more entry there.
public protocol ReportPart: Sendable {
    /// The part's sections (none when the plan has no data for it).
    func sections(_ context: ReportContext) -> [ReportSection]
    /// Sentences for the executive summary's "where the agency stands" (short: the summary has 250 words).
    func standing(_ context: ReportContext) -> [ReportText]
}

extension ReportPart {
    public func standing(_ context: ReportContext) -> [ReportText] { [] }
}

/// Builds the report document from a plan: the executive summary first, then every part's body sections, then
/// every part's appendices.
public enum ReportBuilder {
    static let parts: [any ReportPart] = [
        ChangesPart(), SWOTPart(), PositionPart(), SpbePart(), StrategyPart(), LeftOutPart(), ActionPlanPart(),
        AssessmentPart(), ReferencesPart(), CalculationsPart(), StrategyCodesPart(), WorkshopPart(),
    ]

    public static func build(
        plan: Plan, date: String, language: Language? = nil, knowledgeBase: KnowledgeBase = .shipped,
        options: ReportOptions = ReportOptions()
    ) -> ReportDocument {
        let context = ReportContext(
            plan: plan, language: language ?? plan.effectiveLanguage, knowledgeBase: knowledgeBase, date: date,
            options: options)
        let sections = parts.flatMap { $0.sections(context) }
        let standing = parts.flatMap { $0.standing(context) }
        let summary = ExecutiveSummary(context: context, standing: standing).section()
        let title = plan.title.isEmpty ? plan.name : plan.title
        var facts: [ReportFact] = []
        if !plan.context.isEmpty { facts.append(ReportFact(context.text("Context", "Konteks"), plan.context)) }
        facts.append(ReportFact(context.text("Plan", "Rencana"), plan.name))
        facts.append(ReportFact(context.text("Date", "Tanggal"), date))
        var appendices = sections.filter { $0.part == .appendix }
        for index in appendices.indices {
            let letter = String(UnicodeScalar(UInt8(65 + index % 26)))
            appendices[index].title = context.text("Appendix", "Lampiran") + " \(letter). \(appendices[index].title)"
        }
        return ReportDocument(
            language: context.language, title: title, facts: facts,
            sections: [summary] + sections.filter { $0.part == .body } + appendices)
    }
}
