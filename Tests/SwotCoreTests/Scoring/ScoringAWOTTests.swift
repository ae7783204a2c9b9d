import Testing
@testable import SwotCore

/// A'WOT (anchors.md §5.5): group weights × local weights = global weights.
struct ScoringAWOTTests {
    // Groups, consistent with S 0.4, W 0.1, O 0.3, T 0.2:
    //   S/W = 4, S/O = 4/3, S/T = 2, W/O = 1/3, W/T = 1/2, O/T = 3/2.
    static let groups = PairwiseComparisons(
        context: "comparisons of the SWOT groups",
        items: ["S", "W", "O", "T"],
        judgements: [
        PairwiseJudgement("S", "W", 4), PairwiseJudgement("S", "O", 4.0 / 3), PairwiseJudgement("S", "T", 2),
        PairwiseJudgement("W", "O", 1.0 / 3), PairwiseJudgement("W", "T", 0.5), PairwiseJudgement("O", "T", 1.5),
    ])

    static let items: [Quadrant: PairwiseComparisons] = [
        // S1 vs S2 = 3 → local (0.75, 0.25)
        .strength: PairwiseComparisons(
            context: "comparisons of Strengths",
            items: ["S1", "S2"],
            judgements: [PairwiseJudgement("S1", "S2", 3)]
        ),
        // a single weakness → local 1
        .weakness: PairwiseComparisons(context: "comparisons of Weaknesses", items: ["W1"], judgements: []),
        // consistent 0.6 : 0.3 : 0.1
        .opportunity: PairwiseComparisons(
            context: "comparisons of Opportunities",
            items: ["O1", "O2", "O3"],
            judgements: [
            PairwiseJudgement("O1", "O2", 2), PairwiseJudgement("O1", "O3", 6), PairwiseJudgement("O2", "O3", 3)]),
        // equal → (0.5, 0.5)
        .threat: PairwiseComparisons(
            context: "comparisons of Threats",
            items: ["T1", "T2"],
            judgements: [PairwiseJudgement("T1", "T2", 1)]
        )
    ]

