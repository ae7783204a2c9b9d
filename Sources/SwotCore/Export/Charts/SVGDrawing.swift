/// A small SVG writer for the report's charts: shapes and text in user units, every text escaped, output
/// byte-stable (numbers with at most one decimal), so charts are identical on every rebuild.
struct SVGDrawing {
    let width: Int
    let height: Int
    /// What the picture shows, written as its `<title>` for screen readers and file previews.
    let title: String
    private var elements: [String] = []

    init(width: Int, height: Int, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    enum Anchor: String {
        case start, middle, end
    }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String = "none",
        strokeWidth: Double = 1
    ) {
        elements.append(
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\""
                + " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\"/>")
    }

    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dashed: Bool = false
    ) {
        let dash = dashed ? " stroke-dasharray=\"4 3\"" : ""
        elements.append(
            "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\""
                + " stroke-width=\"\(n(width))\"\(dash)/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String = "#ffffff") {
        elements.append(
            "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\" stroke=\"\(stroke)\""
                + " stroke-width=\"2\"/>")
    }

    mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, bold: Bool = false,
        fill: String = "#1f2933"
    ) {
        let weight = bold ? " font-weight=\"bold\"" : ""
        elements.append(
            "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor.rawValue)\""
                + "\(weight) fill=\"\(fill)\">\(MarkupText.escape(content))</text>")
    }

    /// The finished drawing: a standalone SVG document (also valid inline in HTML).
    var svg: String {
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\""
                + " height=\"\(height)\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\">",
            "<title>\(MarkupText.escape(title))</title>",
        ]
        lines += elements
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Words in lines of at most `width` characters (a longer word gets a line of its own).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for word in ReportWording.visible(text).split(separator: " ") {
            if let last = lines.last, last.count + word.count + 1 <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines
    }

    /// Text cut to fit its place, with an ellipsis where it is cut.
    static func clip(_ text: String, to length: Int) -> String {
        let visible = ReportWording.visible(text)
        return visible.count <= length ? visible : String(visible.prefix(length - 1)) + "…"
    }

    /// A coordinate with at most one decimal and no trailing `.0`.
    private func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return sign + (fraction == 0 ? "\(whole)" : "\(whole).\(fraction)")
    }
}
