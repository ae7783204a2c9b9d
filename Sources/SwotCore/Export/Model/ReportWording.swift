/// Text rules every renderer shares: planners' text made safe to show (one line, no control or direction-changing
/// characters), short labels for tight cells, and word counts for the executive summary's limit.
public enum ReportWording {
    /// The text on one line, with every control character and every bidirectional override shown as its code
    /// (`U+202E`), so nothing a planner or a file typed can reorder, hide or break what the reader sees.
    public static func visible(_ text: String) -> String {
        // Printable ASCII, most planners' text, is shown as it is: a long report shows thousands of items.
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\r", "\t": result += " "
            case "\n": if !previousWasCarriageReturn { result += " " }
            default:
                if isHidden(scalar) {
                    result += "U+" + hex(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// What no plan text may hold (`ControlCharacters`), and the marks that hide in plain sight or turn text.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        if ControlCharacters.isUnsafe(scalar) { return true }
        switch scalar.value {
        case 0x200B...0x200F, 0x2060...0x2065, 0x061C, 0xFEFF: return true
        default: return false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The first few words of a text, with `…` when more follow: a label for a matrix cell.
    public static func shortLabel(_ text: String, words limit: Int = 5) -> String {
        let words = visible(text).split(whereSeparator: \.isWhitespace)
        var kept = words.prefix(limit).joined(separator: " ")
        guard words.count > limit else { return kept }
        while let last = kept.last, ".,;:".contains(last) { kept.removeLast() }
        return kept + "…"
    }

    /// Words as a reader counts them: runs of letters or digits separated by spaces.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }
}
