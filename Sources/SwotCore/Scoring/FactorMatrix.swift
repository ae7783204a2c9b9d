// Fred R. David's Internal and External Factor Evaluation matrices (IFE, EFE): weights × ratings → a total in 1.0…4.0.
//
// Rules (anchors.md §5.2, [V]): weights lie in 0…1 and sum to 1.00 within each matrix (this tool accepts ±0.005,
// the rounding of two-decimal input); IFE strengths are rated 3–4 and weaknesses 1–2; EFE opportunities and threats
// are rated 1–4 for how well the organisation *responds* to them. Weighted score = weight × rating; the total is
// the sum, with 2.5 as the midpoint.

/// Which of David's two factor matrices a list of rated items belongs to.
public enum FactorMatrixKind: String, Codable, CaseIterable, Hashable, Sendable {
    /// Internal Factor Evaluation: strengths and weaknesses.
    case ife
    /// External Factor Evaluation: opportunities and threats.
    case efe

    /// The name used in messages: `"IFE matrix"`, `"EFE matrix"`.
    public var title: String { self == .ife ? "IFE matrix" : "EFE matrix" }

    /// The quadrants this matrix holds.
    public var quadrants: [Quadrant] { self == .ife ? [.strength, .weakness] : [.opportunity, .threat] }

    /// The ratings allowed for a quadrant: strengths 3…4, weaknesses 1…2, opportunities and threats 1…4.
    public func ratingRange(for quadrant: Quadrant) -> ClosedRange<Double> {
        switch quadrant {
        case .strength: return 3...4
        case .weakness: return 1...2
        case .opportunity, .threat: return 1...4
        }
    }

    /// `IFE` and `EFE`; in Indonesian `IFAS` and `EFAS`, the names planners are taught for the same tables.
    public func shortName(_ language: Language) -> String {
        switch (self, language) {
        case (.ife, .en): return "IFE"
        case (.efe, .en): return "EFE"
        case (.ife, .id): return "IFAS"
        case (.efe, .id): return "EFAS"
        }
    }

    /// `IFE matrix (internal factors)` / `Matriks IFAS (faktor strategis internal)`.
    public func heading(_ language: Language) -> String {
        switch (self, language) {
        case (.ife, .en): return "IFE matrix (internal factors)"
        case (.efe, .en): return "EFE matrix (external factors)"
        case (.ife, .id): return "Matriks IFAS (faktor strategis internal)"
        case (.efe, .id): return "Matriks EFAS (faktor strategis eksternal)"
        }
    }
}

/// One SWOT item as scored in an IFE or EFE matrix: its id, quadrant, weight (0…1) and rating.
///
/// Ratings are taken as real numbers so that a panel's averaged rating (e.g. 3.5) is accepted; anchors.md gives
/// David's integer scale {1, 2, 3, 4}, and whole numbers remain the normal input. Only the range is enforced.
public struct RatedFactor: Codable, Hashable, Sendable {
    /// The item id shown to the planner, e.g. `S1`.
    public var id: String
    /// The item's SWOT quadrant, which decides its matrix and rating range.
    public var quadrant: Quadrant
    /// Importance within its matrix, 0…1 (the matrix's weights sum to 1.00).
    public var weight: Double
    /// IFE: strengths 3–4, weaknesses 1–2; EFE: 1–4 for how well the organisation responds.
    public var rating: Double

    /// A rated item.
    public init(id: String, quadrant: Quadrant, weight: Double, rating: Double) {
        self.id = id
        self.quadrant = quadrant
        self.weight = weight
        self.rating = rating
    }

    /// weight × rating.
    public var weightedScore: Double { weight * rating }
}

/// How an IFE or EFE total reads. One definition serves the `ife`, `efe` and `ie` commands and the reports: the
/// bands are the IE matrix's axes (`IEBand`: 1.0–1.99 weak, 2.0–2.99 average, 3.0–4.0 strong on the IFE; low,
/// medium, high on the EFE), and within the middle band David's 2.5 midpoint says on which side the total lies.
/// So `ife` says "average (2.0–2.99), below the 2.5 midpoint" where `ie` puts the same total in the average column.
public enum FactorTotalReading: String, Codable, CaseIterable, Hashable, Sendable {
    /// 1.0–1.99: the low band (IFE weak, EFE low).
    case veryWeak
    /// 2.0–2.49: the middle band, below the 2.5 midpoint.
    case belowAverage
    /// 2.5–2.99: the middle band, at or above the 2.5 midpoint.
    case aboveAverage
    /// 3.0–4.0: the high band (IFE strong, EFE high).
    case strong

    /// The band a total falls in (half-open bands; anything from 3.0 up is `strong`, anything below 2.0 `veryWeak`).
    public init(total: Double) {
        let value = snapped(total)
        if value >= 3.0 {
            self = .strong
        } else if value >= 2.5 {
            self = .aboveAverage
        } else if value >= 2.0 {
            self = .belowAverage
        } else {
            self = .veryWeak
        }
    }

