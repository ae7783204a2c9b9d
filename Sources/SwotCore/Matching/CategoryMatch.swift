/// One category an item was matched to: how strongly, by which words, and whether the planner set it.
public struct CategoryMatch: Codable, Hashable, Sendable {
    /// Category id, e.g. `C05`.
    public var category: String
    /// Strength of the match, 0…1 (1 for a category the planner tagged by hand).
    public var score: Double
    /// The words and phrases of the item that made the match (as they appear in the item, lower-cased).
    public var terms: [String]
    /// True when the planner set this category with `tag`; the matcher never removes those.
    public var setByUser: Bool

    public init(category: String, score: Double, terms: [String], setByUser: Bool = false) {
        self.category = category
        self.score = score
        self.terms = terms
        self.setByUser = setByUser
    }
}

/// What the matcher found in one item's text.
public struct MatchResult: Hashable, Sendable {
    /// Matched categories, best first.
    public var categories: [CategoryMatch]
    /// The language the text is mostly written in.
    public var language: Language
    /// Words that signal a lack or absence (`belum`, `kurang`, `lack`, …), as found in the text.
    public var lackCues: [String]
    /// Words that signal an origin outside the organisation (`pemerintah pusat`, `hackers`, …).
    public var externalCues: [String]

    public init(categories: [CategoryMatch], language: Language, lackCues: [String], externalCues: [String]) {
        self.categories = categories
        self.language = language
        self.lackCues = lackCues
        self.externalCues = externalCues
    }
}
