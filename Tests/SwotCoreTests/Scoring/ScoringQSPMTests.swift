import Testing
@testable import SwotCore

/// QSPM (anchors.md §5.2): TAS, STAS, ranking, the all-or-nothing dash rule and the gap reading.
struct ScoringQSPMTests {
    static let strategies = ["SO1 one-stop portal", "WO1 staff training", "ST1 shared data centre"]

    // Factor  weight   AS (SO1, WO1, ST1)   TAS (SO1, WO1, ST1)
    // S1      0.20     4, 2, 3              0.80, 0.40, 0.60
    // W1      0.10     —, —, —              (does not affect the choice)
    // O1      0.25     3, 4, 1              0.75, 1.00, 0.25
    // T1      0.15     2, 1, 4              0.30, 0.15, 0.60
    // STAS                                  1.85, 1.55, 1.45
    // Ranking SO1 (1.85) > WO1 (1.55) > ST1 (1.45); gap 1.85 − 1.55 = 0.30 → slight (0.2–0.49).
    static let factors = [
        QSPMFactor(id: "S1", weight: 0.20, scores: [4, 2, 3]),
        QSPMFactor(id: "W1", weight: 0.10, scores: [nil, nil, nil]),
        QSPMFactor(id: "O1", weight: 0.25, scores: [3, 4, 1]),
        QSPMFactor(id: "T1", weight: 0.15, scores: [2, 1, 4]),
    ]

