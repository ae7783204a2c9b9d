/// Applying the matcher to a plan's items, with the planner's own decisions (`tag`, `untag`) kept on top.
extension Plan {
    /// Matches one item again: hand-set categories stay first, categories the planner removed stay out.
    /// Returns the match, which a caller may show (cues of a misfiled item) without matching the text again.
    @discardableResult
    public mutating func classify(_ id: ItemID, with matcher: Matcher) throws -> MatchResult {
        let index = try indexOfItem(id)
        var item = items[index]
        let result = matcher.match(item.text)
        let manual = item.categories.filter(\.setByUser)
        let excluded = Set(manual.map(\.category)).union(item.rejectedCategories)
        item.categories = manual + result.categories.filter { !excluded.contains($0.category) }.map(\.rounded)
        item.language = result.language
        items[index] = item
        return result
    }

    /// Matches every item again.
    public mutating func classifyAll(with matcher: Matcher) {
        for item in items {
            try? classify(item.itemID, with: matcher)
        }
    }

    /// Sets a category by hand: it goes first, with score 1, and the matcher never removes it.
    public mutating func tag(_ id: ItemID, category: String) throws {
        let index = try indexOfItem(id)
        var item = items[index]
        item.categories.removeAll { $0.category == category }
        item.rejectedCategories.removeAll { $0 == category }
        let manualCount = item.categories.prefix(while: \.setByUser).count
        item.categories.insert(CategoryMatch(category: category, score: 1, terms: [], setByUser: true), at: manualCount)
        items[index] = item
    }

    /// Removes a category by hand; the matcher will not bring it back.
    public mutating func untag(_ id: ItemID, category: String) throws {
        let index = try indexOfItem(id)
        var item = items[index]
        guard item.categories.contains(where: { $0.category == category }) else {
            throw PlanError.notTagged(item.id, category: category)
        }
        item.categories.removeAll { $0.category == category }
        if !item.rejectedCategories.contains(category) { item.rejectedCategories.append(category) }
        items[index] = item
    }
}

extension Item {
    /// True when the item has categories but the matcher only guessed them (`MatchFallback`) and none was set by
    /// hand: worth a look (`show`, then `tag` or `untag`).
    public var hasOnlyLowConfidenceCategories: Bool {
        !categories.isEmpty && categories.allSatisfy { $0.fallback != nil }
    }
}

extension CategoryMatch {
    /// The match with its score rounded to three decimals, so plan files stay short and diff calmly.
    var rounded: CategoryMatch {
        var copy = self
        copy.score = (score * 1000).rounded() / 1000
        return copy
    }
}
