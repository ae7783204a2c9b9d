/// Text for Mermaid's quadrantChart grammar (mermaid-js `quadrant.jison`): a point's coordinates only as `1` or
/// `0.ddd` (not `1.0`), and bare text stops at `:`, `(`, `;` and more, so every label is a quoted string with
/// quotes, backticks and line breaks taken out.
enum MermaidText {
    static func coordinate(_ value: Double) -> String {
        let clamped = min(max(value.isFinite ? value : 0.5, 0), 1)
        let text = ScoreFormat.fixed(clamped, decimals: 3)
        return text == "1.000" ? "1" : text
    }

    /// A number in an axis label; the grammar's own syntax, so always with a decimal point.
    static func number(_ value: Double) -> String { ScoreFormat.fixed(value, decimals: 2) }

    static func title(_ text: String) -> String {
        String(ReportWording.visible(text).map { ";#%\"`".contains($0) ? " " : $0 })
    }

    static func quoted(_ text: String) -> String {
        "\"" + String(ReportWording.visible(text).map { $0 == "\"" || $0 == "`" ? "'" : $0 }) + "\""
    }
}
