import SwotCore

/// Commands that add, change and list SWOT items.
enum ItemCommands {
    static let all: [Command] = [add, list, show, edit, label, remove, move, undo, redo]

    static let add = Command(
        "add", usage: "add s|w|o|t TEXT",
        summary: "Add a strength, weakness, opportunity or threat",
        details: "The quadrant may also be written strength, weakness, opportunity, threat or kekuatan, kelemahan, "
            + "peluang, ancaman. The item gets the next id of its quadrant (S1, S2, …), kept for the plan's life.",
        arguments: [.quadrant, .text]
    ) { call in
        let quadrant = try parseQuadrant(try call.word(1))
        let text = try call.text(from: 2)
        let session = call.session
        let matcher = session.matcher
        let (item, match) = try session.change(.newItem) { plan -> (Item, MatchResult) in
            let added = try plan.addItem(quadrant, text: text)
            let match = try plan.classify(added.itemID, with: matcher)
            return (plan.items[try plan.indexOfItem(added.itemID)], match)
        }
        call.print("Added \(item.id): \(TerminalText.safe(item.text))")
        reportMatch(item, match, session: session)
    }

    static let list = Command(
        "list", usage: "list [QUADRANT]",
        summary: "List the items, all or one quadrant",
        arguments: [.quadrant]
    ) { call in
        try call.expectNoMore(after: 1)
        let plan = try call.session.requirePlan()
        let quadrants = try call.words[1].map { [try parseQuadrant($0)] } ?? Quadrant.allCases
        // Written into one buffer and printed at once: a quadrant of thousands of items is one write.
        var listing = ItemListing(plan, knowledgeBase: call.session.knowledgeBase, lines: call.session.listedLines)
        for quadrant in quadrants { listing.append(quadrant) }
        call.print(listing.text)
    }

    static let show = Command(
        "show", usage: "show ID",
        summary: "Show one item in full",
        details: "Shows the item's text, its label and its categories with the words that matched each (or the rule "
            + "behind a low-confidence guess). When the item has fewer than three categories, `show` also offers "
            + "the ones that items planners wrote alike were filed under, as a guess worth a look: they count for "
            + "nothing (coverage, derive) until you `tag` one. A category you removed from the item with `untag` "
            + "is never offered again.",
        arguments: [.itemID]
    ) { call in
        let id = try call.itemID(1)
        try call.expectNoMore(after: 1)
        let session = call.session
        let plan = try session.requirePlan()
        let item = plan.items[try plan.indexOfItem(id)]
        call.print("\(item.id) (\(item.quadrant.name(.en).lowercased()) / \(item.quadrant.name(.id).lowercased()))")
        call.print("  \(TerminalText.safe(item.text))")
        call.print("  Label: \(describeLabel(item))")
        if item.categories.isEmpty {
            call.print("  No category matched. Set one with `tag \(item.id) CATEGORY` (`kb` lists them).")
        }
        // Only a low-confidence guess is described in the plan's language, which takes a count of every item.
        lazy var language = plan.effectiveLanguage
        for match in item.categories {
            call.print("  " + describe(match, knowledgeBase: session.knowledgeBase,
                                       language: match.fallback == nil ? .en : language))
        }
        if item.hasOnlyLowConfidenceCategories {
            call.print("  " + lowConfidenceHint(item.id, language: language))
        }
        let suggestions = session.matcher.suggestions(
            for: item.text, beside: item.categories.map(\.category), rejected: item.rejectedCategories)
        if !suggestions.isEmpty {
            call.print("  " + suggestionsHeading(item.id, language: language))
            for match in suggestions {
                call.print("    " + describe(match, knowledgeBase: session.knowledgeBase, language: language))
            }
        }
        if !item.rejectedCategories.isEmpty {
            call.print("  Removed by hand: \(item.rejectedCategories.joined(separator: ", "))")
        }
    }

    static let edit = Command(
        "edit", usage: "edit ID TEXT",
        summary: "Replace an item's text (S1 …) or a strategy's (SO1 …)",
        arguments: [.itemID, .text]
    ) { call in
        if let word = call.words[1], StrategyID(word) != nil { return try StrategyCommands.editStrategy(call) }
        let id = try call.itemID(1)
        let text = try call.text(from: 2)
        let session = call.session
        let matcher = session.matcher
        let (item, match) = try session.change(.items([id])) { plan -> (Item, MatchResult) in
            try plan.editItem(id, text: text)
            let match = try plan.classify(id, with: matcher)
            return (plan.items[try plan.indexOfItem(id)], match)
        }
        call.print("Changed \(item.id).")
        reportMatch(item, match, session: session)
    }

