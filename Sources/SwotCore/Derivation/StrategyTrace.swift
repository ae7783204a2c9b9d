/// Why a strategy is in the plan: its items and the categories and words that matched the move, the move, how
/// the score comes about, and the papers behind it. Built from the plan and knowledge base as they are now.
public struct StrategyTrace: Sendable {
    public struct ItemTrace: Sendable {
        public var id: String
        /// Nil when the item is gone from the plan (the strategy is stale).
        public var item: Item?
        /// The item's categories that select the move (all its categories for the planner's own strategies).
        public var matches: [CategoryMatch]
        /// The item's strength for the move (see `StrategyScoring`).
        public var strength: Double
        /// The weight factor when the plan has IFE/EFE weights.
        public var weightFactor: Double?
    }

    public var strategy: Strategy
    public var items: [ItemTrace]
    /// The move, when the knowledge base still has it.
    public var move: StrategyMove?
    /// The best pair of an internal and an external item, the basis and focus factors of the move and the pair's
    /// affinity (`StrategyScoring`): score = product.
    public var bestInternal: ItemTrace?
    public var bestExternal: ItemTrace?
    public var basisFactor: Double?
    public var focusFactor: Double?
    public var affinity: Double = 1
    /// True when no item on one side has the move's categories (a fallback strategy).
    public var isFallback: Bool
    /// What the sentence says in place of the move's action (`StrategyText.ownStep`), for a derived strategy whose
    /// words the planner has not edited.
    public var ownStep: StrategyText.OwnStep?
    /// The step after the colon of such a sentence (`StrategyText.closingStep`), when the sentence has one.
    public var closingStep: StrategyText.ClosingStep?

    public init(strategy: Strategy, plan: Plan, knowledgeBase: KnowledgeBase) {
        self.strategy = strategy
        let move = strategy.moveID.flatMap { id in knowledgeBase.moves.first { $0.id == id } }
        self.move = move
        let scoring = StrategyScoring(plan: plan)
        let weighted = plan.items.contains { $0.weight != nil }
        let items: [ItemTrace] = strategy.sources.map { id in
            guard let item = plan.item(written: id) else {
                return ItemTrace(id: id, item: nil, matches: [], strength: 0, weightFactor: nil)
            }
            let factor = weighted ? scoring.weightFactor(item) : nil
            guard let move else {
                return ItemTrace(
                    id: id,
                    item: item,
                    matches: item.categories,
                    strength: scoring.bestStrength(of: item),
                    weightFactor: factor
                )
            }
            let found = scoring.strength(of: item, for: item.quadrant.isInternal ? move.internal : move.external)
            return ItemTrace(id: id, item: item, matches: found.matches, strength: found.value, weightFactor: factor)
        }
        self.items = items
        let inner = items.filter { $0.item?.quadrant.isInternal == true }
        let outer = items.filter { $0.item?.quadrant.isInternal == false }
        func pairAffinity(_ pair: (ItemTrace, ItemTrace)) -> Double {
            guard let first = pair.0.item, let second = pair.1.item else { return 1 }
            return StrategyScoring.affinity(first, second)
        }
        let best = inner.flatMap { first in outer.map { (first, $0) } }
            .max { $0.0.strength * $0.1.strength * pairAffinity($0) < $1.0.strength * $1.1.strength * pairAffinity($1) }
        bestInternal = best?.0
        bestExternal = best?.1
        affinity = best.map(pairAffinity) ?? 1
        basisFactor = move.map { StrategyScoring.basisFactor($0.basis) }
        focusFactor = move.map(StrategyScoring.focusFactor)
        isFallback = move != nil && (bestInternal?.matches.isEmpty ?? true || bestExternal?.matches.isEmpty ?? true)
        if strategy.origin == .derived, !strategy.edited, let move, let (inner, outer) = plan.namedItems(strategy) {
            let language = plan.effectiveLanguage
            ownStep = StrategyText.ownStep(strategy.quadrant, move: move, internal: inner, external: outer,
                                           language: language, oneSided: strategy.oneSided)
            // The sentence may have left the step out to stay short: only a step it says is traced.
            closingStep = ownStep.flatMap {
                StrategyText.closingStep(strategy.quadrant, $0, internal: inner, external: outer, language: language)
            }.flatMap { strategy.text.hasSuffix(": \($0.text).") ? $0 : nil }
        }
    }
}
