/// The planner's answers to one framework's readiness interview (`assess kpmg`), saved with the plan so the
/// interview can stop and resume, and so `assessment` and the export can show where the agency stands.
public struct Assessment: Codable, Equatable, Sendable {
    /// The framework's id in the knowledge base (`kpmg`, `worldbank`, …), never an alias.
    public var framework: String
    /// The level given for each framework item, by item id (`ORG.1` → 3). Skipped items have no entry.
    public var answers: [String: Int]
    /// The index (0-based) of the question to ask next; equal to the number of questions once all were asked.
    public var position: Int

    public init(framework: String, answers: [String: Int] = [:], position: Int = 0) {
        self.framework = framework
        self.answers = answers
        self.position = position
    }
}

/// A SWOT item the tool proposes from an assessment answer. The planner accepts it (it becomes a normal item)
/// or rejects it; re-answering keeps the decision, so a rejected proposal does not come back.
public struct ProposedItem: Codable, Equatable, Sendable {
    /// `P1`, `P2`, …: stable for the plan's life and never reused.
    public var id: String
    public var quadrant: Quadrant
    /// The sentence in both languages; the item takes the plan's language when accepted.
    public var text: LocalizedText
    public var source: Source
    public var status: DecisionStatus
    /// The id of the item it became (`S4`), once accepted.
    public var itemID: String?

    /// The answer the proposal comes from.
    public struct Source: Codable, Equatable, Hashable, Sendable {
        /// Framework id (`kpmg`).
        public var framework: String
        /// Framework item id (`ORG.1`).
        public var item: String
        /// The level answered.
        public var level: Int

        public init(framework: String, item: String, level: Int) {
            self.framework = framework
            self.item = item
            self.level = level
        }
    }

    public init(
        id: String,
        quadrant: Quadrant,
        text: LocalizedText,
        source: Source,
        status: DecisionStatus = .proposed,
        itemID: String? = nil
    ) {
        self.id = id
        self.quadrant = quadrant
        self.text = text
        self.source = source
        self.status = status
        self.itemID = itemID
    }

    /// The proposal's number (`7` for `P7`).
    public var number: Int { Int(id.dropFirst()) ?? 0 }
}
