/// Which categories a plan's items touch, and which common success factors it has not considered yet: the
/// knowledge base used as a checklist for the session.
public struct Coverage: Sendable, Equatable {
    public struct Touched: Sendable, Equatable {
        public var category: Category
        /// Items whose categories include this one, in id order.
        public var itemIDs: [String]
    }

    public var touched: [Touched]
    /// Categories no item touches, most widely supported by the papers first (the question to ask is on each).
    public var missing: [Category]
    /// Items with no category at all, in id order: coverage cannot count them anywhere until they are tagged.
    public var uncategorised: [String]
    /// Items whose categories are only low-confidence guesses, in id order.
    public var lowConfidence: [String]

    public init(plan: Plan, knowledgeBase: KnowledgeBase) {
        var itemsByCategory: [String: [String]] = [:]
        for id in plan.sortedItemIDs {
            for match in plan.item(written: id)?.categories ?? [] {
                itemsByCategory[match.category, default: []].append(id)
            }
        }
        touched = knowledgeBase.categories.compactMap { category in
            itemsByCategory[category.id].map { Touched(category: category, itemIDs: $0) }
        }
        let support = Coverage.paperSupport(knowledgeBase)
        missing = knowledgeBase.categories
            .filter { itemsByCategory[$0.id] == nil }
            .sorted { (support[$0.id] ?? 0, $1.id) > (support[$1.id] ?? 0, $0.id) }
        uncategorised = plan.sortedItemIDs.filter { plan.item(written: $0)?.categories.isEmpty == true }
        lowConfidence = plan.sortedItemIDs.filter { plan.item(written: $0)?.hasOnlyLowConfidenceCategories == true }
    }

    /// How many distinct papers back each category, through its own citations and its factors'.
    static func paperSupport(_ knowledgeBase: KnowledgeBase) -> [String: Int] {
        var papers: [String: Set<String>] = [:]
        for category in knowledgeBase.categories {
            papers[category.id, default: []].formUnion(category.citations.map(\.source))
        }
        for factor in knowledgeBase.factors {
            papers[factor.category, default: []].formUnion(factor.citations.map(\.source))
        }
        return papers.mapValues(\.count)
    }
}
