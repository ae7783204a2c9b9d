import Testing
@testable import SwotCore

/// IE matrix (anchors.md §5.2): all nine cells, their prescriptions, half-open bins and out-of-range totals.
struct ScoringIEMatrixTests {
    // (IFE total, EFE total) → cell and prescription. IFE strong is the LEFT column, EFE high the TOP row.
    @Test(arguments: [
        (3.5, 3.5, IECell.i, IEPrescription.growAndBuild),
        (2.5, 3.5, .ii, .growAndBuild),
        (1.5, 3.5, .iii, .holdAndMaintain),
        (3.5, 2.5, .iv, .growAndBuild),
        (2.5, 2.5, .v, .holdAndMaintain),
        (1.5, 2.5, .vi, .harvestOrDivest),
        (3.5, 1.5, .vii, .holdAndMaintain),
        (2.5, 1.5, .viii, .harvestOrDivest),
        (1.5, 1.5, .ix, .harvestOrDivest),
    ])
    func allNineCells(_ case_: (Double, Double, IECell, IEPrescription)) throws {
        let placement = try IEMatrix.place(ifeTotal: case_.0, efeTotal: case_.1)
        #expect(placement.cell == case_.2)
        #expect(placement.prescription == case_.3)
    }

    @Test func competitorBugCellsIIIAndVIIAreHoldAndMaintain() {
        // brili06/MyStrategy labels III and VII "Harvest or Exit"; David's mapping is Hold and Maintain.
        #expect(IECell.iii.prescription == .holdAndMaintain)
        #expect(IECell.vii.prescription == .holdAndMaintain)
        #expect(IECell.allCases.filter { $0.prescription == .growAndBuild } == [.i, .ii, .iv])
        #expect(IECell.allCases.filter { $0.prescription == .holdAndMaintain } == [.iii, .v, .vii])
        #expect(IECell.allCases.filter { $0.prescription == .harvestOrDivest } == [.vi, .viii, .ix])
    }

    @Test(arguments: [
        (1.0, IEBand.low), (1.5, .low), (1.99, .low), (1.999999, .low),
        (2.0, .medium), (2.5, .medium), (2.99, .medium),
        (3.0, .high), (3.5, .high), (4.0, .high),
        // binary noise from summing weighted scores counts as the value meant
        (2.9999999999999996, .high), (1.9999999999999998, .medium),
    ])
    func halfOpenBins(_ case_: (Double, IEBand)) throws {
        #expect(try IEBand(total: case_.0, axis: "IFE") == case_.1)
    }

    @Test func boundaryPairsLandInTheRightCells() throws {
        #expect(try IEMatrix.place(ifeTotal: 3.0, efeTotal: 3.0).cell == .i)
        #expect(try IEMatrix.place(ifeTotal: 2.99, efeTotal: 3.0).cell == .ii)
        #expect(try IEMatrix.place(ifeTotal: 2.0, efeTotal: 2.99).cell == .v)
        #expect(try IEMatrix.place(ifeTotal: 1.99, efeTotal: 2.0).cell == .vi)
        #expect(try IEMatrix.place(ifeTotal: 4.0, efeTotal: 1.99).cell == .vii)
        #expect(try IEMatrix.place(ifeTotal: 1.0, efeTotal: 1.0).cell == .ix)
        #expect(try IEMatrix.place(ifeTotal: 4.0, efeTotal: 4.0).cell == .i)
        #expect(try IEMatrix.place(ifeTotal: 1.0, efeTotal: 4.0).cell == .iii)
    }

    @Test(arguments: [0.99, 4.01, 0.0, -1.0, 5.0])
    func outOfRangeRejected(_ total: Double) {
        #expect(throws: ScoringError.totalOutOfRange(axis: "IFE", value: total)) {
            try IEMatrix.place(ifeTotal: total, efeTotal: 2.5)
        }
        #expect(throws: ScoringError.totalOutOfRange(axis: "EFE", value: total)) {
            try IEMatrix.place(ifeTotal: 2.5, efeTotal: total)
        }
    }

    @Test func nonFiniteRejected() {
        #expect(throws: ScoringError.notFinite(what: "the IFE total")) {
            try IEMatrix.place(ifeTotal: .nan, efeTotal: 2)
        }
        #expect(throws: ScoringError.notFinite(what: "the EFE total")) {
            try IEMatrix.place(ifeTotal: 2, efeTotal: .infinity)
        }
        #expect(ScoringError.totalOutOfRange(axis: "IFE", value: 0.99).message.hasPrefix(
            "The IFE total is 0.99, but the IE matrix reads totals from 1.0 to 4.0."))
    }

    @Test func gridLayout() {
        #expect(IEMatrix.grid == [[.i, .ii, .iii], [.iv, .v, .vi], [.vii, .viii, .ix]])
        #expect(IEMatrix.grid.flatMap { $0 }.map(\.roman) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"])
        for cell in IECell.allCases {
            #expect(IECell(ife: cell.ifeBand, efe: cell.efeBand) == cell)
            #expect(IEMatrix.grid[cell.row][cell.column] == cell)
        }
        #expect(IECell.iii.ifeBand == .low && IECell.iii.efeBand == .high)
        #expect(IECell.vii.ifeBand == .high && IECell.vii.efeBand == .low)
        #expect(IEBand.high.name(.ife) == "strong" && IEBand.low.name(.efe) == "low")
        #expect(IEBand.medium.range() == "2.0–2.99" && IEBand.medium.range(.id) == "2,0–2,99")
        #expect(
            IEPrescription.harvestOrDivest.name(.id) == "Benahi dan rampingkan",
            "issue 12: not \"Panen atau divestasi\""
        )
        #expect(IEPrescription.holdAndMaintain.name() == "Hold and maintain")
    }

    @Test func placementFromWorkedMatrices() throws {
        // IFE 2.50 (average column) and EFE 2.35 (medium row) → cell V, hold and maintain.
        let ife = try FactorMatrix.evaluate(.ife, ScoringFactorMatrixTests.ife)
        let efe = try FactorMatrix.evaluate(.efe, ScoringFactorMatrixTests.efe)
        let placement = try IEMatrix.place(ife: ife, efe: efe)
        #expect(placement.ifeBand == .medium)
        #expect(placement.efeBand == .medium)
        #expect(placement.cell == .v)
        #expect(placement.prescription == .holdAndMaintain)
    }
}

/// Issue 12: the IE cell and the SWOT position are reconciled when they point different ways.
@Suite("IE cell and SWOT position")
struct IEPositionAgreementTests {
    @Test func aDisagreementIsExplainedInOneSentenceAndAnAgreementIsSilent() throws {
        let hold = try IEMatrix.place(ifeTotal: 2.3, efeTotal: 2.8)
        let defensive = try SWOTPosition(strengths: 0.9, weaknesses: 2.1, opportunities: 1.6, threats: 1.8)
        let turnaround = try SWOTPosition(strengths: 0.9, weaknesses: 2.1, opportunities: 2.0, threats: 1.0)
        let sentence = try #require(hold.disagreement(with: defensive))
        #expect(sentence.hasPrefix("The IE cell (V, hold and maintain) and the SWOT position (quadrant IV, defensive, "
            + "favouring WT)"))
        #expect(!sentence.dropLast().contains("."), "one sentence")
        #expect(hold.disagreement(with: turnaround) == nil)
        #expect(hold.disagreement(with: defensive, .id)?.contains("kuadran IV, strategi defensif") == true)
        for prescription in IEPrescription.allCases {
            #expect(PositionQuadrant.allCases.contains { prescription.agrees(with: $0) })
        }
    }
}
