/// Everything that can be wrong with the numbers given to the quantitative layer (IFE/EFE, IE, position, AHP, QSPM).
///
/// Each case carries what a planner needs to find the problem; `message` says what is wrong and what to do.
/// `context` strings name where the problem is, e.g. `"IFE matrix"`, `"QSPM"`, `"comparisons of Strengths"`.
public enum ScoringError: Error, Equatable, Hashable, Sendable {
    /// A number is NaN or infinite. `what` names it, e.g. `"the weight of S1 in the IFE matrix"`.
    case notFinite(what: String)
    /// A weight is outside 0…1.
    case weightOutOfRange(context: String, item: String, value: Double)
    /// Weights must sum to 1.00 within `tolerance`. `normalizable` is the matrix whose weights can be rescaled, if any.
    case weightsDoNotSum(context: String, sum: Double, tolerance: Double, normalizable: FactorMatrixKind?)
    /// `normalize` cannot rescale weights that are all zero.
    case allWeightsZero(context: String)
    /// A weight given to `normalize` is negative.
    case negativeWeight(context: String, item: String, value: Double)
    /// A rating is outside the range its quadrant allows in this matrix.
    case ratingOutOfRange(matrix: FactorMatrixKind, item: String, quadrant: Quadrant, value: Double)
    /// An item of the wrong side was put in a matrix (a strength in the EFE, a threat in the IFE).
    case quadrantNotInMatrix(matrix: FactorMatrixKind, item: String, quadrant: Quadrant)
    /// There is nothing to compute.
    case empty(context: String)
    /// Two items (factors, strategies, compared elements) share an id.
    case duplicateItem(context: String, item: String)
    /// An IFE or EFE total given to the IE matrix is outside 1.0…4.0. `axis` is `"IFE"` or `"EFE"`.
    case totalOutOfRange(axis: String, value: Double)
    /// A pairwise judgement is outside Saaty's 1/9…9.
    case comparisonOutOfRange(context: String, first: String, second: String, value: Double)
    /// A pairwise judgement names an element that is not in the comparison set.
    case unknownComparisonItem(context: String, item: String)
    /// An element compared with itself must have the value 1.
    case selfComparison(context: String, item: String, value: Double)
    /// A pair was judged twice with values that are not reciprocal.
    case conflictingComparison(context: String, first: String, second: String, value: Double, earlier: Double)
    /// A pair has no judgement. `moreMissing` counts the other missing pairs.
    case missingComparison(context: String, first: String, second: String, moreMissing: Int)
    /// A'WOT's group comparisons must name the four SWOT groups S, W, O, T exactly once each.
    case awotGroupsInvalid(found: [String])
    /// A'WOT needs item comparisons (or local weights) for every SWOT group.
    case awotMissingGroup(Quadrant)
    /// A QSPM row mixes attractiveness scores and dashes.
    case qspmMixedRow(factor: String, dashed: [String], scored: [String])
    /// A QSPM row has a different number of cells than there are strategies.
    case qspmRowLength(factor: String, expected: Int, found: Int)
    /// An attractiveness score is outside 1…4.
    case qspmScoreOutOfRange(factor: String, strategy: String, value: Double)
    /// Every QSPM row is a dash, so no factor affects the choice.
    case qspmNothingScored

