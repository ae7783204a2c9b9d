import Testing
@testable import SwotCore

/// Every scoring error explains itself to a planner: a full sentence saying what is wrong and what to do.
struct ScoringErrorMessageTests {
    static let all: [ScoringError] = [
        .notFinite(what: "the weight of S1 in the IFE matrix"),
        .weightOutOfRange(context: "IFE matrix", item: "S1", value: 1.2),
        .weightsDoNotSum(context: "EFE matrix", sum: 1.02, tolerance: 0.005, normalizable: .efe),
        .weightsDoNotSum(context: "A'WOT groups", sum: 1.02, tolerance: 0.005, normalizable: nil),
        .allWeightsZero(context: "IFE matrix"),
        .negativeWeight(context: "IFE matrix", item: "W1", value: -0.1),
        .ratingOutOfRange(matrix: .ife, item: "W1", quadrant: .weakness, value: 3),
        .ratingOutOfRange(matrix: .efe, item: "T1", quadrant: .threat, value: 5),
        .quadrantNotInMatrix(matrix: .efe, item: "S1", quadrant: .strength),
        .empty(context: "IFE matrix"),
        .duplicateItem(context: "QSPM", item: "S1"),
        .totalOutOfRange(axis: "EFE", value: 4.01),
        .comparisonOutOfRange(context: "comparisons of Threats", first: "T1", second: "T2", value: 12),
        .unknownComparisonItem(context: "comparisons of Threats", item: "T9"),
        .selfComparison(context: "comparisons of Threats", item: "T1", value: 3),
        .conflictingComparison(context: "comparisons of Threats", first: "T1", second: "T2", value: 3, earlier: 5),
        .missingComparison(context: "comparisons of Threats", first: "T1", second: "T2", moreMissing: 0),
        .awotGroupsInvalid(found: ["S", "W"]),
        .awotMissingGroup(.opportunity),
        .qspmMixedRow(factor: "O1", dashed: ["A"], scored: ["B"]),
        .qspmRowLength(factor: "O1", expected: 3, found: 1),
        .qspmScoreOutOfRange(factor: "O1", strategy: "A", value: 5),
        .qspmNothingScored,
    ]

    @Test(arguments: all)
    func messageIsAFullSentenceWithAFix(_ error: ScoringError) {
        let message = error.message
        #expect(message.first?.isUppercase == true)
        #expect(message.hasSuffix("."))
        #expect(message.count > 40)
        #expect(!message.contains("Optional("))
        #expect(!message.contains("nan"))
    }

    @Test func specificWordings() {
        #expect(
            ScoringError.missingComparison(context: "comparisons of Threats", first: "T1", second: "T2", moreMissing: 0)
                .message
            == "The comparisons of Threats have no judgement for T1 vs T2. Compare every pair once (from 1/9 to 9).")
        #expect(ScoringError.qspmScoreOutOfRange(factor: "O1", strategy: "A", value: 5).message.hasPrefix(
            "The attractiveness score of A for O1 is 5; scores run from 1 (not attractive) to 4 (highly attractive)."))
        #expect(
            ScoringError.comparisonOutOfRange(context: "comparisons of Threats", first: "T1", second: "T2", value: 12)
                .message
            .hasPrefix("The judgement T1 vs T2 in the comparisons of Threats is 12; Saaty's scale runs from 1/9 to 9"))
        #expect(
            ScoringError.weightsDoNotSum(context: "A'WOT groups", sum: 1.02, tolerance: 0.005, normalizable: nil)
                .message
            == "Weights of the A'WOT groups sum to 1.02, not 1.00 (±0.005). Adjust them so that they sum to 1.00.")
        #expect(ScoringError.ratingOutOfRange(matrix: .efe, item: "T1", quadrant: .threat, value: 5).message
            == "T1 is rated 5 in the EFE matrix, but opportunities and threats are rated 1 (poor response) to 4 "
                + "(superior response). "
            + "Enter a rating from 1 to 4.")
    }
}
