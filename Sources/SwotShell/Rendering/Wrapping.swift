/// Word-wrapping for terminal output.
public enum Wrapping {
    /// Splits text into lines of at most `width` characters (words longer than that stand alone).
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(width, 8)
        var lines: [String] = []
        var current = ""
        // Lengths are kept, not recounted: counting a String's characters walks it.
        var length = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordLength = word.count
            if current.isEmpty {
                current = String(word)
                length = wordLength
            } else if length + 1 + wordLength <= width {
                current += " " + word
                length += 1 + wordLength
            } else {
                lines.append(current)
                current = String(word)
                length = wordLength
            }
            while length > width {
                lines.append(String(current.prefix(width)))
                current = String(current.dropFirst(width))
                length -= width
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
