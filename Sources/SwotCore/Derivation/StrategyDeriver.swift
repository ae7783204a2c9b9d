/// Derives TOWS strategies from a plan's items and a knowledge base. Pure: the same plan and knowledge base give the
/// same strategies, and nothing is changed (merging into the plan is `Plan.deriveStrategies`).
///
/// An item fits a move when its top category is among the move's categories for the item's
/// side (a move listing none for a side fits no item there). For a quadrant (SO, ST, WO, WT), a move becomes a candidate when an internal item (S or W) and an external
/// item (O or T) fit it; the candidate names only fitting items, at most four, the best pair first. The proposals
/// are picked one at a time: the candidate whose score, raised for every item no proposal of the quadrant names
/// yet, is highest; a move and a set of items are never proposed twice, so the top N spread over the quadrant's
/// items. Only when no pair fits any move does the quadrant get a one-sided fallback, marked as such.
/// Moves that need a national mandate are never proposed: they are not the agency's own action.
public struct StrategyDeriver: Sendable {
    public let knowledgeBase: KnowledgeBase
    private let indexes: [TOWSQuadrant: MoveIndex]

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        var indexes: [TOWSQuadrant: MoveIndex] = [:]
        for quadrant in TOWSQuadrant.allCases {
            indexes[quadrant] = MoveIndex(moves: knowledgeBase.moves.filter {
                $0.quadrant == quadrant && $0.authority != .national
            })
        }
        self.indexes = indexes
    }

    /// Most items a derived strategy names.
    public static let maximumItems = 4
    /// Fallbacks a quadrant without any fitting pair gets.
    public static let maximumFallbacks = 2
    /// How much each item no proposal of the quadrant names yet raises a candidate's claim to the next place.
    static let newItemBonus = 0.5

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
    }

    /// The ranked candidates of one quadrant: every move that an internal and an external item fit, with its best
    /// pair (what a planner browsing the knowledge base for this plan would see), best first.
    public func candidates(for plan: Plan, in quadrant: TOWSQuadrant) -> [Candidate] {
        guard let index = indexes[quadrant] else { return [] }
        let fitting = self.fitting(plan, quadrant, index, StrategyScoring(plan: plan))
        return index.moves.indices.compactMap { position -> Candidate? in
            guard let inner = fitting.inner[position].first, let outer = fitting.outer[position].first else { return nil }
            let move = index.moves[position]
            return Candidate(
                quadrant: quadrant, move: move, internalSupport: [inner], externalSupport: [outer],
                score: inner.strength * outer.strength * StrategyScoring.basisFactor(move.basis), fit: .full)
        }.sorted(by: StrategyDeriver.ranksAbove)
    }

    /// The proposals for one quadrant: at most `top`, without the moves in `excluded` (moves the planner already
    /// decided on), preferring items not in `covered` (indexes of items the quadrant's kept strategies name) and,
    /// more still, items not in `namedInPlan` (items some strategy of another quadrant names).
    public func proposals(
        for plan: Plan, in quadrant: TOWSQuadrant, top: Int, excluding excluded: Set<String> = [],
        covered alreadyCovered: Set<Int> = [], namedInPlan: Set<Int> = []
    ) -> [Candidate] {
        guard top > 0, let index = indexes[quadrant] else { return [] }
        let scoring = StrategyScoring(plan: plan)
        let fitting = self.fitting(plan, quadrant, index, scoring)
        var labels = LabelLengths(plan: plan)
        var open = index.moves.indices.filter {
            !excluded.contains(index.moves[$0].id) && !fitting.inner[$0].isEmpty && !fitting.outer[$0].isEmpty
        }
        var covered = alreadyCovered
        var named = namedInPlan.union(alreadyCovered)
        var chosen: [Candidate] = []
        var chosenSets: [Set<Int>] = []
        while chosen.count < top {
            var best: (candidate: Candidate, gain: Double, position: Int)?
            for position in open {
                guard let candidate = self.candidate(
                    index.moves[position], quadrant, fitting.inner[position], fitting.outer[position],
                    Novelty(covered: covered, named: named), plan, &labels, avoiding: chosenSets) else { continue }
                let newItems = candidate.itemSet.subtracting(covered).count + candidate.itemSet.subtracting(named).count
                let gain = candidate.score * (1 + StrategyDeriver.newItemBonus * Double(newItems))
                if let current = best, gain < current.gain
                    || (gain == current.gain && !StrategyDeriver.ranksAbove(candidate, current.candidate)) { continue }
                best = (candidate, gain, position)
            }
            guard let best else { break }
            chosen.append(best.candidate)
            chosenSets.append(best.candidate.itemSet)
            covered.formUnion(best.candidate.itemSet)
            named.formUnion(best.candidate.itemSet)
            open.removeAll { $0 == best.position }
        }
        let anyFits = index.moves.indices.contains { !fitting.inner[$0].isEmpty && !fitting.outer[$0].isEmpty }
        if chosen.isEmpty && !anyFits {
            chosen = fallbacks(plan, quadrant, index, fitting, excluded, scoring, limit: min(top, StrategyDeriver.maximumFallbacks))
        }
        return chosen.sorted(by: StrategyDeriver.ranksAbove)
    }

    /// The items the proposals picked so far name: in this quadrant, and in the whole plan.
    struct Novelty {
        var covered: Set<Int>
        var named: Set<Int>

        /// 0, 1 or 2: how many of the two sets lack the item.
        func count(_ item: Int) -> Int {
            (covered.contains(item) ? 0 : 1) + (named.contains(item) ? 0 : 1)
        }
    }

    /// A move's candidate given what is named already: the best pair (an item not yet named counts extra), then
    /// further fitting items the quadrant does not name yet while the strategy stays within four items and its
    /// sentence within `StrategyText.maximumWords`.
    /// The pair is the best one whose candidate is not a set of items already proposed (nil when every pair among
    /// the strongest few is taken).
    private func candidate(
        _ move: StrategyMove, _ quadrant: TOWSQuadrant, _ inner: [Support], _ outer: [Support], _ novelty: Novelty,
        _ plan: Plan, _ labels: inout LabelLengths, avoiding taken: [Set<Int>]
    ) -> Candidate? {
        func claim(_ support: Support) -> Double {
            support.strength * (1 + StrategyDeriver.newItemBonus * Double(novelty.count(support.item)))
        }
        let byClaim = { (lhs: Support, rhs: Support) in claim(lhs) > claim(rhs) }
        let pairs = inner.sorted(by: byClaim).prefix(3).flatMap { first in
            outer.sorted(by: byClaim).prefix(3).map { (first, $0) }
        }.sorted { claim($0.0) * claim($0.1) > claim($1.0) * claim($1.1) }
        for (first, second) in pairs {
            let found = candidate(move, quadrant, first, second, inner, outer, novelty, plan, &labels)
            if !taken.contains(found.itemSet) { return found }
        }
        return nil
    }

    private func candidate(
        _ move: StrategyMove, _ quadrant: TOWSQuadrant, _ firstInner: Support, _ firstOuter: Support,
        _ inner: [Support], _ outer: [Support], _ novelty: Novelty, _ plan: Plan, _ labels: inout LabelLengths
    ) -> Candidate {
        let covered = novelty.covered
        func claim(_ support: Support) -> Double {
            support.strength * (1 + StrategyDeriver.newItemBonus * Double(novelty.count(support.item)))
        }
        var named = (inner: [firstInner], outer: [firstOuter])
        var words = labels.sentenceWords(named.inner + named.outer, plan: plan, action: move.action)
        let extras = (inner.map { ($0, true) } + outer.map { ($0, false) })
            .filter { !covered.contains($0.0.item) && $0.0.item != named.inner[0].item && $0.0.item != named.outer[0].item }
            .sorted { claim($0.0) > claim($1.0) }
        for (support, isInternal) in extras where named.inner.count + named.outer.count < StrategyDeriver.maximumItems {
            let added = labels.words(of: support.item, plan: plan) + 1
            guard words + added <= StrategyText.maximumWords else { continue }
            words += added
            if isInternal { named.inner.append(support) } else { named.outer.append(support) }
        }
        return Candidate(
            quadrant: quadrant, move: move, internalSupport: named.inner, externalSupport: named.outer,
            score: named.inner[0].strength * named.outer[0].strength * StrategyScoring.basisFactor(move.basis),
            fit: .full)
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

    /// For each move of the quadrant, the items of each side that fit it, strongest first (ties by item number).
    func fitting(_ plan: Plan, _ quadrant: TOWSQuadrant, _ index: MoveIndex, _ scoring: StrategyScoring) -> Fitting {
        var inner = [[Support]](repeating: [], count: index.moves.count)
        var outer = inner
        for (position, item) in plan.items.enumerated() {
            let isInternal = item.quadrant == quadrant.internalSide
            guard isInternal || item.quadrant == quadrant.externalSide else { continue }
            let tops = StrategyFit.topCategories(of: item)
            guard let topScore = tops.first?.score else { continue }
            let support = Support(item: position, strength: topScore * scoring.weightFactor(item))
            var moves = Set<Int>()
            for match in tops { moves.formUnion(index.moves(for: match.category, internal: isInternal)) }
            for move in moves {
                if isInternal { inner[move].append(support) } else { outer[move].append(support) }
            }
        }
        let order = StrategyDeriver.stronger(plan)
        return Fitting(inner: inner.map { $0.sorted(by: order) }, outer: outer.map { $0.sorted(by: order) })
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

        init(moves: [StrategyMove]) {
            self.moves = moves
            for (position, move) in moves.enumerated() {
                for category in Set(move.internal) { internalByCategory[category, default: []].append(position) }
                for category in Set(move.external) { externalByCategory[category, default: []].append(position) }
            }
        }

        /// The moves listing a category on one side.
        func moves(for category: String, internal isInternal: Bool) -> [Int] {
            (isInternal ? internalByCategory : externalByCategory)[category] ?? []
        }
    }

    /// The moves of a quadrant an item's top category selects on its side.
    func moves(for category: String, in quadrant: TOWSQuadrant, internal isInternal: Bool) -> [StrategyMove] {
        guard let index = indexes[quadrant] else { return [] }
        return index.moves(for: category, internal: isInternal).map { index.moves[$0] }
    }

    /// Label word counts, worked out once per item and only for the items a candidate names.
    struct LabelLengths {
        private var counts: [Int: Int] = [:]
        let language: Language

        init(plan: Plan) {
            language = plan.effectiveLanguage
        }

        mutating func words(of item: Int, plan: Plan) -> Int {
            if let known = counts[item] { return known }
            let count = StrategyText.wordCount(ItemLabel.of(plan.items[item]).phrase(language))
            counts[item] = count
            return count
        }

        /// Words of a two-item sentence: the form's own words, the labels and the action.
        mutating func sentenceWords(_ supports: [Support], plan: Plan, action: LocalizedText) -> Int {
            StrategyText.formWords + StrategyText.wordCount(action[language])
                + supports.reduce(0) { $0 + words(of: $1.item, plan: plan) }
        }
    }
}

/// Which of an item's categories count when a move is fitted to it.
public enum StrategyFit {
    /// The item's best category (the first: the matcher and `tag` keep them best first), as a list so a rule
    /// that also admits runners-up stays a one-line change.
    public static func topCategories(of item: Item) -> [CategoryMatch] {
        Array(item.categories.prefix(1))
    }

    /// True when one of the item's top categories is on the move's side.
    public static func fits(_ item: Item, _ move: StrategyMove) -> Bool {
        let side = item.quadrant.isInternal ? move.internal : move.external
        return topCategories(of: item).contains { side.contains($0.category) }
    }
}
