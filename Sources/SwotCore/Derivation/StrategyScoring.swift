/// How strongly an item supports a move, and so how a strategy ranks.
///
/// - An item's strength for a move is its best match score among the move's categories for that side (its best
///   score overall when the move accepts any category), times its weight factor.
/// - The weight factor is 1 until the plan has IFE/EFE weights. Then, per side (internal S+W, external O+T), it
///   is the item's weight divided by the largest weight on that side, so the heaviest item keeps its full match
///   score; an item without a weight counts with the side's mean weight.
/// - A strategy's score is that of its best pair of items: the internal strength times the external strength, times
///   1 for a move a paper states as a TOWS strategy (D003 Tabel 1.3) and 0.6 for one derived from what a paper says
///   (a strategy the papers drew from a real SWOT ranks above an inferred one unless the inferred one fits about
///   1.7× better), times the move's focus (`focusFactor`: a move for exactly the items' topics beats a broad one),
///   times the pair's affinity (below).
///   Fallback strategies (see `StrategyDeriver`) count 0.1 for the side whose categories the move does not match.
/// - Two items of the same topic (they share a category their keywords found, at any rank of their matches:
///   `topics`) count `sameTopicFactor` times: a planner pairs a staff shortage with the university's interns before
///   anything else.
public struct StrategyScoring: Sendable {
    /// Multiplier for moves a paper states as a strategy.
    public static let statedFactor = 1.0
    /// Multiplier for moves derived from a paper's findings.
    public static let derivedFactor = 0.6
    /// Strength given to a side the move does not match (fallbacks only) and to uncategorised items.
    public static let unmatchedStrength = 0.1

    /// Multiplier for a pair of items that share a category. It rose from 1.5 to 2.5 when the matcher first read the
    /// labelled examples and items moved to their right categories (see `StrategyDeriver.ItemWords.readingBoost`);
    /// with the tuning strategy cases' own items among the examples (each case derived without its own), categories
    /// come out right more often and a shared one needs less weight: tuning pairings 1 -> 227, 1.25 -> 244,
    /// 1.5 -> 248, 1.75 -> 247, 2 -> 246, 2.25 -> 241, 2.5 -> 242 of 389; the middle of the plateau is taken.
    public static let sameTopicFactor = 1.75

    private var factors: [String: Double] = [:]

    public init(plan: Plan) {
        for internalSide in [true, false] {
            let side = plan.items.filter { $0.quadrant.isInternal == internalSide }
            let weights = side.compactMap(\.weight).filter { $0.isFinite && $0 >= 0 }
            guard let largest = weights.max(), largest > 0 else { continue }
            let mean = weights.reduce(0, +) / Double(weights.count)
            for item in side {
                factors[item.id] = (item.weight.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } ?? mean) / largest
            }
        }
    }

    /// The item's weight factor, 0…1 (1 when the plan has no weights on its side).
    public func weightFactor(_ item: Item) -> Double {
        factors[item.id] ?? 1
    }

    /// `sameTopicFactor` when the two items' categories (`topics`) meet, else 1. Plain lists: an item has a
    /// few categories, and `derive` asks this for thousands of pairs, where comparing a few ids beats hashing them.
    public static func affinity(_ first: [String], _ second: [String]) -> Double {
        first.contains(where: second.contains) ? sameTopicFactor : 1
    }

    /// 1 for a move that names one category on each side, less for a broader one (2 / (1 + √(internal × external)):
    /// 0.67 for two on each side): a move written for exactly the items' topics answers them better.
    public static func focusFactor(_ move: StrategyMove) -> Double {
        let breadth = Double(max(move.internal.count, 1) * max(move.external.count, 1))
        return 2 / (1 + breadth.squareRoot())
    }

    /// A pair's score: the two strengths × the move's basis and focus factors × the items' affinity.
    public static func pairScore(_ inner: Double, _ outer: Double, move: StrategyMove, affinity: Double) -> Double {
        inner * outer * basisFactor(move.basis) * focusFactor(move) * affinity
    }

    /// `affinity` of two items.
    public static func affinity(_ first: Item, _ second: Item) -> Double {
        affinity(topics(of: first), topics(of: second))
    }

    /// The categories that say what an item is about: those its keywords found outright (or the planner set), at any
    /// rank; all of them when it has only low-confidence ones (`MatchFallback`). A guess does not make two items one
    /// topic: "120 guru penggerak" read as applications by the labelled examples met "judi online … konten" on
    /// applications, and a pentest move was proposed for the teachers.
    /// Tuning pairings 178 -> 180 of 273, items in no strategy 1 -> 0.
    public static func topics(of item: Item) -> [String] {
        let found = item.categories.filter { $0.fallback == nil }
        return (found.isEmpty ? item.categories : found).map(\.category)
    }

    /// The multiplier for a move's basis.
    public static func basisFactor(_ basis: StrategyMove.Basis) -> Double {
        basis == .stated ? statedFactor : derivedFactor
    }

    /// The item's strength for a move side that lists `categories` (empty: any), with the matches that count.
    public func strength(of item: Item, for categories: [String]) -> (value: Double, matches: [CategoryMatch]) {
        let matches =
            categories.isEmpty
            ? Array(item.categories.prefix(1)) : item.categories.filter { categories.contains($0.category) }
        guard let best = matches.map(\.score).max() else {
            return (categories.isEmpty ? StrategyScoring.unmatchedStrength * weightFactor(item) : 0, [])
        }
        return (best * weightFactor(item), matches)
    }

    /// The item's strength by its best category, whatever the move (for the planner's own strategies).
    public func bestStrength(of item: Item) -> Double {
        (item.categories.map(\.score).max() ?? 0) * weightFactor(item)
    }
}
