extension Matcher {
    /// How many categories `show` offers for an item: its own, then suggestions up to this many.
    public static let offeredCategories = 3
    /// Least share of the examples reading (`ExampleClassifier`) a suggestion needs: below it the reading is only
    /// spreading what is left over every category.
    static let leastSuggestionShare = 0.05

    /// Categories worth a look beside an item's own, when it has fewer than `offeredCategories`: those the labelled
    /// items that read like it were filed under (`ExampleClassifier`), most likely first, marked as guesses
    /// (`MatchFallback.examples`). They are offered, not given: coverage and `derive` count only the item's own
    /// categories until the planner `tag`s one. "Pegawai yg paham jaringan cuma 2 org" matched staff by its keywords;
    /// items planners wrote alike also point at digital literacy. `categories`: the item's own (ids);
    /// `rejected`: those the planner removed by hand, never offered again.
    public func suggestions(
        for text: String, beside categories: [String], rejected: [String] = []
    ) -> [CategoryMatch] {
        guard categories.count < Matcher.offeredCategories, let reader = examples.classifier else { return [] }
        let text = generated.blanked(text)
        var offered = categories
        var suggestions: [CategoryMatch] = []
        for guess in reader.reading(text) where offered.count < Matcher.offeredCategories {
            guard guess.share >= Matcher.leastSuggestionShare else { break }
            guard !offered.contains(guess.category), !rejected.contains(guess.category),
                  categoryIDs.contains(guess.category)
            else { continue }
            offered.append(guess.category)
            suggestions.append(CategoryMatch(
                category: guess.category, score: guess.share * Matcher.fallbackScale,
                terms: reader.evidence(text, for: guess.category), fallback: .examples))
        }
        return suggestions
    }
}
