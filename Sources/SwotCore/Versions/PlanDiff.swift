/// What changed between two versions of a plan (`diff`): the yearly review of a living plan, item by item.
///
/// Items and strategies are paired by id (ids are never reused). An item removed from one quadrant whose exact
/// text appears under a new id in another counts as moved (`move` gives it a new id), not as removed and added.
public struct PlanDiff: Sendable {
    public struct ItemPair: Sendable {
        public var before: Item
        public var after: Item
    }

    public struct StrategyPair: Sendable {
        public var before: Strategy
        public var after: Strategy
    }

    /// Where the plan stands in the IFE/EFE analysis, when both matrices are complete.
    public struct Standing: Equatable, Sendable {
        public var ifeTotal: Double
        public var efeTotal: Double
        public var position: SWOTPosition
        public var ieCell: IECell

        init?(_ plan: Plan) {
            guard let position = try? plan.swotPosition(), let placement = try? plan.iePlacement() else { return nil }
            self.ifeTotal = placement.ifeTotal
            self.efeTotal = placement.efeTotal
            self.position = position
            self.ieCell = placement.cell
        }
    }

    /// Where the plan stands on SPBE: its index and the index it aims for (`spbe target`), with the levels.
    public struct SpbeStanding: Equatable, Sendable {
        public var levels: [Int: Int]
        /// The index of the levels entered; nil when none is.
        public var index: Double?
        public var target: Double?

        init(_ plan: Plan) {
            let evaluation = SpbeEvaluation(plan: plan)
            levels = evaluation.levels
            index = evaluation.isEmpty ? nil : evaluation.index()
            target = plan.spbe.target
        }
    }

    public var titleChanged: (before: String, after: String)?
    public var added: [Item] = []
    public var removed: [Item] = []
    public var moved: [ItemPair] = []
    /// Same id, new text.
    public var edited: [ItemPair] = []
    /// Same id, other categories (by hand or by the matcher).
    public var recategorised: [ItemPair] = []
    /// Same id (or moved), another weight or rating.
    public var rescored: [ItemPair] = []
    public var strategiesAdded: [Strategy] = []
    /// Strategies no longer in the plan (a re-derive dropped them, or the planner removed them).
    public var strategiesWithdrawn: [Strategy] = []
    /// Strategies accepted, rejected or reopened.
    public var strategiesDecided: [StrategyPair] = []
    public var strategiesEdited: [StrategyPair] = []
    /// Strategies whose action plan changed: programme, unit, indicator, baseline, due date, targets or budget.
    public var actionPlansChanged: [StrategyPair] = []
    public var periodChanged: (before: PlanPeriod?, after: PlanPeriod?)?
    public var standing: (before: Standing?, after: Standing?)
    public var spbe: (before: SpbeStanding, after: SpbeStanding)

    public init(from before: Plan, to after: Plan) {
        if before.title != after.title { titleChanged = (before.title, after.title) }
        let beforeItems = Dictionary(before.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(after.items.map(\.id))
        var gone = before.items.filter { !afterIDs.contains($0.id) }
        for item in after.items {
            guard let old = beforeItems[item.id] else {
                if let index = gone.firstIndex(where: { $0.text == item.text && $0.quadrant != item.quadrant }) {
                    let pair = ItemPair(before: gone.remove(at: index), after: item)
                    moved.append(pair)
                    if pair.before.weight != item.weight || pair.before.rating != item.rating { rescored.append(pair) }
                } else {
                    added.append(item)
                }
                continue
            }
            let pair = ItemPair(before: old, after: item)
            if old.text != item.text { edited.append(pair) }
            if old.categories.map(\.category) != item.categories.map(\.category) { recategorised.append(pair) }
            if old.weight != item.weight || old.rating != item.rating { rescored.append(pair) }
        }
        removed = gone

        let beforeStrategies = Dictionary(
            before.strategies.map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        let afterStrategyIDs = Set(after.strategies.map(\.id))
        for strategy in after.strategies {
            guard let old = beforeStrategies[strategy.id] else {
                strategiesAdded.append(strategy)
                continue
            }
            let pair = StrategyPair(before: old, after: strategy)
            if old.status != strategy.status { strategiesDecided.append(pair) }
            if old.text != strategy.text { strategiesEdited.append(pair) }
            if !PlanDiff.sameActionPlan(old, strategy) { actionPlansChanged.append(pair) }
        }
        if before.period != after.period { periodChanged = (before.period, after.period) }
        spbe = (SpbeStanding(before), SpbeStanding(after))
        strategiesWithdrawn = before.strategies.filter { !afterStrategyIDs.contains($0.id) }
        standing = (Standing(before), Standing(after))
    }

    /// True when the standing changed: totals, position or IE cell (or one side has none).
    public var standingChanged: Bool { standing.before != standing.after }

    /// True when an SPBE level, the index or the target changed.
    public var spbeChanged: Bool { spbe.before != spbe.after }

    static func sameActionPlan(_ a: Strategy, _ b: Strategy) -> Bool {
        a.programme == b.programme && a.owner == b.owner && a.kpi == b.kpi && a.baseline == b.baseline
            && a.due == b.due && a.targets == b.targets && a.budget == b.budget
    }

    public var isEmpty: Bool {
        titleChanged == nil && added.isEmpty && removed.isEmpty && moved.isEmpty && edited.isEmpty
            && recategorised.isEmpty && rescored.isEmpty && strategiesAdded.isEmpty && strategiesWithdrawn.isEmpty
            && strategiesDecided.isEmpty && strategiesEdited.isEmpty && !standingChanged
            && actionPlansChanged.isEmpty && periodChanged == nil && !spbeChanged
    }
}

/// A word-level comparison of two texts: the longest common run of words kept, the rest marked removed or added.
public enum WordDiff {
    public enum Piece: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    public static func pieces(from old: String, to new: String) -> [Piece] {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...]. Items are at most 2,000 characters,
        // a few hundred words, so the table stays small.
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var pieces: [Piece] = []
        func append(_ piece: Piece) {
            // Neighbouring words of one kind read as one phrase.
            switch (pieces.last, piece) {
            case (.same(let x)?, .same(let y)): pieces[pieces.count - 1] = .same(x + " " + y)
            case (.removed(let x)?, .removed(let y)): pieces[pieces.count - 1] = .removed(x + " " + y)
            case (.added(let x)?, .added(let y)): pieces[pieces.count - 1] = .added(x + " " + y)
            default: pieces.append(piece)
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                append(.same(a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                append(.added(b[j])); j += 1
            } else {
                append(.removed(a[i])); i += 1
            }
        }
        // Removed before added, so a replaced phrase reads "[-old-]{+new+}".
        for index in pieces.indices.dropLast() {
            if case .added = pieces[index], case .removed = pieces[index + 1] { pieces.swapAt(index, index + 1) }
        }
        return pieces
    }
}
