import CSV

/// A spreadsheet saved as CSV, read for an import (`import spbe FILE.csv`): the rows as text fields, each with its
/// row number in the file, so that what interprets them can name the row and column of a bad value.
///
/// Accepts what spreadsheet programs write: UTF-8 with or without a byte-order mark, fields separated by commas
/// or semicolons (Indonesian and European Excel write semicolons, as their decimal mark is a comma), quoted
/// fields, CRLF or LF line ends. Parsing is done by yaslab/CSV.swift.
public struct CSVTable: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        /// 1-based row number in the file (blank rows count, so it matches what a spreadsheet shows).
        public var number: Int
        /// The fields, with surrounding spaces removed.
        public var fields: [String]
    }

    /// The rows that hold anything; blank rows are left out.
    public var rows: [Row]
    /// The separator found: `,` or `;`.
    public var delimiter: Character

    /// The largest file an import reads: far above any evaluation sheet, far below what could fill memory.
    public static let maximumBytes = 1 << 20

    /// Reads and parses a file. Refuses a folder, pipe or device, a file over `maximumBytes`, and text that is
    /// not UTF-8.
    public static func read(file path: String) throws(CSVTableError) -> CSVTable {
        try parse(text(ofFile: path), file: path)
    }

    /// The text of a file to import (CSV or Markdown): a regular file of at most `maximumBytes`, UTF-8, without
    /// its byte-order mark.
    public static func text(ofFile path: String) throws(CSVTableError) -> String {
        let bytes: [UInt8]
        do {
            bytes = try AtomicFile.read(path, limit: maximumBytes)
        } catch {
            throw .unreadable(error)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(file: path) }
        return text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// Parses CSV text (`file` names it in errors).
    public static func parse(_ text: String, file: String) throws(CSVTableError) -> CSVTable {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        let delimiter = detectDelimiter(body)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, trimFields: true, delimiter: delimiter == ";" ? ";" : ",")
        } catch {
            throw .empty(file: file)
        }
        var rows: [Row] = []
        var number = 0
        while let fields = reader.next() {
            number += 1
            if fields.allSatisfy(\.isEmpty) { continue }
            rows.append(Row(number: number, fields: fields))
        }
        guard !rows.isEmpty else { throw .empty(file: file) }
        return CSVTable(rows: rows, delimiter: delimiter)
    }

    /// `;` when the first line has at least as many semicolons as commas outside quotes (`1;2,5` is a row with a
    /// decimal comma, not two columns of commas), else `,`.
    static func detectDelimiter(_ text: String) -> Character {
        var commas = 0, semicolons = 0, quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character == "\n" || character == "\r" {
                if commas + semicolons > 0 { break }
                continue
            }
            if character == "," { commas += 1 }
            if character == ";" { semicolons += 1 }
        }
        return semicolons > 0 && semicolons >= commas ? ";" : ","
    }
}

/// Why a CSV file could not be imported. Nothing is changed when one is thrown.
public enum CSVTableError: PlannerFacingError, Equatable {
    case unreadable(FileError)
    case notUTF8(file: String)
    case empty(file: String)
    /// A value that does not fit, named by row and column (1-based), for what interprets the rows; `remedy` is the
    /// step that fixes it, when the problem's words advise one.
    case cell(file: String, row: Int, column: Int, problem: String, remedy: Remedy? = nil)
    /// A problem with a row as a whole (too few fields, a repeat of an earlier row).
    case row(file: String, row: Int, problem: String, remedy: Remedy? = nil)

    public var message: String {
        let nothing = "Nothing was imported."
        switch self {
        case .unreadable(let error):
            return "\(error.message) \(nothing)"
        case .notUTF8(let file):
            return "\(file) is not UTF-8 text. Save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet) and import it again. "
                + nothing
        case .empty(let file):
            return "\(file) holds no rows. \(nothing)"
        case .cell(let file, let row, let column, let problem, _):
            return "\(file) row \(row), column \(column): \(CSVTableError.clause(problem)). \(nothing)"
        case .row(let file, let row, let problem, _):
            return "\(file) row \(row): \(CSVTableError.clause(problem)). \(nothing)"
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .cell(_, _, _, _, let remedy?), .row(_, _, _, let remedy?): return [remedy]
        default: return []
        }
    }

    /// A problem without its closing full stop (another command's message often has one), so the sentence built
    /// around it ends once.
    static func clause(_ problem: String) -> String {
        problem.hasSuffix(".") ? String(problem.dropLast()) : problem
    }
}
