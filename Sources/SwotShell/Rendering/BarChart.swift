/// Horizontal bars for the terminal, drawn with block characters in eighths of a cell: `███████▌`.
public enum BarChart {
    /// A bar for `value` out of `maximum`, at most `width` cells, padded with spaces to `width` when `pad` is set.
    public static func bar(_ value: Double, maximum: Double, width: Int = 20, pad: Bool = true) -> String {
        guard maximum > 0, value.isFinite, width > 0 else {
            return pad ? String(repeating: " ", count: max(width, 0)) : ""
        }
        let eighths = Int((min(max(value, 0), maximum) / maximum * Double(width) * 8).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let text = String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
        return pad ? text + String(repeating: " ", count: width - text.count) : text
    }

    /// Labelled rows: `label  value  bar`, labels padded to the longest.
    public static func rows(
        _ rows: [(label: String, value: Double?, text: String)],
        maximum: Double,
        width: Int = 20
    ) -> [String] {
        let labelWidth = min(rows.map(\.label.count).max() ?? 0, 40)
        let textWidth = rows.map(\.text.count).max() ?? 0
        return rows.map { row in
            let label =
                row.label.count > labelWidth
                ? String(row.label.prefix(labelWidth - 1)) + "…" : row.label.padding(to: labelWidth)
            let bar = row.value.map { self.bar($0, maximum: maximum, width: width, pad: false) } ?? ""
            return "\(label)  \(row.text.padding(to: textWidth))  \(bar)".trimmingTrailingSpaces()
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
