// Saaty's Analytic Hierarchy Process for one set of pairwise comparisons (anchors.md §5.5 and §3.1, [V]).
//
// Judgements a_ij on Saaty's 1–9 scale (1/9 … 9), reciprocals implied (a_ji = 1/a_ij), diagonal 1.
// Priorities w = principal right eigenvector of A, normalised to Σ = 1, found by power iteration.
// λmax = mean_i((A·w)_i / w_i); CI = (λmax − n)/(n − 1); CR = CI / RI(n); acceptable when CR < 0.10.
// RI(n) for n ≤ 2 is 0 and CR is then 0 (the division is guarded).

/// One pairwise judgement: how much more important `first` is than `second`, on Saaty's scale 1/9…9.
public struct PairwiseJudgement: Codable, Hashable, Sendable {
    /// The element judged (the row of the matrix).
    public var first: String
    /// The element it is judged against (the column).
    public var second: String
    /// 1 = equal, 3 = weak, 5 = strong, 7 = demonstrated, 9 = absolute importance of `first` over `second`;
    /// 2, 4, 6, 8 in between; 1/3 etc. when `second` is the more important.
    public var value: Double

    /// A judgement "first is `value` times as important as second".
    public init(_ first: String, _ second: String, _ value: Double) {
        self.first = first
        self.second = second
        self.value = value
    }
}

/// A set of elements and the pairwise judgements between them, as a planner entered them.
public struct PairwiseComparisons: Codable, Hashable, Sendable {
    /// What is compared, used in messages: e.g. `"comparisons of Strengths"`.
    public var context: String
    /// The compared elements in display order (item ids such as `S1`, or group letters).
    public var items: [String]
    /// One judgement per unordered pair (either orientation); reciprocals are implied.
    public var judgements: [PairwiseJudgement]

    /// Comparisons from a list of judgements (one per pair, either orientation).
    public init(context: String = "pairwise comparisons", items: [String], judgements: [PairwiseJudgement]) {
        self.context = context
        self.items = items
        self.judgements = judgements
    }

    /// Builds the comparisons from a full matrix (row i, column j = a_ij); only the upper triangle is read.
    public init(context: String = "pairwise comparisons", items: [String], matrix: [[Double]]) {
        var judgements: [PairwiseJudgement] = []
        for i in items.indices {
            for j in items.indices where j > i && i < matrix.count && j < matrix[i].count {
                judgements.append(PairwiseJudgement(items[i], items[j], matrix[i][j]))
            }
        }
        self.init(context: context, items: items, judgements: judgements)
    }
}

/// The judgement that deviates most from what the priorities imply.
public struct InconsistentJudgement: Codable, Hashable, Sendable {
    /// The pair in the orientation the planner entered it.
    public var first: String
    /// The other element of the pair, as entered.
    public var second: String
    /// The value entered, a_first,second.
    public var entered: Double
    /// The value the priorities imply, w_first / w_second.
    public var implied: Double

    /// How far the entered value is from the implied one, as a factor ≥ 1 (max(entered/implied, implied/entered)).
    public var deviationFactor: Double { max(entered / implied, implied / entered) }
}

/// The warning raised when a comparison set's consistency ratio is 0.10 or more.
public struct AHPConsistencyWarning: Codable, Hashable, Sendable {
    /// What was compared, e.g. `"comparisons of Strengths"`.
    public var context: String
    /// CR of the comparison set (≥ 0.10).
    public var consistencyRatio: Double
    /// The judgement to revisit first.
    public var worst: InconsistentJudgement?

    /// A planner-facing explanation naming the most inconsistent judgement.
    public var message: String {
        var text = "The \(context) are inconsistent: CR = \(ScoreFormat.fixed(consistencyRatio, decimals: 3)) "
            + "(should be below 0.10)."
        if let worst {
            text += " The most inconsistent judgement is \(worst.first) vs \(worst.second): entered "
                + "\(ScoreFormat.ratio(worst.entered)), while the other judgements imply about "
                + "\(ScoreFormat.fixed(worst.implied, decimals: 2)). Revisit it."
        } else {
            text += " Revisit the judgements."
        }
        return text
    }
}

