import Testing
@testable import SwotCore

/// IFE and EFE matrices (anchors.md §5.2): validation, worked totals, readings, normalisation.
struct ScoringFactorMatrixTests {
    // Worked IFE example (a regional e-Government office):
    //   S1 0.20 × 4 = 0.80   S2 0.15 × 3 = 0.45   S3 0.10 × 4 = 0.40      strengths  = 1.65
    //   W1 0.25 × 1 = 0.25   W2 0.20 × 2 = 0.40   W3 0.10 × 2 = 0.20      weaknesses = 0.85
    //   weights 0.20 + 0.15 + 0.10 + 0.25 + 0.20 + 0.10 = 1.00
    //   IFE total = 1.65 + 0.85 = 2.50 → exactly the midpoint → "average (2.0–2.99), at or above the 2.5 midpoint"
    static let ife: [RatedFactor] = [
        RatedFactor(id: "S1", quadrant: .strength, weight: 0.20, rating: 4),
        RatedFactor(id: "S2", quadrant: .strength, weight: 0.15, rating: 3),
        RatedFactor(id: "S3", quadrant: .strength, weight: 0.10, rating: 4),
        RatedFactor(id: "W1", quadrant: .weakness, weight: 0.25, rating: 1),
        RatedFactor(id: "W2", quadrant: .weakness, weight: 0.20, rating: 2),
        RatedFactor(id: "W3", quadrant: .weakness, weight: 0.10, rating: 2),
    ]

    // Worked EFE example:
    //   O1 0.30 × 3 = 0.90   O2 0.20 × 2 = 0.40   O3 0.10 × 4 = 0.40      opportunities = 1.70
    //   T1 0.25 × 2 = 0.50   T2 0.15 × 1 = 0.15                            threats       = 0.65
    //   weights 0.30 + 0.20 + 0.10 + 0.25 + 0.15 = 1.00
    //   EFE total = 1.70 + 0.65 = 2.35 → below the 2.5 midpoint → "medium (2.0–2.99), below the 2.5 midpoint"
    static let efe: [RatedFactor] = [
        RatedFactor(id: "O1", quadrant: .opportunity, weight: 0.30, rating: 3),
        RatedFactor(id: "O2", quadrant: .opportunity, weight: 0.20, rating: 2),
        RatedFactor(id: "O3", quadrant: .opportunity, weight: 0.10, rating: 4),
        RatedFactor(id: "T1", quadrant: .threat, weight: 0.25, rating: 2),
        RatedFactor(id: "T2", quadrant: .threat, weight: 0.15, rating: 1),
    ]

