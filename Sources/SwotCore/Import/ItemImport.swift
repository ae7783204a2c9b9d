#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An existing SWOT brought into a plan (`import items FILE.md` or `FILE.csv`), such as last year's Renstra.
///
/// The readers turn a file into `ImportedItem`s, each with the line or row it came from; `Plan.importItems` adds
/// them all or none, so a bad line in the middle of a document never leaves half a SWOT behind.
public struct ImportedItem: Equatable, Sendable {
    public var quadrant: Quadrant
    public var text: String
    /// Categories the file names for the item (`C05`, `HR`); set by hand on the new item.
    public var categories: [String]
    /// The line (Markdown) or row (CSV) it came from, 1-based, for messages.
    public var line: Int

    public init(quadrant: Quadrant, text: String, categories: [String] = [], line: Int) {
        self.quadrant = quadrant
        self.text = text
        self.categories = categories
        self.line = line
    }
}

/// What an import did: the items added (with their source line) and the ones left out because the plan, or an
/// earlier line of the file, already has the same text in the same quadrant.
public struct ItemImportResult: Equatable, Sendable {
    public var added: [(item: Item, line: Int)]
    public var duplicates: [(line: Int, existing: String)]

    public static func == (lhs: ItemImportResult, rhs: ItemImportResult) -> Bool {
        lhs.added.map(\.item) == rhs.added.map(\.item) && lhs.added.map(\.line) == rhs.added.map(\.line)
            && lhs.duplicates.map(\.line) == rhs.duplicates.map(\.line)
            && lhs.duplicates.map(\.existing) == rhs.duplicates.map(\.existing)
    }
}

extension Plan {
    /// Adds the imported items, each matched at once and given the categories the file names; all or nothing.
    /// A line whose text the plan already holds in the same quadrant is skipped (importing a file twice adds nothing).
    public mutating func importItems(
        _ imported: [ImportedItem], file: String, matcher: Matcher, knowledgeBase: KnowledgeBase
    ) throws(ItemImportError) -> ItemImportResult {
        var copy = self
        var seen: [String: String] = [:]
        for item in copy.items { seen[Plan.duplicateKey(item.quadrant, item.text)] = item.id }
        var result = ItemImportResult(added: [], duplicates: [])
        for entry in imported {
            let key = Plan.duplicateKey(entry.quadrant, entry.text)
            if let existing = seen[key] {
                result.duplicates.append((entry.line, existing))
                continue
            }
            do {
                let categories = try entry.categories.map { name throws(ItemImportError) in
                    guard let category = knowledgeBase.category(named: name) else {
                        throw .line(file: file, line: entry.line, problem: "\"\(name)\" is not a category (`kb` lists them, e.g. C05 or HR)")
                    }
                    return category.id
                }
                let added = try copy.addItem(entry.quadrant, text: entry.text)
                try copy.classify(added.id, with: matcher)
                // Tagged in reverse, so the first category named ends up first.
                for category in categories.reversed() { try copy.tag(added.id, category: category) }
                seen[key] = added.id
                result.added.append((copy.items[try copy.indexOfItem(added.id)], entry.line))
            } catch let error as ItemImportError {
                throw error
            } catch {
                let message = (error as? any PlannerFacingError)?.message ?? "\(error)"
                throw .line(file: file, line: entry.line, problem: message)
            }
        }
        guard !result.added.isEmpty || !result.duplicates.isEmpty else { throw .noItems(file: file) }
        self = copy
        return result
    }

    /// The same text in the same quadrant, whatever its case and spacing.
    private static func duplicateKey(_ quadrant: Quadrant, _ text: String) -> String {
        quadrant.letter + " " + text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Why an import was refused. Nothing is imported when one is thrown.
public enum ItemImportError: PlannerFacingError, Equatable {
    case unreadable(FileError)
    case notUTF8(file: String)
    case tooLarge(file: String, limit: Int)
    case noItems(file: String)
    /// A line (Markdown) or row (CSV) that cannot be imported.
    case line(file: String, line: Int, problem: String)
    /// A CSV value, by row and column (1-based).
    case cell(file: String, row: Int, column: Int, problem: String)
    case unknownFormat(file: String)

    public var message: String {
        let nothing = "Nothing was imported."
        switch self {
        case .unreadable(let error):
            return "\(error.message) \(nothing)"
        case .notUTF8(let file):
            return "\(file) is not UTF-8 text. Save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet) and import it again. \(nothing)"
        case .tooLarge(let file, let limit):
            return "\(file) is larger than \(limit / 1_000_000) MB, far more than a SWOT; check the file name. \(nothing)"
        case .noItems(let file):
            return "\(file) holds no SWOT items. A Markdown file needs headings such as `## Kekuatan` or `## Strengths` "
                + "with list items (`- …`) beneath; a CSV file needs rows of quadrant (S, W, O, T) and text. \(nothing)"
        case .line(let file, let line, let problem):
            return "\(file) line \(line): \(problem). \(nothing)"
        case .cell(let file, let row, let column, let problem):
            return "\(file) row \(row), column \(column): \(problem). \(nothing)"
        case .unknownFormat(let file):
            return "\(file) is neither Markdown (.md) nor CSV (.csv). Give a file ending in .md or .csv. \(nothing)"
        }
    }
}

/// Reads a file to import items from, by its ending: `.md` (or `.markdown`, `.txt`) as Markdown.
public enum ItemImportFile {
    /// Far above any SWOT document, far below what could fill memory.
    public static let maximumBytes = 1_000_000

    public static func read(_ path: String) throws(ItemImportError) -> SWOTMarkdown.Reading {
        let lowered = path.lowercased()
        guard [".md", ".markdown", ".txt"].contains(where: { lowered.hasSuffix($0) }) else {
            throw .unknownFormat(file: path)
        }
        return try SWOTMarkdown.read(try text(of: path), file: path)
    }

    /// The file's text, refused when too large or not UTF-8; a byte-order mark is dropped.
    static func text(of path: String) throws(ItemImportError) -> String {
        guard !FilePath.isFolder(path) else { throw .unreadable(FileError(path: path, operation: .read, code: EISDIR)) }
        let bytes: [UInt8]
        do { bytes = try AtomicFile.read(path) } catch { throw .unreadable(error) }
        guard bytes.count <= maximumBytes else { throw .tooLarge(file: path, limit: maximumBytes) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(file: path) }
        return text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
    }
}
