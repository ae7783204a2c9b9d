/// A planner's own knowledge-base entries, read with `kb load FILE` and stored with the plan.
///
/// The entries extend the shipped knowledge base: new categories, factors and strategy moves (with new ids), and the
/// sources they cite. They take part in matching and derivation exactly like shipped entries.
///
/// The file format (documented in README.md, "Knowledge-base files"; example in `examples/kb-extension.json`):
///
/// ```json
/// { "schemaVersion": 1,
///   "sources":    [ { "id": "U01", "file": "notulen-rapat-2025.pdf", "title": { "en": "…", "id": "…" } } ],
///   "categories": [ { "id": "C90", "code": "GIS", "name": …, "description": …, "keywords": { "en": […], "id": […] },
///                     "question": …, "citations": [ { "source": "U01", "from": 3, "to": 5, "quote": "…" } ] } ],
/// "factors":    [ { "id": "F900", "category": "C90", "kind": "success", "origin": "internal", "text": …, "citations":
/// […] } ],
///   "moves":      [ { "id": "M900", "quadrant": "SO", "internal": ["C90"], "external": [], "action": …,
///                     "basis": "derived", "authority": "own", "citations": […] } ] }
/// ```
///
/// Every bilingual text is `{ "en": "…", "id": "…" }`; one of the two may be empty (the other is shown instead).
/// Every entry needs at least one citation, to a shipped paper (`D000` … `D004`) or to a source the file declares.
public struct KnowledgeBaseExtension: Codable, Sendable, Equatable {
    /// The file format version this build reads and writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// The planner's own documents cited by the entries (ids must not be those of the shipped papers).
    public var sources: [SourceDocument]
    public var categories: [Category]
    public var factors: [Factor]
    public var moves: [StrategyMove]

    public init(
        sources: [SourceDocument] = [], categories: [Category] = [], factors: [Factor] = [], moves: [StrategyMove] = []
    ) {
        self.schemaVersion = KnowledgeBaseExtension.currentSchemaVersion
        self.sources = sources
        self.categories = categories
        self.factors = factors
        self.moves = moves
    }

    public var isEmpty: Bool { sources.isEmpty && categories.isEmpty && factors.isEmpty && moves.isEmpty }

    /// Number of entries (categories, factors and moves; sources not counted).
    public var entryCount: Int { categories.count + factors.count + moves.count }

    /// These entries with `newer` laid over them: an entry with the same id is replaced (a file loaded again after
    /// editing), the others are added after the earlier ones.
    public func updating(with newer: KnowledgeBaseExtension) -> KnowledgeBaseExtension {
        func overlay<T>(_ old: [T], _ new: [T], id: (T) -> String) -> [T] {
            let replaced = Set(new.map(id))
            return old.filter { !replaced.contains(id($0)) } + new
        }
        var result = self
        result.schemaVersion = KnowledgeBaseExtension.currentSchemaVersion
        result.sources = overlay(sources, newer.sources, id: \.id)
        result.categories = overlay(categories, newer.categories, id: \.id)
        result.factors = overlay(factors, newer.factors, id: \.id)
        result.moves = overlay(moves, newer.moves, id: \.id)
        return result
    }
}

// MARK: - Reading a file