    static let label = Command(
        "label", usage: "label ID [TEXT | -]",
        summary: "Show or set the short name strategies use for an item (- goes back to the default)",
        details: """
            Strategy sentences name each item by a short label, the same in every strategy and report, with its id \
            beside it: `Gunakan SDM TI bersertifikat (S2) untuk menghadapi …`; a WO or WT strategy of one weakness \
            whose default label says what is wrong opens with the repair it asks for (`Perkuat SDM TI (W3) dengan \
            memanfaatkan …` for "Kurangnya SDM TI"), your own label is said as you wrote it. \
            Without a label of your own, the default is cut from the item's text: a noun phrase of at most six words \
            ending where a phrase ends, without opening words such as Terdapat, Masih, Belum ada, Kurangnya, There is \
            or Lack of (when the opening word says something is missing, sentences say "kurangnya …" / "the lack of \
            …"), nor the organisation holding what the item is about ("Pemkot sudah punya data center sendiri" is \
            "data center sendiri", "Sudah memiliki Perbup SPBE" is "Perbup SPBE", "The city runs a help desk" is \
            "the help desk"). A default label that says what its \
            subject does reads as a noun phrase in a sentence: Indonesian puts "yang" before the predicate ("Atasi \
            operator desa yang sering ganti (W1)"), English leaves out "is" \
            or "are" ("Fix agency applications not integrated (W2)"). \
            A sentence in the other language than the item's (an Indonesian item under `lang en`) quotes the label as \
            the item's own words, `Use “SDM yang memadai” (S5) to …`, rather than mixing languages mid-phrase; a label \
            of your own is shown as you wrote it, so one in the plan's language reads best. \
            Examples: `label W2 60 aplikasi OPD belum terintegrasi` sets one (at most \(ItemLabel.maximumLength) \
            characters), `label W2` shows it, `label W2 -` clears it. The derived strategies naming the item are \
            written again with the new label at once (not those whose words you edited); `undo` takes it all back.
            """,
        arguments: [.itemID, .text]
    ) { call in
        let id = try call.itemID(1)
        guard call.words[2] != nil else {
            let plan = try call.session.requirePlan()
            let item = plan.items[try plan.indexOfItem(id)]
            call.print("\(item.id) label: \(describeLabel(item))")
            return
        }
        let text = try call.text(from: 2)
        let knowledgeBase = call.session.knowledgeBase
        // The strategies naming the item are written again with the new label, in the same change: one undo.
        let (item, reworded) = try call.session.change { plan -> (Item, [String]) in
            try plan.setLabel(id, label: text)
            return (plan.items[try plan.indexOfItem(id)], plan.rewordStrategies(knowledgeBase: knowledgeBase))
        }
        let verb = item.label == nil ? "Cleared the label of \(item.id); it is named by the "
            + "default" : "\(item.id) label set"
        call.print("\(verb): \(describeLabel(item)).\(rewordedNote(reworded))")
    }

    /// " Strategies SO1, WO2 now say it so." after a change that rewrote strategy sentences, else nothing.
    static func rewordedNote(_ reworded: [String]) -> String {
        guard !reworded.isEmpty else { return "" }
        let noun = reworded.count == 1 ? "Strategy" : "Strategies"
        return " \(noun) \(reworded.joined(separator: ", ")) now \(reworded.count == 1 ? "says" : "say") it so."
    }

    /// `SDM TI (default, from the text)` or the planner's own label.
    static func describeLabel(_ item: Item) -> String {
        let label = ItemLabel.of(item)
        return TerminalText.safe(label.text) + (item.label == nil ? " (default, from the text; `label \(item.id) TEXT` "
            + "sets your own)" : "")
    }

    static let remove = Command(
        "remove", usage: "remove ID",
        summary: "Remove an item (its id is not reused; `undo` brings it back)",
        arguments: [.itemID]
    ) { call in
        let id = try call.itemID(1)
        try call.expectNoMore(after: 1)
        let session = call.session
        let item = try session.savingHint { try session.requireDocument().remove(id) }
        call.print("Removed \(item.id): \(TerminalText.safe(item.text))")
    }

    static let move = Command(
        "move", usage: "move ID QUADRANT",
        summary: "Move an item to another quadrant (it gets that quadrant's next id)",
        arguments: [.itemID, .quadrant]
    ) { call in
        let id = try call.itemID(1)
        let quadrant = try parseQuadrant(try call.word(2))
        try call.expectNoMore(after: 2)
        let before = try call.session.requirePlan().item(id)
        let moved = try call.session.change(.items([id])) { try $0.moveItem(id, to: quadrant) }
        call.print("Moved \(id) to \(quadrant.name(.en).lowercased()) as \(moved.id).")
        if let rating = before?.rating, moved.rating == nil {
            let range = Plan.matrix(of: quadrant).ratingRange(for: quadrant)
            call.print("  Its rating \(ScoreFormat.number(rating)) does not fit \(quadrant.name(.en).lowercased()) "
                + "(rated \(ScoreFormat.number(range.lowerBound))–\(ScoreFormat.number(range.upperBound))) and was "
                + "cleared; `rate \(moved.id) R` sets a new one.")
        }
    }

