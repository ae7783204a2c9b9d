import Testing
@testable import SwotCore

/// Fixed-decimal formatting used in scoring messages.
struct ScoringFormatTests {
    @Test(arguments: [
        (2.675, 2, "2.68"), (0.995, 2, "1.00"), (2.5, 2, "2.50"), (1.0, 0, "1"), (-0.004, 2, "0.00"),
        (-1.256, 2, "-1.26"), (0.1 + 0.2, 2, "0.30"), (3.14159, 4, "3.1416"), (1234.5, 1, "1234.5"), (0.05, 3, "0.050"),
    ])
    func fixed(_ case_: (Double, Int, String)) {
        #expect(ScoreFormat.fixed(case_.0, decimals: case_.1) == case_.2)
    }

    @Test func shortAndRatio() {
        #expect(ScoreFormat.short(0.95) == "0.95")
        #expect(ScoreFormat.short(0.994) == "0.994")
        #expect(ScoreFormat.short(1) == "1.00")
        #expect(ScoreFormat.short(1.005) == "1.005")
        #expect(ScoreFormat.ratio(5) == "5")
        #expect(ScoreFormat.ratio(1.0 / 3) == "1/3")
        #expect(ScoreFormat.ratio(0.125) == "1/8")
        #expect(ScoreFormat.ratio(2.47) == "2.47")
        #expect(ScoreFormat.ratio(0.4) == "0.40")
        #expect(ScoreFormat.fixed(.nan) == "NaN")
        #expect(ScoreFormat.number(2) == "2")
        #expect(ScoreFormat.number(3.5) == "3.50")
        #expect(ScoreFormat.number(2.01) == "2.01")
    }
}
