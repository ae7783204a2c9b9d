import Foundation

/// Derives TOWS strategies from a plan's items and a knowledge base. Pure: the same plan and knowledge base give the
/// same strategies, and nothing is changed (merging into the plan is `Plan.deriveStrategies`).
///
/// An item fits a move when one of its top categories (`StrategyFit.topCategories`) is among the move's categories
/// for the item's side (a move listing none for a side fits no item there), and its text names one of the move's
/// words for that side where the move lists any (`StrategyMove.internalWords`, `externalWords`). For a quadrant (SO,
/// ST, WO, WT), every internal item (S or W) and external item (O or T) that fit a move together make a pair; pairs
/// of the same topic (the items share a category, their words or a subject, or read alike to the labelled examples)
/// rank higher, and the proposals are the best pairs taken one at a time, each item not named yet raising a pair's
/// claim, a move and two items never proposed together twice, so the default view spreads over the quadrant's items
/// and pairs each with its same-topic partner. A pair is weighed with a move whose action acts on its items: one that
/// names a subject neither item names (a campus, satellite internet) counts less (`MoveRelevance.foreignSubjects`).
/// Past the view's size, items that share neither a category nor a subject are not paired (`related`), unless an
/// item would otherwise be in no strategy at all.
/// A strategy names only fitting items, at most four. Only when no pair fits
/// any move does the quadrant get a one-sided fallback, marked as such.
/// Moves that need a national mandate are never proposed: they are not the agency's own action; nor, in a sectoral
/// agency's plan, moves that direct every agency of the government (`PlanScope`).
public struct StrategyDeriver: Sendable {
    public let knowledgeBase: KnowledgeBase
    /// The labelled items that tell how alike two items read (`ItemWords.closeness`).
    public let examples: Matcher.Examples
    /// The moves of each quadrant a plan of the whole government may take, and those of a sectoral agency's plan.
    private let indexes: [TOWSQuadrant: MoveIndex]
    private let sectoralIndexes: [TOWSQuadrant: MoveIndex]

    public init(knowledgeBase: KnowledgeBase, examples: Matcher.Examples = .shipped) {
        self.knowledgeBase = knowledgeBase
        self.examples = examples
        var indexes: [TOWSQuadrant: MoveIndex] = [:]
        var sectoralIndexes: [TOWSQuadrant: MoveIndex] = [:]
        for quadrant in TOWSQuadrant.allCases {
            let moves = knowledgeBase.moves.filter { $0.quadrant == quadrant && $0.authority != .national }
            indexes[quadrant] = MoveIndex(moves: moves)
            sectoralIndexes[quadrant] = MoveIndex(moves: moves.filter { $0.authority != .government })
        }
        self.indexes = indexes
        self.sectoralIndexes = sectoralIndexes
    }

    /// The moves of a quadrant the plan may take (`PlanScope`).
    func index(_ quadrant: TOWSQuadrant, _ scope: PlanScope) -> MoveIndex? {
        scope == .wholeGovernment ? indexes[quadrant] : sectoralIndexes[quadrant]
    }

    /// Most items a derived strategy names.
    public static let maximumItems = 4
    /// Fallbacks a quadrant without any fitting pair gets.
    public static let maximumFallbacks = 2
    /// Most items of each side a move is paired with (its strongest), so a plan of hundreds of items derives fast.
    static let pairedPerSide = 16
    /// How much each item no proposal of the quadrant names yet raises a candidate's claim to the next place.
    static let newItemBonus = 0.5
    /// What a pair whose sentence would pass `StrategyText.maximumWords` keeps of its claim.
    static let longSentenceFactor = 0.7
    /// What a pair keeps of its claim for each strategy of the quadrant that already names one of its items, so the
    /// view spreads over the quadrant's items instead of heading three strategies with one weakness.
    static let repeatFactor = 0.6
    /// The `ItemWords.affinity` a pair needs to meet a move through one item's second category: the full raise, so
    /// only items that plainly name the same thing (SIPD, Mobile JKN, the queue) pair outside their first category.
    static let runnerUpAffinity = 2.0
    /// What giving an item its first strategy does to a pair's claim within the view's size, on top of
    /// `newItemBonus`: below 1, so a clearly better pair of items already named can come first (tuning 69 -> 71 of
    /// 95 pairings with the ST and WT moves M327-M367; 1.5 to 1e6 all behave as "openings first").
    static let openingFactor = 0.5
    /// What a pair that is both its items' best pair (over every partner and move) counts: the pair a planner makes
    /// first (the staff shortage and the campus partnership) should not lose to a pair that is neither item's best
    /// (tuning 116 -> 118 of 183 pairings; 1.75 gave 116, 2 and 3 gave 118, so the effect is a plateau, not a peak).
    static let mutualBestFactor = 2.0
    /// What a pair keeps of its rank when its move's action shares no distinctive word with either item
    /// (`MoveRelevance`): a blind reader judged such stock actions wrong far more often than actions that speak of
    /// both items (27 of 33 against 10 of 29, see `closestMove`), so a pair whose move names an item's subject comes
    /// first where one fits. Tuning pairings 180 -> 182 of 273, default strategies whose action speaks to neither item
    /// 143 -> 122 of about 530; 0.5 and 0.7 gave 182 too, 0.3 gave 181.
    static let silentActionFactor = 0.6

    /// How well a candidate's items fit its move.
    public enum Fit: Int, Sendable, Comparable {
        /// Every named item fits the move on its side.
        case full
        /// Only one side fits; the other side's item stands in (fallback, marked "one-sided").
        case oneSide

        public static func < (lhs: Fit, rhs: Fit) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One item supporting a candidate: its index in `plan.items` and its strength for the move.
    public struct Support: Sendable, Equatable {
        public var item: Int
        public var strength: Double
    }

