/// One TOWS strategy of a plan: derived from a knowledge-base move or written by the planner, with its trace
/// (source items, categories, move, citations), its rank score and the planner's decisions on it.
public struct Strategy: Codable, Equatable, Sendable {
    /// `SO1`, `ST2`, `WO3`, `WT4`: stable for the plan's life and never reused.
    public var id: String
    public var quadrant: TOWSQuadrant
    /// The strategy sentence, in the plan's language (or as the planner edited it).
    public var text: String
    /// The items the strategy uses: internal (S/W) ones first, then external (O/T) ones.
    public var sources: [String]
    /// The categories through which the source items selected the move, most relevant first.
    public var categories: [String]
    /// The knowledge-base move the strategy instantiates; nil for the planner's own.
    public var moveID: String?
    /// The paper strategy the move restates, e.g. `D003 SO2`.
    public var paperStrategy: String?
    /// Where in the papers the move comes from.
    public var citations: [StrategyCitation]
    /// Rank score, 0…1: see `StrategyScoring`.
    public var score: Double
    /// Whether the planner has taken the strategy on.
    public var status: DecisionStatus
    /// True once the planner has changed the text with `edit`; a re-derive never rewrites it.
    public var edited: Bool
    /// True when one of the source items is no longer in the plan (removed, or moved to another quadrant).
    public var stale: Bool
    /// True for a fallback whose move fits the items of one side only ("hanya satu sisi" / "one-sided").
    public var oneSided: Bool = false
    public var origin: Origin
    public var owner: String?
    /// Due date, ISO `YYYY-MM-DD`.
    public var due: String?
    public var kpi: String?
    /// The action plan in the Renstra's shape (`ActionPlan/`): the programme or activity it is carried out as, the
    /// indicator's (`kpi`) value at the start of the period and its target per year, and the budget lines. The
    /// responsible unit is `owner`.
    public var programme: String?
    public var baseline: String?
    /// At most one per year, in year order.
    public var targets: [YearTarget] = []
    /// At most one per source and year, in `BudgetLine.precedes` order.
    public var budget: [BudgetLine] = []

    /// Whether the strategy came from `derive` or from `strategy add`.
    public enum Origin: String, Codable, Sendable {
        case derived
        case manual
    }

    public init(
        id: String, quadrant: TOWSQuadrant, text: String, sources: [String], categories: [String] = [],
        moveID: String? = nil, paperStrategy: String? = nil, citations: [StrategyCitation] = [], score: Double = 0,
        status: DecisionStatus = .proposed, edited: Bool = false, stale: Bool = false, origin: Origin = .derived
    ) {
        self.id = id
        self.quadrant = quadrant
        self.text = text
        self.sources = sources
        self.categories = categories
        self.moveID = moveID
        self.paperStrategy = paperStrategy
        self.citations = citations
        self.score = score
        self.status = status
        self.edited = edited
        self.stale = stale
        self.origin = origin
    }

