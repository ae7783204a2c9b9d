/// Reads a SWOT kept in a spreadsheet and saved as CSV (`import items FILE.csv`): one item per row, with its
/// quadrant, its text and, optionally, a short label.
///
/// A header row is optional and may be Indonesian or English (`Kuadran;Uraian;Label`, `Quadrant,Text`), its columns
/// in any order, with a numbering column (`No`) ignored; without one the columns are quadrant, text, label. A
/// quadrant is written S/W/O/T or as a word (`Kekuatan`, `Weaknesses`, `Peluang (O)`, `Tantangan`). A blank quadrant
/// keeps the one of the row above (merged cells come out of a spreadsheet that way), and a row with a quadrant and
/// no text only starts that quadrant. Every row is checked; a bad value is named by row and column.
public enum SWOTSpreadsheet {
    enum Column: CaseIterable {
        case quadrant, text, label, numbering

        /// Header words, folded to lower case, in both languages.
        var names: Set<String> {
            switch self {
            case .quadrant: return ["quadrant", "kuadran", "jenis", "type", "swot"]
            case .text: return ["text", "teks", "uraian", "item", "butir", "deskripsi", "description", "faktor",
                                "factor", "pernyataan", "isi"]
            case .label: return ["label", "nama singkat", "short name", "singkatan"]
            case .numbering: return ["no", "nomor", "number", "#", "id"]
            }
        }

        init?(header: String) {
            let folded = header.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "." }).joined(
                separator: " "
            )
            guard let column = Column.allCases.first(where: { $0.names.contains(folded) }) else { return nil }
            self = column
        }
    }

    public static func read(_ table: CSVTable, file: String) throws(ItemImportError) -> SWOTMarkdown.Reading {
        func cell(_ row: Int, _ column: Int, _ problem: String) -> ItemImportError {
            .file(.cell(file: file, row: row, column: column + 1, problem: problem))
        }
        var rows = table.rows[...]
        var columns: [Column?] = [.quadrant, .text, .label]
        if let first = rows.first, quadrant(first.fields[0]) == nil,
           first.fields.contains(where: { Column(header: $0) != nil }) {
            columns = []
            for (index, field) in first.fields.enumerated() {
                guard field.isEmpty || Column(header: field) != nil else {
                    throw cell(first.number, index, "\"\(field.prefix(40))\" is not a column swot reads; name the "
                        + "columns "
                               + "Kuadran (Quadrant), Uraian (Text) and, if you like, Label, or No for a numbering "
                               + "column")
                }
                let column = Column(header: field)
                if let column, column != .numbering, columns.contains(column) {
                    throw cell(first.number, index, "the column \"\(field)\" is there twice; keep one")
                }
                columns.append(column)
            }
            for needed in [Column.quadrant, .text] where !columns.contains(needed) {
                throw ItemImportError.file(.row(file: file, row: first.number, problem: needed == .quadrant
                    ? "the header has no quadrant column; add one named Kuadran or Quadrant"
                    : "the header has no text column; add one named Uraian or Text"))
            }
            rows = rows.dropFirst()
        }
        let quadrantColumn = columns.firstIndex(of: .quadrant)!, textColumn = columns.firstIndex(of: .text)!
        let labelColumn = columns.firstIndex(of: .label)
        var items: [ImportedItem] = []
        var current: Quadrant?
        for row in rows {
            func field(_ index: Int?) -> String { index.flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? "" }
            if let extra = row.fields.indices.first(where: { $0 >= columns.count && !row.fields[$0].isEmpty }) {
                throw cell(row.number, extra, "a value beyond the last column; the columns are "
                           + "quadrant, text and label")
            }
            let quadrantText = field(quadrantColumn)
            if !quadrantText.isEmpty {
                guard let quadrant = quadrant(quadrantText) else {
                    throw cell(row.number, quadrantColumn, "\"\(quadrantText.prefix(40))\" is not a quadrant; write S, "
                        + "W, "
                               + "O or T (Kekuatan, Kelemahan, Peluang, Ancaman, or Strength, Weakness, …)")
                }
                current = quadrant
            }
            let text = field(textColumn).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let label = field(labelColumn)
            guard !text.isEmpty else {
                // A quadrant alone starts a block of rows; a label without text has nothing to name.
                guard label.isEmpty else {
                    throw cell(row.number, textColumn, "the text is empty; write it or delete the row")
                }
                continue
            }
            guard let quadrant = current else {
                throw cell(row.number, quadrantColumn, "the quadrant is empty; write S, W, O or T")
            }
            items.append(ImportedItem(
                quadrant: quadrant, text: text, label: label.isEmpty ? nil : label,
                origin: .row(row.number, textColumn: textColumn + 1, labelColumn: labelColumn.map { $0 + 1 })))
        }
        return SWOTMarkdown.Reading(items: items, skipped: 0, fromRows: true)
    }

    /// `S`, `kekuatan`, `Strengths`, `Peluang (O)`, `Tantangan`: the one quadrant a cell names.
    static func quadrant(_ text: String) -> Quadrant? {
        if let quadrant = Quadrant(parsing: text) { return quadrant }
        let named = Set(SWOTMarkdown.quadrantWords(in: text))
        return named.count == 1 ? named.first : nil
    }
}
