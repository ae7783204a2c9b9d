// David's Quantitative Strategic Planning Matrix (anchors.md §5.2, [V]).
//
// Rows: key factors with the weights copied from the IFE/EFE. Columns: alternative strategies.
// Each row is either all attractiveness scores AS ∈ 1…4 (the factor affects the choice) or all dashes (it does
// not); a mixed row is an error. TAS = weight × AS (a dash counts 0), STAS = Σ TAS per strategy, highest first.
// The gap between the top two STAS reads (anchors.md's guide table): > 1.0 strong, 0.5–1.0 moderate,
// 0.2–0.49 slight, < 0.2 near-equivalent.

/// One QSPM row: a key factor, its weight, and one attractiveness score per strategy (nil = dash).
public struct QSPMFactor: Codable, Hashable, Sendable {
    /// The factor id shown to the planner, e.g. `O2`.
    public var id: String
    /// The factor's weight, copied from the IFE or EFE (0…1).
    public var weight: Double
    /// One cell per strategy, in strategy order: 1 = not, 2 = somewhat, 3 = reasonably, 4 = highly attractive;
    /// nil = dash. Decimals within 1…4 (a panel's average) are accepted.
    public var scores: [Double?]

    /// A QSPM row.
    public init(id: String, weight: Double, scores: [Double?]) {
        self.id = id
        self.weight = weight
        self.scores = scores
    }

    /// True when every cell is a dash (the factor does not affect the choice).
    public var isDashed: Bool { scores.allSatisfy { $0 == nil } }
}

/// One evaluated QSPM row.
public struct QSPMRow: Codable, Hashable, Sendable {
    /// The row as given.
    public var factor: QSPMFactor
    /// Total attractiveness scores, weight × AS, per strategy (nil for a dashed row).
    public var totalScores: [Double?]
}

/// A strategy's place in the QSPM ranking.
public struct QSPMRanking: Codable, Hashable, Sendable {
    /// 1 = most attractive; strategies whose STAS are equal (within 1e-9) share a rank ("1, 2, 2, 4").
    public var rank: Int
    /// The strategy's name as given.
    public var strategy: String
    /// The strategy's column in the input.
    public var index: Int
    /// Sum of total attractiveness scores.
    public var stas: Double
}

/// How clearly the leading strategy beats the runner-up, read from the STAS gap.
public enum QSPMGapReading: String, Codable, CaseIterable, Hashable, Sendable {
    /// gap > 1.0.
    case strong
    /// 0.5 ≤ gap ≤ 1.0.
    case moderate
    /// 0.2 ≤ gap < 0.5 (the guide writes 0.2–0.49; gaps between 0.49 and 0.5 are read as slight).
    case slight
    /// gap < 0.2.
    case nearEquivalent

    /// The reading of a gap (compared after snapping to 9 decimals, so 0.5 computed as 0.49999999999 is moderate).
    public init(gap: Double) {
        let value = snapped(gap)
        if value > 1.0 {
            self = .strong
        } else if value >= 0.5 {
            self = .moderate
        } else if value >= 0.2 {
            self = .slight
        } else {
            self = .nearEquivalent
        }
    }

    /// `"strong preference"`, `"moderate preference"`, `"slight preference"`, `"near-equivalent"` (or Indonesian).
    public func name(_ language: Language = .en) -> String {
        switch (self, language) {
        case (.strong, .en): return "strong preference"
        case (.moderate, .en): return "moderate preference"
        case (.slight, .en): return "slight preference"
        case (.nearEquivalent, .en): return "near-equivalent"
        case (.strong, .id): return "preferensi kuat"
        case (.moderate, .id): return "preferensi sedang"
        case (.slight, .id): return "preferensi tipis"
        case (.nearEquivalent, .id): return "hampir setara"
        }
    }
}

/// The gap between the two most attractive strategies.
public struct QSPMGap: Codable, Hashable, Sendable {
    /// The most attractive strategy.
    public var leader: String
    /// The second most attractive strategy.
    public var runnerUp: String
    /// STAS(leader) − STAS(runner-up), ≥ 0.
    public var gap: Double
    /// How clear the preference is.
    public var reading: QSPMGapReading
}