    /// The explanation shown to the planner: what is wrong and what to do about it.
    public var message: String {
        switch self {
        case .notFinite(let what):
            return "\(capitalised(what)) is not a number (NaN or infinite). Enter a plain decimal number."
        case .weightOutOfRange(let context, let item, let value):
            return "The weight of \(item) in the \(context) is \(ScoreFormat.short(value)); weights must lie between 0 "
                + "and 1. "
                + "Enter a weight from 0.00 to 1.00."
        case .weightsDoNotSum(let context, let sum, let tolerance, let normalizable):
            let fix = normalizable == nil ? " Adjust them so that they sum to 1.00."
                : " Adjust them, or rescale them to sum to 1.00."
            return "Weights of the \(context) sum to \(ScoreFormat.short(sum)), not 1.00 "
                + "(±\(ScoreFormat.short(tolerance)))."
                + fix
        case .allWeightsZero(let context):
            return "All weights of the \(context) are 0, so they cannot be rescaled to sum to 1. "
                + "Give at least one item a weight above 0."
        case .negativeWeight(let context, let item, let value):
            return "The weight of \(item) in the \(context) is \(ScoreFormat.short(value)); weights cannot be "
                + "negative. "
                + "Enter 0 or more."
        case .ratingOutOfRange(let matrix, let item, let quadrant, let value):
            let range = matrix.ratingRange(for: quadrant)
            let meaning: String
            switch quadrant {
            case .strength: meaning = "strengths are rated 3 (minor strength) or 4 (major strength)"
            case .weakness: meaning = "weaknesses are rated 1 (major weakness) or 2 (minor weakness)"
            case .opportunity, .threat:
                meaning = "opportunities and threats are rated 1 (poor response) to 4 (superior response)"
            }
            return "\(item) is rated \(ScoreFormat.number(value)) in the \(matrix.title), but \(meaning). "
                + "Enter a rating from \(ScoreFormat.fixed(range.lowerBound, decimals: 0)) to "
                + "\(ScoreFormat.fixed(range.upperBound, decimals: 0))"
                + (quadrant.isInternal ? ", or move the item to the other quadrant." : ".")
        case .quadrantNotInMatrix(let matrix, let item, let quadrant):
            return "\(item) is \(article(quadrant)) \(singular(quadrant)); the \(matrix.title) holds only "
                + "\(matrix == .ife ? "strengths and weaknesses" : "opportunities and threats"). "
                + "Score it in the \(matrix == .ife ? "EFE" : "IFE") matrix instead."
        case .empty(let context):
            return "The \(context) has no items. Add items before scoring."
        case .duplicateItem(let context, let item):
            return "\(item) appears more than once in the \(context). Give every item its own id."
        case .totalOutOfRange(let axis, let value):
            return "The \(axis) total is \(ScoreFormat.short(value)), but the IE matrix reads totals from 1.0 to 4.0. "
                + "Check the \(axis) weights (they must sum to 1.00) and ratings (1 to 4)."
        case .comparisonOutOfRange(let context, let first, let second, let value):
            return "The judgement \(first) vs \(second) in the \(context) is \(ScoreFormat.ratio(value)); Saaty's "
                + "scale runs "
                + "from 1/9 to 9 (1 = equal, 3 = weak, 5 = strong, 7 = demonstrated, 9 = absolute importance). "
                + "Enter a value in that range."
        case .unknownComparisonItem(let context, let item):
            return "The \(context) compare \(item), which is not one of the compared items. Check the item id."
        case .selfComparison(let context, let item, let value):
            return "\(item) is compared with itself as \(ScoreFormat.ratio(value)) in the \(context); an item is "
                + "always "
                + "equal to itself (1). Remove that judgement."
        case .conflictingComparison(let context, let first, let second, let value, let earlier):
            return "\(first) vs \(second) in the \(context) is judged twice, as \(ScoreFormat.ratio(earlier)) and as "
                + "\(ScoreFormat.ratio(value)). Keep one of them."
        case .missingComparison(let context, let first, let second, let more):
            let others = more == 0 ? "" : " (and \(more) more pair\(more == 1 ? "" : "s"))"
            return "The \(context) have no judgement for \(first) vs \(second)\(others). "
                + "Compare every pair once (from 1/9 to 9)."
        case .awotGroupsInvalid(let found):
            return "A'WOT compares the four SWOT groups S, W, O and T with each other, but the group comparisons name "
                + "\(found.isEmpty ? "nothing" : found.joined(separator: ", ")). Compare exactly S, W, O and T."
        case .awotMissingGroup(let quadrant):
            return "A'WOT needs the items of every SWOT group compared, but \(quadrant.name(.en)) (\(quadrant.letter)) "
                + "has "
                + "no comparisons. Add at least one \(quadrant.name(.en).lowercased()) item and compare its items."
        case .qspmMixedRow(let factor, let dashed, let scored):
            return "The QSPM row \(factor) has a dash for \(dashed.joined(separator: ", ")) but scores for "
                + "\(scored.joined(separator: ", ")). A row is all scores (the factor affects the choice) or all "
                + "dashes "
                + "(it does not): score every strategy or dash every strategy."
        case .qspmRowLength(let factor, let expected, let found):
            return "The QSPM row \(factor) has \(found) cell\(found == 1 ? "" : "s") for \(expected) "
                + "strateg\(expected == 1 ? "y" : "ies"). Give one score or dash per strategy."
        case .qspmScoreOutOfRange(let factor, let strategy, let value):
            return "The attractiveness score of \(strategy) for \(factor) is \(ScoreFormat.number(value)); scores run "
                + "from "
                + "1 (not attractive) to 4 (highly attractive). Enter 1 to 4, or a dash for the whole row if the "
                + "factor "
                + "does not affect the choice."
        case .qspmNothingScored:
            return "Every QSPM row is a dash, so no factor separates the strategies. "
                + "Score (1 to 4) the factors that affect the choice."
        }
    }
}

private func capitalised(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
}

private func singular(_ quadrant: Quadrant) -> String {
    switch quadrant {
    case .strength: return "strength"
    case .weakness: return "weakness"
    case .opportunity: return "opportunity"
    case .threat: return "threat"
    }
}

private func article(_ quadrant: Quadrant) -> String {
    quadrant == .opportunity ? "an" : "a"
}