    /// The IE matrix band the reading lies in.
    public var band: IEBand {
        switch self {
        case .veryWeak: return .low
        case .belowAverage, .aboveAverage: return .medium
        case .strong: return .high
        }
    }

    /// The band and, in the middle band, the side of the midpoint: `average (2.0–2.99), below the 2.5 midpoint`,
    /// `strong (3.0–4.0)`, `sedang (2,0–2,99), di bawah titik tengah 2,5`.
    public func label(_ kind: FactorMatrixKind, _ language: Language = .en) -> String {
        let text = "\(band.name(kind, language)) (\(band.range(language)))"
        let midpoint = NumberFormat(language).decimal(2.5, places: 1)
        switch (self, language) {
        case (.belowAverage, .en): return text + ", below the \(midpoint) midpoint"
        case (.aboveAverage, .en): return text + ", at or above the \(midpoint) midpoint"
        case (.belowAverage, .id): return text + ", di bawah titik tengah \(midpoint)"
        case (.aboveAverage, .id): return text + ", pada atau di atas titik tengah \(midpoint)"
        default: return text
        }
    }

    /// One sentence telling the planner what the total means, in the words of `label`.
    public func interpretation(_ kind: FactorMatrixKind, _ language: Language = .en) -> String {
        switch (kind, self, language) {
        case (.ife, .veryWeak, .en):
            return "Below 2.0: the organisation is weak internally; its weaknesses outweigh what its strengths offer."
        case (.ife, .belowAverage, .en):
            return "Below the 2.5 midpoint: the organisation is average internally, on the weaker side."
        case (.ife, .aboveAverage, .en):
            return "At or above the 2.5 midpoint: the organisation is average internally, on the stronger side."
        case (.ife, .strong, .en):
            return "3.0 or more: the organisation is strong internally."
        case (.efe, .veryWeak, .en):
            return "Below 2.0: a low response; the organisation is neither capitalising on opportunities nor avoiding "
                + "threats."
        case (.efe, .belowAverage, .en):
            return "Below the 2.5 midpoint: a medium response, on the weaker side; the organisation is reactive to its "
                + "environment."
        case (.efe, .aboveAverage, .en):
            return "At or above the 2.5 midpoint: a medium response, on the stronger side; the organisation meets its "
                + "opportunities and threats about as well as average."
        case (.efe, .strong, .en):
            return "3.0 or more: a high response; the organisation uses its opportunities and limits its threats."
        case (.ife, .veryWeak, .id):
            return "Di bawah 2,0: organisasi lemah secara internal; kelemahannya lebih berat daripada kekuatannya."
        case (.ife, .belowAverage, .id):
            return "Di bawah titik tengah 2,5: posisi internal organisasi sedang, condong ke lemah."
        case (.ife, .aboveAverage, .id):
            return "Pada atau di atas titik tengah 2,5: posisi internal organisasi sedang, condong ke kuat."
        case (.ife, .strong, .id):
            return "3,0 atau lebih: organisasi kuat secara internal."
        case (.efe, .veryWeak, .id):
            return "Di bawah 2,0: respons rendah; organisasi belum memanfaatkan peluang maupun menghindari ancaman."
        case (.efe, .belowAverage, .id):
            return "Di bawah titik tengah 2,5: respons sedang, condong ke lemah; organisasi cenderung reaktif terhadap "
                + "lingkungannya."
        case (.efe, .aboveAverage, .id):
            return "Pada atau di atas titik tengah 2,5: respons sedang, condong ke kuat; organisasi menanggapi peluang "
                + "dan ancaman setara rata-rata."
        case (.efe, .strong, .id):
            return "3,0 atau lebih: respons tinggi; organisasi memanfaatkan peluang dan menekan ancaman."
        }
    }
}

/// One row of an evaluated IFE or EFE matrix.
public struct FactorScoreRow: Codable, Hashable, Sendable {
    /// The item as given.
    public var factor: RatedFactor
    /// weight × rating.
    public var weightedScore: Double
}

/// The result of an IFE or EFE matrix: rows, per-quadrant sums, total and its reading.
public struct FactorEvaluation: Codable, Hashable, Sendable {
    /// IFE or EFE.
    public var kind: FactorMatrixKind
    /// The rows in the order given.
    public var rows: [FactorScoreRow]
    /// Sum of the weights (within 1.00 ± 0.005).
    public var weightSum: Double
    /// Sum of weight × rating per quadrant (both of the matrix's quadrants are present, 0 when it has no items).
    public var quadrantTotals: [Quadrant: Double]
    /// Σ weight × rating.
    public var total: Double
    /// The band the total falls in.
    public var reading: FactorTotalReading

    /// The sentence explaining the total to the planner.
    public func interpretation(_ language: Language = .en) -> String { reading.interpretation(kind, language) }

    /// True when the total is at or above David's 2.5 midpoint.
    public var isAtOrAboveMidpoint: Bool { snapped(total) >= 2.5 }
}