    /// A move with the items it names, before any text is written.
    public struct Candidate: Sendable {
        public var quadrant: TOWSQuadrant
        public var move: StrategyMove
        /// Named internal and external items, strongest first.
        public var internalSupport: [Support]
        public var externalSupport: [Support]
        public var score: Double
        public var fit: Fit

        var itemSet: Set<Int> { Set((internalSupport + externalSupport).map(\.item)) }
    }

    /// The items of each side that fit each move of a quadrant, strongest first.
    struct Fitting {
        var inner: [[Support]]
        var outer: [[Support]]
        /// The items that fit each move through their second category only.
        var innerByRunnerUp: [[Support]]
        var outerByRunnerUp: [[Support]]
    }

    /// The ranked candidates of one quadrant: every move that an internal and an external item fit, with its best
    /// pair (what a planner browsing the knowledge base for this plan would see), best first.
    public func candidates(for plan: Plan, in quadrant: TOWSQuadrant) -> [Candidate] {
        guard let index = index(quadrant, PlanScope.of(plan)) else { return [] }
        let words = itemWords(plan)
        let fitting = self.fitting(plan, quadrant, index, StrategyScoring(plan: plan), words)
        return index.moves.indices.compactMap { position -> Candidate? in
            guard let inner = fitting.inner[position].first, let outer = fitting.outer[position].first else {
                return nil
            }
            let move = index.moves[position]
            let affinity = StrategyScoring.affinity(plan.items[inner.item], plan.items[outer.item])
                * words.affinity(inner.item, outer.item) * words.closeness(inner.item, outer.item)
            return Candidate(
                quadrant: quadrant, move: move, internalSupport: [inner], externalSupport: [outer],
                score: StrategyScoring.pairScore(inner.strength, outer.strength, move: move, affinity: affinity),
                fit: .full
            )
        }.sorted(by: StrategyDeriver.ranksAbove)
    }

