import SwotCore

/// Commands that show and correct how items are matched to the knowledge base's categories.
enum MatchingCommands {
    static let all: [Command] = [classify, tag, untag, coverage]

    static let classify = Command(
        "classify", usage: "classify [ID]",
        summary: "Match items to categories again (all, or one)",
        details: "Items are matched when added or edited; classify runs the matcher again, for example after `kb "
            + "load`. Categories set with `tag` stay, and ones removed with `untag` stay out.",
        arguments: [.itemID]
    ) { call in
        try call.expectNoMore(after: 1)
        let session = call.session
        let matcher = session.matcher
        if call.words[1] != nil {
            let id = try call.itemID(1)
            try session.change(.items([id])) { try $0.classify(id, with: matcher) }
            let plan = try session.requirePlan()
            call.print(
                ItemCommands.describe(plan.items[try plan.indexOfItem(id)], knowledgeBase: session.knowledgeBase)
            )
        } else {
            try session.change { $0.classifyAll(with: matcher) }
            let plan = try session.requirePlan()
            for quadrant in Quadrant.allCases {
                for item in plan.items(in: quadrant) {
                    call.print(ItemCommands.describe(item, knowledgeBase: session.knowledgeBase))
                }
            }
        }
    }

    static let tag = Command(
        "tag", usage: "tag ID CATEGORY",
        summary: "Put an item in a category by hand (the matcher will keep it)",
        details: "CATEGORY is an id or code such as C05 or HR (`kb` lists them). A hand-set category comes first, with "
            + "score 1, and is saved with the plan. Tab after `tag ID ` lists first the categories `show ID` offers "
            + "beside the item's own.",
        arguments: [.itemID, .category]
    ) { call in
        let id = try call.itemID(1)
        let category = try requireCategory(try call.word(2), in: call.session.knowledgeBase)
        try call.expectNoMore(after: 2)
        try call.session.change(.items([id])) { try $0.tag(id, category: category.id) }
        call.print("Tagged \(id) with \(category.id) \(category.code).")
    }

    static let untag = Command(
        "untag", usage: "untag ID CATEGORY",
        summary: "Take an item out of a category (the matcher will not put it back)",
        details: "Tab after `untag ID ` offers the item's own categories.",
        arguments: [.itemID, .itemCategory]
    ) { call in
        let id = try call.itemID(1)
        let category = try requireCategory(try call.word(2), in: call.session.knowledgeBase)
        try call.expectNoMore(after: 2)
        try call.session.change(.items([id])) { try $0.untag(id, category: category.id) }
        call.print("Removed \(category.id) \(category.code) from \(id).")
    }

    /// The category named by an id or code, or an error that suggests the closest one (`USR` → `USER`).
    static func requireCategory(_ name: String, in knowledgeBase: KnowledgeBase) throws(ShellError) -> Category {
        if let category = knowledgeBase.category(named: name) { return category }
        let hint = closestCategory(to: name, in: knowledgeBase).map {
            " Did you mean `\($0.code)` (\($0.id) \($0.name.en))?"
        }
        throw ShellError.badArgument(
            "\"\(TerminalText.safe(name))\" is not a category.\(hint ?? "") Use an id or code such as C05 or HR; `kb` "
                + "lists them all.")
    }

    /// The category whose code or id is nearest to a mistyped name, if near enough to be a likely slip.
    static func closestCategory(to name: String, in knowledgeBase: KnowledgeBase) -> Category? {
        let spellings = knowledgeBase.categories.map { ($0, [$0.code.lowercased(), $0.id.lowercased()]) }
        return EditDistance.closest(to: name.lowercased(), among: spellings) { max(1, $0 / 3) }
    }

    static let coverage = Command(
        "coverage", usage: "coverage",
        summary: "Which categories the items touch, and questions for the ones not considered yet",
        details: "Turns the knowledge base into a checklist: for every category no item touches, most widely supported "
            + "by the papers first, a question to ask in the session, grounded in the papers."
    ) { call in
        try call.expectNoMore(after: 0)
        let session = call.session
        let plan = try session.requirePlan()
        let language = plan.effectiveLanguage
        let coverage = Coverage(plan: plan, knowledgeBase: session.knowledgeBase)
        call.print(language == .id
            ? "Kategori yang sudah disentuh (\(coverage.touched.count) dari \(session.knowledgeBase.categories.count)):"
            : "Categories touched (\(coverage.touched.count) of \(session.knowledgeBase.categories.count)):")
        for entry in coverage.touched {
            call.print("  \(entry.category.id) \(entry.category.code.padding(to: 8)) "
                + "\(entry.itemIDs.joined(separator: " "))")
        }
        if !coverage.uncategorised.isEmpty {
            call.print(Wrapping.wrap(language == .id
                ? "Belum berkategori (tidak dihitung di mana pun; tetapkan dengan `tag ID CATEGORY`): "
                    + "\(coverage.uncategorised.joined(separator: " "))"
                : "Without a category (counted nowhere; set one with `tag ID CATEGORY`): "
                    + "\(coverage.uncategorised.joined(separator: " "))",
                width: 100, indent: "  "))
        }
        if !coverage.lowConfidence.isEmpty {
            call.print(Wrapping.wrap(language == .id
                ? "Kategori hanya tebakan (periksa dengan `show ID`): \(coverage.lowConfidence.joined(separator: " "))"
                : "Categories only guessed (check with `show ID`): \(coverage.lowConfidence.joined(separator: " "))",
                width: 100, indent: "  "))
        }
        guard !coverage.missing.isEmpty else { return }
        call.print("")
        call.print(language == .id ? "Belum dipertimbangkan:" : "Not considered yet:")
        for category in coverage.missing {
            call.print(Wrapping.wrap("\(category.id) \(category.code): "
                + "\(category.question[language])", width: 100, indent: "  "))
        }
    }
}
