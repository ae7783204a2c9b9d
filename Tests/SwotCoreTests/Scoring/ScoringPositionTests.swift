import Testing
@testable import SwotCore

/// SWOT position diagram (anchors.md §5.3 [T]): x = S − W, y = O − T, quadrant and TOWS preference.
struct ScoringPositionTests {
    @Test func workedPositionAsEntered() throws {
        // From the worked IFE/EFE: S = 1.65, W = 0.85, O = 1.70, T = 0.65.
        // x = 1.65 − 0.85 = 0.80; y = 1.70 − 0.65 = 1.05 → quadrant I, aggressive → SO.
        let ife = try FactorMatrix.evaluate(.ife, ScoringFactorMatrixTests.ife)
        let efe = try FactorMatrix.evaluate(.efe, ScoringFactorMatrixTests.efe)
        let position = try SWOTPosition(ife: ife, efe: efe)
        #expect(abs(position.strengths - 1.65) < 1e-12)
        #expect(abs(position.weaknesses - 0.85) < 1e-12)
        #expect(abs(position.x - 0.80) < 1e-12)
        #expect(abs(position.y - 1.05) < 1e-12)
        #expect(position.quadrant == .aggressive)
        #expect(position.quadrant.favoured == .so)
        #expect(position.quadrant.roman == "I")
        // alignment: SO = x + y = 1.85; ST = x − y = −0.25; WO = −x + y = 0.25; WT = −x − y = −1.85
        #expect(abs(position.alignment(.so) - 1.85) < 1e-9)
        #expect(abs(position.alignment(.st) + 0.25) < 1e-9)
        #expect(abs(position.alignment(.wo) - 0.25) < 1e-9)
        #expect(abs(position.alignment(.wt) + 1.85) < 1e-9)
        #expect(position.preferenceOrder == [.so, .wo, .st, .wt])
        #expect(position.preferenceRank(.wt) == 4)
        // magnitude = √(0.80² + 1.05²) = √(0.64 + 1.1025) = √1.7425
        #expect(abs(position.magnitude - 1.7425.squareRoot()) < 1e-12)
        #expect(!position.isOnAxis)
    }

    @Test func workedPositionWithReversedWeaknessAndThreatRatings() throws {
        // Weaknesses as severity (5 − r): W1 0.25 × 4 = 1.00, W2 0.20 × 3 = 0.60, W3 0.10 × 3 = 0.30 → W = 1.90
        // Threats as exposure (5 − r):    T1 0.25 × 3 = 0.75, T2 0.15 × 4 = 0.60                 → T = 1.35
        // x = 1.65 − 1.90 = −0.25; y = 1.70 − 1.35 = 0.35 → quadrant III, turnaround → WO.
        let items = ScoringFactorMatrixTests.ife + ScoringFactorMatrixTests.efe
        let position = try SWOTPosition(items: items, convention: .reverseWeaknessesAndThreats)
        #expect(abs(position.weaknesses - 1.90) < 1e-12)
        #expect(abs(position.threats - 1.35) < 1e-12)
        #expect(abs(position.x + 0.25) < 1e-12)
        #expect(abs(position.y - 0.35) < 1e-12)
        #expect(position.quadrant == .turnaround)
        // WO = 0.25 + 0.35 = 0.60; SO = −0.25 + 0.35 = 0.10; WT = 0.25 − 0.35 = −0.10; ST = −0.60
        #expect(position.preferenceOrder == [.wo, .so, .wt, .st])
    }

    @Test(arguments: [
        (1.0, 1.0, PositionQuadrant.aggressive, TOWSQuadrant.so),
        (1.0, -1.0, .diversification, .st),
        (-1.0, 1.0, .turnaround, .wo),
        (-1.0, -1.0, .defensive, .wt),
        // on the axes zero counts as positive
        (0.0, 0.0, .aggressive, .so),
        (0.0, -0.5, .diversification, .st),
        (-0.5, 0.0, .turnaround, .wo),
        (0.5, 0.0, .aggressive, .so),
        (0.0, 0.5, .aggressive, .so),
    ])
    func quadrants(_ case_: (Double, Double, PositionQuadrant, TOWSQuadrant)) throws {
        let (x, y, quadrant, tows) = case_
        let position = try SWOTPosition(
            strengths: 2 + max(x, 0), weaknesses: 2 - min(x, 0), opportunities: 2 + max(y, 0), threats: 2 - min(y, 0))
        #expect(position.quadrant == quadrant)
        #expect(position.quadrant.favoured == tows)
        #expect(position.preferenceOrder.first == tows)
        #expect(position.preferenceOrder.count == 4 && Set(position.preferenceOrder).count == 4)
    }

    @Test func favouredFirstOppositeLast() throws {
        let opposite: [TOWSQuadrant: TOWSQuadrant] = [.so: .wt, .st: .wo, .wo: .st, .wt: .so]
        for (x, y) in [
            (2.0, 0.5), (0.5, 2.0), (2.0, -0.5), (0.5, -2.0), (-2.0, 0.5), (-0.5, 2.0), (-2.0, -0.5), (-0.5, -2.0),
        ] {
            let position = try SWOTPosition(strengths: x, weaknesses: 0, opportunities: y, threats: 0)
            #expect(position.preferenceOrder.first == position.quadrant.favoured)
            #expect(position.preferenceOrder.last == opposite[position.quadrant.favoured])
        }
        // Aggressive with x > y: the strengths side dominates, so ST comes before WO.
        #expect(
            try SWOTPosition(strengths: 2, weaknesses: 0, opportunities: 0.5, threats: 0).preferenceOrder == [
                .so, .st, .wo, .wt,
            ]
        )
    }

    @Test func binaryNoiseOnAnAxisDoesNotFlipTheQuadrant() throws {
        // 0.1 + 0.2 − 0.3 = 5.55e-17 in binary; T = 0.3 + 1e-17-ish must still read as y = 0 → opportunities side.
        let position = try SWOTPosition(strengths: 1, weaknesses: 0.5, opportunities: 0.3, threats: 0.1 + 0.2)
        #expect(position.y == 0)
        #expect(position.isOnAxis)
        #expect(position.quadrant == .aggressive)
    }

    @Test func nonFiniteRejected() {
        #expect(throws: ScoringError.notFinite(what: "the weighted score total of the threats")) {
            try SWOTPosition(strengths: 1, weaknesses: 1, opportunities: 1, threats: .nan)
        }
        #expect(throws: ScoringError.notFinite(what: "the weight or rating of S1")) {
            try SWOTPosition(items: [RatedFactor(id: "S1", quadrant: .strength, weight: .infinity, rating: 4)])
        }
    }

    @Test func names() {
        #expect(
            PositionQuadrant.allCases.map { $0.name() } == ["Aggressive", "Diversification", "Turnaround", "Defensive"]
        )
        #expect(PositionQuadrant.defensive.name(.id) == "Defensif")
        #expect(PositionQuadrant.allCases.map(\.favoured) == [.so, .st, .wo, .wt])
    }
}