    @Test func workedQSPM() throws {
        let result = try QSPM.evaluate(strategies: Self.strategies, factors: Self.factors)
        let close = { (a: Double?, b: Double?) -> Bool in
            switch (a, b) {
            case (nil, nil): return true
            case let (x?, y?): return abs(x - y) < 1e-12
            default: return false
            }
        }
        #expect(result.rows[0].totalScores.elementsEqual([0.80, 0.40, 0.60], by: close))
        #expect(result.rows[1].totalScores.elementsEqual([nil, nil, nil], by: close))
        #expect(result.rows[2].totalScores.elementsEqual([0.75, 1.00, 0.25], by: close))
        #expect(result.rows[3].totalScores.elementsEqual([0.30, 0.15, 0.60], by: close))
        #expect(result.totals.elementsEqual([1.85, 1.55, 1.45]) { abs($0 - $1) < 1e-12 })
        #expect(
            result.ranking.map(\.strategy) == ["SO1 one-stop portal", "WO1 staff training", "ST1 shared data centre"]
        )
        #expect(result.ranking.map(\.rank) == [1, 2, 3])
        #expect(result.ranking.map(\.index) == [0, 1, 2])
        let gap = try #require(result.gap)
        #expect(gap.leader == "SO1 one-stop portal" && gap.runnerUp == "WO1 staff training")
        #expect(abs(gap.gap - 0.30) < 1e-9)
        #expect(gap.reading == .slight)
    }

    @Test func mixedDashRowRejected() {
        // King-Tuerto's Target example: "Integration challenges": dash, dash, 1 — breaks David's rule.
        var factors = Self.factors
        factors.append(QSPMFactor(id: "T2", weight: 0.10, scores: [nil, nil, 1]))
        let expected = ScoringError.qspmMixedRow(
            factor: "T2", dashed: ["SO1 one-stop portal", "WO1 staff training"], scored: ["ST1 shared data centre"])
        #expect(throws: expected) { try QSPM.evaluate(strategies: Self.strategies, factors: factors) }
        #expect(expected.message == "The QSPM row T2 has a dash for SO1 one-stop portal, WO1 staff training but scores "
            + "for "
            + "ST1 shared data centre. A row is all scores (the factor affects the choice) or all dashes (it does "
            + "not): "
            + "score every strategy or dash every strategy.")
    }

    @Test(arguments: [0.0, 0.99, 4.01, 5.0, -2.0])
    func scoreOutOfRangeRejected(_ score: Double) {
        #expect(throws: ScoringError.qspmScoreOutOfRange(factor: "S1", strategy: "B", value: score)) {
            try QSPM.evaluate(strategies: ["A", "B"], factors: [QSPMFactor(id: "S1", weight: 0.5, scores: [3, score])])
        }
    }

    @Test func otherInvalidInputsRejected() {
        #expect(throws: ScoringError.notFinite(what: "the attractiveness score of B for S1")) {
            try QSPM.evaluate(strategies: ["A", "B"], factors: [QSPMFactor(id: "S1", weight: 0.5, scores: [3, .nan])])
        }
        #expect(throws: ScoringError.notFinite(what: "the weight of S1 in the QSPM")) {
            try QSPM.evaluate(
                strategies: ["A", "B"],
                factors: [QSPMFactor(id: "S1", weight: .infinity, scores: [3, 2])]
            )
        }
        #expect(throws: ScoringError.weightOutOfRange(context: "QSPM", item: "S1", value: 1.5)) {
            try QSPM.evaluate(strategies: ["A", "B"], factors: [QSPMFactor(id: "S1", weight: 1.5, scores: [3, 2])])
        }
        #expect(throws: ScoringError.qspmRowLength(factor: "S1", expected: 2, found: 3)) {
            try QSPM.evaluate(strategies: ["A", "B"], factors: [QSPMFactor(id: "S1", weight: 0.5, scores: [3, 2, 1])])
        }
        #expect(throws: ScoringError.qspmNothingScored) {
            try QSPM.evaluate(strategies: ["A", "B"], factors: [QSPMFactor(id: "S1", weight: 0.5, scores: [nil, nil])])
        }
        #expect(throws: ScoringError.empty(context: "QSPM's list of strategies")) {
            try QSPM.evaluate(strategies: [], factors: Self.factors)
        }
        #expect(throws: ScoringError.empty(context: "QSPM")) { try QSPM.evaluate(strategies: ["A"], factors: []) }
        #expect(throws: ScoringError.duplicateItem(context: "QSPM's strategies", item: "A")) {
            try QSPM.evaluate(strategies: ["A", "A"], factors: [QSPMFactor(id: "S1", weight: 0.5, scores: [3, 2])])
        }
        #expect(throws: ScoringError.duplicateItem(context: "QSPM", item: "S1")) {
            try QSPM.evaluate(strategies: ["A"], factors: [QSPMFactor(id: "S1", weight: 0.5, scores: [3]),
                                                           QSPMFactor(id: "S1", weight: 0.5, scores: [3])])
        }
        #expect(ScoringError.qspmRowLength(factor: "S1", expected: 2, found: 3).message
            == "The QSPM row S1 has 3 cells for 2 strategies. Give one score or dash per strategy.")
    }

    @Test(arguments: [
        (1.5, QSPMGapReading.strong), (1.01, .strong), (1.0, .moderate), (0.75, .moderate), (0.5, .moderate),
        (0.49, .slight), (0.495, .slight), (0.2, .slight), (0.19, .nearEquivalent), (0.0, .nearEquivalent),
        (0.49999999999999994, .moderate), (1.0000000000000002, .moderate),
    ])
    func gapReadings(_ case_: (Double, QSPMGapReading)) {
        #expect(QSPMGapReading(gap: case_.0) == case_.1)
    }

    @Test func gapOfExactlyHalfFromSums() throws {
        // A: 0.3 × 4 + 0.7 × 2 = 1.2 + 1.4 = 2.6;  B: 0.3 × 1 + 0.7 × 3 = 0.3 + 2.1 = 2.4 … gap 0.2 → slight.
        // C: 0.3 × 4 + 0.7 × 1 = 1.2 + 0.7 = 1.9 … ranked third.
        let result = try QSPM.evaluate(strategies: ["A", "B", "C"], factors: [
            QSPMFactor(id: "O1", weight: 0.3, scores: [4, 1, 4]), QSPMFactor(id: "S1", weight: 0.7, scores: [2, 3, 1])])
        #expect(result.gap?.reading == .slight)
        #expect(abs(result.gap!.gap - 0.2) < 1e-9)
        #expect(result.ranking.map(\.strategy) == ["A", "B", "C"])
    }

    @Test func tiesShareARank() throws {
        // A: 0.5 × 3 = 1.5, B: 0.5 × 3 = 1.5, C: 0.5 × 2 = 1.0 → ranks 1, 1, 3; gap 0 → near-equivalent.
        let result = try QSPM.evaluate(
            strategies: ["A", "B", "C"],
            factors: [QSPMFactor(id: "O1", weight: 0.5, scores: [3, 3, 2])]
        )
        #expect(result.ranking.map(\.rank) == [1, 1, 3])
        #expect(result.ranking.map(\.strategy) == ["A", "B", "C"])
        #expect(result.gap?.gap == 0)
        #expect(result.gap?.reading == .nearEquivalent)
    }

    @Test func singleStrategyHasNoGap() throws {
        let result = try QSPM.evaluate(strategies: ["A"], factors: [QSPMFactor(id: "O1", weight: 0.5, scores: [4])])
        #expect(result.gap == nil)
        #expect(result.totals == [2])
    }

    @Test func strongPreference() throws {
        // A: 0.5×4 + 0.5×4 = 4.0; B: 0.5×1 + 0.5×2 = 1.5 → gap 2.5 → strong.
        let result = try QSPM.evaluate(strategies: ["B", "A"], factors: [
            QSPMFactor(id: "S1", weight: 0.5, scores: [1, 4]), QSPMFactor(id: "O1", weight: 0.5, scores: [2, 4])])
        #expect(result.ranking.first?.strategy == "A")
        #expect(result.ranking.first?.index == 1)
        #expect(result.gap?.reading == .strong)
        #expect(QSPMGapReading.strong.name() == "strong preference")
        #expect(QSPMGapReading.nearEquivalent.name(.id) == "hampir setara")
    }
}
