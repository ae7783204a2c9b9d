/// Word-wrapping for terminal output.
public enum Wrapping {
    /// Splits text into lines of at most `width` characters (words longer than that stand alone).
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(width, 8)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
            while current.count > width {
                lines.append(String(current.prefix(width)))
                current = String(current.dropFirst(width))
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Wrapped text with every line indented.
    public static func wrap(_ text: String, width: Int, indent: String) -> String {
        lines(text, width: width - indent.count).map { indent + $0 }.joined(separator: "\n")
    }
}
