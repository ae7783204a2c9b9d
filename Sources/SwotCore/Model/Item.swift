/// One SWOT item: a strength, weakness, opportunity or threat, as the planner wrote it.
///
/// The fields live in a shared box that is copied only when one of them changes. Every change to a plan copies its
/// item list (the undo history keeps the version before), so copying an item must cost one reference count, not one
/// per field; and two versions of an unchanged item compare equal without comparing their texts.
public struct Item: Codable, Equatable, Sendable {
    /// `S1`, `W2`, `O3`, `T4`: stable for the plan's life and never reused.
    public var id: String {
        get { storage.id }
        set { uniqueStorage().id = newValue }
    }
    public var quadrant: Quadrant {
        get { storage.quadrant }
        set { uniqueStorage().quadrant = newValue }
    }
    public var text: String {
        get { storage.text }
        set { uniqueStorage().text = newValue }
    }
    /// Matched and hand-set categories, best first.
    public var categories: [CategoryMatch] {
        get { storage.categories }
        set { uniqueStorage().categories = newValue }
    }
    /// Categories the planner removed with `untag`; the matcher does not bring them back.
    public var rejectedCategories: [String] {
        get { storage.rejectedCategories }
        set { uniqueStorage().rejectedCategories = newValue }
    }
    /// The language the item is written in, as the matcher read it.
    public var language: Language? {
        get { storage.language }
        set { uniqueStorage().language = newValue }
    }
    /// IFE/EFE weight, 0…1, set with `weight`.
    public var weight: Double? {
        get { storage.weight }
        set { uniqueStorage().weight = newValue }
    }
    /// IFE/EFE rating, set with `rate` (strengths 3–4, weaknesses 1–2, opportunities and threats 1–4).
    public var rating: Double? {
        get { storage.rating }
        set { uniqueStorage().rating = newValue }
    }
    /// The planner's short name for the item in strategy sentences, set with `label`; nil: the default
    /// (`ItemLabel.of`).
    public var label: String? {
        get { storage.label }
        set { uniqueStorage().label = newValue }
    }

    private var storage: Storage

    public init(
        id: String, quadrant: Quadrant, text: String, categories: [CategoryMatch] = [],
        rejectedCategories: [String] = [], language: Language? = nil
    ) {
        storage = Storage(
            id: id, quadrant: quadrant, text: text, categories: categories,
            rejectedCategories: rejectedCategories, language: language, weight: nil, rating: nil, label: nil)
    }

    /// The box, copied first if another value shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    // Only ever changed through `uniqueStorage()`, that is when no other value can see it: safe to share.
    private final class Storage: @unchecked Sendable {
        var id: String
        var quadrant: Quadrant
        var text: String
        var categories: [CategoryMatch]
        var rejectedCategories: [String]
        var language: Language?
        var weight: Double?
        var rating: Double?
        var label: String?

        init(
            id: String, quadrant: Quadrant, text: String, categories: [CategoryMatch], rejectedCategories: [String],
            language: Language?, weight: Double?, rating: Double?, label: String?
        ) {
            self.id = id
            self.quadrant = quadrant
            self.text = text
            self.categories = categories
            self.rejectedCategories = rejectedCategories
            self.language = language
            self.weight = weight
            self.rating = rating
            self.label = label
        }

        func copy() -> Storage {
            Storage(
                id: id, quadrant: quadrant, text: text, categories: categories,
                rejectedCategories: rejectedCategories, language: language, weight: weight, rating: rating,
                label: label)
        }
    }

    /// How many leading items two lists share as the very same values (one box each). An item is nothing but the
    /// reference to its box, so the references are compared as machine words: no reference counting, a few
    /// microseconds for thousands of items, where comparing item by item would cost a plan change tens.
    static func sharedPrefixCount(_ first: ArraySlice<Item>, _ second: ArraySlice<Item>) -> Int {
        withBoxAddresses(first, second) { first, second in
            let count = min(first.count, second.count)
            var index = 0
            while index < count, first[index] == second[index] { index += 1 }
            return index
        }
    }

    /// The positions (from 0) where two lists of the same length hold different boxes, compared as machine words.
    static func positionsOfOtherBoxes(_ first: ArraySlice<Item>, _ second: ArraySlice<Item>) -> [Int] {
        precondition(first.count == second.count, "the lists must be as long as each other")
        return withBoxAddresses(first, second) { first, second in
            first.indices.filter { first[$0] != second[$0] }
        }
    }

    /// The two lists' boxes as machine words (an item is a single reference), read without reference counting.
    private static func withBoxAddresses<Result>(
        _ first: ArraySlice<Item>, _ second: ArraySlice<Item>,
        _ body: (BoxAddresses, BoxAddresses) -> Result
    ) -> Result {
        precondition(MemoryLayout<Item>.size == MemoryLayout<UInt>.size, "an Item must be a single reference")
        return first.withUnsafeBytes { a in second.withUnsafeBytes { b in body(BoxAddresses(a), BoxAddresses(b)) } }
    }

    private struct BoxAddresses {
        let bytes: UnsafeRawBufferPointer
        init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }
        var count: Int { bytes.count / MemoryLayout<Item>.stride }
        var indices: Range<Int> { 0..<count }
        subscript(index: Int) -> UInt { bytes.load(fromByteOffset: index * MemoryLayout<Item>.stride, as: UInt.self) }
    }

    public static func == (lhs: Item, rhs: Item) -> Bool {
        if ObjectIdentifier(lhs.storage) == ObjectIdentifier(rhs.storage) { return true }
        let (a, b) = (lhs.storage, rhs.storage)
        return (a.id == b.id && a.quadrant == b.quadrant && a.text == b.text && a.categories == b.categories
                && a.rejectedCategories == b.rejectedCategories && a.language == b.language
                && a.weight == b.weight && a.rating == b.rating && a.label == b.label)
    }

    enum CodingKeys: String, CodingKey {
        case id, quadrant, text, categories, rejectedCategories, language, weight, rating, label
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        storage = Storage(
            id: try container.decode(String.self, forKey: .id),
            quadrant: try container.decode(Quadrant.self, forKey: .quadrant),
            text: try container.decode(String.self, forKey: .text),
            categories: try container.decodeIfPresent([CategoryMatch].self, forKey: .categories) ?? [],
            rejectedCategories: try container.decodeIfPresent([String].self, forKey: .rejectedCategories) ?? [],
            language: try container.decodeIfPresent(Language.self, forKey: .language),
            weight: try container.decodeIfPresent(Double.self, forKey: .weight),
            rating: try container.decodeIfPresent(Double.self, forKey: .rating),
            label: try container.decodeIfPresent(String.self, forKey: .label))
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
        try container.encodeIfPresent(label, forKey: .label)
    }

    /// The item's number within its quadrant (`7` for `S7`).
    public var number: Int { Int(id.dropFirst()) ?? 0 }

    /// The id as a value, for the plan's edits and look-ups (a plan file's ids are checked when it is read).
    public var itemID: ItemID { ItemID(quadrant, number) }
}
