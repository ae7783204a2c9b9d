/// Finding knowledge-base entries (`kb show`, `kb framework`) and searching them by words (`kb search`).
extension KnowledgeBase {
    /// A factor by id, in any case: `F001`, `f1`.
    public func factor(named name: String) -> Factor? {
        guard let id = KnowledgeBase.normalizedID(name, prefix: "F", digits: 3) else { return nil }
        return factors.first { $0.id == id }
    }

    /// A strategy move by id, in any case: `M001`, `m1`.
    public func move(named name: String) -> StrategyMove? {
        guard let id = KnowledgeBase.normalizedID(name, prefix: "M", digits: 3) else { return nil }
        return moves.first { $0.id == id }
    }

    /// A framework by id or alias, in any case: `kpmg`, `capacity-check`, `Edward-III`.
    public func framework(named name: String) -> Framework? {
        let lowered = name.lowercased()
        return frameworks.first { $0.id == lowered || $0.aliases.contains(lowered) }
    }

    /// `f1` → `F001`, `F0120` → `F120`; nil when the name is not the prefix and digits.
    static func normalizedID(_ name: String, prefix: Character, digits: Int) -> String? {
        let upper = name.uppercased()
        guard upper.first == prefix else { return nil }
        let rest = upper.dropFirst()
        guard !rest.isEmpty, rest.count <= 9, rest.allSatisfy(\.isASCIIDigit), let number = Int(rest) else {
            return nil
        }
        let text = String(number)
        return String(prefix) + String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

/// Searches categories, factors, moves and frameworks in both languages, with the matcher's normalisation and
/// stemming (`pelatihan` finds `latih` and `dilatih`; `trainings` finds `training`).
///
/// Every word of the query must occur in an entry (when no entry has them all, entries with most of them are
/// shown). Entries rank by where the words occur: in an id, code, name or keyword before a description or a
/// factor's or move's text; then categories, factors, moves and frameworks; then by id.
public struct KnowledgeBaseSearch: Sendable {
    public enum Kind: Int, Sendable, Comparable, CaseIterable {
        case category, factor, move, framework

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

        public var name: String {
            switch self {
            case .category: return "category"
            case .factor: return "factor"
            case .move: return "move"
            case .framework: return "framework"
            }
        }
    }

    public struct Hit: Sendable, Equatable {
        public var kind: Kind
        /// `C05`, `F012`, `M034`, `kpmg`.
        public var id: String
        public var score: Double
        /// How many of the query's words the entry has.
        public var matchedWords: Int
    }

    struct Field: Sendable {
        var weight: Double
        /// Normalised words with their stems.
        var words: [Set<String>]
    }

    struct Entry: Sendable {
        var kind: Kind
        var id: String
        var fields: [Field]
    }

    let entries: [Entry]
    let normalizer = TextNormalizer()
    let indonesian = IndonesianStemmer()
    let english = EnglishStemmer()

    public init(knowledgeBase kb: KnowledgeBase) {
        let normalizer = TextNormalizer()
        let indonesian = IndonesianStemmer()
        let english = EnglishStemmer()
        func field(_ weight: Double, _ texts: [String]) -> Field {
            var words: [Set<String>] = []
            for text in texts {
                for token in normalizer.tokenize(text) {
                    words.append(KnowledgeBaseSearch.forms(of: token.text, indonesian, english))
                }
            }
            return Field(weight: weight, words: words)
        }
        func both(_ text: LocalizedText?) -> [String] { text.map { [$0.en, $0.id] } ?? [] }
        var entries: [Entry] = []
        for category in kb.categories {
            entries.append(Entry(kind: .category, id: category.id, fields: [
                field(4, [category.id, category.code]),
                field(3, both(category.name)),
                field(2, category.keywords.en + category.keywords.id),
                field(1, both(category.description) + both(category.question)),
            ]))
        }
        for factor in kb.factors {
            entries.append(Entry(kind: .factor, id: factor.id, fields: [
                field(4, [factor.id]),
                field(2, both(factor.text)),
            ]))
        }
        for move in kb.moves {
            entries.append(Entry(kind: .move, id: move.id, fields: [
                field(4, [move.id] + [move.paperStrategy].compactMap { $0 }),
                field(2, both(move.action)),
            ]))
        }
        for framework in kb.frameworks {
            var parts: [String] = []
            for level in framework.scale { parts += both(level.name) + both(level.description) }
            for section in framework.sections {
                parts += both(section.name) + both(section.description)
                for item in section.items { parts += both(item.name) + both(item.description) }
            }
            entries.append(Entry(kind: .framework, id: framework.id, fields: [
                field(4, [framework.id] + framework.aliases),
                field(3, both(framework.name)),
                field(1, both(framework.description) + parts),
            ]))
        }
        self.entries = entries
    }

    /// A word, its Indonesian stem and its English stem.
    static func forms(of word: String, _ indonesian: IndonesianStemmer, _ english: EnglishStemmer) -> Set<String> {
        guard word.utf8.count >= 4, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [word] }
        return [word, indonesian.stem(word), english.stem(word)]
    }

    /// The query's words, stop words left out unless the query has nothing else.
    func queryWords(_ query: String) -> [Set<String>] {
        let tokens = normalizer.tokenize(query)
        let content = tokens.filter { !Matcher.isStopWord($0) }
        var seen = Set<String>()
        return (content.isEmpty ? tokens : content).filter { seen.insert($0.text).inserted }.map {
            KnowledgeBaseSearch.forms(of: $0.text, indonesian, english)
        }
    }

    /// Entries for the query, best first.
    public func search(_ query: String) -> [Hit] {
        let words = queryWords(query)
        guard !words.isEmpty else { return [] }
        var hits: [Hit] = []
        for entry in entries {
            var score = 0.0
            var matched = 0
            for word in words {
                var best = 0.0
                for field in entry.fields where field.weight > best {
                    if field.words.contains(where: { !$0.isDisjoint(with: word) }) {
                        best = field.weight
                    } else if field.weight / 2 > best, KnowledgeBaseSearch.isPrefix(word, of: field.words) {
                        best = field.weight / 2
                    }
                }
                if best > 0 {
                    matched += 1
                    score += best
                }
            }
            if matched > 0 { hits.append(Hit(kind: entry.kind, id: entry.id, score: score, matchedWords: matched)) }
        }
        let most = hits.map(\.matchedWords).max() ?? 0
        return hits.filter { $0.matchedWords == most }.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.kind != $1.kind { return $0.kind < $1.kind }
            return $0.id < $1.id
        }
    }

    /// A query word of four letters or more that begins a word of the field (`transp` finds `transparency`).
    static func isPrefix(_ word: Set<String>, of fieldWords: [Set<String>]) -> Bool {
        let prefixes = word.filter { $0.utf8.count >= 4 }
        guard !prefixes.isEmpty else { return false }
        return fieldWords.contains { forms in forms.contains { form in prefixes.contains { form.hasPrefix($0) } } }
    }
}
