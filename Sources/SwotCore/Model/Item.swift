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
    /// IFE/EFE weight, 0…1, set with `weight`.
    public var weight: Double?
    /// IFE/EFE rating, set with `rate` (strengths 3–4, weaknesses 1–2, opportunities and threats 1–4).
    public var rating: Double?

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

    enum CodingKeys: String, CodingKey {
        case id, quadrant, text, categories, rejectedCategories, language, weight, rating
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        quadrant = try container.decode(Quadrant.self, forKey: .quadrant)
        text = try container.decode(String.self, forKey: .text)
        categories = try container.decodeIfPresent([CategoryMatch].self, forKey: .categories) ?? []
        rejectedCategories = try container.decodeIfPresent([String].self, forKey: .rejectedCategories) ?? []
        language = try container.decodeIfPresent(Language.self, forKey: .language)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight)
        rating = try container.decodeIfPresent(Double.self, forKey: .rating)
    }

    /// Empty lists are left out, so plan files stay short and readable.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(quadrant, forKey: .quadrant)
        try container.encode(text, forKey: .text)
        if !categories.isEmpty { try container.encode(categories, forKey: .categories) }
        if !rejectedCategories.isEmpty { try container.encode(rejectedCategories, forKey: .rejectedCategories) }
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(weight, forKey: .weight)
        try container.encodeIfPresent(rating, forKey: .rating)
    }

    /// The item's number within its quadrant (`7` for `S7`).
    public var number: Int { Int(id.dropFirst()) ?? 0 }
}