/// The priorities and consistency of one comparison set.
public struct AHPResult: Codable, Hashable, Sendable {
    /// What was compared, e.g. `"comparisons of Strengths"`.
    public var context: String
    /// The compared elements, in the order of `priorities`.
    public var items: [String]
    /// The full reciprocal matrix A (row i, column j = a_ij).
    public var matrix: [[Double]]
    /// Priorities (local weights) in `items` order, summing to 1.
    public var priorities: [Double]
    /// The principal eigenvalue, mean_i((A·w)_i / w_i); equals n when the judgements are consistent.
    public var lambdaMax: Double
    /// CI = (λmax − n)/(n − 1), 0 for n ≤ 1 (tiny negative values from rounding are reported as 0).
    public var consistencyIndex: Double
    /// Saaty's random index for n.
    public var randomIndex: Double
    /// CR = CI / RI, 0 when RI is 0 (n ≤ 2).
    public var consistencyRatio: Double
    /// The judgement that deviates most from w_i/w_j (nil when every judgement matches exactly).
    public var mostInconsistent: InconsistentJudgement?
    /// Power-iteration steps used.
    public var iterations: Int

    /// True when CR < 0.10.
    public var isAcceptable: Bool { consistencyRatio < AHP.acceptableConsistencyRatio }

    /// The warning to show when CR ≥ 0.10, nil otherwise.
    public var warning: AHPConsistencyWarning? {
        isAcceptable
            ? nil : AHPConsistencyWarning(context: context, consistencyRatio: consistencyRatio, worst: mostInconsistent)
    }

    /// The priority of an item, by id.
    public func priority(of item: String) -> Double? {
        items.firstIndex(of: item).map { priorities[$0] }
    }
}

/// AHP computations.
public enum AHP {
    /// Judgements must have CR below this to be accepted.
    public static let acceptableConsistencyRatio = 0.10

