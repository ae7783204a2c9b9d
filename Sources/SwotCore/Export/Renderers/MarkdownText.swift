/// Escapes planners' text for CommonMark and GitHub-flavoured Markdown, so that no item can break a table, start
/// markup, a link or raw HTML, in any renderer (safe mode included): no `<br>` or other tag is ever written.
public enum MarkdownText {
    /// Text for a paragraph, list item or table cell, on one line. `atLineStart` also escapes what would start a
    /// list, quote or heading there (`1.`, `-`, `>`).
    public static func escape(_ text: String, atLineStart: Bool = false) -> String {
        // Every character Markdown reads is ASCII, so the text is walked by Unicode scalars: comparing Characters
        // took most of a large report's export.
        let scalars = Array(ReportWording.visible(text).unicodeScalars)
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count + 8)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!", "$", "<", ">", "&":
                result.append("\\")
                result.append(scalar)
            // A scheme's colon (`javascript:x`, `http://`) is escaped so no autolink is made of it.
            case ":" where index > 0 && isLetter(scalars[index - 1]) && index + 1 < scalars.count
                && !scalars[index + 1].properties.isWhitespace:
                result.append("\\")
                result.append(scalar)
            default:
                result.append(scalar)
            }
        }
        return atLineStart ? escapeBlockStart(String(result)) : String(result)
    }

    /// A letter, or a mark that follows one (`é` typed as `e` and a combining accent).
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
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