/// IFE/EFE computations.
public enum FactorMatrix {
    /// The accepted deviation of a weight sum from 1.00: ±0.005, the rounding error of two-decimal weights.
    public static let weightSumTolerance = 0.005

    /// Validates the items of one matrix and computes weighted scores, quadrant sums, total and reading.
    ///
    /// Errors: no items, duplicate ids, an item of the other matrix's quadrants, NaN/infinite numbers, a weight
    /// outside 0…1, a rating outside its quadrant's range, weights not summing to 1.00 ± 0.005.
    public static func evaluate(
        _ kind: FactorMatrixKind,
        _ factors: [RatedFactor]
    ) throws(ScoringError) -> FactorEvaluation {
        guard !factors.isEmpty else { throw .empty(context: kind.title) }
        var seen = Set<String>()
        for factor in factors {
            guard seen.insert(factor.id).inserted else { throw .duplicateItem(context: kind.title, item: factor.id) }
            guard kind.quadrants.contains(factor.quadrant) else {
                throw .quadrantNotInMatrix(matrix: kind, item: factor.id, quadrant: factor.quadrant)
            }
            guard factor.weight.isFinite else {
                throw .notFinite(what: "the weight of \(factor.id) in the \(kind.title)")
            }
            guard factor.rating.isFinite else {
                throw .notFinite(what: "the rating of \(factor.id) in the \(kind.title)")
            }
            guard (0...1).contains(factor.weight) else {
                throw .weightOutOfRange(context: kind.title, item: factor.id, value: factor.weight)
            }
            guard kind.ratingRange(for: factor.quadrant).contains(factor.rating) else {
                throw .ratingOutOfRange(matrix: kind, item: factor.id, quadrant: factor.quadrant, value: factor.rating)
            }
        }
        let weightSum = factors.reduce(0) { $0 + $1.weight }
        try checkWeightSum(weightSum, context: kind.title, normalizable: kind)

        var quadrantTotals: [Quadrant: Double] = [:]
        for quadrant in kind.quadrants { quadrantTotals[quadrant] = 0 }
        var rows: [FactorScoreRow] = []
        var total = 0.0
        for factor in factors {
            let score = factor.weightedScore
            rows.append(FactorScoreRow(factor: factor, weightedScore: score))
            quadrantTotals[factor.quadrant, default: 0] += score
            total += score
        }
        return FactorEvaluation(
            kind: kind, rows: rows, weightSum: weightSum, quadrantTotals: quadrantTotals, total: total,
            reading: FactorTotalReading(total: total))
    }

    /// Rescales the weights so that they sum to exactly 1, keeping their proportions (ratings are left alone).
    ///
    /// Weights may be any non-negative numbers here (e.g. importance points 10, 20, 30). Errors: no items,
    /// NaN/infinite or negative weights, all weights zero.
    public static func normalize(
        _ kind: FactorMatrixKind,
        _ factors: [RatedFactor]
    ) throws(ScoringError) -> [RatedFactor] {
        let weights = try normalizedWeights(factors.map { ($0.id, $0.weight) }, context: kind.title)
        var result = factors
        for index in result.indices { result[index].weight = weights[index] }
        return result
    }

    /// Rescales labelled non-negative weights so that they sum to exactly 1 (shared by IFE/EFE and A'WOT inputs).
    public static func normalizedWeights(
        _ weights: [(id: String, weight: Double)],
        context: String
    ) throws(ScoringError) -> [Double] {
        guard !weights.isEmpty else { throw .empty(context: context) }
        for (id, weight) in weights {
            guard weight.isFinite else { throw .notFinite(what: "the weight of \(id) in the \(context)") }
            guard weight >= 0 else { throw .negativeWeight(context: context, item: id, value: weight) }
        }
        let sum = weights.reduce(0) { $0 + $1.weight }
        guard sum > 0 else { throw .allWeightsZero(context: context) }
        return weights.map { $0.weight / sum }
    }

    /// Throws `weightsDoNotSum` unless `sum` is within 1.00 ± `tolerance` (a 1e-9 allowance absorbs binary rounding,
    /// so 0.995 and 1.005 typed as two-decimal sums are accepted and 0.994 is not).
    public static func checkWeightSum(
        _ sum: Double, context: String, normalizable: FactorMatrixKind?, tolerance: Double = weightSumTolerance
    ) throws(ScoringError) {
        guard sum.isFinite else { throw .notFinite(what: "the weight sum of the \(context)") }
        guard abs(sum - 1) <= tolerance + 1e-9 else {
            throw .weightsDoNotSum(context: context, sum: sum, tolerance: tolerance, normalizable: normalizable)
        }
    }
}

/// Rounds away binary noise (2.9999999999996 → 3.0) before a value is compared with a band edge.
func snapped(_ value: Double) -> Double {
    guard value.isFinite, abs(value) < 1e6 else { return value }
    return (value * 1e9).rounded() / 1e9
}
