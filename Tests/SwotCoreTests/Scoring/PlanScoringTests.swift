import Foundation
import Testing
@testable import SwotCore

/// The quantitative layer on a plan: entry checks, matrices from items, A'WOT weights, the QSPM worksheet, the plan
/// file, and the position convention.
struct PlanScoringTests {
    /// S1, S2, W1 / O1, T1 with the worked numbers below.
    func plan() throws -> Plan {
        var plan = Plan(name: "demo")
        for (quadrant, text) in [(Quadrant.strength, "Leadership"), (.strength, "Staff"), (.weakness, "Budget"),
                                 (.opportunity, "Programme"), (.threat, "Attacks")] {
            try plan.addItem(quadrant, text: text)
        }
        return plan
    }

    @Test func entryChecksRefuseBadNumbersAndChangeNothing() throws {
        var plan = try plan()
        let before = plan
        #expect(throws: ScoringError.weightOutOfRange(context: "IFE matrix", item: "S1", value: 1.2)) {
            try plan.setWeight("S1", 1.2)
        }
        #expect(throws: ScoringError.weightOutOfRange(context: "EFE matrix", item: "O1", value: -0.1)) {
            try plan.setWeight("O1", -0.1)
        }
        #expect(throws: ScoringError.notFinite(what: "the weight of S1 in the IFE matrix")) {
            try plan.setWeight("S1", .nan)
        }
        #expect(throws: ScoringError.ratingOutOfRange(matrix: .ife, item: "S1", quadrant: .strength, value: 2)) {
            try plan.setRating("S1", 2)
        }
        #expect(throws: ScoringError.ratingOutOfRange(matrix: .ife, item: "W1", quadrant: .weakness, value: 2.5)) {
            try plan.setRating("W1", 2.5)
        }
        #expect(throws: ScoringError.ratingOutOfRange(matrix: .efe, item: "T1", quadrant: .threat, value: 4.5)) {
            try plan.setRating("T1", 4.5)
        }
        #expect(plan == before)
        // Boundaries accepted: weights 0 and 1; ratings 3 and 4, 1 and 2, 1 and 4.
        try plan.setWeight("S1", 0)
        try plan.setWeight("S1", 1)
        let ranges: [(ItemID, [Double])] = [
            ("S1", [3.0, 4.0]), ("W1", [1.0, 2.0]), ("O1", [1.0, 4.0]), ("T1", [1.0, 4.0]),
        ]
        for (id, values) in ranges {
            for value in values { try plan.setRating(id, value) }
        }
        try plan.setRating("S1", nil)
        #expect(plan.item("S1")?.rating == nil)
    }

    @Test func matricesFromItemsLeaveOutZeroWeightsAndNameWhatIsMissing() throws {
        var plan = try plan()
        #expect(
            throws: QuantitativeError.incomplete(
                .ife,
                missingWeights: ["S1", "S2", "W1"],
                missingRatings: ["S1", "S2", "W1"]
            )
        ) {
            try plan.factorEvaluation(.ife)
        }
        // S1 0.6 × 4 = 2.4, S2 weight 0 (left out, needs no rating), W1 0.4 × 2 = 0.8 → total 3.2.
        try plan.setWeight("S1", 0.6); try plan.setWeight("S2", 0); try plan.setWeight("W1", 0.4)
        try plan.setRating("S1", 4); try plan.setRating("W1", 2)
        let ife = try plan.factorEvaluation(.ife)
        #expect(ife.rows.map(\.factor.id) == ["S1", "W1"])
        #expect(abs(ife.total - 3.2) < 1e-12)
        #expect(ife.reading == .strong)
    }

    @Test func normalizeKeepsProportions() throws {
        var plan = try plan()
        // 0.3, 0.3, 0.6 → sum 1.2 → 0.25, 0.25, 0.5.
        try plan.setWeight("S1", 0.3); try plan.setWeight("S2", 0.3); try plan.setWeight("W1", 0.6)
        let weights = try plan.normalizeWeights(.ife)
        #expect(weights.map(\.weight) == [0.25, 0.25, 0.5])
        #expect(plan.item("W1")?.weight == 0.5)
        #expect(throws: QuantitativeError.incomplete(.efe, missingWeights: ["O1", "T1"], missingRatings: [])) {
            try plan.normalizeWeights(.efe)
        }
    }

    @Test func positionConventionTreatsWeaknessesAndThreatsAsSeverity() throws {
        #expect(Quantitative.positionConvention == .reverseWeaknessesAndThreats)
        var plan = try plan()
        // IFE: S1 0.5 × 3 = 1.5, S2 0, W1 0.5 × 1 (major weakness) → severity 0.5 × 4 = 2.0 → x = 1.5 − 2.0 = −0.5.
        // EFE: O1 0.5 × 2 = 1.0, T1 0.5 × 4 (met superbly) → severity 0.5 × 1 = 0.5 → y = 1.0 − 0.5 = +0.5.
        // → turnaround (WO). As entered, x would be 1.5 − 0.5 = +1.0 and y = 1.0 − 2.0 = −1.0 (diversification).
        try plan.setWeight("S1", 0.5); try plan.setWeight("S2", 0); try plan.setWeight("W1", 0.5)
        try plan.setWeight("O1", 0.5); try plan.setWeight("T1", 0.5)
        try plan.setRating("S1", 3); try plan.setRating("W1", 1); try plan.setRating("O1", 2);
        try plan.setRating("T1", 4)
        let position = try plan.swotPosition()
        #expect(position.x == -0.5 && position.y == 0.5)
        #expect(position.quadrant == .turnaround)
        // Alignment SO = x + y = 0, ST = x − y = −1, WO = −x + y = 1, WT = −x − y = 0 → WO, SO, WT, ST.
        #expect(plan.towsPreferenceOrder == [.wo, .so, .wt, .st])
        #expect(try self.plan().towsPreferenceOrder == TOWSQuadrant.allCases, "no position yet: plain order")
    }

    @Test func comparisonsReplaceTheirPairAndStayWithinALevel() throws {
        var plan = try plan()
        try plan.setComparison("S1", "S2", 3)
        try plan.setComparison("s2", "s1", 1.0 / 5)  // the same pair, other way round: replaces
        #expect(plan.comparisons == [PairwiseJudgement("S2", "S1", 0.2)])
        try plan.setComparison("strengths", "O", 2)
        #expect(plan.comparisons.last == PairwiseJudgement("S", "O", 2))
        #expect(throws: QuantitativeError.comparedAcrossQuadrants("S1", "W1")) { try plan.setComparison("S1", "W1", 3) }
        #expect(throws: QuantitativeError.comparedItemWithGroup("S1", "W")) { try plan.setComparison("S1", "W", 3) }
        #expect(
            throws: ScoringError.comparisonOutOfRange(
                context: "comparisons of Strengths",
                first: "S1",
                second: "S2",
                value: 9.5
            )
        ) {
            try plan.setComparison("S1", "S2", 9.5)
        }
        // 0.11 typed for 1/9 is accepted (Saaty's slack); 0.1 is not.
        try plan.setComparison("S1", "S2", 0.11)
        #expect(throws: ScoringError.self) { try plan.setComparison("S1", "S2", 0.1) }
        try plan.setComparison("S1", "S2", nil)
        #expect(plan.comparisons == [PairwiseJudgement("S", "O", 2)])
        // A removed item's judgements are ignored, not fatal.
        try plan.setComparison("S1", "S2", 3)
        try plan.removeItem("S2")
        #expect(plan.comparisons(of: .strength).judgements.isEmpty)
        #expect(try AHP.evaluate(plan.comparisons(of: .strength)).priorities == [1])
    }

    @Test func qspmRowsAreAllScoresOrAllDashes() throws {
        var plan = try plan()
        _ = try plan.addStrategy(.so, text: "Expand services", sources: ["S1", "O1"])
        _ = try plan.addStrategy(.wo, text: "Fund training", sources: ["W1", "O1"])
        #expect(throws: QuantitativeError.qspmNoStrategies) {
            try plan.setAttractiveness(strategy: "SO1", item: "S1", score: 3)
        }
        _ = try plan.chooseQSPMStrategies(["so1", "WO1"])
        #expect(throws: QuantitativeError.notAQSPMFactor("S1")) {
            try plan.setAttractiveness(strategy: "SO1", item: "S1", score: 3)
        }
        try plan.setWeight("S1", 1)
        try plan.setAttractiveness(strategy: "SO1", item: "S1", score: 3)
        let before = plan
        #expect(throws: ScoringError.qspmMixedRow(factor: "S1", dashed: ["WO1"], scored: ["SO1"])) {
            try plan.setAttractiveness(strategy: "WO1", item: "S1", score: nil)
        }
        #expect(throws: ScoringError.qspmScoreOutOfRange(factor: "S1", strategy: "WO1", value: 4.5)) {
            try plan.setAttractiveness(strategy: "WO1", item: "S1", score: 4.5)
        }
        #expect(plan == before)
        try plan.setAttractiveness(strategy: nil, item: "S1", score: nil)  // dash the whole row
        #expect(
            plan.qspm.scores == [
                AttractivenessScore(strategy: "SO1", item: "S1", score: nil),
                AttractivenessScore(strategy: "WO1", item: "S1", score: nil),
            ]
        )
        #expect(throws: QuantitativeError.qspmNeedsTwo) { try plan.chooseQSPMStrategies(["SO1"]) }
        #expect(throws: QuantitativeError.qspmDuplicate("SO1")) { try plan.chooseQSPMStrategies(["SO1", "so1"]) }
        _ = try plan.chooseQSPMStrategies(["WO1", "SO1"])
        #expect(plan.qspm.strategies == ["WO1", "SO1"])
    }

    @Test func planFilesOmitEmptyFieldsAndRoundTrip() throws {
        var plan = try plan()
        let empty = String(decoding: PlanFile.encode(plan), as: UTF8.self)
        #expect(!empty.contains("comparisons") && !empty.contains("qspm"))
        try plan.setComparison("S1", "S2", 1.0 / 3)
        _ = try plan.addStrategy(.so, text: "Expand services", sources: ["S1", "O1"])
        _ = try plan.addStrategy(.st, text: "Harden servers", sources: ["S2", "T1"])
        _ = try plan.chooseQSPMStrategies(["SO1", "ST1"])
        try plan.setWeight("O1", 0.5)
        try plan.setAttractiveness(strategy: nil, item: "O1", score: nil)
        let bytes = PlanFile.encode(plan)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"score\" : null"))
        #expect(try PlanFile.decode(bytes) == plan)
    }

    @Test func planFileCheckRefusesBadQuantitativeValues() throws {
        var plan = try plan()
        _ = try plan.addStrategy(.so, text: "Expand services", sources: ["S1", "O1"])
        _ = try plan.addStrategy(.wo, text: "Fund training", sources: ["W1", "O1"])
        func problem(_ change: (inout Plan) -> Void) -> String? {
            var copy = plan
            change(&copy)
            do { _ = try PlanFile.decode(PlanFile.encode(copy)); return nil } catch { return error.message }
        }
        #expect(problem { $0.items[0].weight = 1.5 } == "item S1 has a weight outside 0…1")
        #expect(problem { $0.items[2].rating = 3 } == "item W1 has a rating outside 1…2")
        #expect(
            problem { $0.comparisons = [PairwiseJudgement("S1", "O1", 3)] }?.contains(
                "does not compare two items of one quadrant"
            ) == true
        )
        #expect(
            problem { $0.comparisons = [PairwiseJudgement("S1", "S2", 12)] }?.contains("outside Saaty's scale") == true
        )
        #expect(
            problem { $0.comparisons = [PairwiseJudgement("S1", "S2", 3), PairwiseJudgement("S2", "S1", 3)] }?.contains(
                "compared twice"
            ) == true
        )
        #expect(
            problem {
                $0.qspm = QSPMWorksheet(
                    strategies: ["SO1", "WO1"],
                    scores: [
                        .init(strategy: "SO1", item: "S1", score: 3), .init(strategy: "WO1", item: "S1", score: nil),
                    ]
                )
            }
            == "the QSPM row S1 mixes scores and dashes")
        #expect(
            problem {
                $0.qspm = QSPMWorksheet(
                    strategies: ["SO1", "WO1"],
                    scores: [.init(strategy: "ST9", item: "S1", score: 3)]
                )
            }?.contains("not among its strategies") == true
        )
        #expect(
            problem {
                $0.qspm = QSPMWorksheet(
                    strategies: ["SO1", "WO1"],
                    scores: [.init(strategy: "SO1", item: "S1", score: 5)]
                )
            }?.contains("outside 1…4") == true
        )
        // Dangling references to removed items are allowed.
        #expect(problem { $0.comparisons = [PairwiseJudgement("S7", "S8", 3)] } == nil)
    }

    @Test func mermaidCoordinatesFollowTheGrammar() {
        // quadrant.jison reads (1)|(0(.\d+)?) only: never "1.000" or "1.0".
        #expect(MermaidText.coordinate(1) == "1")
        #expect(MermaidText.coordinate(0.9996) == "1")
        #expect(MermaidText.coordinate(0) == "0.000")
        #expect(MermaidText.coordinate(-0.2) == "0.000")
        #expect(MermaidText.coordinate(1.7) == "1")
        #expect(MermaidText.coordinate(0.56667) == "0.567")
        #expect(MermaidText.coordinate(.nan) == "0.500")
    }
}