extension KnowledgeBaseExtension {
    /// Reads a `kb load` file and checks every entry on its own (fields present, values known, ids well formed and
    /// unique in the file). Whether the entries fit a knowledge base (no id clash, references and cited sources
    /// known) is checked by `KnowledgeBase.merging(_:)`.
    public static func decode(_ bytes: [UInt8]) throws(KnowledgeBaseFileError) -> KnowledgeBaseExtension {
        let data = Data(bytes)
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw .notJSON(detail: "the file is empty")
        }
        if let control = ControlCharacters.first(inJSON: bytes) {
            throw .invalidFile(problem: "\(control.description), which could act on a terminal or hide text; remove it")
        }
        let draft: Draft.File
        do {
            draft = try JSONDecoder().decode(Draft.File.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, data: data)
        } catch {
            throw .notJSON(detail: "it could not be read")
        }
        return try draft.validated()
    }

    /// Turns a decoding error into the entry and field it is about.
    static func describe(_ error: DecodingError, data: Data) -> KnowledgeBaseFileError {
        let ids = (try? JSONDecoder().decode(Draft.Skeleton.self, from: data)) ?? Draft.Skeleton()
        func located(_ codingPath: [any CodingKey], _ problem: String) -> KnowledgeBaseFileError {
            guard let first = codingPath.first else { return .invalidFile(problem: problem) }
            guard codingPath.count >= 2, let index = codingPath[1].intValue else {
                let field = fieldPath(codingPath)
                return .invalidFile(problem: "\(field) \(problem)")
            }
            let section = first.stringValue
            let id = ids.id(in: section, at: index)
            let entry = Draft.entryName(section, index, id)
            let rest = Array(codingPath.dropFirst(2))
            return .invalidEntry(
                entry: entry,
                problem: rest.isEmpty ? "the entry \(problem)" : "\(fieldPath(rest)) \(problem)"
            )
        }
        switch error {
        case .keyNotFound(let key, let context):
            if context.codingPath.isEmpty {
                return .invalidFile(problem: "the required field \"\(key.stringValue)\" is missing at the top level")
            }
            let path = context.codingPath + [key]
            return located(path, "is missing")
        case .typeMismatch(let type, let context):
            if context.codingPath.isEmpty { return .invalidFile(problem: "the file should hold one JSON object { … }") }
            let textFields: Set<String> = ["name", "description", "question", "text", "action", "title", "summary"]
            if let last = context.codingPath.last?.stringValue, textFields.contains(last), !(type is String.Type) {
                return located(context.codingPath, "should be an object with \"en\" and \"id\" texts")
            }
            return located(context.codingPath, "should be \(describe(type))")
        case .valueNotFound(let type, let context):
            return located(context.codingPath, "is null but should be \(describe(type))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                var detail = "it is not valid JSON"
                if let underlying = context.underlyingError {
                    let text = "\(underlying)"
                    if let range = text.firstRange(of: "line ") {
                        // "… around line 3, column 5." from the parser, when it says where.
                        let tail = text[range.lowerBound...].prefix { $0 != "\"" && $0 != ")" && $0 != "." }
                        detail += " (near \(tail))"
                    }
                }
                return .notJSON(detail: detail)
            }
            return located(context.codingPath, "has a value swot cannot read")
        @unknown default:
            return .notJSON(detail: "it could not be read")
        }
    }

    static func fieldPath(_ codingPath: [any CodingKey]) -> String {
        var result = ""
        for key in codingPath {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return result
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text in quotes"
        case is Int.Type: return "a whole number"
        case is [String].Type: return "a list of texts [\"…\"]"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "a list [ … ]" }
            return "an object { … }"
        }
    }
}

/// Why a `kb load` file was refused. Nothing is loaded when one is thrown.
public enum KnowledgeBaseFileError: PlannerFacingError, Equatable {
    /// The file is not JSON at all.
    case notJSON(detail: String)
    /// A problem with the file as a whole (a missing or wrong top-level field).
    case invalidFile(problem: String)
    /// A problem with one entry: `moves[3] (M900)`, and what is wrong with it.
    /// `remedy` is the step that fixes it, when the problem's words advise one.
    case invalidEntry(entry: String, problem: String, remedy: Remedy? = nil)
    /// The file's format version is newer than this build reads.
    case unsupportedVersion(Int)
    /// The file has no entries at all.
    case noEntries

    public var message: String {
        switch self {
        case .notJSON(let detail):
            return "The file is not a knowledge-base file: \(detail). See README.md, \"Knowledge-base files\", or "
                + "examples/kb-extension.json."
        case .invalidFile(let problem):
            return "\(capitalised(problem)). See README.md, \"Knowledge-base files\", or examples/kb-extension.json."
        case .invalidEntry(let entry, let problem, _):
            return "\(entry): \(problem)."
        case .unsupportedVersion(let version):
            return "The file has schemaVersion \(version); this swot reads version "
                + "\(KnowledgeBaseExtension.currentSchemaVersion). Write \"schemaVersion\": 1 or upgrade swot."
        case .noEntries:
            return "The file has no categories, factors or moves to load."
        }
    }

    public var remedies: [Remedy] {
        guard case .invalidEntry(_, _, let remedy?) = self else { return [] }
        return [remedy]
    }

    private func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

// MARK: - The file as written, every field optional so a missing one can be named

enum Draft {
    static func entryName(_ section: String, _ index: Int, _ id: String?) -> String {
        let base = "\(section)[\(index)]"
        guard let id, !id.isEmpty else { return base }
        return "\(base) (\(id))"
    }

    /// Only the ids, read leniently, to name the entry a decoding error is about.
    struct Skeleton: Decodable {
        var sources: [LenientID] = []
        var categories: [LenientID] = []
        var factors: [LenientID] = []
        var moves: [LenientID] = []