    /// The proposals for one quadrant: at most `top` (nil: `Plan.viewSize`, one per item of the quadrant's larger
    /// side, and more while an item of the quadrant has none, up to `Plan.defaultStrategyCount`), without the moves in
    /// `excluded` (moves the planner already decided on) and never naming two items together that one set of `kept`
    /// names (the item indexes of each strategy of the quadrant the planner decided on, not rejected: a proposal
    /// beside an accepted strategy of the same items would be its duplicate), preferring items no kept strategy
    /// names and, more still, items not in `namedInPlan` (items some strategy of another quadrant names).
    ///
    /// Pairs come first: every internal item is weighed with every external item that fits a move with it, a pair of
    /// the same topic counting `StrategyScoring.sameTopicFactor` times (see `StrategyScoring.affinity`), so a staff
    /// shortage meets the university partnership rather than whichever opportunity scores highest, and a pair whose
    /// texts share words rare in the plan up to twice more (`ItemWords.affinity`: both name SIPD, or words of one
    /// subject, `SubjectLexicon`: "universitas" and "magang"); a pair that shares them fully may also meet a move
    /// through one item's second category (`runnerUpAffinity`). A pair that is both its items' best counts twice
    /// (`mutualBestFactor`); a pair counts more as its move's action speaks to the items' distinctive words, and less
    /// when it shares none with either item (`silentActionFactor`). These signs weigh as a logistic regression on
    /// planners' pairings found (`PairRanking`): what two items share counts far more than how strongly each fits.
    /// The best pair is taken, its rank raised for each item not named yet, then the next, never with a move already
    /// used or two items already named together in the quadrant; a taken pair also names the further items of the
    /// same topic that fit its move and no proposal names yet (at most four items, the sentence within
    /// `StrategyText.maximumWords`).
    /// `words` (see `ItemWords`) saves working the items' labels and stems out again for each quadrant.
    public func proposals(
        for plan: Plan, in quadrant: TOWSQuadrant, top: Int? = nil, excluding excluded: Set<String> = [],
        kept: [Set<Int>] = [], namedInPlan: Set<Int> = [], words: ItemWords? = nil
    ) -> [Candidate] {
        // Without a count: the view's size, and beyond it, up to the most, while a pair still brings an item in.
        let (size, most) = top.map { ($0, $0) } ?? (Plan.viewSize(plan, quadrant), Plan.defaultStrategyCount)
        guard size > 0, let index = index(quadrant, PlanScope.of(plan)) else { return [] }
        let scoring = StrategyScoring(plan: plan)
        let words = words ?? itemWords(plan)
        let fitting = self.fitting(plan, quadrant, index, scoring, words)
        let topics = plan.items.map(StrategyScoring.topics)
        var lengths = SentenceLength(quadrant: quadrant, mentions: words.mentions, openers: words.openers)
        // How closely each move's action speaks to each item of the quadrant, worked out once per item.
        let speaking = plan.items.indices.map { item in
            [quadrant.internalSide, quadrant.externalSide].contains(plan.items[item].quadrant)
                ? index.relevance.factors(words.distinctiveStems[item]) : []
        }
        var pairs: [Pair] = []
        for position in index.moves.indices where !excluded.contains(index.moves[position].id) {
            let move = index.moves[position]
            let formAndAction = lengths.pairWords(move)
            let moveFactor = PairRanking.moveFactor(move)
            // Both items through their best category; or one through its second, when the two share words rare in
            // the plan (a queue not linked to the national app × that app's queue API: the matcher filed one under
            // users, the other under interoperability).
            let sides = [
                (fitting.inner[position], fitting.outer[position], 0.0),
                (fitting.inner[position], fitting.outerByRunnerUp[position], StrategyDeriver.runnerUpAffinity),
                (fitting.innerByRunnerUp[position], fitting.outer[position], StrategyDeriver.runnerUpAffinity),
            ]
            for (inners, outers, leastSharedWords) in sides {
                // A move's strongest items on each side only: a large plan keeps its pairs in the thousands.
                let inners = inners.prefix(StrategyDeriver.pairedPerSide)
                let outers = outers.prefix(StrategyDeriver.pairedPerSide)
                // Once per item and move, not per pair.
                let speaksTo = { (support: Support) in speaking[support.item][position] }
                let outerRelevance = outers.map(speaksTo)
                for inner in inners {
                    let innerWords = formAndAction + lengths.mentions[inner.item] + lengths.opener(inner.item)
                    let innerRelevance = speaksTo(inner)
                    for (outer, outerRelevance) in zip(outers, outerRelevance) {
                        let sharedWords = words.affinity(inner.item, outer.item)
                        guard sharedWords >= leastSharedWords else { continue }
                        // An action that brings a subject neither item names (a campus, satellite internet)
                        // acts on something else: the pair is weighed with the move that acts on it.
                        let sameTopic = StrategyScoring.affinity(topics[inner.item], topics[outer.item])
                        let closeness = words.closeness(inner.item, outer.item)
                        let foreign = index.relevance.foreignFactor(
                            words.subjects[inner.item], words.subjects[outer.item], move: position)
                        let relevance = foreign * innerRelevance * outerRelevance
                        let rank = PairRanking.rank(
                            inner: inner.strength, outer: outer.strength, moveFactor: moveFactor,
                            sameTopic: sameTopic, sharedWords: sharedWords, closeness: closeness, foreign: foreign,
                            speaking: innerRelevance * outerRelevance, runnerUp: leastSharedWords > 0)
                            * (innerRelevance == 1 && outerRelevance == 1 ? StrategyDeriver.silentActionFactor : 1)
                        pairs.append(Pair(
                            inner: inner, outer: outer, position: position,
                            isRelated: StrategyDeriver.related(sameTopic: sameTopic, sharedWords: sharedWords),
                            rank: rank,
                            score: StrategyScoring.pairScore(
                                inner.strength, outer.strength, move: move,
                                affinity: sameTopic * sharedWords * closeness * foreign),
                            short: innerWords + lengths.mentions[outer.item] <= StrategyText.maximumWords,
                            relevance: relevance, throughRunnerUp: leastSharedWords > 0))
                    }
                }
            }
        }
        // A pair that is each of its items' best (over every partner and move) is what a planner makes first.
        var bestOf = [Double](repeating: 0, count: plan.items.count)
        for pair in pairs {
            bestOf[pair.inner.item] = max(bestOf[pair.inner.item], pair.rank)
            bestOf[pair.outer.item] = max(bestOf[pair.outer.item], pair.rank)
        }
        for (index, pair) in pairs.enumerated()
        where pair.rank >= bestOf[pair.inner.item] && pair.rank >= bestOf[pair.outer.item] {
            pairs[index].isBothItemsBest = true
        }
        let sameItems = SameItems(pairs, items: plan.items.count)
        let alreadyCovered = kept.reduce(into: Set<Int>()) { $0.formUnion($1) }
        var novelty = Novelty(
            items: plan.items.count,
            covered: alreadyCovered,
            named: namedInPlan.union(alreadyCovered)
        )
        // Flags by move position: the loop below asks for every pair of a large plan.
        var usedMoves = [Bool](repeating: false, count: index.moves.count)
        var uses = [Int](repeating: 0, count: plan.items.count)
        var chosen: [Candidate] = []
        let last = Self.isLastQuadrant(quadrant)
        while chosen.count < most {
            // The best fit comes first; an item not named yet raises a pair's claim (two raise it more), an item
            // named already lowers it (`repeatFactor`). Within the view's size a strong pair of items that have
            // strategies may come before a weak one that gives an item its first (`openingFactor`): when every item
            // can be reached through some broad move, putting openings first left no place for the pairs planners
            // make. Past the size, only pairs that give an item its first strategy are taken, up to `most`, so every
            // item still gets one. A pair is not preferred just because both its items are new, as that breaks up
            // the same-topic pairs planners make. A sentence over `StrategyText.maximumWords` costs
            // `longSentenceFactor`, enough to prefer a short pair that fits about as well, not to name items a move
            // does not speak to.
            var best: (pair: Pair, key: Double)?
            let mustOpen = chosen.count >= size
            for pair in pairs where !usedMoves[pair.position] {
                let opensItems =
                    (novelty.isCovered(pair.inner.item) ? 0 : 1) + (novelty.isCovered(pair.outer.item) ? 0 : 1)
                // A long sentence is worth it only to give an item its first strategy.
                if (!pair.short || mustOpen) && opensItems == 0 { continue }
                // Past the view's size, only an item's related partner may give it its first strategy, unless this
                // is the item's last quadrant and no strategy of the plan names it: an unrelated partner beats none.
                let lastChance = (last.inner && novelty.count(pair.inner.item) == 2)
                    || (last.outer && novelty.count(pair.outer.item) == 2)
                if mustOpen && !pair.isRelated && !lastChance { continue }
                let gain = pair.rank * (pair.short ? 1 : StrategyDeriver.longSentenceFactor)
                    * (pair.isBothItemsBest ? StrategyDeriver.mutualBestFactor : 1)
                    * (1 + StrategyDeriver.newItemBonus
                        * Double(novelty.count(pair.inner.item) + novelty.count(pair.outer.item)))
                    * pow(StrategyDeriver.repeatFactor, Double(uses[pair.inner.item] + uses[pair.outer.item]))
                let key = gain * (opensItems > 0 ? StrategyDeriver.openingFactor : 1)
                if let current = best, key < current.key || (key == current.key && !pair.ranksAbove(current.pair, plan))
                {
                    continue
                }
                let items: Set = [pair.inner.item, pair.outer.item]
                guard !chosen.contains(where: { $0.itemSet.isSuperset(of: items) }),
                      !kept.contains(where: { $0.isSuperset(of: items) }) else {
                    continue
                }
                best = (pair, key)
            }
            guard let best else { break }
            let alternatives = sameItems.pairs(like: best.pair, in: pairs)
            let taken = Self.closestMove(for: best.pair, among: alternatives, used: usedMoves)
            let candidate = self.candidate(
                taken, index.moves[taken.position], quadrant, fitting, novelty, topics, plan, words, index, &lengths)
            chosen.append(candidate)
            usedMoves[taken.position] = true
            novelty.take(candidate.itemSet)
            for item in candidate.itemSet { uses[item] += 1 }
        }
        let anyFits = index.moves.indices.contains { !fitting.inner[$0].isEmpty && !fitting.outer[$0].isEmpty }
        if chosen.isEmpty && !anyFits {
            chosen = fallbacks(
                plan,
                quadrant,
                index,
                fitting,
                excluded,
                scoring,
                limit: min(size, StrategyDeriver.maximumFallbacks)
            )
        }
        return chosen.sorted(by: StrategyDeriver.ranksAbove)
    }