    @Test func workedIFE() throws {
        let result = try FactorMatrix.evaluate(.ife, Self.ife)
        #expect(
            result.rows.map(\.weightedScore).elementsEqual([0.80, 0.45, 0.40, 0.25, 0.40, 0.20]) {
                abs($0 - $1) < 1e-12
            }
        )
        #expect(abs(result.weightSum - 1.00) < 1e-12)
        #expect(abs(result.quadrantTotals[.strength]! - 1.65) < 1e-12)
        #expect(abs(result.quadrantTotals[.weakness]! - 0.85) < 1e-12)
        #expect(abs(result.total - 2.50) < 1e-12)
        #expect(result.reading == .aboveAverage)
        #expect(result.isAtOrAboveMidpoint)
        #expect(result.reading.label(.ife) == "average (2.0–2.99), at or above the 2.5 midpoint")
        #expect(result.quadrantTotals[.opportunity] == nil)
    }

    @Test func workedEFE() throws {
        let result = try FactorMatrix.evaluate(.efe, Self.efe)
        #expect(result.rows.map(\.weightedScore).elementsEqual([0.90, 0.40, 0.40, 0.50, 0.15]) { abs($0 - $1) < 1e-12 })
        #expect(abs(result.quadrantTotals[.opportunity]! - 1.70) < 1e-12)
        #expect(abs(result.quadrantTotals[.threat]! - 0.65) < 1e-12)
        #expect(abs(result.total - 2.35) < 1e-12)
        #expect(result.reading == .belowAverage)
        #expect(!result.isAtOrAboveMidpoint)
        #expect(result.reading.interpretation(.efe).contains("reactive"))
    }

    @Test func quadrantWithNoItemsHasZeroTotal() throws {
        let result = try FactorMatrix.evaluate(
            .efe,
            [RatedFactor(id: "O1", quadrant: .opportunity, weight: 1, rating: 3)]
        )
        #expect(result.quadrantTotals[.threat] == 0)
        #expect(result.total == 3)
        #expect(result.reading == .strong)
    }

    // MARK: Weight-sum tolerance: 1.00 ± 0.005

    private func ife(weights first: Double, _ second: Double) -> [RatedFactor] {
        [RatedFactor(id: "S1", quadrant: .strength, weight: first, rating: 4),
         RatedFactor(id: "W1", quadrant: .weakness, weight: second, rating: 1)]
    }

    @Test(arguments: [(0.495, 0.5), (0.505, 0.5), (0.5, 0.5), (0.497, 0.5), (0.503, 0.5)])
    func weightSumWithinToleranceAccepted(_ weights: (Double, Double)) throws {
        // 0.495 + 0.5 = 0.995 and 0.505 + 0.5 = 1.005 are the accepted edges.
        _ = try FactorMatrix.evaluate(.ife, ife(weights: weights.0, weights.1))
    }

    @Test(arguments: [(0.494, 0.5, 0.994), (0.506, 0.5, 1.006), (0.45, 0.5, 0.95)])
    func weightSumOutsideToleranceRejected(_ weights: (Double, Double, Double)) {
        #expect(throws: ScoringError.weightsDoNotSum(
            context: "IFE matrix", sum: weights.0 + weights.1, tolerance: 0.005, normalizable: .ife)
        ) {
            try FactorMatrix.evaluate(.ife, ife(weights: weights.0, weights.1))
        }
    }

    @Test func weightSumMessage() {
        let error = ScoringError.weightsDoNotSum(
            context: "IFE matrix",
            sum: 0.95,
            tolerance: 0.005,
            normalizable: .ife
        )
        #expect(error.message == "Weights of the IFE matrix sum to 0.95, not 1.00 (±0.005). Adjust them, or "
            + "rescale them to sum to 1.00.")
        #expect(error.remedies == [.normalizeWeights(.ife)])
        let fine = ScoringError.weightsDoNotSum(
            context: "EFE matrix",
            sum: 0.994,
            tolerance: 0.005,
            normalizable: .efe
        )
        #expect(fine.message.hasPrefix("Weights of the EFE matrix sum to 0.994, not 1.00"))
    }

    // MARK: Ratings per quadrant

    @Test(arguments: [
        (Quadrant.strength, 2.0), (.strength, 4.5), (.strength, 2.99),
        (.weakness, 3.0), (.weakness, 0.5), (.weakness, 2.01),
    ])
    func ifeRatingOutsideQuadrantRangeRejected(_ case_: (Quadrant, Double)) {
        let (quadrant, rating) = case_
        let other: Quadrant = quadrant == .strength ? .weakness : .strength
        let items = [RatedFactor(id: "X1", quadrant: quadrant, weight: 0.5, rating: rating),
                     RatedFactor(id: "X2", quadrant: other, weight: 0.5, rating: other == .strength ? 3 : 2)]
        #expect(throws: ScoringError.ratingOutOfRange(matrix: .ife, item: "X1", quadrant: quadrant, value: rating)) {
            try FactorMatrix.evaluate(.ife, items)
        }
    }

    @Test(arguments: [0.0, 0.99, 4.01, 5.0, -1.0])
    func efeRatingOutsideOneToFourRejected(_ rating: Double) {
        let items = [RatedFactor(id: "T1", quadrant: .threat, weight: 1, rating: rating)]
        #expect(throws: ScoringError.ratingOutOfRange(matrix: .efe, item: "T1", quadrant: .threat, value: rating)) {
            try FactorMatrix.evaluate(.efe, items)
        }
    }

    @Test func ratingRangeEdgesAccepted() throws {
        // Strength 3 and 4, weakness 1 and 2, opportunity/threat 1 and 4; a panel's average 3.5 is accepted.
        _ = try FactorMatrix.evaluate(.ife, [
            RatedFactor(id: "S1", quadrant: .strength, weight: 0.25, rating: 3),
            RatedFactor(id: "S2", quadrant: .strength, weight: 0.25, rating: 4),
            RatedFactor(id: "S3", quadrant: .strength, weight: 0.0, rating: 3.5),
            RatedFactor(id: "W1", quadrant: .weakness, weight: 0.25, rating: 1),
            RatedFactor(id: "W2", quadrant: .weakness, weight: 0.25, rating: 2),
        ])
        _ = try FactorMatrix.evaluate(.efe, [
            RatedFactor(id: "O1", quadrant: .opportunity, weight: 0.5, rating: 1),
            RatedFactor(id: "T1", quadrant: .threat, weight: 0.5, rating: 4),
        ])
    }

    @Test func ratingMessageSaysWhatToDo() {
        let message = ScoringError.ratingOutOfRange(matrix: .ife, item: "S2", quadrant: .strength, value: 2).message
        #expect(message == "S2 is rated 2 in the IFE matrix, but strengths are rated 3 (minor strength) or 4 (major "
            + "strength). "
            + "Enter a rating from 3 to 4, or move the item to the other quadrant.")
    }

    @Test func itemOfTheOtherMatrixRejected() {
        #expect(throws: ScoringError.quadrantNotInMatrix(matrix: .efe, item: "S1", quadrant: .strength)) {
            try FactorMatrix.evaluate(.efe, [RatedFactor(id: "S1", quadrant: .strength, weight: 1, rating: 4)])
        }
        #expect(throws: ScoringError.quadrantNotInMatrix(matrix: .ife, item: "O1", quadrant: .opportunity)) {
            try FactorMatrix.evaluate(.ife, [RatedFactor(id: "O1", quadrant: .opportunity, weight: 1, rating: 4)])
        }
        let message = ScoringError.quadrantNotInMatrix(matrix: .ife, item: "O1", quadrant: .opportunity).message
        #expect(message == "O1 is an opportunity; the IFE matrix holds only strengths and weaknesses. Score it in the "
            + "EFE matrix instead.")
        let weakness = ScoringError.quadrantNotInMatrix(matrix: .efe, item: "W1", quadrant: .weakness).message
        #expect(weakness.hasPrefix("W1 is a weakness; the EFE matrix holds only opportunities and threats."))
    }

    // MARK: Invalid numbers

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteWeightOrRatingRejected(_ value: Double) {
        #expect(throws: ScoringError.notFinite(what: "the weight of S1 in the IFE matrix")) {
            try FactorMatrix.evaluate(.ife, [RatedFactor(id: "S1", quadrant: .strength, weight: value, rating: 4)])
        }
        #expect(throws: ScoringError.notFinite(what: "the rating of S1 in the IFE matrix")) {
            try FactorMatrix.evaluate(.ife, [RatedFactor(id: "S1", quadrant: .strength, weight: 1, rating: value)])
        }
    }

    @Test(arguments: [-0.1, 1.2, -0.0001, 1.0001])
    func weightOutsideZeroToOneRejected(_ weight: Double) {
        #expect(throws: ScoringError.weightOutOfRange(context: "IFE matrix", item: "S1", value: weight)) {
            try FactorMatrix.evaluate(.ife, [RatedFactor(id: "S1", quadrant: .strength, weight: weight, rating: 4)])
        }
    }

    @Test func emptyAndDuplicateRejected() {
        #expect(throws: ScoringError.empty(context: "IFE matrix")) { try FactorMatrix.evaluate(.ife, []) }
        #expect(throws: ScoringError.duplicateItem(context: "EFE matrix", item: "O1")) {
            try FactorMatrix.evaluate(.efe, [RatedFactor(id: "O1", quadrant: .opportunity, weight: 0.5, rating: 3),
                                             RatedFactor(id: "O1", quadrant: .opportunity, weight: 0.5, rating: 3)])
        }
    }

    @Test func notFiniteMessage() {
        #expect(ScoringError.notFinite(what: "the weight of S1 in the IFE matrix").message
            == "The weight of S1 in the IFE matrix is not a number (NaN or infinite). Enter a plain decimal number.")
    }

    // MARK: Readings

    @Test(arguments: [
        (1.0, FactorTotalReading.veryWeak), (1.99, .veryWeak), (2.0, .belowAverage), (2.49, .belowAverage),
        (2.5, .aboveAverage), (2.99, .aboveAverage), (3.0, .strong), (4.0, .strong),
        (2.4999999999999996, .aboveAverage), (2.9999999999999996, .strong),
    ])
    func readingBands(_ case_: (Double, FactorTotalReading)) {
        #expect(FactorTotalReading(total: case_.0) == case_.1)
    }

    /// Issue 12: the readings use the IE matrix's bands and names, so `ife` and `ie` say the same of one total.
    @Test func readingTextsUseTheIEBands() {
        #expect(FactorTotalReading.veryWeak.label(.ife) == "weak (1.0–1.99)")
        #expect(FactorTotalReading.belowAverage.label(.ife) == "average (2.0–2.99), below the 2.5 midpoint")
        #expect(FactorTotalReading.strong.label(.ife) == "strong (3.0–4.0)")
        #expect(FactorTotalReading.belowAverage.label(.efe) == "medium (2.0–2.99), below the 2.5 midpoint")
        #expect(FactorTotalReading.belowAverage.interpretation(.ife).contains("average internally, on the weaker side"))
        #expect(FactorTotalReading.strong.label(.efe, .id) == "tinggi (3,0–4,0)")
        #expect(FactorTotalReading.aboveAverage.label(.ife, .id) == "sedang (2,0–2,99), pada atau di atas titik tengah "
            + "2,5")
        for reading in FactorTotalReading.allCases {
            for kind in FactorMatrixKind.allCases {
                #expect(reading.label(kind).hasPrefix("\(reading.band.name(kind)) (\(reading.band.range()))"))
            }
        }
        for kind in FactorMatrixKind.allCases {
            for reading in FactorTotalReading.allCases {
                for language in Language.allCases {
                    #expect(!reading.interpretation(kind, language).isEmpty)
                }
            }
        }
    }

    // MARK: normalize

    @Test func normalizeRescalesToOne() throws {
        // Importance points 2, 3, 5 → 2/10, 3/10, 5/10.
        let items = [RatedFactor(id: "O1", quadrant: .opportunity, weight: 2, rating: 3),
                     RatedFactor(id: "O2", quadrant: .opportunity, weight: 3, rating: 2),
                     RatedFactor(id: "T1", quadrant: .threat, weight: 5, rating: 1)]
        let normalized = try FactorMatrix.normalize(.efe, items)
        #expect(normalized.map(\.weight).elementsEqual([0.2, 0.3, 0.5]) { abs($0 - $1) < 1e-15 })
        #expect(normalized.map(\.rating) == [3, 2, 1])
        // Weights that were off by 0.05 now pass evaluation: 1.65 + 0.85 = 2.50 over 0.95 → each weight / 0.95.
        let off = Self.ife.map { item -> RatedFactor in
            var copy = item
            if copy.id == "S1" { copy.weight = 0.15 }
            return copy
        }
        #expect(throws: ScoringError.self) { try FactorMatrix.evaluate(.ife, off) }
        let fixed = try FactorMatrix.evaluate(.ife, FactorMatrix.normalize(.ife, off))
        #expect(abs(fixed.weightSum - 1) < 1e-12)
        // (0.15×4 + 0.45 + 0.40 + 0.25 + 0.40 + 0.20) / 0.95 = 2.30 / 0.95
        #expect(abs(fixed.total - 2.30 / 0.95) < 1e-12)
    }

    @Test func normalizeRejectsZeroNegativeAndNaN() {
        let zero = [RatedFactor(id: "S1", quadrant: .strength, weight: 0, rating: 4),
                    RatedFactor(id: "W1", quadrant: .weakness, weight: 0, rating: 1)]
        #expect(throws: ScoringError.allWeightsZero(context: "IFE matrix")) { try FactorMatrix.normalize(.ife, zero) }
        #expect(throws: ScoringError.empty(context: "IFE matrix")) { try FactorMatrix.normalize(.ife, []) }
        #expect(throws: ScoringError.negativeWeight(context: "IFE matrix", item: "S1", value: -1)) {
            try FactorMatrix.normalize(.ife, [RatedFactor(id: "S1", quadrant: .strength, weight: -1, rating: 4)])
        }
        #expect(throws: ScoringError.notFinite(what: "the weight of S1 in the IFE matrix")) {
            try FactorMatrix.normalize(.ife, [RatedFactor(id: "S1", quadrant: .strength, weight: .nan, rating: 4)])
        }
        #expect(
            ScoringError.allWeightsZero(context: "IFE matrix").message.contains(
                "Give at least one item a weight above 0"
            )
        )
    }
}