    static let undo = Command(
        "undo", usage: "undo",
        summary: "Take back the last change of this session"
    ) { call in
        try call.expectNoMore(after: 0)
        let session = call.session
        try session.savingHint { try session.requireDocument().undo() }
        call.print("Undone.")
    }

    static let redo = Command(
        "redo", usage: "redo",
        summary: "Make again the change `undo` took back"
    ) { call in
        try call.expectNoMore(after: 0)
        let session = call.session
        try session.savingHint { try session.requireDocument().redo() }
        call.print("Redone.")
    }

    /// After `add` or `edit`: the categories found and, when the wording suggests another quadrant, a note.
    static func reportMatch(_ item: Item, _ result: MatchResult, session: Session) {
        let knowledgeBase = session.knowledgeBase
        if item.categories.isEmpty {
            session.print("  No category matched; set one with `tag \(item.id) CATEGORY` (`kb` lists them).")
        } else {
            session.print("  Categories: " + item.categories.prefix(3).map { match in
                "\(knowledgeBase.label(forCategory: match.category)) \(ScoreFormat.fixed(match.score, decimals: 2))"
                    + (match.fallback == nil ? "" : "?")
            }.joined(separator: ", "))
            if item.hasOnlyLowConfidenceCategories {
                session.print("  " + lowConfidenceHint(item.id, language: item.language ?? .en))
            }
        }
        let language = item.language ?? .en
        if let warning = session.matcher.misfileWarning(for: item.quadrant, result: result, language: language) {
            let move = language == .id ? "Pindahkan dengan `move \(item.id) QUADRANT` jika "
                + "perlu." : "Move it with `move \(item.id) QUADRANT` if so."
            session.print(Wrapping.wrap("Note: \(warning) \(move)", width: 100, indent: "  "))
        }
    }

    /// `C05 HR  0.75  (by hand)` or with the words that matched, and for a low-confidence guess the rule that made it.
    static func describe(_ match: CategoryMatch, knowledgeBase: KnowledgeBase, language: Language = .en) -> String {
        let label = knowledgeBase.label(forCategory: match.category).padding(to: 11)
        return "\(label) \(ScoreFormat.fixed(match.score, decimals: 2))  \(matchedWords(match, language: language))"
    }

    /// "matched: pelatihan, pegawai", "set by hand", or "low confidence (part of a keyword phrase): insiden".
    static func matchedWords(_ match: CategoryMatch, language: Language) -> String {
        if match.setByUser { return "set by hand" }
        let words = match.terms.map(TerminalText.safe).joined(separator: ", ")
        guard let rule = match.fallback else { return "matched: " + words }
        let low = language == .id ? "keyakinan rendah" : "low confidence"
        return "\(low) (\(rule.explanation(language)))" + (words.isEmpty ? "" : ": " + words)
    }

    /// Said under an item whose categories are only guesses.
    static func lowConfidenceHint(_ id: String, language: Language) -> String {
        language == .id
            ? "Kategori ini hanya tebakan (keyakinan rendah); tetapkan dengan `tag \(id) CATEGORY` atau hapus dengan "
                + "`untag \(id) CATEGORY`."
            : "These categories are only guesses (low confidence); confirm one with `tag \(id) CATEGORY` or remove it "
                + "with `untag \(id) CATEGORY`."
    }

    /// Said above the categories `show` offers beside an item's own (`Matcher.suggestions`).
    static func suggestionsHeading(_ id: String, language: Language) -> String {
        language == .id
            ? "Patut dipertimbangkan juga (belum dihitung; `tag \(id) CATEGORY` menambahkannya):"
            : "Also worth a look (not counted until you `tag \(id) CATEGORY`):"
    }

    /// `C05 HR`, or `C12 APP?` for a low-confidence guess.
    static func label(_ match: CategoryMatch, _ knowledgeBase: KnowledgeBase) -> String {
        knowledgeBase.label(forCategory: match.category) + (match.fallback == nil ? "" : "?")
    }

    /// One line per item: id, text and its categories.
    static func describe(_ item: Item, knowledgeBase: KnowledgeBase) -> String {
        let categories = item.categories.map { label($0, knowledgeBase) }.joined(separator: ", ")
        return "\(item.id.padding(to: 4)) \(TerminalText.safe(item.text))  "
            + "[\(categories.isEmpty ? "no category" : categories)]"
    }

    static func parseQuadrant(_ word: String) throws(ShellError) -> Quadrant {
        guard let quadrant = Quadrant(parsing: word) else {
            throw ShellError.badArgument("\"\(word)\" is not a quadrant. Use s, w, o or t (or strength, weakness, "
                + "opportunity, threat; kekuatan, kelemahan, peluang, ancaman).")
        }
        return quadrant
    }

    /// "7 strengths, 6 weaknesses, 3 opportunities, 3 threats".
    static func countSummary(_ plan: Plan) -> String {
        Quadrant.allCases.map { quadrant in
            let count = plan.items(in: quadrant).count
            return "\(count) \(quadrant.name(.en).lowercased())"
        }.joined(separator: ", ")
    }
}