    /// Whether `quadrant` is the later, in the order `derive` takes them (SO, ST, WO, WT), of the two quadrants that
    /// name the items of its internal side (ST for strengths), and of those of its external side (WO for
    /// opportunities): there, an item no strategy names yet has no quadrant left.
    static func isLastQuadrant(_ quadrant: TOWSQuadrant) -> (inner: Bool, outer: Bool) {
        let others = TOWSQuadrant.allCases.filter { $0 != quadrant }
        return (others.contains { $0.internalSide == quadrant.internalSide && $0 < quadrant },
                others.contains { $0.externalSide == quadrant.externalSide && $0 < quadrant })
    }

    /// Whether two items are on one topic as a planner pairs them: they share a category their keywords found (at any
    /// rank of their matches, `StrategyScoring.topics`), or a word rare in the plan or a subject (`ItemWords.affinity`
    /// above 1). Past the view's size, where `derive` only looks for an item's first strategy, an unrelated pair is
    /// not proposed: a strict reading of the default strategies of three tuning cases judged 7 of the 8 unrelated
    /// pairs wrong; only an item that would otherwise be in no strategy at all takes one there (Medan's S6, whose only
    /// strategy pairs active users with data theft: teach them to spot phishing). Within the view it stays: Medan's
    /// own SWOT pairs broad items across topics (never pairing them cost 5 of its 12 strategies). An item that only
    /// such a pair would name is listed as left out (`LeftOutItem.Reason.noRelatedPartner`).
    /// `sameTopic`: the items' `StrategyScoring.affinity`; `sharedWords`: their `ItemWords.affinity`.
    static func related(sameTopic: Double, sharedWords: Double) -> Bool {
        sameTopic > 1 || sharedWords > 1
    }

    /// The move a chosen pair of items is proposed with: of the unused moves the two items fit the same way
    /// (`alternatives`, the pairs of the same two items: through their best categories or a second one, in a
    /// sentence as short), the one whose action speaks most closely to the items' distinctive words, an action that
    /// brings a subject of its own counting for less (`Pair.relevance`), then the best ranked.
    /// The ranking picks which items meet; the move it ranks first for them is often a broad one whose action
    /// names neither item, while another fits both and speaks of what they name (Medan's little-used services ×
    /// citizens' demand: review which applications citizens use, rather than publish availability standards).
    /// A blind reading of four tuning cases judged 27 of the 33 strategies whose action shared no word with either
    /// item wrong, against 10 of the 29 whose action shared words with both. Over the 19 tuning cases the pairs
    /// stay the same; actions sharing no word with either item go from 135 to 129 of 517.
    static func closestMove(for chosen: Pair, among alternatives: [Pair], used usedMoves: [Bool]) -> Pair {
        var closest = chosen
        for pair in alternatives
        where !usedMoves[pair.position] && pair.short == chosen.short && pair.throughRunnerUp == chosen.throughRunnerUp
            && (pair.relevance, pair.rank) > (closest.relevance, closest.rank) {
            closest = pair
        }
        return closest
    }

    /// The pairs of each two items, as chains through the list of pairs: a large plan has hundreds of thousands of
    /// pairs, and `closestMove` looks for a proposal's alternatives among those of its two items only.
    struct SameItems {
        /// By `inner × items + outer`: the first pair of the two items, or -1.
        private var first: [Int32]
        /// By pair: the next pair of the same two items, or -1.
        private var following: [Int32]
        private let items: Int

        init(_ pairs: [Pair], items: Int) {
            self.items = items
            first = [Int32](repeating: -1, count: items * items)
            following = [Int32](repeating: -1, count: pairs.count)
            for index in pairs.indices.reversed() {
                let key = pairs[index].inner.item * items + pairs[index].outer.item
                following[index] = first[key]
                first[key] = Int32(index)
            }
        }

        /// The pairs of `pair`'s two items, itself among them.
        func pairs(like pair: Pair, in pairs: [Pair]) -> [Pair] {
            var found: [Pair] = []
            var index = first[pair.inner.item * items + pair.outer.item]
            while index >= 0 {
                found.append(pairs[Int(index)])
                index = following[Int(index)]
            }
            return found
        }
    }

