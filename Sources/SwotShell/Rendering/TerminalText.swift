import SwotCore

/// Makes text safe to print on a terminal: control and escape characters (`ControlCharacters`) are shown as visible
/// codes (`^[`, `\u{9B}`, `\u{202E}`), never sent raw, so nothing from a plan or a file can move the cursor, change
/// colours, retitle the window, set the clipboard or reverse the text around it.
public enum TerminalText {
    /// One field on a line: its line breaks and tabs become `↵ ` and a space, so the field stays on its line.
    public static func safe(_ text: String) -> String {
        // Almost every text is clean: one pass over the bytes, no copy.
        guard mayNeedEscaping(text, lineBreaksAndTabsStay: false),
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
        guard mayNeedEscaping(text, lineBreaksAndTabsStay: true) else { return text }
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

    /// False when no byte can start a character to escape: C0 (tab and line feed too, unless they stay), DEL, and
    /// the lead bytes of C1 (0xC2) and of the separators and bidirectional controls (0xE2). A `list` of thousands of
    /// items passes every text and then the whole listing through here, so the bytes are read eight at a time.
    private static func mayNeedEscaping(_ text: String, lineBreaksAndTabsStay: Bool) -> Bool {
        func needsALook(_ byte: UInt8) -> Bool {
            if byte < 0x20 { return !(lineBreaksAndTabsStay && (byte == 0x0A || byte == 0x09)) }
            return byte == 0x7F || byte == 0xC2 || byte == 0xE2
        }
        var text = text
        return text.withUTF8 { bytes in
            let words = bytes.count / 8
            for word in 0..<words {
                let offset = word * 8
                let eight = UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if !isPrintableASCII(eight), bytes[offset..<offset + 8].contains(where: needsALook) { return true }
            }
            return bytes[(words * 8)...].contains(where: needsALook)
        }
    }

    /// True when each of the eight bytes is printable ASCII (0x20...0x7E): none has its high bit set, none gets it
    /// when 0x20 is taken from every byte (a byte below 0x20 would) and none when 1 is added to every byte (0x7F
    /// would). A byte with its high bit set answers false already, whatever it borrows or carries.
    private static func isPrintableASCII(_ eight: UInt64) -> Bool {
        let everyByte: UInt64 = 0x0101_0101_0101_0101
        return (eight | (eight &- everyByte &* 0x20) | (eight &+ everyByte)) & (everyByte &* 0x80) == 0
    }
}
