/// Escapes planners' text for CommonMark and GitHub-flavoured Markdown, so that no item can break a table, start
/// markup, a link or raw HTML, in any renderer (safe mode included): no `<br>` or other tag is ever written.
public enum MarkdownText {
    /// Text for a paragraph, list item or table cell, on one line. `atLineStart` also escapes what would start a
    /// list, quote or heading there (`1.`, `-`, `>`).
    public static func escape(_ text: String, atLineStart: Bool = false) -> String {
        // Every character Markdown reads is ASCII, and no byte of a longer UTF-8 sequence is one: the text is walked
        // by bytes (walking Characters, then scalars, took most of a large report's export).
        let bytes = Array(ReportWording.visible(text).utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: "!"),
                 UInt8(ascii: "$"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                result.append(UInt8(ascii: "\\"))
            // A scheme's colon (`javascript:x`, `http://`) is escaped so no autolink is made of it.
            case UInt8(ascii: ":") where index > 0 && index + 1 < bytes.count
                && isLetter(scalar(endingAt: index, in: bytes))
                && !isWhitespace(scalar(startingAt: index + 1, in: bytes)):
                result.append(UInt8(ascii: "\\"))
            default:
                break
            }
            result.append(byte)
        }
        let escaped = String(decoding: result, as: UTF8.self)
        return atLineStart ? escapeBlockStart(escaped) : escaped
    }

    /// The scalar whose UTF-8 bytes end just before `end`.
    private static func scalar(endingAt end: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first
    }

    /// The scalar whose UTF-8 bytes start at `start`.
    private static func scalar(startingAt start: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        guard bytes[start] >= 0x80 else { return Unicode.Scalar(bytes[start]) }
        return String(decoding: bytes[start..<min(start + 4, bytes.count)], as: UTF8.self).unicodeScalars.first
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar?) -> Bool { scalar?.properties.isWhitespace ?? false }

    /// A letter, or a mark that follows one (`é` typed as `e` and a combining accent).
    private static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar?.properties.generalCategory {
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
