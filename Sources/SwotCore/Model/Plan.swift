/// A strategy plan: the organisation's SWOT, and everything derived from it.
///
/// Plain data: commands change it through `PlanDocument`, whose edits are values (`PlanEdit`); a rejected command
/// changes nothing.
public struct Plan: Codable, Equatable, Sendable {
    /// The plan-file format this build writes; files with a higher number are refused, never overwritten.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// The file name in the workspaces folder, without `.json`.
    public var name: String
    public var title: String
    /// The organisation and situation the plan is about.
    public var context: String
    /// The language chosen with `lang`; nil means "the language most items are written in".
    public var language: Language?
    public var items: [Item]
    /// The next number to give per quadrant letter, so ids are never reused after a removal.
    public var nextNumber: [String: Int]
    /// TOWS strategies, derived with `derive` or added by the planner (see `Strategy`).
    public var strategies: [Strategy]
    /// Knowledge-base entries the planner loaded with `kb load` (nil when none); they extend the shipped KB.
    public var knowledgeExtension: KnowledgeBaseExtension?
    /// Readiness assessments (`assess`): answers per framework item and where each interview stopped.
    public var assessments: [Assessment]
    /// SWOT items proposed from assessment answers (`P1`, …), with the planner's decision on each.
    public var proposals: [ProposedItem]
    /// AHP pairwise judgements (`compare`): items within a quadrant (`S1` vs `S2`) and the SWOT groups (`S` vs `O`).
    public var comparisons: [PairwiseJudgement]
    /// The QSPM: strategies chosen for comparison and their attractiveness scores (`qspm`, `attract`).
    public var qspm: QSPMWorksheet
    /// The years the action plan covers (`period`); nil until the planner sets them.
    public var period: PlanPeriod?
    /// The planners of a strategy session and the weights and ratings each gave (`Panel/`); empty for one planner.
    public var participants: [Participant]
    /// The SPBE index the plan aims for and the indicators each strategy is meant to raise (`spbe target`,
    /// `raises`); the SPBE levels themselves are the `spbe` assessment.
    public var spbe: SpbePlanning
    /// Where items were last found by id (a hint for `indexOfItem`, not part of the plan's value).
    let itemLookup = ItemLookup()
    /// Which quadrant each item is in (a hint for `items(in:)`, not part of the plan's value either).
    let quadrantIndex = QuadrantIndex()

    // Fields added by later features are optional in the file (older plans open unchanged) and are listed in
    // `CodingKeys`; each is decoded with a default in `init(from:)`.

    public init(name: String, title: String = "", context: String = "") {
        self.schemaVersion = Plan.currentSchemaVersion
        self.name = name
        self.title = title
        self.context = context
        self.language = nil
        self.items = []
        self.nextNumber = [:]
        self.strategies = []
        self.knowledgeExtension = nil
        self.assessments = []
        self.proposals = []
        self.comparisons = []
        self.qspm = QSPMWorksheet()
        self.period = nil
        self.participants = []
        self.spbe = SpbePlanning()
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, name, title, context, language, items, nextNumber, strategies
        case knowledgeExtension
        case assessments, proposals
        case comparisons, qspm
        case period
        case participants
        case spbe
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        name = try container.decode(String.self, forKey: .name)
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        context = try container.decodeIfPresent(String.self, forKey: .context) ?? ""
        language = try container.decodeIfPresent(Language.self, forKey: .language)
        items = try container.decode([Item].self, forKey: .items)
        nextNumber = try container.decodeIfPresent([String: Int].self, forKey: .nextNumber) ?? [:]
        strategies = try container.decodeIfPresent([Strategy].self, forKey: .strategies) ?? []
        knowledgeExtension = try container.decodeIfPresent(KnowledgeBaseExtension.self, forKey: .knowledgeExtension)
        assessments = try container.decodeIfPresent([Assessment].self, forKey: .assessments) ?? []
        proposals = try container.decodeIfPresent([ProposedItem].self, forKey: .proposals) ?? []
        comparisons = try container.decodeIfPresent([PairwiseJudgement].self, forKey: .comparisons) ?? []
        qspm = try container.decodeIfPresent(QSPMWorksheet.self, forKey: .qspm) ?? QSPMWorksheet()
        period = try container.decodeIfPresent(PlanPeriod.self, forKey: .period)
        participants = try container.decodeIfPresent([Participant].self, forKey: .participants) ?? []
        spbe = try container.decodeIfPresent(SpbePlanning.self, forKey: .spbe) ?? SpbePlanning()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(name, forKey: .name)
        try container.encode(title, forKey: .title)
        try container.encode(context, forKey: .context)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encode(items, forKey: .items)
        try container.encode(nextNumber, forKey: .nextNumber)
        try container.encode(strategies, forKey: .strategies)
        try container.encodeIfPresent(knowledgeExtension, forKey: .knowledgeExtension)
        if !assessments.isEmpty { try container.encode(assessments, forKey: .assessments) }
        if !proposals.isEmpty { try container.encode(proposals, forKey: .proposals) }
        if !comparisons.isEmpty { try container.encode(comparisons, forKey: .comparisons) }
        if !qspm.isEmpty { try container.encode(qspm, forKey: .qspm) }
        try container.encodeIfPresent(period, forKey: .period)
        if !participants.isEmpty { try container.encode(participants, forKey: .participants) }
        if !spbe.isEmpty { try container.encode(spbe, forKey: .spbe) }
    }

    /// Two plans are equal when every field is: item lists compare their shared items by identity first, so telling
    /// whether a command changed a plan of thousands of items costs microseconds.
    public static func == (lhs: Plan, rhs: Plan) -> Bool {
        lhs.schemaVersion == rhs.schemaVersion && lhs.name == rhs.name && PlanValue.changes(from: lhs, to: rhs).isEmpty
    }

    /// Items of one quadrant, in id order.
    public func items(in quadrant: Quadrant) -> [Item] {
        quadrantIndex.positions(of: quadrant, in: items).map { items[$0] }
    }

    /// The positions in `items` of the items in `quadrant`, in number order.
    public func positions(in quadrant: Quadrant) -> [Int] {
        quadrantIndex.positions(of: quadrant, in: items)
    }

    /// The item with this id, if the plan has it.
    public func item(_ id: ItemID) -> Item? { item(written: id.description) }

    /// The item an id the plan itself holds names (a strategy's source, a score's row), if it is still there.
    public func item(written id: String) -> Item? {
        itemLookup.index(of: id, in: items).map { items[$0] }
    }

    /// The language for derived text and exports: the one set with `lang`, else the one most items use.
    public var effectiveLanguage: Language {
        if let language { return language }
        let indonesian = items.count(where: { $0.language == .id })
        let english = items.count(where: { $0.language == .en })
        return english > indonesian ? .en : (indonesian > 0 ? .id : .en)
    }
}