        init() {}

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            sources = (try? container.decodeIfPresent([LenientID].self, forKey: .sources)) ?? []
            categories = (try? container.decodeIfPresent([LenientID].self, forKey: .categories)) ?? []
            factors = (try? container.decodeIfPresent([LenientID].self, forKey: .factors)) ?? []
            moves = (try? container.decodeIfPresent([LenientID].self, forKey: .moves)) ?? []
        }

        enum CodingKeys: String, CodingKey { case sources, categories, factors, moves }

        func id(in section: String, at index: Int) -> String? {
            let list: [LenientID]
            switch section {
            case "sources": list = sources
            case "categories": list = categories
            case "factors": list = factors
            case "moves": list = moves
            default: return nil
            }
            return list.indices.contains(index) ? list[index].id : nil
        }
    }

    struct LenientID: Decodable {
        var id: String?
        enum CodingKeys: String, CodingKey { case id }
        init(from decoder: any Decoder) throws {
            id = try? decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .id)
        }
    }

    struct Text: Decodable {
        var en: String?
        var id: String?
    }

    struct Keywords: Decodable {
        var en: [String]?
        var id: [String]?
    }

    struct CitationDraft: Decodable {
        var source: String?
        var from: Int?
        var to: Int?
        var quote: String?
    }

    struct Source: Decodable {
        var id: String?
        var file: String?
        var title: Text?
        var summary: Text?
    }

    struct CategoryDraft: Decodable {
        var id: String?
        var code: String?
        var name: Text?
        var description: Text?
        var keywords: Keywords?
        var question: Text?
        var citations: [CitationDraft]?
    }

    struct FactorDraft: Decodable {
        var id: String?
        var category: String?
        var kind: String?
        var origin: String?
        var text: Text?
        var citations: [CitationDraft]?
    }

    struct MoveDraft: Decodable {
        var id: String?
        var quadrant: String?
        var `internal`: [String]?
        var external: [String]?
        var action: Text?
        var basis: String?
        var authority: String?
        var paperStrategy: String?
        var citations: [CitationDraft]?
        var internalWords: [String]?
        var externalWords: [String]?
    }

    struct File: Decodable {
        var schemaVersion: Int?
        var sources: [Source]?
        var categories: [CategoryDraft]?
        var factors: [FactorDraft]?
        var moves: [MoveDraft]?
    }
}

/// Checks one entry's fields, naming the entry in every error.
struct EntryChecker {
    let entry: String

    func fail(_ problem: String) -> KnowledgeBaseFileError { .invalidEntry(entry: entry, problem: problem) }

    func required<T>(_ value: T?, _ field: String) throws(KnowledgeBaseFileError) -> T {
        guard let value else { throw fail("\"\(field)\" is missing") }
        return value
    }

    func text(_ value: Draft.Text?, _ field: String) throws(KnowledgeBaseFileError) -> LocalizedText {
        let value = try required(value, field)
        guard let en = value.en else {
            throw fail("\"\(field).en\" is missing (write \"\" if there is no English text)")
        }
        guard let id = value.id else {
            throw fail("\"\(field).id\" is missing (write \"\" if there is no Indonesian text)")
        }
        let text = LocalizedText(en: en.trimmingWhitespace(), id: id.trimmingWhitespace())
        guard !text.en.isEmpty || !text.id.isEmpty else { throw fail("\"\(field)\" is empty in both languages") }
        return text
    }

    func id(
        _ value: String?,
        prefix: Character,
        digits: Int,
        example: String
    ) throws(KnowledgeBaseFileError) -> String {
        let id = try required(value, "id").trimmingWhitespace().uppercased()
        let rest = id.dropFirst()
        guard id.first == prefix, rest.count >= digits, rest.allSatisfy(\.isASCIIDigit) else {
            throw fail("id \"\(value ?? "")\" should be \(prefix) and \(digits) or more digits, like \(example)")
        }
        return id
    }

