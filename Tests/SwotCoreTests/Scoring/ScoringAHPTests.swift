import Testing
@testable import SwotCore

/// AHP (anchors.md §5.5): validation, principal eigenvector, λmax, CI, RI, CR, inconsistency warning.
struct ScoringAHPTests {
    private func judgements(
        _ items: [String],
        _ matrix: [[Double]],
        context: String = "comparisons of Strengths"
    ) -> PairwiseComparisons {
        PairwiseComparisons(context: context, items: items, matrix: matrix)
    }

    @Test func perfectlyConsistentThreeByThree() throws {
        // Weights 0.6 : 0.3 : 0.1 → a12 = 0.6/0.3 = 2, a13 = 0.6/0.1 = 6, a23 = 0.3/0.1 = 3.
        // A·w = (0.6 + 2·0.3 + 6·0.1, 0.5·0.6 + 0.3 + 3·0.1, 0.6/6 + 0.3/3 + 0.1) = (1.8, 0.9, 0.3) = 3·w
        // → λmax = 3 = n, CI = (3 − 3)/2 = 0, RI(3) = 0.58, CR = 0/0.58 = 0.
        let result = try AHP.evaluate(judgements(["S1", "S2", "S3"], [[1, 2, 6], [0.5, 1, 3], [1.0 / 6, 1.0 / 3, 1]]))
        #expect(result.priorities.elementsEqual([0.6, 0.3, 0.1]) { abs($0 - $1) < 1e-12 })
        #expect(abs(result.lambdaMax - 3) < 1e-12)
        #expect(result.consistencyIndex < 1e-12)
        #expect(result.randomIndex == 0.58)
        #expect(result.consistencyRatio < 1e-12)
        #expect(result.isAcceptable)
        #expect(result.warning == nil)
        #expect(result.mostInconsistent == nil)
        #expect(result.priority(of: "S2").map { abs($0 - 0.3) < 1e-12 } == true)
        #expect(result.matrix[2][0] == 1.0 / 6)
    }

    @Test func textbookThreeByThree() throws {
        // The common tutorial matrix [1 3 5; 1/3 1 3; 1/5 1/3 1]:
        // published w ≈ (0.637, 0.258, 0.105), λmax ≈ 3.039, CI = 0.039/2 ≈ 0.019, CR = 0.019/0.58 ≈ 0.033.
        let result = try AHP.evaluate(judgements(["A", "B", "C"], [[1, 3, 5], [1.0 / 3, 1, 3], [0.2, 1.0 / 3, 1]]))
        #expect(result.priorities.elementsEqual([0.637, 0.258, 0.105]) { abs($0 - $1) < 0.0005 })
        #expect(abs(result.lambdaMax - 3.039) < 0.0005)
        #expect(abs(result.consistencyIndex - 0.019) < 0.0005)
        #expect(abs(result.consistencyRatio - 0.033) < 0.0005)
        #expect(result.isAcceptable)
    }