    /// An internal and an external item that fit a move, with the pair's score (affinity included).
    struct Pair {
        var inner: Support
        var outer: Support
        var position: Int
        /// True when the items share a category, a rare word or a subject (`related`).
        var isRelated: Bool
        /// The pair's place in the order of proposals (`PairRanking`).
        var rank: Double
        /// How well the items fit the move (`StrategyScoring.pairScore`): the strategy's score.
        var score: Double
        /// True when the pair's sentence stays within `StrategyText.maximumWords`.
        var short: Bool
        /// How closely the move's action speaks to both items' distinctive words: the product of their
        /// `MoveRelevance` factors, times its `foreignFactor` (an action that brings a subject of its own speaks less).
        var relevance: Double
        /// True when one item meets the move through its second category only (`runnerUpAffinity`).
        var throughRunnerUp: Bool
        /// True when no pair of either item scores higher (`mutualBestFactor`).
        var isBothItemsBest = false

        /// Ties: the lower item numbers, then the earlier move, so the order never depends on the item list's order.
        func ranksAbove(_ other: Pair, _ plan: Plan) -> Bool {
            let mine = (plan.items[inner.item].number, plan.items[outer.item].number, position)
            let theirs = (plan.items[other.inner.item].number, plan.items[other.outer.item].number, other.position)
            return mine < theirs
        }
    }

    /// The items the proposals picked so far name: in this quadrant, and in the whole plan.
    /// Flags per item index rather than sets: the proposals look them up for every pair of a large plan.
    struct Novelty {
        private var covered: [Bool]
        private var named: [Bool]

        init(items: Int, covered: Set<Int>, named: Set<Int>) {
            self.covered = (0..<items).map(covered.contains)
            self.named = (0..<items).map(named.contains)
        }

        func isCovered(_ item: Int) -> Bool { covered[item] }

        /// 0, 1 or 2: how many of the two sets lack the item.
        func count(_ item: Int) -> Int {
            (covered[item] ? 0 : 1) + (named[item] ? 0 : 1)
        }

        /// The items a taken proposal names.
        mutating func take(_ items: Set<Int>) {
            for item in items {
                covered[item] = true
                named[item] = true
            }
        }
    }

    /// The strategy a taken pair becomes: the pair, then the further items that fit its move, share its topic and
    /// share a distinctive word with its action (`MoveRelevance`), those no proposal names yet first, then the
    /// strongest, while the strategy stays within four items and its sentence within `StrategyText.maximumWords`.
    /// Requiring the action's word: tuning pairings 181 -> 177 of 273 (locked 221 of 383 either way), quadrants
    /// naming one item three times or more 45 -> 33; a blind reader of four other tuning cases preferred it in two,
    /// strategies usable as written or after a light edit 15 -> 19 of about 113.
    private func candidate(
        _ pair: Pair, _ move: StrategyMove, _ quadrant: TOWSQuadrant, _ fitting: Fitting, _ novelty: Novelty,
        _ topics: [[String]], _ plan: Plan, _ words: ItemWords, _ index: MoveIndex, _ lengths: inout SentenceLength
    ) -> Candidate {
        var named = (inner: [pair.inner], outer: [pair.outer])
        // Same topic: the extra shares a category with the pair's item on the other side, or its top category is
        // that of the pair's item on its own side (two staff weaknesses met by one university partnership).
        let sameTopic = { (support: Support, partner: Support, sibling: Support) in
            StrategyScoring.affinity(topics[support.item], topics[partner.item]) > 1
                || plan.items[support.item].categories.first?.category
                    == plan.items[sibling.item].categories.first?.category
        }
        // An extra item the action does not speak to would be named without being acted on: a blind reading of four
        // tuning cases found none of the strategies naming three or more items usable, most for such an extra.
        let speaksTo = { (support: Support) in
            index.relevance.factor(words.distinctiveStems[support.item], move: pair.position) > 1
        }
        let extras = (fitting.inner[pair.position].filter { sameTopic($0, pair.outer, pair.inner) }.map { ($0, true) }
            + fitting.outer[pair.position].filter { sameTopic($0, pair.inner, pair.outer) }.map { ($0, false) })
            .filter { $0.0.item != pair.inner.item && $0.0.item != pair.outer.item && speaksTo($0.0) }
            .sorted { (novelty.count($0.0.item), $0.0.strength) > (novelty.count($1.0.item), $1.0.strength) }
        for (support, isInternal) in extras where named.inner.count + named.outer.count < StrategyDeriver.maximumItems {
            let longer = isInternal ? (named.inner + [support], named.outer) : (named.inner, named.outer + [support])
            guard lengths.words(longer.0, longer.1, move) <= StrategyText.maximumWords else { continue }
            named = (longer.0, longer.1)
        }
        return Candidate(
            quadrant: quadrant, move: move, internalSupport: named.inner, externalSupport: named.outer,
            score: pair.score, fit: .full)
    }

    /// One-sided strategies for a quadrant where no pair fits: a move one side fits, with the other side's best
    /// item standing in, ranked by the side that fits (times `unmatchedStrength`, so they rank low).
    private func fallbacks(
        _ plan: Plan, _ quadrant: TOWSQuadrant, _ index: MoveIndex, _ fitting: Fitting, _ excluded: Set<String>,
        _ scoring: StrategyScoring, limit: Int
    ) -> [Candidate] {
        func best(_ side: Quadrant) -> Support? {
            plan.items.indices.filter { plan.items[$0].quadrant == side }
                .map { Support(item: $0, strength: StrategyScoring.unmatchedStrength) }
                .min { scoring.bestStrength(of: plan.items[$0.item]) > scoring.bestStrength(of: plan.items[$1.item]) }
        }
        guard let standInInner = best(quadrant.internalSide), let standInOuter = best(quadrant.externalSide) else {
            return []
        }
        var found: [Candidate] = []
        for (position, move) in index.moves.enumerated() where !excluded.contains(move.id) {
            let inner = fitting.inner[position].first, outer = fitting.outer[position].first
            guard (inner == nil) != (outer == nil), let matched = inner ?? outer else { continue }
            found.append(Candidate(
                quadrant: quadrant, move: move, internalSupport: [inner ?? standInInner],
                externalSupport: [outer ?? standInOuter],
                score: matched.strength * StrategyScoring.unmatchedStrength * StrategyScoring.basisFactor(move.basis),
                fit: .oneSide))
        }
        var seen: [Set<Int>] = []
        return found.sorted(by: StrategyDeriver.ranksAbove).filter { candidate in
            guard !seen.contains(candidate.itemSet) else { return false }
            seen.append(candidate.itemSet)
            return true
        }.prefix(limit).map { $0 }
    }

