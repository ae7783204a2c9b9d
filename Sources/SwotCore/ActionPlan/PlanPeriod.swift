/// The years a plan covers, first and last included: a Renstra's five years, e.g. 2025–2029. Targets and budget
/// lines are given for years inside it.
public struct PlanPeriod: Codable, Hashable, Sendable {
    /// The earliest and latest years a period may start or end in.
    public static let allowedYears = 2000...2100
    /// The longest period accepted: the 20 years of a long-term regional plan (RPJPD).
    public static let longestSpan = 20

    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var years: ClosedRange<Int> { start...end }

    public func contains(_ year: Int) -> Bool { years.contains(year) }

    /// Why the period cannot be used, or nil when it is a valid one.
    var problem: String? {
        guard PlanPeriod.allowedYears.contains(start), PlanPeriod.allowedYears.contains(end) else {
            return "the years must lie in \(PlanPeriod.allowedYears.lowerBound)–\(PlanPeriod.allowedYears.upperBound)"
        }
        guard start <= end else { return "it ends (\(end)) before it starts (\(start))" }
        guard end - start + 1 <= PlanPeriod.longestSpan else {
            let span = end - start + 1
            return "it spans \(span) years; a plan period is at most \(PlanPeriod.longestSpan) (a Renstra has 5)"
        }
        return nil
    }

    /// `2025–2029`.
    public var label: String { start == end ? "\(start)" : "\(start)–\(end)" }
}