    @Test func workedAWOT() throws {
        // Global = group × local:
        //   S1 0.4 × 0.75 = 0.30   S2 0.4 × 0.25 = 0.10
        //   W1 0.1 × 1    = 0.10
        //   O1 0.3 × 0.6  = 0.18   O2 0.3 × 0.3  = 0.09   O3 0.3 × 0.1 = 0.03
        //   T1 0.2 × 0.5  = 0.10   T2 0.2 × 0.5  = 0.10
        //   Σ = 0.30 + 0.10 + 0.10 + 0.18 + 0.09 + 0.03 + 0.10 + 0.10 = 1.00
        let result = try AWOT.evaluate(groupComparisons: Self.groups, itemComparisons: Self.items)
        let weights = result.groupWeights
        #expect(abs(weights[.strength]! - 0.4) < 1e-12)
        #expect(abs(weights[.weakness]! - 0.1) < 1e-12)
        #expect(abs(weights[.opportunity]! - 0.3) < 1e-12)
        #expect(abs(weights[.threat]! - 0.2) < 1e-12)
        #expect(result.priorities.map(\.item) == ["S1", "S2", "W1", "O1", "O2", "O3", "T1", "T2"])
        #expect(
            result.priorities.map(\.globalWeight).elementsEqual([0.30, 0.10, 0.10, 0.18, 0.09, 0.03, 0.10, 0.10]) {
                abs($0 - $1) < 1e-12
            }
        )
        #expect(abs(result.priorities.reduce(0) { $0 + $1.globalWeight } - 1) < 1e-12)
        #expect(result.priorities[3].localWeight == result.itemResults[.opportunity]!.priorities[0])
        #expect(result.warnings.isEmpty)
        #expect(result.ranked.map(\.item).prefix(2) == ["S1", "O1"])
        #expect(result.ranked.last?.item == "O3")
    }

    @Test func groupsInAnyOrderAndSpelling() throws {
        // The same judgements with the groups listed as words in another order give the same weights.
        let groups = PairwiseComparisons(
            context: "g",
            items: ["threat", "Opportunities", "kelemahan", "s"],
            judgements: [
                PairwiseJudgement("s", "kelemahan", 4), PairwiseJudgement("s", "Opportunities", 4.0 / 3),
                PairwiseJudgement("s", "threat", 2),
            PairwiseJudgement("kelemahan", "Opportunities", 1.0 / 3), PairwiseJudgement("kelemahan", "threat", 0.5),
            PairwiseJudgement("Opportunities", "threat", 1.5),
        ])
        let result = try AWOT.evaluate(groupComparisons: groups, itemComparisons: Self.items)
        #expect(abs(result.groupWeights[.strength]! - 0.4) < 1e-12)
        #expect(abs(result.groupWeights[.threat]! - 0.2) < 1e-12)
        #expect(result.priorities.first?.item == "S1")
    }

    @Test func inconsistentGroupGivesWarningNotError() throws {
        var items = Self.items
        // O1 > O2 (9), O2 > O3 (9) but O3 > O1 (9): CR far above 0.10.
        items[.opportunity] = PairwiseComparisons(
            context: "comparisons of Opportunities",
            items: ["O1", "O2", "O3"],
            judgements: [
            PairwiseJudgement("O1", "O2", 9), PairwiseJudgement("O2", "O3", 9), PairwiseJudgement("O3", "O1", 9)])
        let result = try AWOT.evaluate(groupComparisons: Self.groups, itemComparisons: items)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.context == "comparisons of Opportunities")
        #expect(result.warnings.first!.consistencyRatio >= 0.10)
    }

    @Test func groupErrors() {
        let three = PairwiseComparisons(context: "g", items: ["S", "W", "O"], judgements: [])
        #expect(throws: ScoringError.awotGroupsInvalid(found: ["S", "W", "O"])) {
            try AWOT.evaluate(groupComparisons: three, itemComparisons: Self.items)
        }
        let twice = PairwiseComparisons(context: "g", items: ["S", "W", "O", "s"], judgements: [])
        #expect(throws: ScoringError.awotGroupsInvalid(found: ["S", "W", "O", "s"])) {
            try AWOT.evaluate(groupComparisons: twice, itemComparisons: Self.items)
        }
        var items = Self.items
        items[.threat] = nil
        #expect(throws: ScoringError.awotMissingGroup(.threat)) {
            try AWOT.evaluate(groupComparisons: Self.groups, itemComparisons: items)
        }
        #expect(ScoringError.awotMissingGroup(.threat).message.hasPrefix("A'WOT needs the items of every SWOT group "
            + "compared, but Threats (T)"))
    }

    @Test func ijcaSaudiEGovernmentFixture() throws {
        // IJCA 48(2), June 2012, Saudi e-government SWOT-AHP (anchors.md §5.5): scaling factors S 0.49, W 0.06,
        // O 0.36, T 0.10 (published to two decimals; they sum to 1.01, so the tolerance is widened to 0.01).
        //   S1 0.49 × 0.68 = 0.3332 (published 0.333)   S2 0.49 × 0.14 = 0.0686 (0.068, truncated)
        //   W2 0.06 × 0.47 = 0.0282 (0.028)             O2 0.36 × 0.41 = 0.1476 (0.1476)
        //   T2 0.10 × 0.63 = 0.063  (0.063)
        let global = try AWOT.globalPriorities(
            groupWeights: [.strength: 0.49, .weakness: 0.06, .opportunity: 0.36, .threat: 0.10],
            local: [LocalPriority(quadrant: .opportunity, item: "O2", weight: 0.41),
                    LocalPriority(quadrant: .strength, item: "S1", weight: 0.68),
                    LocalPriority(quadrant: .strength, item: "S2", weight: 0.14),
                    LocalPriority(quadrant: .weakness, item: "W2", weight: 0.47),
                    LocalPriority(quadrant: .threat, item: "T2", weight: 0.63)],
            tolerance: 0.01)
        #expect(global.map(\.item) == ["S1", "S2", "W2", "O2", "T2"])
        #expect(
            global.map(\.globalWeight).elementsEqual([0.3332, 0.0686, 0.0282, 0.1476, 0.063]) { abs($0 - $1) < 1e-12 }
        )
        #expect(abs(global[0].globalWeight - 0.333) < 0.0005)
        #expect(abs(global[2].globalWeight - 0.028) < 0.0005)
        #expect(abs(global[4].globalWeight - 0.063) < 0.0005)
        // With the default ±0.005 the rounded published weights are rejected.
        #expect(
            throws: ScoringError.weightsDoNotSum(
                context: "A'WOT groups",
                sum: 0.49 + 0.06 + 0.36 + 0.10,
                tolerance: 0.005,
                normalizable: nil
            )
        ) {
            try AWOT.globalPriorities(
                groupWeights: [.strength: 0.49, .weakness: 0.06, .opportunity: 0.36, .threat: 0.10],
                local: []
            )
        }
    }

    @Test func globalPriorityValidation() {
        let groups: [Quadrant: Double] = [.strength: 0.25, .weakness: 0.25, .opportunity: 0.25, .threat: 0.25]
        #expect(throws: ScoringError.weightOutOfRange(context: "A'WOT items", item: "S1", value: 1.5)) {
            try AWOT.globalPriorities(
                groupWeights: groups,
                local: [LocalPriority(quadrant: .strength, item: "S1", weight: 1.5)]
            )
        }
        #expect(throws: ScoringError.notFinite(what: "the local weight of S1")) {
            try AWOT.globalPriorities(
                groupWeights: groups,
                local: [LocalPriority(quadrant: .strength, item: "S1", weight: .nan)]
            )
        }
        #expect(throws: ScoringError.weightOutOfRange(context: "A'WOT groups", item: "S", value: -0.25)) {
            try AWOT.globalPriorities(
                groupWeights: [.strength: -0.25, .weakness: 0.75, .opportunity: 0.25, .threat: 0.25],
                local: []
            )
        }
        #expect(throws: ScoringError.awotMissingGroup(.threat)) {
            try AWOT.globalPriorities(
                groupWeights: [.strength: 0.5, .weakness: 0.5],
                local: [LocalPriority(quadrant: .threat, item: "T1", weight: 1)]
            )
        }
    }
}