    /// For each move of the quadrant, the items of each side that fit it, strongest first (ties by item number), and
    /// apart from them the items that fit it through their second category only. An item's strength for a move is
    /// the score of the category that fits, times its weight factor, times how closely the move's action speaks to
    /// the item's words (`MoveRelevance`).
    func fitting(
        _ plan: Plan, _ quadrant: TOWSQuadrant, _ index: MoveIndex, _ scoring: StrategyScoring, _ words: ItemWords
    ) -> Fitting {
        var inner = [[Support]](repeating: [], count: index.moves.count)
        var outer = inner
        var innerByRunnerUp = inner
        var outerByRunnerUp = inner
        for (position, item) in plan.items.enumerated() {
            let isInternal = item.quadrant == quadrant.internalSide
            guard isInternal || item.quadrant == quadrant.externalSide else { continue }
            let tops = StrategyFit.topCategories(of: item)
            guard let first = tops.first else { continue }
            let relevance = index.relevance.factors(words.stems[position])
            var moves: [Int] = []
            for match in tops {
                // A near tie counts what the keywords found for it, so the first category's moves stay ahead; the
                // examples' guess lends its score to the keyword category it leads.
                let score = first.fallback == .examples ? first.score : match.score
                let strength = score * scoring.weightFactor(item)
                for move in index.moves(for: match.category, internal: isInternal)
                where !moves.contains(move) && index.admits(words.stems[position], move: move, internal: isInternal) {
                    moves.append(move)
                    let support = Support(
                        item: position, strength: strength * relevance[move])
                    if isInternal { inner[move].append(support) } else { outer[move].append(support) }
                }
            }
            if item.categories.count > 1 {
                let second = item.categories[1]
                let runnerUpStrength = second.score * scoring.weightFactor(item)
                for move in index.moves(for: second.category, internal: isInternal)
                where !moves.contains(move) && index.admits(words.stems[position], move: move, internal: isInternal) {
                    let support = Support(
                        item: position,
                        strength: runnerUpStrength * relevance[move])
                    if isInternal {
                        innerByRunnerUp[move].append(support)
                    } else {
                        outerByRunnerUp[move].append(support)
                    }
                }
            }
        }
        let order = StrategyDeriver.stronger(plan)
        return Fitting(
            inner: inner.map { $0.sorted(by: order) }, outer: outer.map { $0.sorted(by: order) },
            innerByRunnerUp: innerByRunnerUp.map { $0.sorted(by: order) },
            outerByRunnerUp: outerByRunnerUp.map { $0.sorted(by: order) })
    }

    /// Stronger support first; ties by item number, so the order does not depend on the item list's order.
    static func stronger(_ plan: Plan) -> (Support, Support) -> Bool {
        { lhs, rhs in
            if lhs.strength != rhs.strength { return lhs.strength > rhs.strength }
            return plan.items[lhs.item].number < plan.items[rhs.item].number
        }
    }

    /// Rank order: higher score, then a fitting one before a fallback, then more items, then move id.
    static func ranksAbove(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        if lhs.fit != rhs.fit { return lhs.fit < rhs.fit }
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        let leftCount = lhs.internalSupport.count + lhs.externalSupport.count
        let rightCount = rhs.internalSupport.count + rhs.externalSupport.count
        if leftCount != rightCount { return leftCount > rightCount }
        return lhs.move.id < rhs.move.id
    }

    /// The moves of one quadrant that an agency can take on, indexed by the categories on each side. A move that
    /// lists no category for a side fits no item there: it acts on nothing in particular on that side.
    struct MoveIndex: Sendable {
        var moves: [StrategyMove]
        var internalByCategory: [String: [Int]] = [:]
        var externalByCategory: [String: [Int]] = [:]
        /// How closely each move's action speaks to an item's words.
        let relevance: MoveRelevance
        /// The stems of each move's `internalWords` and `externalWords`, by move position; nil where it sets none.
        let wordStems: [(inner: Set<String>?, outer: Set<String>?)]

        init(moves: [StrategyMove]) {
            self.moves = moves
            relevance = MoveRelevance(moves: moves)
            wordStems = moves.map {
                (StrategyFit.stems(of: $0.internalWords), StrategyFit.stems(of: $0.externalWords))
            }
            for (position, move) in moves.enumerated() {
                for category in Set(move.internal) { internalByCategory[category, default: []].append(position) }
                for category in Set(move.external) { externalByCategory[category, default: []].append(position) }
            }
        }

        /// The moves listing a category on one side.
        func moves(for category: String, internal isInternal: Bool) -> [Int] {
            (isInternal ? internalByCategory : externalByCategory)[category] ?? []
        }

