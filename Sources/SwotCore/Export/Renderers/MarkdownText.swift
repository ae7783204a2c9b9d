/// Escapes planners' text for CommonMark and GitHub-flavoured Markdown, so that no item can break a table, start
/// markup, a link or raw HTML, in any renderer (safe mode included): no `<br>` or other tag is ever written.
public enum MarkdownText {
    /// Text for a paragraph, list item or table cell, on one line. `atLineStart` also escapes what would start a
    /// list, quote or heading there (`1.`, `-`, `>`).
    public static func escape(_ text: String, atLineStart: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        let characters = Array(ReportWording.visible(text))
        for (index, character) in characters.enumerated() {
            let previous: Character = index > 0 ? characters[index - 1] : " "
            let next: Character = index + 1 < characters.count ? characters[index + 1] : " "
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!", "$", "<", ">", "&":
                result.append("\\")
                result.append(character)
            // A scheme's colon (`javascript:x`, `http://`) is escaped so no autolink is made of it.
            case ":" where previous.isLetter && !next.isWhitespace:
                result += "\\:"
            default:
                result.append(character)
            }
        }
        if atLineStart { result = escapeBlockStart(result) }
        return result
    }

    /// Escapes a leading `-`, `+`, `=` or an ordered-list number (`1.`, `2)`), which would start a block.
    private static func escapeBlockStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