    func citations(_ value: [Draft.CitationDraft]?) throws(KnowledgeBaseFileError) -> [Citation] {
        let drafts = try required(value, "citations")
        guard !drafts.isEmpty else {
            throw fail("\"citations\" is empty; cite at least one paper (D000 … D004) or a source declared in "
                + "\"sources\"")
        }
        var result: [Citation] = []
        for (index, draft) in drafts.enumerated() {
            let field = "citations[\(index)]"
            guard let source = draft.source?.trimmingWhitespace(), !source.isEmpty else {
                throw fail("\"\(field).source\" is missing")
            }
            guard let from = draft.from else { throw fail("\"\(field).from\" is missing (the first line cited)") }
            let to = draft.to ?? from
            guard from >= 1, to >= from else {
                throw fail("\(field) has lines \(from)-\(to); lines start at 1 and \"to\" may not be before \"from\"")
            }
            let quote = draft.quote?.trimmingWhitespace()
            result.append(
                Citation(source: source.uppercased(), from: from, to: to, quote: quote?.isEmpty == true ? nil : quote)
            )
        }
        return result
    }

    func categoryList(_ value: [String]?, _ field: String) throws(KnowledgeBaseFileError) -> [String] {
        try required(value, field).map { $0.trimmingWhitespace().uppercased() }
    }

    /// A move's optional words for one side (`internalWords`, `externalWords`): each must be one an item could use,
    /// and the side must list categories, or no item would ever be checked against them.
    func moveWords(
        _ value: [String]?, _ field: String, categories: [String]
    ) throws(KnowledgeBaseFileError) -> [String]? {
        guard let value else { return nil }
        let words = value.map { $0.trimmingWhitespace() }
        guard !words.isEmpty else {
            throw fail("\"\(field)\" is empty; list the words one of which an item must use, or leave the field out")
        }
        guard !categories.isEmpty else {
            throw fail("\"\(field)\" is set, but the move lists no category for that side, so no item is checked "
                + "against the words; list the side's categories or leave the field out")
        }
        for word in words where StrategyFit.stems(of: [word])?.isEmpty != false {
            throw fail("\"\(field)\" has \"\(word)\", which is empty or too common to tell items apart (like "
                + "\"yang\" or \"the\"); give a word of the subject, like \"serapan\" or \"server\"")
        }
        return words
    }
}

