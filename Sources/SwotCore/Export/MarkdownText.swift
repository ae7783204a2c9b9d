/// Escapes planners' text for GitHub-flavoured Markdown, so that no item can break a table or start markup.
public enum MarkdownText {
    /// Text for a paragraph, list item or table cell: markup characters are escaped, HTML is neutralised and line
    /// breaks become `<br>` (which GitHub renders inside table cells too).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!", "$":
                result.append("\\")
                result.unicodeScalars.append(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\r": result += "<br>"
            case "\n": if !previousWasCarriageReturn { result += "<br>" }
            case "\t": result += " "
            default:
                if ControlCharacters.isUnsafe(scalar) {
                    // Control characters and bidirectional overrides have no place in a report; show their code.
                    result += "U+\(String(scalar.value, radix: 16, uppercase: true))"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
