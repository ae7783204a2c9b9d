/// One SWOT item: a strength, weakness, opportunity or threat, as the planner wrote it.
public struct Item: Codable, Equatable, Sendable {
    /// `S1`, `W2`, `O3`, `T4`: stable for the plan's life and never reused.
    public var id: String
    public var quadrant: Quadrant
    public var text: String
    /// Matched and hand-set categories, best first.
    public var categories: [CategoryMatch]
    /// Categories the planner removed with `untag`; the matcher does not bring them back.
    public var rejectedCategories: [String]
    /// The language the item is written in, as the matcher read it.
    public var language: Language?

    public init(
        id: String, quadrant: Quadrant, text: String, categories: [CategoryMatch] = [],
        rejectedCategories: [String] = [], language: Language? = nil
    ) {
        self.id = id
        self.quadrant = quadrant
        self.text = text
        self.categories = categories
        self.rejectedCategories = rejectedCategories
        self.language = language
    }

    /// The item's number within its quadrant (`7` for `S7`).
    public var number: Int { Int(id.dropFirst()) ?? 0 }
}