    @Test func saatyWealthOfNations() throws {
        // Saaty (1977), J. Math. Psych. 15(3), "wealth of nations" (US, USSR, China, France, UK, Japan, W. Germany):
        // published eigenvector (0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094), λmax = 7.61, CI = 0.10.
        // CR = CI / RI(7) = 0.101 / 1.32 ≈ 0.077 < 0.10 → acceptable.
        let matrix: [[Double]] = [
            [1, 4, 9, 6, 6, 5, 5],
            [1.0 / 4, 1, 7, 5, 5, 3, 4],
            [1.0 / 9, 1.0 / 7, 1, 1.0 / 5, 1.0 / 5, 1.0 / 7, 1.0 / 5],
            [1.0 / 6, 1.0 / 5, 5, 1, 1, 1.0 / 3, 1.0 / 3],
            [1.0 / 6, 1.0 / 5, 5, 1, 1, 1.0 / 3, 1.0 / 3],
            [1.0 / 5, 1.0 / 3, 7, 3, 3, 1, 2],
            [1.0 / 5, 1.0 / 4, 5, 3, 3, 1.0 / 2, 1],
        ]
        let result = try AHP.evaluate(judgements(["US", "USSR", "China", "France", "UK", "Japan", "W.Germany"], matrix))
        #expect(
            result.priorities.elementsEqual([0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094]) { abs($0 - $1) < 0.0005 }
        )
        #expect(abs(result.priorities.reduce(0, +) - 1) < 1e-12)
        #expect(abs(result.lambdaMax - 7.61) < 0.005)
        #expect(abs(result.consistencyIndex - 0.10) < 0.005)
        #expect(result.randomIndex == 1.32)
        #expect(abs(result.consistencyRatio - 0.077) < 0.0005)
        #expect(result.isAcceptable)
    }

    // Consistent weights 8 : 4 : 2 : 1 would give a12 = 2, a13 = 4, a14 = 8, a23 = 2, a24 = 4, a34 = 2.
    // Here a14 is entered the wrong way round (1/8 instead of 8).
    static let flipped: [[Double]] = [[1, 2, 4, 1.0 / 8], [0.5, 1, 2, 4], [0.25, 0.5, 1, 2], [8, 0.25, 0.5, 1]]

    @Test func inconsistentMatrixWarnsAndNamesTheWorstJudgement() throws {
        // Reference values (numpy eig): w ≈ (0.2176, 0.3017, 0.1508, 0.3299), λmax ≈ 6.7346,
        // CI = (6.7346 − 4)/3 ≈ 0.9115, CR = 0.9115/0.90 ≈ 1.0128 ≥ 0.10.
        // w1/w4 ≈ 0.6597, so a14 = 1/8 deviates by a factor 0.6597 · 8 ≈ 5.28 — the largest of the six pairs
        // (next: a24 = 4 vs w2/w4 ≈ 0.9145, factor ≈ 4.37).
        let result = try AHP.evaluate(judgements(["A", "B", "C", "D"], Self.flipped))
        #expect(result.priorities.elementsEqual([0.2176, 0.3017, 0.1508, 0.3299]) { abs($0 - $1) < 0.0001 })
        #expect(abs(result.lambdaMax - 6.7346) < 0.0001)
        #expect(abs(result.consistencyRatio - 1.0128) < 0.0001)
        #expect(!result.isAcceptable)
        let worst = try #require(result.mostInconsistent)
        #expect(worst.first == "A" && worst.second == "D")
        #expect(worst.entered == 0.125)
        #expect(abs(worst.implied - 0.6597) < 0.0001)
        #expect(abs(worst.deviationFactor - 5.2774) < 0.0001)
        let warning = try #require(result.warning)
        #expect(warning.message == "The comparisons of Strengths are inconsistent: CR = 1.013 (should be below 0.10). "
            + "The most inconsistent judgement is A vs D: entered 1/8, while the other judgements imply about 0.66. "
            + "Revisit it.")
    }

    @Test func worstJudgementIsReportedAsEntered() throws {
        // The same matrix with the bad pair typed as "D vs A = 8": the warning quotes D vs A, 8, implied w4/w1 ≈ 1.516.
        var comparisons = judgements(["A", "B", "C", "D"], Self.flipped)
        comparisons.judgements.removeAll { $0.first == "A" && $0.second == "D" }
        comparisons.judgements.append(PairwiseJudgement("D", "A", 8))
        let result = try AHP.evaluate(comparisons)
        let worst = try #require(result.mostInconsistent)
        #expect(worst.first == "D" && worst.second == "A")
        #expect(worst.entered == 8)
        #expect(abs(worst.implied - 1 / 0.6597) < 0.001)
        #expect(abs(result.consistencyRatio - 1.0128) < 0.0001)
    }

    @Test func crExactlyAtThresholdWarns() {
        let result = AHPResult(
            context: "x", items: ["A", "B", "C"], matrix: [], priorities: [], lambdaMax: 3.116, consistencyIndex: 0.058,
            randomIndex: 0.58, consistencyRatio: 0.10, mostInconsistent: nil, iterations: 1)
        #expect(!result.isAcceptable)
        #expect(result.warning?.message == "The x are inconsistent: CR = 0.100 (should be below 0.10). Revisit the "
            + "judgements.")
        var fine = result
        fine.consistencyRatio = 0.0999
        #expect(fine.warning == nil)
    }

    @Test func twoAndOneItems() throws {
        // n = 2: [1 3; 1/3 1] → w = (3/4, 1/4), λmax = 2, RI(2) = 0 → CR = 0 (division guarded).
        let two = try AHP.evaluate(judgements(["W1", "W2"], [[1, 3], [1.0 / 3, 1]]))
        #expect(two.priorities.elementsEqual([0.75, 0.25]) { abs($0 - $1) < 1e-12 })
        #expect(abs(two.lambdaMax - 2) < 1e-12)
        #expect(two.randomIndex == 0)
        #expect(two.consistencyRatio == 0)
        #expect(two.isAcceptable)
        // n = 1: the single item has weight 1.
        let one = try AHP.evaluate(PairwiseComparisons(items: ["T1"], judgements: []))
        #expect(one.priorities == [1])
        #expect(one.consistencyRatio == 0)
        #expect(one.lambdaMax == 1)
    }

    @Test func randomIndexTable() {
        #expect((1...10).map(AHP.randomIndex) == [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49])
        #expect(AHP.randomIndex(11) == 1.51)
        #expect(AHP.randomIndex(15) == 1.59)
        #expect(AHP.randomIndex(40) == 1.59)
        #expect(AHP.randomIndex(0) == 0)
    }

    // MARK: Validation

    @Test func missingPairNamed() {
        let comparisons = PairwiseComparisons(
            context: "comparisons of Opportunities", items: ["O1", "O2", "O3", "O4"],
            judgements: [
                PairwiseJudgement("O1", "O2", 3), PairwiseJudgement("O1", "O4", 2), PairwiseJudgement("O2", "O3", 1),
            ]
        )
        // Missing: O1–O3, O2–O4, O3–O4 → the first is named, two more counted.
        #expect(
            throws: ScoringError.missingComparison(
                context: "comparisons of Opportunities",
                first: "O1",
                second: "O3",
                moreMissing: 2
            )
        ) {
            try AHP.evaluate(comparisons)
        }
        #expect(
            ScoringError.missingComparison(
                context: "comparisons of Opportunities",
                first: "O1",
                second: "O3",
                moreMissing: 2
            ).message
            == "The comparisons of Opportunities have no judgement for O1 vs O3 (and 2 more pairs). Compare every pair "
                + "once (from 1/9 to 9).")
    }

    @Test(arguments: [10.0, 9.01, 0.1, 0.0, -3.0])
    func outOfScaleRejected(_ value: Double) {
        let comparisons = PairwiseComparisons(
            context: "c",
            items: ["A", "B"],
            judgements: [PairwiseJudgement("A", "B", value)]
        )
        #expect(throws: ScoringError.comparisonOutOfRange(context: "c", first: "A", second: "B", value: value)) {
            try AHP.evaluate(comparisons)
        }
    }

    @Test(arguments: [9.0, 1.0 / 9, 0.11, 1.0, 0.5, 2.47])
    func scaleEdgesAccepted(_ value: Double) throws {
        let result = try AHP.evaluate(
            PairwiseComparisons(items: ["A", "B"], judgements: [PairwiseJudgement("A", "B", value)])
        )
        // n = 2: w_A = a/(1 + a).
        #expect(abs(result.priorities[0] - value / (1 + value)) < 1e-12)
    }

    @Test func nonFiniteRejected() {
        #expect(throws: ScoringError.notFinite(what: "the judgement A vs B in the c")) {
            try AHP.evaluate(
                PairwiseComparisons(context: "c", items: ["A", "B"], judgements: [PairwiseJudgement("A", "B", .nan)])
            )
        }
    }

    @Test func selfUnknownDuplicateEmptyAndConflict() throws {
        #expect(throws: ScoringError.selfComparison(context: "c", item: "A", value: 3)) {
            try AHP.evaluate(PairwiseComparisons(context: "c", items: ["A", "B"], judgements: [
                PairwiseJudgement("A", "A", 3), PairwiseJudgement("A", "B", 2)]))
        }
        _ = try AHP.evaluate(PairwiseComparisons(context: "c", items: ["A", "B"], judgements: [
            PairwiseJudgement("A", "A", 1), PairwiseJudgement("A", "B", 2)]))
        #expect(throws: ScoringError.unknownComparisonItem(context: "c", item: "Z")) {
            try AHP.evaluate(
                PairwiseComparisons(context: "c", items: ["A", "B"], judgements: [PairwiseJudgement("A", "Z", 2)])
            )
        }
        #expect(throws: ScoringError.duplicateItem(context: "c", item: "A")) {
            try AHP.evaluate(PairwiseComparisons(context: "c", items: ["A", "A"], judgements: []))
        }
        #expect(throws: ScoringError.empty(context: "c")) {
            try AHP.evaluate(PairwiseComparisons(context: "c", items: [], judgements: []))
        }
        // B vs A = 3 contradicts A vs B = 3 (it should be 1/3).
        #expect(
            throws: ScoringError.conflictingComparison(
                context: "c",
                first: "B",
                second: "A",
                value: 3,
                earlier: 1.0 / 3
            )
        ) {
            try AHP.evaluate(PairwiseComparisons(context: "c", items: ["A", "B"], judgements: [
                PairwiseJudgement("A", "B", 3), PairwiseJudgement("B", "A", 3)]))
        }
        // The reciprocal typed with two decimals (0.33 for 1/3) is the same judgement, not a conflict.
        let twice = try AHP.evaluate(PairwiseComparisons(context: "c", items: ["A", "B"], judgements: [
            PairwiseJudgement("A", "B", 3), PairwiseJudgement("B", "A", 0.33)]))
        #expect(abs(twice.priorities[0] - 0.75) < 1e-12)
        #expect(
            ScoringError.conflictingComparison(context: "c", first: "B", second: "A", value: 3, earlier: 1.0 / 3)
                .message
            == "B vs A in the c is judged twice, as 1/3 and as 3. Keep one of them.")
    }

    @Test func reciprocalsImplied() throws {
        // Entering only the lower triangle gives the same matrix as entering the upper one.
        let upper = try AHP.evaluate(judgements(["A", "B", "C"], [[1, 3, 5], [1.0 / 3, 1, 3], [0.2, 1.0 / 3, 1]]))
        let lower = try AHP.evaluate(PairwiseComparisons(items: ["A", "B", "C"], judgements: [
                    PairwiseJudgement("B", "A", 1.0 / 3), PairwiseJudgement("C", "A", 0.2),
                    PairwiseJudgement("C", "B", 1.0 / 3),
                ]
            )
        )
        #expect(upper.matrix.flatMap { $0 }.elementsEqual(lower.matrix.flatMap { $0 }) { abs($0 - $1) < 1e-12 })
        #expect(upper.priorities.elementsEqual(lower.priorities) { abs($0 - $1) < 1e-12 })
    }
}
