extension Matcher {
    /// A note for the planner when an item's wording suggests another quadrant, or nil. Never moves the item.
    ///
    /// - a strength that reads as a lack (`belum`, `kurang`, `lack`, …) may be a weakness;
    /// - a strength or weakness that names an outside actor (`pemerintah pusat`, `hackers`, `vendor`, …) may be an
    ///   opportunity or threat;
    /// - an opportunity or threat with no outside actor (not even the public, the centre, a vendor, a university or
    ///   a regulation) whose best category is about the organisation itself (HR, structure, culture, …) may be a
    ///   strength or weakness.
    public func misfileWarning(for quadrant: Quadrant, result: MatchResult, language: Language) -> String? {
        func quoted(_ cues: [String]) -> String {
            cues.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
        }
        switch quadrant {
        case .strength where !result.lackCues.isEmpty:
            let cues = quoted(result.lackCues)
            return language == .id
                ? "Kekuatan ini terbaca sebagai kekurangan (\(cues)). Jika yang dimaksud adalah sesuatu yang belum ada "
                    + "atau masih lemah, mungkin lebih tepat di Kelemahan."
                : "This strength reads like a lack (\(cues)). If it describes something missing or weak, it may belong "
                    + "under Weaknesses."
        case .strength, .weakness:
            guard !result.externalCues.isEmpty else { return nil }
            let cues = quoted(result.externalCues)
            let target = quadrant == .strength ? Quadrant.opportunity : Quadrant.threat
            let here = quadrant.name(language).lowercased()
            return language == .id
                ? "Butir ini menyebut pihak atau keadaan di luar organisasi (\(cues)). Kekuatan dan kelemahan "
                    + "menggambarkan organisasi sendiri; jika butir ini tentang lingkungan luar, mungkin lebih tepat "
                    + "di \(target.name(.id)) daripada \(here)."
                : "This item mentions something outside the organisation (\(cues)). Strengths and weaknesses describe "
                    + "the organisation itself; if this is about its environment, it may belong under "
                    + "\(target.name(.en)) rather than \(here)."
        case .opportunity, .threat:
            guard result.outsideActorCues.isEmpty, let top = result.categories.first,
                  internalCategories.contains(top.category)
            else { return nil }
            let target = quadrant == .opportunity ? Quadrant.strength : Quadrant.weakness
            let here = quadrant.name(language).lowercased()
            let terms = top.terms.isEmpty ? "" : " (\(quoted(top.terms)))"
            return language == .id
                ? "Butir ini terbaca sebagai keadaan di dalam organisasi\(terms), tanpa pihak luar yang disebut. "
                    + "Peluang dan ancaman datang dari lingkungan luar; jika butir ini tentang organisasi sendiri, "
                    + "mungkin lebih tepat di \(target.name(.id)) daripada \(here)."
                : "This item reads as something inside the organisation\(terms), with no outside party named. "
                    + "Opportunities and threats come from the environment; if this is about the organisation itself, "
                    + "it may belong under \(target.name(.en)) rather than \(here)."
        }
    }
}
