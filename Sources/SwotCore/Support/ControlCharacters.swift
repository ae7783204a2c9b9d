/// Characters that act on a terminal or hide what a text says instead of being read: C0 controls other than tab
/// and line feed (ESC starts the sequences that retitle a window, set the clipboard or clear the screen), DEL,
/// C1 controls (U+009B is ESC [ in one character), the line and paragraph separators, and the bidirectional
/// overrides and isolates (U+202E shows "txt.exe" as "exe.txt").
///
/// Plans refuse them in every field, at input and when a file is opened; output escapes them wherever text is
/// printed or exported, so a file received from someone else cannot reach the reader's terminal or report raw.
public enum ControlCharacters {
    /// True for a character no plan field may hold. Tab and line feed are allowed (a description may have lines).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A }
        return value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The first unsafe character of a text, nil when it has none.
    public static func first(in text: some StringProtocol) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isUnsafe)
    }

    /// How a character is named in messages and reports: `U+001B`.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Where a JSON document holds an unsafe character in a string, raw or written as an escape (`\u001b`):
    /// the line (1-based) and the name of the field on that line, when it has one (plan files put one per line).
    public struct Finding: Equatable, Sendable {
        public var scalar: Unicode.Scalar
        public var line: Int
        public var field: String?

        /// "line 12 (field "text") holds the control character U+001B".
        public var description: String {
            let field = field.map { " (field \"\($0)\")" } ?? ""
            return "line \(line)\(field) holds the control character \(ControlCharacters.code(scalar))"
        }
    }

    /// Scans JSON bytes without decoding them (fast enough for every open of a large plan).
    public static func first(inJSON bytes: some Collection<UInt8>) -> Finding? {
        let bytes = Array(bytes)
        return bytes.withUnsafeBufferPointer { buffer in scan(buffer) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        var line = 1
        var lineStart = 0
        var index = 0
        let count = bytes.count
        func finding(_ value: UInt32) -> Finding {
            Finding(
                scalar: Unicode.Scalar(value) ?? "\u{FFFD}",
                line: line,
                field: fieldName(Array(bytes), lineStart: lineStart)
            )
        }
        while index < count {
            let byte = bytes[index]
            index += 1
            // Printable ASCII and the bytes of other characters: nothing to look at.
            if byte >= 0x20 && byte != 0x5C && byte != 0x7F && byte != 0xC2 && byte != 0xE2 { continue }
            switch byte {
            case 0x0A:
                line += 1
                lineStart = index
            case 0x09, 0x0D:
                break
            case 0x00..<0x20, 0x7F:
                return finding(UInt32(byte))
            case 0xC2 where index < count && (0x80...0x9F).contains(bytes[index]):
                return finding(UInt32(bytes[index]))
            case 0xE2 where index + 1 < count:
                let value = 0x2000 | (UInt32(bytes[index] & 0x3F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                if bytes[index] & 0xC0 == 0x80, let scalar = Unicode.Scalar(value), isUnsafe(scalar) {
                    return finding(value)
                }
            case 0x5C where index < count:
                // An escape inside a string: `\\` is skipped whole, so `\\u001b` (a backslash, then text) is no
                // finding.
                let next = bytes[index]
                if next == UInt8(ascii: "u"), index + 4 < count,
                   let value = UInt32(String(decoding: bytes[(index + 1)...(index + 4)], as: UTF8.self), radix: 16),
                   let scalar = Unicode.Scalar(value), isUnsafe(scalar) {
                    return finding(value)
                }
                switch next {
                case UInt8(ascii: "b"): return finding(0x08)
                case UInt8(ascii: "f"): return finding(0x0C)
                case UInt8(ascii: "r"): return finding(0x0D)
                default: index += 1
                }
            default:
                break
            }
        }
        return nil
    }

    /// The key that starts a pretty-printed JSON line (`"text" : "…"`), if the line starts with one.
    private static func fieldName(_ bytes: [UInt8], lineStart: Int) -> String? {
        var index = lineStart
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        guard let end = bytes[start...].prefix(80).firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == 0x5C }),
              bytes[end] == UInt8(ascii: "\"") else { return nil }
        var after = end + 1
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        guard after < bytes.count, bytes[after] == UInt8(ascii: ":") else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
