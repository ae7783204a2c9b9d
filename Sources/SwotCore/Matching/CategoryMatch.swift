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
    /// Set when no keyword of this category matched with confidence and it is only the nearest guess: the rule that
    /// found it. Such a match is worth checking (`tag` or `untag` it).
    public var fallback: MatchFallback?

    public init(
        category: String, score: Double, terms: [String], setByUser: Bool = false, fallback: MatchFallback? = nil
    ) {
        self.category = category
        self.score = score
        self.terms = terms
        self.setByUser = setByUser
        self.fallback = fallback
    }
}

/// How a low-confidence category was found for an item that no keyword matched with confidence.
public enum MatchFallback: String, Codable, Hashable, Sendable, CaseIterable {
    /// Only general words matched (`aplikasi`, `online`, `value`): they say what the item is about, not which
    /// aspect of it.
    case generalWords = "general-words"
    /// Some words of a longer keyword phrase (`insiden` of `penanganan insiden`).
    case partialPhrase = "partial-phrase"
    /// A word that starts like a keyword word (`koordinator` for `koordinasi`).
    case similarWord = "similar-word"
    /// A synonym of an English keyword, from WordNet (`workforce` for `staff`).
    case synonym
    /// No keyword of this category, but labelled items that read like this one were filed under it
    /// (`ExampleClassifier`).
    case examples
    /// No keyword word at all, but words the knowledge base uses in the category's description or factors.
    case relatedWords = "related-words"

    /// What the rule did, for `show`: "only general words matched".
    public func explanation(_ language: Language) -> String {
        switch (self, language) {
        case (.generalWords, .id): return "hanya kata umum yang cocok"
        case (.generalWords, _): return "only general words matched"
        case (.partialPhrase, .id): return "sebagian kata dari frasa kata kunci"
        case (.partialPhrase, _): return "part of a keyword phrase"
        case (.similarWord, .id): return "kata yang mirip kata kunci"
        case (.similarWord, _): return "a word like a keyword"
        case (.synonym, .id): return "sinonim kata kunci (WordNet)"
        case (.synonym, _): return "a synonym of a keyword (WordNet)"
        case (.examples, .id): return "mirip butir contoh berlabel di kategori ini"
        case (.examples, _): return "like labelled example items of this category"
        case (.relatedWords, .id): return "kata yang dipakai basis pengetahuan untuk kategori ini"
        case (.relatedWords, _): return "words the knowledge base uses for this category"
        }
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
    /// Every actor outside the organisation the text names: the external cues, the public, regulations, …
    public var outsideActorCues: [String]

    public init(
        categories: [CategoryMatch], language: Language, lackCues: [String], externalCues: [String],
        outsideActorCues: [String]
    ) {
        self.categories = categories
        self.language = language
        self.lackCues = lackCues
        self.externalCues = externalCues
        self.outsideActorCues = outsideActorCues
    }
}