/// The evaluated QSPM.
public struct QSPMResult: Codable, Hashable, Sendable {
    /// The strategies, in column order.
    public var strategies: [String]
    /// The evaluated rows, in input order.
    public var rows: [QSPMRow]
    /// STAS per strategy, in strategy order.
    public var totals: [Double]
    /// Strategies from most to least attractive (ties keep input order).
    public var ranking: [QSPMRanking]
    /// The gap between the top two (nil with a single strategy).
    public var gap: QSPMGap?
}

/// QSPM computations.
public enum QSPM {
    /// Validates the matrix and computes TAS, STAS, the ranking and the top-two gap.
    ///
    /// Errors: no strategies or no factors, duplicate strategy or factor ids, a row with the wrong number of cells,
    /// a weight that is NaN/infinite or outside 0…1, a score that is NaN/infinite or outside 1…4, a row mixing
    /// scores and dashes, every row dashed. Weight sums are not checked here: they are the IFE's and EFE's
    /// (each block sums to 1.00, the column to 2.00), and a QSPM may keep only the key factors.
    public static func evaluate(strategies: [String], factors: [QSPMFactor]) throws(ScoringError) -> QSPMResult {
        guard !strategies.isEmpty else { throw .empty(context: "QSPM's list of strategies") }
        guard !factors.isEmpty else { throw .empty(context: "QSPM") }
        var seenStrategies = Set<String>()
        for strategy in strategies where !seenStrategies.insert(strategy).inserted {
            throw .duplicateItem(context: "QSPM's strategies", item: strategy)
        }
        var seenFactors = Set<String>()
        var rows: [QSPMRow] = []
        var totals = [Double](repeating: 0, count: strategies.count)
        for factor in factors {
            guard seenFactors.insert(factor.id).inserted else { throw .duplicateItem(context: "QSPM", item: factor.id) }
            guard factor.scores.count == strategies.count else {
                throw .qspmRowLength(factor: factor.id, expected: strategies.count, found: factor.scores.count)
            }
            guard factor.weight.isFinite else { throw .notFinite(what: "the weight of \(factor.id) in the QSPM") }
            guard (0...1).contains(factor.weight) else {
                throw .weightOutOfRange(context: "QSPM", item: factor.id, value: factor.weight)
            }
            let dashed = strategies.indices.filter { factor.scores[$0] == nil }.map { strategies[$0] }
            let scored = strategies.indices.filter { factor.scores[$0] != nil }.map { strategies[$0] }
            guard dashed.isEmpty || scored.isEmpty else {
                throw .qspmMixedRow(factor: factor.id, dashed: dashed, scored: scored)
            }
            var totalScores: [Double?] = []
            for (column, score) in factor.scores.enumerated() {
                guard let score else {
                    totalScores.append(nil)
                    continue
                }
                guard score.isFinite else {
                    throw .notFinite(what: "the attractiveness score of \(strategies[column]) for \(factor.id)")
                }
                guard (1...4).contains(score) else {
                    throw .qspmScoreOutOfRange(factor: factor.id, strategy: strategies[column], value: score)
                }
                let tas = factor.weight * score
                totalScores.append(tas)
                totals[column] += tas
            }
            rows.append(QSPMRow(factor: factor, totalScores: totalScores))
        }
        guard rows.contains(where: { !$0.factor.isDashed }) else { throw .qspmNothingScored }

        let order = strategies.indices.sorted { lhs, rhs in
            let a = snapped(totals[lhs]), b = snapped(totals[rhs])
            return a != b ? a > b : lhs < rhs
        }
        var ranking: [QSPMRanking] = []
        for (place, column) in order.enumerated() {
            let rank: Int
            if let previous = ranking.last, snapped(previous.stas) == snapped(totals[column]) {
                rank = previous.rank
            } else {
                rank = place + 1
            }
            ranking.append(QSPMRanking(rank: rank, strategy: strategies[column], index: column, stas: totals[column]))
        }
        var gap: QSPMGap?
        if ranking.count >= 2 {
            let difference = max(0, snapped(ranking[0].stas - ranking[1].stas))
            gap = QSPMGap(
                leader: ranking[0].strategy, runnerUp: ranking[1].strategy, gap: difference,
                reading: QSPMGapReading(gap: difference))
        }
        return QSPMResult(strategies: strategies, rows: rows, totals: totals, ranking: ranking, gap: gap)
    }
}