        /// Whether an item of `stems` on that side names one of the move's words for the side, where it sets any.
        func admits(_ stems: Set<String>, move position: Int, internal isInternal: Bool) -> Bool {
            guard let required = isInternal ? wordStems[position].inner : wordStems[position].outer else { return true }
            return !required.isDisjoint(with: StrategyFit.offered(stems))
        }
    }

    /// The moves of a quadrant an item's top category selects on its side, in a plan of `scope`.
    func moves(
        for category: String, in quadrant: TOWSQuadrant, internal isInternal: Bool, scope: PlanScope
    ) -> [StrategyMove] {
        guard let index = index(quadrant, scope) else { return [] }
        return index.moves(for: category, internal: isInternal).map { index.moves[$0] }
    }

    /// What `derive` needs of the plan's items' words, worked out once for every quadrant.
    public func itemWords(_ plan: Plan) -> ItemWords {
        ItemWords(plan, examples: examples.classifier)
    }

    /// What `derive` needs of each item's words, by item index: worked out once per `derive`, as every quadrant
    /// weighs the same items.
    public struct ItemWords: Sendable {
        /// Words of the item's label with its id as a sentence names it (the longer of Indonesian and English).
        let mentions: [Int]
        /// Words an item's opener adds to the form's verb when it alone opens an ST sentence: a leader's support is
        /// drawn on ("Gunakan dukungan …", `StrategyText.useWords`).
        let openers: [Int]
        /// The item's content stems (`ContentStems.of`).
        let stems: [Set<String>]
        /// The item's stems that at most half the plan's items use: what sets it apart in its plan ("jarang
        /// dipakai", not the "layanan e-government" every item of Medan's SWOT names).
        let distinctiveStems: [Set<String>]
        /// The subjects the item names (`SubjectLexicon.mask`), which a move's action should not go beyond.
        let subjects: [UInt64]
        /// The item's stems and subjects (`SubjectLexicon`) that are rare in the plan, as ids in increasing order with
        /// their rarity: log2(items / items using it) − 1, so a word half the items use ("desa" in a village plan)
        /// says nothing and one that two items share says much. Ids rather than strings: `derive` compares tens of
        /// thousands of pairs.
        private let rareStems: [[(id: Int32, rarity: Double)]]
        /// The item's examples reading (`ExampleClassifier`) as a unit vector over the categories, zero when the
        /// examples know none of its words; every one empty when there are no examples.
        private let readings: [[Double]]

        /// The most a pair's shared words raise its score (× 1 … 1 + this).
        static let sharedWordsBoost = 1.0
        /// Shared rarity that earns the full raise.
        static let fullBoostRarity = 4.0
        /// How much two items that read alike to the labelled examples raise their pair's score (× 1 … 1 + this).
        /// With the matcher reading the examples too, `derive` lost pairings (tuning 143 -> 133 of 228) as items
        /// moved to their right categories; this and `StrategyScoring.sameTopicFactor` 2.5 won them back (142;
        /// 1.5 alike, 1 one less, 3 four less).
        static let readingBoost = 2.0

        /// `examples`: the labelled items that tell how alike two items read (none: every pair alike).
        public init(_ plan: Plan, examples: ExampleClassifier?) {
            mentions = plan.items.map { item in
                let mention = StrategyText.Mention(item)
                return max(StrategyText.wordCount(mention.rendered(.id)), StrategyText.wordCount(mention.rendered(.en)))
            }
            openers = plan.items.map { item in
                let mention = StrategyText.Mention(item)
                guard item.quadrant == .strength, StrategyText.isLeader(mention) else { return 0 }
                return Language.allCases.map { language in
                    StrategyText.wordCount(StrategyText.useWords(mention, language).verb)
                        - StrategyText.wordCount(StrategyText.form(.st, language).verb)
                }.max() ?? 0
            }
            stems = plan.items.map { ContentStems.of($0.text) }
            readings = plan.items.map { item in
                guard let examples else { return [] }
                let shares = Dictionary(uniqueKeysWithValues: examples.reading(item.text))
                let vector = examples.categories.map { shares[$0] ?? 0 }
                let length = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return length > 0 ? vector.map { $0 / length } : vector
            }
            subjects = stems.map(SubjectLexicon.mask)
            // The subjects the words name count as shared words too: "universitas" meets "magang".
            let words = stems.map { $0.union(SubjectLexicon.subjects(of: $0)) }
            var counts: [String: Int] = [:]
            for itemStems in words { for stem in itemStems { counts[stem, default: 0] += 1 } }
            let total = Double(max(plan.items.count, 1))
            distinctiveStems = stems.map { itemStems in
                itemStems.filter { Double(counts[$0] ?? 0) <= total / 2 }
            }
            var ids: [String: Int32] = [:]
            rareStems = words.map { itemStems in
                itemStems.compactMap { stem -> (id: Int32, rarity: Double)? in
                    let rarity = log2(total / Double(counts[stem] ?? 1)) - 1
                    guard rarity > 0 else { return nil }
                    let id = ids[stem] ?? Int32(ids.count)
                    ids[stem] = id
                    return (id, rarity)
                }.sorted { $0.id < $1.id }
            }
        }

        /// How much two items are on the same subject by their own words: 1 for none shared, up to
        /// 1 + `sharedWordsBoost` for words rare in the plan that both use (the weakness and the opportunity that both
        /// name SIPD, e-Pokir or the BPK audit) or a subject both name in other words (interns wanted on one side,
        /// a university's offer on the other). A planner pairs items by their subject before their category.
        func affinity(_ first: Int, _ second: Int) -> Double {
            let a = rareStems[first], b = rareStems[second]
            var shared = 0.0
            var i = 0, j = 0
            while i < a.count && j < b.count {
                if a[i].id == b[j].id {
                    shared += a[i].rarity
                    i += 1
                    j += 1
                } else if a[i].id < b[j].id {
                    i += 1
                } else {
                    j += 1
                }
            }
            return 1 + ItemWords.sharedWordsBoost * min(shared, ItemWords.fullBoostRarity) / ItemWords.fullBoostRarity
        }

