/// An existing SWOT brought into a plan (`import items FILE.md` or `FILE.csv`), such as last year's Renstra.
///
/// The readers turn a file into `ImportedItem`s, each with the line or row it came from; `Plan.importItems` adds
/// them all or none, so a bad line in the middle of a document never leaves half a SWOT behind.
public struct ImportedItem: Equatable, Sendable {
    /// Where an item stands in its file, for messages: a Markdown line, or a CSV row with its text and label columns.
    public enum Origin: Equatable, Sendable {
        case line(Int)
        case row(Int, textColumn: Int, labelColumn: Int?)

        /// The 1-based line or row number.
        public var number: Int {
            switch self {
            case .line(let number), .row(let number, _, _): return number
            }
        }
    }

    public var quadrant: Quadrant
    public var text: String
    /// The short name the file gives the item (`label`), if any.
    public var label: String?
    public var origin: Origin

    public init(quadrant: Quadrant, text: String, label: String? = nil, origin: Origin) {
        self.quadrant = quadrant
        self.text = text
        self.label = label
        self.origin = origin
    }

    /// The error for a problem with this item's text (or, with `inLabel`, its label): by line, or by row and column.
    func problem(_ message: String, inLabel: Bool = false, file: String) -> ItemImportError {
        switch origin {
        case .line(let line):
            return .line(file: file, line: line, problem: message)
        case .row(let row, let textColumn, let labelColumn):
            let column = inLabel ? labelColumn ?? textColumn : textColumn
            return .file(.cell(file: file, row: row, column: column, problem: message))
        }
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
    /// Adds the imported items, each matched at once and given the label the file names; all or nothing.
    /// A line whose text the plan already holds in the same quadrant is skipped (importing a file twice adds nothing).
    public mutating func importItems(
        _ imported: [ImportedItem], file: String, matcher: Matcher
    ) throws(ItemImportError) -> ItemImportResult {
        var copy = self
        var seen: [String: String] = [:]
        for item in copy.items { seen[Plan.duplicateKey(item.quadrant, item.text)] = item.id }
        var result = ItemImportResult(added: [], duplicates: [])
        for entry in imported {
            let key = Plan.duplicateKey(entry.quadrant, entry.text)
            if let existing = seen[key] {
                result.duplicates.append((entry.origin.number, existing))
                continue
            }
            var added: Item
            do {
                added = try copy.addItem(entry.quadrant, text: entry.text)
                try copy.classify(added.itemID, with: matcher)
            } catch {
                throw entry.problem((error as? any PlannerFacingError)?.message ?? "\(error)", file: file)
            }
            if let label = entry.label {
                do { try copy.setLabel(added.itemID, label: label) } catch {
                    throw entry.problem(
                        (error as? any PlannerFacingError)?.message ?? "\(error)",
                        inLabel: true,
                        file: file
                    )
                }
            }
            added = copy.item(added.itemID) ?? added
            seen[key] = added.id
            result.added.append((added, entry.origin.number))
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
    /// The file could not be read, or a CSV value is wrong (named by row and column).
    case file(CSVTableError)
    case noItems(file: String)
    /// A Markdown line that cannot be imported.
    case line(file: String, line: Int, problem: String)
    case unknownFormat(file: String)

    public var message: String {
        let nothing = "Nothing was imported."
        switch self {
        case .file(let error):
            return error.message
        case .noItems(let file):
            return "\(file) holds no SWOT items. A Markdown file needs headings such as `## Kekuatan` or `## "
                + "Strengths` "
                + "with list items (`- …`) beneath; a CSV file needs rows of quadrant (S, W, O, T) and text. \(nothing)"
        case .line(let file, let line, let problem):
            return "\(file) line \(line): \(CSVTableError.clause(problem)). \(nothing)"
        case .unknownFormat(let file):
            return "\(file) is neither Markdown (.md) nor CSV (.csv). Give a file ending in .md or .csv. \(nothing)"
        }
    }
}

/// Reads a file to import items from, by its ending: `.csv` as a spreadsheet, `.md` (or `.markdown`, `.txt`) as
/// Markdown. Both are read by `CSVTable.text(ofFile:)`: a regular UTF-8 file of at most a megabyte.
public enum ItemImportFile {
    public static func read(_ path: String) throws(ItemImportError) -> SWOTMarkdown.Reading {
        let lowered = path.lowercased()
        do {
            if lowered.hasSuffix(".csv") { return try SWOTSpreadsheet.read(CSVTable.read(file: path), file: path) }
            guard [".md", ".markdown", ".txt"].contains(where: { lowered.hasSuffix($0) }) else {
                throw ItemImportError.unknownFormat(file: path)
            }
            return try SWOTMarkdown.read(CSVTable.text(ofFile: path), file: path)
        } catch let error as CSVTableError {
            throw .file(error)
        } catch let error as ItemImportError {
            throw error
        } catch {
            preconditionFailure("\(error)")
        }
    }
}
