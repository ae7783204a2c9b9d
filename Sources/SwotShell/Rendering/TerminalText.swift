import SwotCore

/// Makes text safe to print on a terminal: control and escape characters (`ControlCharacters`) are shown as visible
/// codes (`^[`, `\u{9B}`, `\u{202E}`), never sent raw, so nothing from a plan or a file can move the cursor, change
/// colours, retitle the window, set the clipboard or reverse the text around it.
public enum TerminalText {
    /// One field on a line: its line breaks and tabs become `↵ ` and a space, so the field stays on its line.
    public static func safe(_ text: String) -> String {
        // Almost every text is clean: one pass over the bytes (line breaks and tabs are below 0x20), no copy.
        guard text.utf8.contains(where: { $0 < 0x20 }) || mayHoldUnsafe(text.utf8),
              text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\t" || ControlCharacters.isUnsafe($0) }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "↵ "
            case "\t": result += " "
            default: appendVisible(scalar, to: &result)
            }
        }
        return result
    }

    /// Everything the shell writes to standard output and standard error passes through here (see `Output`): line
    /// breaks and tabs stay, every other control character is shown as its code. A field that a command forgot to
    /// escape is caught here.
    public static func safeOutput(_ text: String) -> String {
        // Almost all output is clean: one pass over the bytes, no copy.
        guard mayHoldUnsafe(text.utf8) else { return text }
        var result = ""
        for scalar in text.unicodeScalars { appendVisible(scalar, to: &result) }
        return result
    }

    private static func appendVisible(_ scalar: Unicode.Scalar, to result: inout String) {
        guard ControlCharacters.isUnsafe(scalar) else {
            result.unicodeScalars.append(scalar)
            return
        }
        if scalar.value < 0x20 {
            result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        } else if scalar.value == 0x7F {
            result += "^?"
        } else {
            result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }

    /// False when no byte can start an unsafe character: C0 other than tab and line feed, DEL, and the lead bytes
    /// of C1 (0xC2) and of the separators and bidirectional controls (0xE2).
    private static func mayHoldUnsafe(_ bytes: String.UTF8View) -> Bool {
        bytes.contains { byte in
            (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
        }
    }
}
