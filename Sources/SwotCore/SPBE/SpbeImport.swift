/// Reads SPBE evaluation results from a spreadsheet: one row per indicator, the indicator's number in the first
/// column and its level (1–5) in the second; further columns (a name, a note) are ignored. A first row that is
/// not a number is a header. Every row is checked before anything is taken: a number outside 1–47, a level
/// outside 1–5, an indicator given twice or a row with one field names its row and column.
public enum SpbeImport {
    public static func levels(from table: CSVTable, file: String, structure: SpbeStructure = .shipped)
        throws(CSVTableError) -> [Int: Int] {
        let range = structure.indicatorRange
        var levels: [Int: Int] = [:]
        var firstRow: [Int: Int] = [:]
        for (position, row) in table.rows.enumerated() {
            let indicatorText = row.fields[0]
            if position == 0, indicatorText.contains(where: \.isLetter) {
                continue   // a header such as "indikator;tingkat"
            }
            guard let number = Int(indicatorText), structure.indicator(number) != nil else {
                let numbers = "\(range.lowerBound)–\(range.upperBound)"
                throw .cell(file: file, row: row.number, column: 1,
                            problem: "\"\(indicatorText)\" is not an indicator number (\(numbers))")
            }
            guard row.fields.count >= 2, !row.fields[1].isEmpty else {
                throw .cell(file: file, row: row.number, column: 2, problem: "indicator \(number) has no level")
            }
            let levelText = row.fields[1]
            guard let level = Int(levelText), (1...5).contains(level) else {
                throw .cell(file: file, row: row.number, column: 2,
                            problem: "\"\(levelText)\" is not a level; levels are whole numbers 1–5")
            }
            if let earlier = firstRow[number] {
                throw .row(file: file, row: row.number,
                           problem: "indicator \(number) was already given in row \(earlier)")
            }
            firstRow[number] = row.number
            levels[number] = level
        }
        guard !levels.isEmpty else { throw .empty(file: file) }
        return levels
    }
}
