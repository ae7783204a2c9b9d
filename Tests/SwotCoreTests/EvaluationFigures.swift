/// Formatting shared by the evaluation suites (matching, strategies), so their figures read the same way.
enum EvaluationFigures {
    /// `7/13 (53.8%)`: a count, its total and the share to one decimal.
    static func share(_ count: Int, of total: Int) -> String {
        "\(count)/\(total) (\(percent(count, of: total)))"
    }

    /// `53.8%`; `0.0%` for an empty total.
    static func percent(_ count: Int, of total: Int) -> String {
        let tenths = (count * 1000 + total / 2) / max(total, 1)
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The text padded with spaces to `width` columns, for aligned tables.
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