    /// Saaty's random consistency index for n = 1…15.
    ///
    /// n = 1…10: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 (anchors.md §3.1, [V]).
    /// n = 11…15: 1.51, 1.48, 1.56, 1.57, 1.59 — Saaty's extended table, textbook values [T], not re-checked.
    /// For n > 15 the last value (1.59) is used.
    public static let randomIndexTable: [Double] = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
                                                    1.51, 1.48, 1.56, 1.57, 1.59]

    /// RI(n); 0 for n ≤ 2.
    public static func randomIndex(_ n: Int) -> Double {
        guard n >= 1 else { return 0 }
        return randomIndexTable[min(n, randomIndexTable.count) - 1]
    }

    /// The lowest judgement accepted: 1/9, less a slack of 0.0015 so that 0.11 typed for 1/9 passes.
    static let lowestJudgement = 1.0 / 9.0 - 0.0015
    static let highestJudgement = 9.0 + 1e-9

    /// Validates the judgements and builds the full reciprocal matrix.
    ///
    /// Errors: no items, duplicate items, an unknown item, NaN/infinite, a value outside 1/9…9 (or ≤ 0), a self
    /// comparison other than 1, a pair judged twice with non-reciprocal values (within 2 %), a missing pair.
    /// The second result marks, for each i < j, whether the planner entered the pair as (j, i).
    public static func matrix(
        _ comparisons: PairwiseComparisons
    ) throws(ScoringError) -> (matrix: [[Double]], enteredReversed: [[Bool]]) {
        let context = comparisons.context
        let items = comparisons.items
        guard !items.isEmpty else { throw .empty(context: context) }
        var index: [String: Int] = [:]
        for (position, item) in items.enumerated() {
            guard index[item] == nil else { throw .duplicateItem(context: context, item: item) }
            index[item] = position
        }
        let n = items.count
        var entered = [[Double?]](repeating: [Double?](repeating: nil, count: n), count: n)
        var reversed = [[Bool]](repeating: [Bool](repeating: false, count: n), count: n)
        for judgement in comparisons.judgements {
            guard let i = index[judgement.first] else {
                throw .unknownComparisonItem(context: context, item: judgement.first)
            }
            guard let j = index[judgement.second] else {
                throw .unknownComparisonItem(context: context, item: judgement.second)
            }
            let value = judgement.value
            guard value.isFinite else {
                throw .notFinite(what: "the judgement \(judgement.first) vs \(judgement.second) in the \(context)")
            }
            if i == j {
                guard abs(value - 1) < 1e-9 else {
                    throw .selfComparison(context: context, item: judgement.first, value: value)
                }
                continue
            }
            guard value >= lowestJudgement, value <= highestJudgement else {
                throw .comparisonOutOfRange(
                    context: context,
                    first: judgement.first,
                    second: judgement.second,
                    value: value
                )
            }
            let (low, high, upper) = i < j ? (i, j, value) : (j, i, 1 / value)
            if let earlier = entered[low][high] {
                guard abs(earlier / upper - 1) <= 0.02 else {
                    let earlierAsEntered = i < j ? earlier : 1 / earlier
                    throw .conflictingComparison(
                        context: context, first: judgement.first, second: judgement.second, value: value,
                        earlier: earlierAsEntered)
                }
                continue
            }
            entered[low][high] = upper
            reversed[low][high] = i > j
        }
        var missing: [(Int, Int)] = []
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where entered[i][j] == nil { missing.append((i, j)) }
        }
        if let (i, j) = missing.first {
            throw .missingComparison(
                context: context,
                first: items[i],
                second: items[j],
                moreMissing: missing.count - 1
            )
        }
        var matrix = [[Double]](repeating: [Double](repeating: 1, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let value = entered[i][j]!
                matrix[i][j] = value
                matrix[j][i] = 1 / value
            }
        }
        return (matrix, reversed)
    }

    /// Validates the judgements and computes priorities, λmax, CI, RI, CR and the most inconsistent judgement.
    public static func evaluate(_ comparisons: PairwiseComparisons) throws(ScoringError) -> AHPResult {
        let (a, reversed) = try matrix(comparisons)
        let n = a.count
        let (w, iterations) = principalEigenvector(a)
        var lambdaSum = 0.0
        for i in 0..<n {
            var row = 0.0
            for j in 0..<n { row += a[i][j] * w[j] }
            lambdaSum += row / w[i]
        }
        let lambdaMax = lambdaSum / Double(n)
        let ci = n > 1 ? max(0, (lambdaMax - Double(n)) / Double(n - 1)) : 0
        let ri = randomIndex(n)
        let cr = ri > 0 ? ci / ri : 0

        var worst: InconsistentJudgement?
        var worstDeviation = 1e-9
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let implied = w[i] / w[j]
                let ratio = a[i][j] / implied
                let deviation = max(ratio, 1 / ratio) - 1  // symmetric in a_ij and a_ji, like |ln(a_ij·w_j/w_i)|
                guard deviation > worstDeviation else { continue }
                worstDeviation = deviation
                worst = reversed[i][j]
                    ? InconsistentJudgement(
                        first: comparisons.items[j],
                        second: comparisons.items[i],
                        entered: a[j][i],
                        implied: 1 / implied
                    )
                    : InconsistentJudgement(
                        first: comparisons.items[i],
                        second: comparisons.items[j],
                        entered: a[i][j],
                        implied: implied
                    )
            }
        }
        return AHPResult(
            context: comparisons.context, items: comparisons.items, matrix: a, priorities: w, lambdaMax: lambdaMax,
            consistencyIndex: ci,
            randomIndex: ri,
            consistencyRatio: cr,
            mostInconsistent: worst,
            iterations: iterations
        )
    }

    /// The principal right eigenvector of a positive matrix, normalised to Σ = 1, by power iteration from the
    /// uniform vector until no component moves by more than 1e-12 (at most 10 000 steps).
    public static func principalEigenvector(_ a: [[Double]]) -> (vector: [Double], iterations: Int) {
        let n = a.count
        guard n > 0 else { return ([], 0) }
        var w = [Double](repeating: 1 / Double(n), count: n)
        var iterations = 0
        while iterations < 10_000 {
            iterations += 1
            var next = [Double](repeating: 0, count: n)
            for i in 0..<n {
                for j in 0..<n { next[i] += a[i][j] * w[j] }
            }
            let sum = next.reduce(0, +)
            for i in 0..<n { next[i] /= sum }
            var change = 0.0
            for i in 0..<n { change = max(change, abs(next[i] - w[i])) }
            w = next
            if change < 1e-12 { break }
        }
        return (w, iterations)
    }
}
