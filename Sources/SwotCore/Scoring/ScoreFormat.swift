/// Fixed-decimal number formatting for scores (FoundationEssentials has no `String(format:)`).
public enum ScoreFormat {
    /// Formats `value` with exactly `decimals` digits after the point, rounding half away from zero (`2.675` →
    /// `"2.68"`).
    public static func fixed(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-infinity" : "infinity") }
        let places = max(0, min(decimals, 9))
        var power = 1.0
        for _ in 0..<places { power *= 10 }
        // The tiny relative nudge makes decimal inputs that binary stores just below a half (0.995, 2.675) round up,
        // as a planner reading the decimal number expects.
        let scaled = (abs(value) * power * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return "\(value)" }
        let whole = Int64(scaled)
        let unit = Int64(power)
        var text = String(whole / unit)
        if places > 0 {
            var fraction = String(whole % unit)
            while fraction.count < places { fraction = "0" + fraction }
            text += "." + fraction
        }
        return (value < 0 && whole != 0 ? "-" : "") + text
    }

    /// Formats a score with two decimals, or three when the third is needed (`0.95` → `"0.95"`, `0.994` → `"0.994"`,
    /// `1` → `"1.00"`).
    public static func short(_ value: Double) -> String {
        var text = fixed(value, decimals: 3)
        if text.hasSuffix("0"), let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 {
            text.removeLast()
        }
        return text
    }

    /// Formats a rating or score: a whole number without decimals (`2`), otherwise like `short` (`3.5` → `"3.50"`).
    public static func number(_ value: Double) -> String {
        value.isFinite && abs(value - value.rounded()) < 1e-9 ? fixed(value.rounded(), decimals: 0) : short(value)
    }

    /// Formats an AHP judgement: a whole number (`5`), a reciprocal of one (`1/3`), or a decimal (`2.47`).
    public static func ratio(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return fixed(value, decimals: 2) }
        let rounded = value.rounded()
        if abs(value - rounded) < 1e-9 { return fixed(rounded, decimals: 0) }
        let inverse = 1 / value
        let inverseRounded = inverse.rounded()
        if inverse > 1, abs(inverse - inverseRounded) < 1e-9 { return "1/" + fixed(inverseRounded, decimals: 0) }
        return fixed(value, decimals: 2)
    }
}
