/// Reads an amount of money as planners type it, in whole rupiah.
///
/// Accepted, with an optional `Rp` or `IDR` in front:
/// - whole rupiah: `1250000000`, grouped by dots or commas in threes (`1.250.000.000`, `1,250,000,000`), with the
///   Indonesian `,-` ending allowed (`Rp1.250.000,-`);
/// - a number and a unit: `750 juta`, `750jt`, `1,25 miliar`, `1,25 M`, `1.25 billion`, `2 triliun`, `500 ribu`. The
///   decimal mark is a comma or a dot. `M` is miliar (10⁹), as in Indonesian budgets; millions are `juta` or
///   `million`.
/// Refused, with what to type instead: a negative amount; a decimal without a unit (`1,25`: which unit?); a unit
/// amount whose only separator is followed by three digits (`1.250 juta` is 1250 juta in Indonesian but 1.25 juta
/// in English); an amount that is not whole rupiah (`1,2345678 juta`); more than `maximum`.
public enum RupiahAmount {
    /// The largest amount one budget line may hold: Rp1.000 triliun (10¹⁵), above any regional budget.
    public static let maximum: Int64 = 1_000_000_000_000_000

    /// The amount in whole rupiah; 0 is allowed (it removes a budget line).
    public static func parse(_ text: String) throws(ActionPlanError) -> Int64 {
        var rest = Substring(text.trimmingWhitespace())
        for prefix in ["rp.", "rp", "idr"] where rest.lowercased().hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = Substring(rest.trimmingWhitespace())
        guard !rest.isEmpty else { throw .badAmount(text, reason: "it has no number") }
        if rest.first == "-" || rest.first == "−" { throw .negativeAmount(text) }
        let number = rest.prefix { $0.isASCIIDigit || $0 == "." || $0 == "," }
        var unitWord = rest.dropFirst(number.count).trimmingWhitespace()
        var digits = String(number)
        if unitWord == "-", digits.hasSuffix(",") || digits.hasSuffix(".") {
            digits.removeLast()
            unitWord = ""
        }
        guard let first = digits.first, first.isASCIIDigit, digits.last?.isASCIIDigit == true else {
            throw .badAmount(text, reason: "it does not start and end with a digit")
        }
        if unitWord.isEmpty { return try wholeRupiah(digits, original: text) }
        guard let scale = scale(of: unitWord) else {
            throw .badAmount(text, reason: "\"\(unitWord)\" is not a unit swot knows (ribu, juta, miliar or M, triliun)"
            )
        }
        return try scaled(digits, scale: scale, original: text)
    }

    /// The multiplier a unit word stands for.
    public static func scale(of word: String) -> Int64? {
        switch word.lowercased() {
        case "rb", "ribu", "thousand": return 1_000
        case "jt", "juta", "million": return 1_000_000
        case "m", "miliar", "milyar", "billion", "bn": return 1_000_000_000
        case "t", "triliun", "trilyun", "trillion": return 1_000_000_000_000
        default: return nil
        }
    }

    /// `1250000000`, `1.250.000.000` or `1,250,000,000`: digits, or groups of three after the first.
    private static func wholeRupiah(_ text: String, original: String) throws(ActionPlanError) -> Int64 {
        let separators = Set(text.filter { !$0.isASCIIDigit })
        if separators.count > 1 {
            throw .badAmount(original, reason: "it mixes dots and commas; write whole rupiah such as 1.250.000.000")
        }
        let groups = text.split(separator: separators.first ?? " ", omittingEmptySubsequences: false)
        let groupedInThrees = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
        guard groups.count == 1 || groupedInThrees else {
            throw .decimalWithoutUnit(original)
        }
        return try value(groups.joined(), original: original)
    }

    /// `1,25` or `750` times a unit, exact to the rupiah.
    private static func scaled(_ text: String, scale: Int64, original: String) throws(ActionPlanError) -> Int64 {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard parts.count <= 2 else {
            throw .badAmount(original, reason: "with a unit, write one decimal mark at most: 1,25 miliar or 1250 juta")
        }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        if fraction.count == 3 { throw .ambiguousAmount(original) }
        var divisor: Int64 = 1
        for _ in 0..<fraction.count {
            divisor *= 10
            guard divisor <= scale else { throw .notWholeRupiah(original) }
        }
        let mantissa = try value(String(parts[0]) + fraction, original: original)
        guard scale % divisor == 0 else { throw .notWholeRupiah(original) }
        let (amount, overflow) = mantissa.multipliedReportingOverflow(by: scale / divisor)
        guard !overflow, amount <= maximum else { throw .amountTooLarge(original) }
        return amount
    }

    private static func value(_ digits: String, original: String) throws(ActionPlanError) -> Int64 {
        let significant = digits.drop { $0 == "0" }
        guard significant.count <= 16, let amount = Int64(digits.isEmpty ? "0" : digits), amount <= maximum else {
            throw .amountTooLarge(original)
        }
        return amount
    }
}