        /// How alike two items read to the labelled examples: 1 + `readingBoost` × the cosine of their readings, so
        /// two items the examples both read as staffing ("SDM TI cuma 1 orang", "programmers keep leaving") meet
        /// first, whatever words they use.
        func closeness(_ first: Int, _ second: Int) -> Double {
            let a = readings[first], b = readings[second]
            var cosine = 0.0
            for index in a.indices { cosine += a[index] * b[index] }
            return 1 + ItemWords.readingBoost * cosine
        }
    }

    /// Words of a strategy's sentence, from its parts (the quadrant's form, the labels with their ids, the action),
    /// each counted once, so no sentence is written before a candidate is kept. The longer of the Indonesian and the
    /// English sentence counts, so `lang` changes the words of the strategies, never which strategies they are.
    struct SentenceLength {
        let quadrant: TOWSQuadrant
        /// Words of each item's label with its id, by item index (`ItemWords.mentions`).
        let mentions: [Int]
        /// Words each item's own opener adds when it alone opens the sentence (`ItemWords.openers`).
        private let openers: [Int]
        private var actions: [String: Int] = [:]
        private var forms: [Int: Int] = [:]

        init(quadrant: TOWSQuadrant, mentions: [Int], openers: [Int]) {
            self.quadrant = quadrant
            self.mentions = mentions
            self.openers = openers
        }

        /// Words the item's opener adds when it is the sentence's one internal item: ST strategies only.
        func opener(_ item: Int) -> Int {
            quadrant == .st ? openers[item] : 0
        }

        mutating func words(_ inner: [Support], _ outer: [Support], _ move: StrategyMove) -> Int {
            var total = formWords(inner.count, outer.count) + actionWords(move)
            for support in inner + outer { total += mentions[support.item] }
            if inner.count == 1 { total += opener(inner[0].item) }
            return total
        }

        /// Words of a two-item sentence for the move, without its two labels.
        mutating func pairWords(_ move: StrategyMove) -> Int {
            formWords(1, 1) + actionWords(move)
        }

        private mutating func actionWords(_ move: StrategyMove) -> Int {
            if let known = actions[move.id] { return known }
            let count = max(StrategyText.wordCount(move.action[.id]), StrategyText.wordCount(move.action[.en]))
            actions[move.id] = count
            return count
        }

        private mutating func formWords(_ inner: Int, _ outer: Int) -> Int {
            let key = inner * 8 + outer
            if let known = forms[key] { return known }
            let count = max(StrategyText.formWords(quadrant, .id, internal: inner, external: outer),
                            StrategyText.formWords(quadrant, .en, internal: inner, external: outer))
            forms[key] = count
            return count
        }
    }
}

/// Which of an item's categories count when a move is fitted to it.
public enum StrategyFit {
    /// The item's best category (the first: the matcher and `tag` keep them best first) and its second when the
    /// keywords found it nearly as strongly (`nearTieShare`); when the first is only the labelled examples' guess,
    /// the first and its best keyword category.
    public static func topCategories(of item: Item) -> [CategoryMatch] {
        // A guess does not hide what the keywords found: the labelled examples' category (`MatchFallback.examples`)
        // leads a university's magang offer as a partnership, its best keyword category still says staff (tuning
        // 142 -> 146 of 228 pairings).
        guard let first = item.categories.first else { return [] }
        if first.fallback == .examples, let keyword = item.categories.first(where: { $0.fallback == nil }) {
            return [first, keyword]
        }
        // A second category the keywords found nearly as strongly is a near tie the matcher cannot settle: "The
        // state university offers interns and joint development" is a partnership as much as coordination.
        let nearTie = item.categories.dropFirst().prefix(1).filter {
            first.fallback == nil && $0.fallback == nil && $0.score >= nearTieShare * first.score
        }
        return [first] + nearTie
    }

    /// The share of the first category's score a second one needs to count as a near tie (`topCategories`): tuning
    /// 177 -> 180 of 273 pairings at 0.7 (0.9 and 0.8: 179; 0.6 and 0.5: 180, a plateau). With the tuning cases'
    /// items among the labelled examples (each case derived without its own) and a shared category weighing 1.75:
    /// 0.8 -> 245, 0.7 -> 247, 0.65 to 0.5 -> 249 of 389; 0.6 is inside that plateau.
    public static let nearTieShare = 0.6

    /// True when one of the item's top categories is on the move's side, and the item names one of the move's words
    /// for its side (`internalWords`, `externalWords`) where it sets any.
    public static func fits(_ item: Item, _ move: StrategyMove) -> Bool {
        let isInternal = item.quadrant.isInternal
        let side = isInternal ? move.internal : move.external
        guard topCategories(of: item).contains(where: { side.contains($0.category) }) else { return false }
        guard let required = stems(of: isInternal ? move.internalWords : move.externalWords) else { return true }
        return !required.isDisjoint(with: offered(ContentStems.of(item.text)))
    }

    /// The stems of an item that may meet a move's own words: without an election that is only a date
    /// (`ThreatAnswer.withoutElectionAsDate`), which a move for a change of office does not answer.
    static func offered(_ stems: Set<String>) -> Set<String> {
        ThreatAnswer.withoutElectionAsDate(stems)
    }

    /// The stems (`ContentStems`) of a move's words for one side, as an item's text is stemmed; nil when it sets none.
    static func stems(of words: [String]?) -> Set<String>? {
        words.map { ContentStems.of($0.joined(separator: " ")) }
    }
}
