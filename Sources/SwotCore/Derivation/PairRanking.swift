import Foundation

/// How `derive` orders the pairs it may propose: which weakness meets which opportunity first. The score a strategy
/// shows (`StrategyScoring.pairScore`, how well the items fit the move) stays as it is; this is only the order.
///
/// The order weighs the same signs as the score, each raised to its own power: how strongly each item fits the move,
/// the move's basis and focus, a shared category, shared rare words or a subject (`ItemWords.affinity`), how alike
/// the items read to the labelled examples (`ItemWords.closeness`), and an action that brings a subject neither item
/// names (`MoveRelevance.foreignFactor`); beside them, how closely the action speaks to both items (`rank`'s
/// `speaking`, not a sign of the score). The score multiplies its signs with equal weight; a planner's pairs do not.
/// The powers are a logistic regression's, fitted on every pair of the 19 TUNING strategy cases (1,748 pairs, 238 of
/// them a planner's pairing), on the logarithms of those signs: what the items share decides far more than how
/// strongly each fits. Pairs ranked by the fitted weights separate the planners' pairings better on the 23 LOCKED
/// cases too (area under the curve 0.715 -> 0.779; tuning 0.754 -> 0.792). The regression's weights are doubled
/// (ranking on one scale with the view's other factors: `newItemBonus`, `repeatFactor`, `mutualBestFactor`) and a
/// pair met through an item's second category keeps e^-1 (the regression gave it none; without it a tenth of the
/// strategies fitted their move through a second category only). The fit is plain gradient descent stopped early;
/// run to convergence it gives the internal item's strength no weight at all and two more pairings on each part, but
/// then a weakly matched item outranks a clearly fitting one and Medan's S6 ends in no strategy. Default `derive`,
/// tuning 172 -> 179 of 273 pairings, fit 92.6 -> 97.6 %; locked 182 -> 193 of 338, fit 93.3 -> 96.5 %; Medan
/// unchanged.
enum PairRanking {
    static let innerPower = 0.24
    static let outerPower = 0.54
    static let movePower = 0.42
    static let sameTopicPower = 1.66
    static let sharedWordsPower = 2.76
    static let closenessPower = 1.44
    static let foreignPower = 0.62
    /// What a pair keeps when one item meets the move through its second category only.
    static let runnerUpFactor = exp(-1.0)

    /// The part of a pair's rank that depends on the move alone: its basis and focus.
    static func moveFactor(_ move: StrategyMove) -> Double {
        pow(StrategyScoring.basisFactor(move.basis) * StrategyScoring.focusFactor(move), movePower)
    }

    /// A pair's rank. `sameTopic`, `sharedWords`, `closeness`, `foreign`: the pair's factors as the score uses them;
    /// `moveFactor`: `moveFactor(_:)` of the pair's move; `speaking`: how closely the move's action speaks to the two
    /// items' distinctive words, the product of their `MoveRelevance` factors (1 … 2.56), as it is.
    ///
    /// The fit knew the action's words only through each item's strength, which reads all its words, common ones too;
    /// a broad move that fits the items' categories then outranked one whose action names what they name. With
    /// `speaking`: tuning pairings 228 -> 228 of 332, LOCKED 268 -> 269 of 464, default strategies whose action shares
    /// no word with its items 197 -> 185 of about 650 (locked 333 -> 306 of about 895); a blind reader of 14 changed
    /// quadrants found 66 of 102 strategies usable against 62 of 98 and preferred the new list in 7, the old in 4.
    /// Squared it recalls two more tuning pairings but shows 18 more strategies.
    static func rank(
        inner: Double, outer: Double, moveFactor: Double, sameTopic: Double, sharedWords: Double,
        closeness: Double, foreign: Double, speaking: Double, runnerUp: Bool
    ) -> Double {
        let rank = powered(inner, innerPower) * powered(outer, outerPower) * moveFactor
            * powered(sameTopic, sameTopicPower) * powered(sharedWords, sharedWordsPower)
            * powered(closeness, closenessPower) * powered(foreign, foreignPower) * speaking
        return runnerUp ? rank * runnerUpFactor : rank
    }

    /// `pow`, skipped for a factor of 1, which most pairs have for most factors (a large plan ranks its pairs by
    /// the hundred thousand).
    private static func powered(_ base: Double, _ power: Double) -> Double {
        base == 1 ? 1 : pow(base, power)
    }
}