    enum CodingKeys: String, CodingKey {
        case id, quadrant, text, sources, categories, moveID, paperStrategy, citations, score, status, edited, stale,
             oneSided, origin, owner, due, kpi, programme, baseline, targets, budget
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        quadrant = try container.decode(TOWSQuadrant.self, forKey: .quadrant)
        text = try container.decode(String.self, forKey: .text)
        sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
        categories = try container.decodeIfPresent([String].self, forKey: .categories) ?? []
        moveID = try container.decodeIfPresent(String.self, forKey: .moveID)
        paperStrategy = try container.decodeIfPresent(String.self, forKey: .paperStrategy)
        citations = try container.decodeIfPresent([StrategyCitation].self, forKey: .citations) ?? []
        score = try container.decodeIfPresent(Double.self, forKey: .score) ?? 0
        status = try container.decodeIfPresent(DecisionStatus.self, forKey: .status) ?? .proposed
        edited = try container.decodeIfPresent(Bool.self, forKey: .edited) ?? false
        stale = try container.decodeIfPresent(Bool.self, forKey: .stale) ?? false
        oneSided = try container.decodeIfPresent(Bool.self, forKey: .oneSided) ?? false
        origin = try container.decodeIfPresent(Origin.self, forKey: .origin) ?? (moveID == nil ? .manual : .derived)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        due = try container.decodeIfPresent(String.self, forKey: .due)
        kpi = try container.decodeIfPresent(String.self, forKey: .kpi)
        programme = try container.decodeIfPresent(String.self, forKey: .programme)
        baseline = try container.decodeIfPresent(String.self, forKey: .baseline)
        targets = try container.decodeIfPresent([YearTarget].self, forKey: .targets) ?? []
        budget = try container.decodeIfPresent([BudgetLine].self, forKey: .budget) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(quadrant, forKey: .quadrant)
        try container.encode(text, forKey: .text)
        try container.encode(sources, forKey: .sources)
        try container.encode(categories, forKey: .categories)
        try container.encodeIfPresent(moveID, forKey: .moveID)
        try container.encodeIfPresent(paperStrategy, forKey: .paperStrategy)
        try container.encode(citations, forKey: .citations)
        try container.encode(score, forKey: .score)
        try container.encode(status, forKey: .status)
        try container.encode(edited, forKey: .edited)
        try container.encode(stale, forKey: .stale)
        if oneSided { try container.encode(oneSided, forKey: .oneSided) }
        try container.encode(origin, forKey: .origin)
        try container.encodeIfPresent(owner, forKey: .owner)
        try container.encodeIfPresent(due, forKey: .due)
        try container.encodeIfPresent(kpi, forKey: .kpi)
        try container.encodeIfPresent(programme, forKey: .programme)
        try container.encodeIfPresent(baseline, forKey: .baseline)
        if !targets.isEmpty { try container.encode(targets, forKey: .targets) }
        if !budget.isEmpty { try container.encode(budget, forKey: .budget) }
    }

    /// The strategy's number within its quadrant (`2` for `ST2`).
    public var number: Int { Int(id.dropFirst(2)) ?? 0 }

    /// The id as a value, for the plan's edits and look-ups (a plan file's ids are checked when it is read).
    public var strategyID: StrategyID { StrategyID(quadrant, number) }

    /// A decision the planner made that a re-derive must keep: accepted, rejected, edited, or given an owner,
    /// due date, KPI or action-plan details.
    public var isDecided: Bool {
        status != .proposed || edited || owner != nil || due != nil || kpi != nil || origin == .manual
            || hasActionDetails
    }

    /// `accepted`, `proposed, edited`, `accepted, stale`, …: the status as one word list for listings.
    public var statusLabel: String {
        var parts = [status.rawValue]
        if oneSided { parts.append("one-sided") }
        if edited { parts.append("edited") }
        if stale { parts.append("stale") }
        return parts.joined(separator: ", ")
    }
}

/// A place in a paper that backs a strategy: source id, paper file, lines and the quoted words.
public struct StrategyCitation: Codable, Hashable, Sendable {
    /// Source id, e.g. `D003`.
    public var source: String
    /// The paper's file name, e.g. `003_2191fb8a32d3ea38.txt`, when the knowledge base lists the source.
    public var file: String?
    public var from: Int
    public var to: Int
    public var quote: String?

    public init(source: String, file: String? = nil, from: Int, to: Int, quote: String? = nil) {
        self.source = source
        self.file = file
        self.from = from
        self.to = to
        self.quote = quote
    }

    /// The citation of a knowledge-base entry, with the file the knowledge base gives for its source.
    public init(_ citation: Citation, in knowledgeBase: KnowledgeBase) {
        self.init(
            source: citation.source, file: knowledgeBase.sources.first { $0.id == citation.source }?.file,
            from: citation.from, to: citation.to, quote: citation.quote
        )
    }

    /// `D003 L118-129` (or `D003 L113` for one line).
    public var locator: String {
        from == to ? "\(source) L\(from)" : "\(source) L\(from)-\(to)"
    }

    /// `003_2191fb8a32d3ea38.txt L118-129`, or the locator when the file is not known.
    public var fileLocator: String {
        guard let file else { return locator }
        return from == to ? "\(source) \(file) L\(from)" : "\(source) \(file) L\(from)-\(to)"
    }
}
