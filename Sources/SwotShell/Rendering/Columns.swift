/// Lays words out in columns, as shells list completion candidates.
public enum Columns {
    public static func layout(_ words: [String], width: Int) -> String {
        let cell = (words.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / max(cell, 1))
        var rows: [String] = []
        var index = 0
        while index < words.count {
            let row = words[index..<min(index + perRow, words.count)]
            rows.append(row.map { $0.padding(to: cell) }.joined().trimmingWhitespace())
            index += perRow
        }
        return rows.joined(separator: "\n")
    }
}
