/// The one number convention of each language, used by every command and report that shows a figure to a planner:
/// Indonesian writes a decimal comma and a thousands dot (2,85; Rp1.250.000.000), English the reverse
/// (2.85; IDR 1,250,000,000). Values are kept unrounded everywhere else and rounded once, here, half away from zero.
public struct NumberFormat: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private var decimalMark: String { language == .id ? "," : "." }
    private var groupMark: String { language == .id ? "." : "," }

    /// A number with exactly `places` decimals, thousands grouped: `2,85` / `2.85`, `1.234,50` / `1,234.50`.
    public func decimal(_ value: Double, places: Int = 2) -> String {
        let text = ScoreFormat.fixed(value, decimals: places)
        guard value.isFinite else { return text }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var result = grouped(String(parts[0]))
        if parts.count == 2 { result += decimalMark + parts[1] }
        return (negative ? "-" : "") + result
    }

    /// Weights, ratings' weighted scores, totals and coordinates: two decimals.
    public func score(_ value: Double) -> String { decimal(value, places: 2) }

    /// A coordinate with its sign: `+0.45`, `-1.20`, `0.00` (`+0,45` in Indonesian); a value that rounds to zero
    /// gets no sign.
    public func signedScore(_ value: Double) -> String {
        let text = score(value)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "+" + text : text
    }

    /// Priorities and consistency ratios, where the third decimal tells options apart: three decimals.
    public func fine(_ value: Double) -> String { decimal(value, places: 3) }

    /// A rating or count that may be whole: `3` without decimals, `3,50` / `3.50` otherwise.
    public func number(_ value: Double) -> String {
        value.isFinite && abs(value - value.rounded()) < 1e-9 ? decimal(value.rounded(), places: 0) : score(value)
    }

    /// A whole number grouped in thousands: `1.250.000.000` / `1,250,000,000`.
    public func whole(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + grouped(digits)
    }

    /// An amount of money in full: `Rp1.250.000.000` / `IDR 1,250,000,000`.
    public func rupiah(_ amount: Int64) -> String {
        (language == .id ? "Rp" : "IDR ") + whole(amount)
    }

    /// An amount of money in the units budgets are read in, for narrow tables and summaries: `Rp1,25 miliar`,
    /// `Rp750 juta` / `IDR 1.25 billion`, `IDR 750 million`; amounts under a million in full.
    public func rupiahShort(_ amount: Int64) -> String {
        let units: [(Int64, String, String)] = [
            (1_000_000_000_000, "triliun", "trillion"), (1_000_000_000, "miliar", "billion"),
            (1_000_000, "juta", "million"),
        ]
        guard let unit = units.first(where: { amount.magnitude >= $0.0.magnitude }) else { return rupiah(amount) }
        var text = decimal(Double(amount) / Double(unit.0), places: 2)
        // 1,50 → 1,5 and 2,00 → 2: a short amount carries only the decimals it needs.
        if text.contains(decimalMark) {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(decimalMark) { text.removeLast() }
        }
        return (language == .id ? "Rp" : "IDR ") + text + " " + (language == .id ? unit.1 : unit.2)
    }

    /// A share as a percentage: `38%`, `38,5%` / `38.5%`.
    public func percent(_ fraction: Double, places: Int = 0) -> String {
        decimal(fraction * 100, places: places) + "%"
    }

    /// A band of totals, `2,0–2,99` / `2.0–2.99`: the lower edge with one decimal, the upper with two (one for the
    /// scale's end, 4.0).
    public func band(_ lower: Double, _ upper: Double) -> String {
        decimal(lower, places: 1) + "–" + decimal(upper, places: upper >= 4 ? 1 : 2)
    }

    /// Reads a decimal number as a planner types it in either language: `0.15`, `.15`, `0,15` (decimal comma),
    /// `15%`, with an optional sign. Thousands marks, exponents, `nan` and `inf` are refused (nil), so no typing
    /// slip becomes a strange value.
    public static func parseDecimal(_ word: String) -> Double? {
        var text = word
        var scale = 1.0
        if text.hasSuffix("%") {
            text.removeLast()
            scale = 0.01
        }
        if !text.contains("."), text.filter({ $0 == "," }).count == 1 {
            text = String(text.map { $0 == "," ? "." : $0 })
        }
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let isDigit = { (character: Character) in character.isASCII && character.isNumber }
        guard !body.isEmpty, body.filter({ $0 == "." }).count <= 1, body.contains(where: isDigit),
              body.allSatisfy({ isDigit($0) || $0 == "." }), let value = Double(text) else { return nil }
        return value * scale
    }

    private func grouped(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += groupMark }
            result.append(digit)
        }
        return result
    }
}