extension Draft.File {
    func validated() throws(KnowledgeBaseFileError) -> KnowledgeBaseExtension {
        guard let version = schemaVersion else {
            throw .invalidFile(problem: "the required field \"schemaVersion\" is missing at the top level (write "
                + "\"schemaVersion\": 1)")
        }
        guard version <= KnowledgeBaseExtension.currentSchemaVersion else { throw .unsupportedVersion(version) }
        guard version >= 1 else {
            throw .invalidFile(problem: "schemaVersion \(version) is not valid; write \"schemaVersion\": 1")
        }

        var result = KnowledgeBaseExtension()
        for (index, draft) in (sources ?? []).enumerated() {
            let check = EntryChecker(entry: Draft.entryName("sources", index, draft.id))
            let id = try check.required(draft.id, "id").trimmingWhitespace().uppercased()
            guard !id.isEmpty, id.count <= 20, id.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" })
            else {
                throw check.fail("id \"\(draft.id ?? "")\" should be a short name of letters, digits, '-' or '_', like "
                    + "U01")
            }
            let file = try check.required(draft.file, "file").trimmingWhitespace()
            guard !file.isEmpty else { throw check.fail("\"file\" is empty; name the document (file name or address)") }
            let title = try check.text(draft.title, "title")
            // Optional: absent, or empty in both languages (as a plan file stores "no summary"), means none.
            let noSummary = draft.summary.map { ($0.en ?? "").isEmpty && ($0.id ?? "").isEmpty } ?? true
            let summary = noSummary ? LocalizedText(en: "", id: "") : try check.text(draft.summary, "summary")
            result.sources.append(SourceDocument(id: id, file: file, title: title, summary: summary))
        }
        for (index, draft) in (categories ?? []).enumerated() {
            let check = EntryChecker(entry: Draft.entryName("categories", index, draft.id))
            let id = try check.id(draft.id, prefix: "C", digits: 2, example: "C90")
            let code = try check.required(draft.code, "code").trimmingWhitespace().uppercased()
            guard (2...12).contains(code.count), code.first?.isASCIILetter == true,
                  code.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" }),
                  !(code.first == "C" && code.dropFirst().allSatisfy(\.isASCIIDigit))
            else {
                throw check.fail("code \"\(draft.code ?? "")\" should be 2 to 12 letters or digits starting with a "
                    + "letter, like GIS")
            }
            let name = try check.text(draft.name, "name")
            let description = try check.text(draft.description, "description")
            let keywords = try check.required(draft.keywords, "keywords")
            guard let en = keywords.en else {
                throw check.fail("\"keywords.en\" is missing (write [] if there are no English keywords)")
            }
            guard let idWords = keywords.id else {
                throw check.fail("\"keywords.id\" is missing (write [] if there are no Indonesian keywords)")
            }
            let cleanEn = en.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            let cleanID = idWords.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            guard !cleanEn.isEmpty || !cleanID.isEmpty else {
                throw check.fail("\"keywords\" is empty; give the words that signal this category, so items can be "
                    + "matched to it")
            }
            let question = try check.text(draft.question, "question")
            let citations = try check.citations(draft.citations)
            result.categories.append(Category(
                id: id, code: code, name: name, description: description,
                keywords: Category.Keywords(en: cleanEn, id: cleanID), question: question, citations: citations))
        }
        for (index, draft) in (factors ?? []).enumerated() {
            let check = EntryChecker(entry: Draft.entryName("factors", index, draft.id))
            let id = try check.id(draft.id, prefix: "F", digits: 3, example: "F900")
            let category = try check.required(draft.category, "category").trimmingWhitespace().uppercased()
            let kindWord = try check.required(draft.kind, "kind")
            guard let kind = Factor.Kind(rawValue: kindWord.lowercased()) else {
                throw check.fail("kind \"\(kindWord)\" is not success or barrier")
            }
            let originWord = try check.required(draft.origin, "origin")
            guard let origin = Origin(rawValue: originWord.lowercased()) else {
                throw check.fail("origin \"\(originWord)\" is not internal or external")
            }
            let text = try check.text(draft.text, "text")
            let citations = try check.citations(draft.citations)
            result.factors.append(
                Factor(id: id, category: category, kind: kind, origin: origin, text: text, citations: citations)
            )
        }
        for (index, draft) in (moves ?? []).enumerated() {
            let check = EntryChecker(entry: Draft.entryName("moves", index, draft.id))
            let id = try check.id(draft.id, prefix: "M", digits: 3, example: "M900")
            let quadrantWord = try check.required(draft.quadrant, "quadrant")
            guard let quadrant = TOWSQuadrant(rawValue: quadrantWord.uppercased()) else {
                throw check.fail("quadrant \"\(quadrantWord)\" is not SO, ST, WO or WT")
            }
            let internalCategories = try check.categoryList(draft.internal, "internal")
            let externalCategories = try check.categoryList(draft.external, "external")
            let action = try check.text(draft.action, "action")
            let basisWord = draft.basis ?? StrategyMove.Basis.derived.rawValue
            guard let basis = StrategyMove.Basis(rawValue: basisWord.lowercased()) else {
                throw check.fail("basis \"\(basisWord)\" is not stated or derived")
            }
            let authorityWord = draft.authority ?? StrategyMove.Authority.own.rawValue
            let authorityName = authorityWord.trimmingWhitespace().lowercased()
            guard let authority = StrategyMove.Authority(rawValue: authorityName) else {
                throw check.fail("authority \"\(authorityWord)\" is not own, shared, government or national")
            }
            let citations = try check.citations(draft.citations)
            let paperStrategy = draft.paperStrategy?.trimmingWhitespace()
            let internalWords = try check.moveWords(
                draft.internalWords, "internalWords", categories: internalCategories)
            let externalWords = try check.moveWords(
                draft.externalWords, "externalWords", categories: externalCategories)
            result.moves.append(StrategyMove(
                id: id, quadrant: quadrant, internal: internalCategories, external: externalCategories, action: action,
                basis: basis, authority: authority, paperStrategy: paperStrategy?.isEmpty == true ? nil : paperStrategy,
                citations: citations, internalWords: internalWords, externalWords: externalWords))
        }
        guard result.entryCount > 0 else { throw .noEntries }
        try result.checkUniqueIDs()
        return result
    }
}

extension KnowledgeBaseExtension {
    /// Ids (and category codes) appear once each in the extension.
    func checkUniqueIDs() throws(KnowledgeBaseFileError) {
        func check(_ section: String, _ ids: [String], what: String = "id") throws(KnowledgeBaseFileError) {
            var seen: [String: Int] = [:]
            for (index, id) in ids.enumerated() {
                if let first = seen[id] {
                    throw .invalidEntry(
                        entry: Draft.entryName(section, index, id),
                        problem: "\(what) \(id) is also used by \(section)[\(first)]; every \(what) must be different")
                }
                seen[id] = index
            }
        }
        try check("sources", sources.map(\.id))
        try check("categories", categories.map(\.id))
        try check("categories", categories.map(\.code), what: "code")
        try check("factors", factors.map(\.id))
        try check("moves", moves.map(\.id))
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}
