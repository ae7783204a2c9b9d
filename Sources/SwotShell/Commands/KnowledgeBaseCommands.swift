import SwotCore

/// `kb`: the knowledge base of e-Government success factors from the five papers, and the planner's own entries.
enum KnowledgeBaseCommands {
    static let all: [Command] = [kb]

    /// The subcommands and what each takes (for Tab completion).
    static let subcommands: [String: [Command.Argument]] = [
        "show": [.category], "search": [.text], "frameworks": [], "framework": [.framework],
        "sources": [], "load": [.path], "unload": [],
    ]

    /// Output is wrapped to this width whatever the terminal, so it reads the same in pipes and diffs.
    static let width = 80

    static let kb = Command(
        "kb", usage: "kb [show NAME | search WORDS | frameworks | framework NAME | sources | load FILE | unload]",
        summary: "The knowledge base: categories, factors, moves and frameworks from the five papers",
        details: "`kb` lists the 24 categories (and any loaded with `kb load`). `kb show NAME` shows one category (C05 "
            + "or HR), factor (F001), move (M001, with the categories that select it and whose authority it needs: "
            + "own, shared, government or national) or framework (kpmg) with its sources. `kb search WORDS` searches "
            + "every entry in both languages, by word stems (pelatihan finds latih and dilatih). "
            + "`kb frameworks` lists the "
            + "frameworks; `kb framework NAME` shows one, by id or alias. `kb sources` lists the five papers with "
            + "their file names and titles, and the SPBE regulation (PermenPANRB 59/2020). `kb load FILE` adds your "
            + "own categories, factors and moves from a JSON file to this plan (format: README.md, \"Knowledge-base "
            + "files\"; example: examples/kb-extension.json); loading a file again replaces the entries with the same "
            + "ids, and the items are matched again. `kb unload` removes the loaded entries; `undo` takes back either.",
        arguments: [.subcommands(subcommands)]
    ) { call in
        guard let first = call.words[1] else { return try listCategories(call) }
        switch first.lowercased() {
        case "show": try show(call)
        case "search": try search(call)
        case "frameworks": try call.expectNoMore(after: 1); try listFrameworks(call)
        case "framework": try showFramework(call)
        case "sources": try call.expectNoMore(after: 1); listSources(call)
        case "load": try load(call)
        case "unload": try call.expectNoMore(after: 1); try unload(call)
        default:
            throw ShellError.badArgument("\"\(first)\" is not a kb command. Use one of: "
                + "\(subcommands.keys.sorted().joined(separator: ", ")); `help kb` explains them.")
        }
    }

    // MARK: - Listing

    static func listCategories(_ call: Invocation) throws {
        let kb = call.session.knowledgeBase
        call.print("Categories (\(kb.categories.count)); `kb show C05` or `kb show HR` for one, `kb search WORDS` to "
            + "search:")
        let labelWidth = kb.categories.map { "\($0.id) \($0.code)".count }.max() ?? 0
        for category in kb.categories {
            let counts = "\(kb.factors.count(where: { $0.category == category.id })) factors, "
                + "\(moves(for: category.id, in: kb).count) moves"
            let label = "\(category.id) \(category.code)".padding(to: labelWidth)
            call.print("  \(label)  \(names(category.name))  (\(counts))\(loadedMark(category.id))")
        }
    }

    static func listFrameworks(_ call: Invocation) throws {
        let kb = call.session.knowledgeBase
        call.print("Frameworks (\(kb.frameworks.count)); `kb framework NAME` for one:")
        let idWidth = kb.frameworks.map(\.id.count).max() ?? 0
        for framework in kb.frameworks {
            call.print("  \(framework.id.padding(to: idWidth))  \(names(framework.name))")
        }
    }

    static func listSources(_ call: Invocation) {
        let kb = call.session.knowledgeBase
        let language = call.session.plan?.effectiveLanguage ?? .en
        for source in kb.sources {
            call.print("\(source.id)  \(TerminalText.safe(source.file))\(loadedMark(source.id))")
            call.print(Wrapping.wrap(TerminalText.safe(source.title.en), width: width, indent: "      "))
            if source.title.id != source.title.en, !source.title.id.isEmpty, !source.title.en.isEmpty {
                call.print(Wrapping.wrap(TerminalText.safe(source.title.id), width: width, indent: "      "))
            }
            let summary = source.summary[language]
            if !summary.isEmpty {
                call.print(Wrapping.wrap(TerminalText.safe(summary), width: width, indent: "      "))
            }
        }
    }

    // MARK: - Showing one entry

    static func show(_ call: Invocation) throws {
        let name = try call.word(2)
        try call.expectNoMore(after: 2)
        let kb = call.session.knowledgeBase
        if let category = kb.category(named: name) {
            showCategory(category, call)
        } else if let factor = kb.factor(named: name) {
            showFactor(factor, call)
        } else if let move = kb.move(named: name) {
            showMove(move, call)
        } else if let framework = kb.framework(named: name) {
            showFramework(framework, call)
        } else {
            throw ShellError.badArgument("\"\(name)\" is not in the knowledge base. Name a category by id or code (C05 "
                + "or HR; `kb` lists them), a factor (F001), a move (M001) or a framework (`kb frameworks`); `kb "
                + "search WORDS` finds entries by their words.")
        }
    }

    static func showCategory(_ category: SwotCore.Category, _ call: Invocation) {
        let kb = call.session.knowledgeBase
        let language = call.session.plan?.effectiveLanguage ?? .en
        call.print("\(category.id) \(category.code): \(names(category.name))\(loadedMark(category.id))")
        call.print(Wrapping.wrap(TerminalText.safe(category.description[language]), width: width, indent: "  "))
        call.print("Keywords (en):")
        call.print(
            Wrapping.wrap(TerminalText.safe(category.keywords.en.joined(separator: ", ")), width: width, indent: "  ")
        )
        call.print("Keywords (id):")
        call.print(
            Wrapping.wrap(TerminalText.safe(category.keywords.id.joined(separator: ", ")), width: width, indent: "  ")
        )
        call.print("Question for `coverage`:")
        call.print(Wrapping.wrap(TerminalText.safe(category.question[language]), width: width, indent: "  "))
        let factors = kb.factors.filter { $0.category == category.id }
        call.print("Factors (\(factors.count)):")
        for factor in factors {
            call.print("  \(factor.id) \(factor.kind.rawValue), \(factor.origin.rawValue)\(loadedMark(factor.id))")
            call.print(Wrapping.wrap(TerminalText.safe(factor.text[language]), width: width, indent: "       "))
        }
        let moves = moves(for: category.id, in: kb)
        call.print("Moves (\(moves.count)):")
        for move in moves {
            call.print("  \(move.id) \(move.quadrant.rawValue)\(loadedMark(move.id))")
            call.print(Wrapping.wrap(TerminalText.safe(move.action[language]), width: width, indent: "       "))
        }
        printCitations(category.citations, call)
    }

    static func showFactor(_ factor: Factor, _ call: Invocation) {
        let kb = call.session.knowledgeBase
        let language = call.session.plan?.effectiveLanguage ?? .en
        call.print("\(factor.id): \(factor.kind.rawValue) factor, \(factor.origin.rawValue), in "
            + "\(categoryName(factor.category, kb))\(loadedMark(factor.id))")
        call.print(Wrapping.wrap(TerminalText.safe(factor.text[language]), width: width, indent: "  "))
        printCitations(factor.citations, call)
    }

    static func showMove(_ move: StrategyMove, _ call: Invocation) {
        let kb = call.session.knowledgeBase
        let language = call.session.plan?.effectiveLanguage ?? .en
        let paperStrategy = move.paperStrategy.map { " (\(TerminalText.safe($0)))" } ?? ""
        call.print("\(move.id): \(move.quadrant.rawValue) move, "
            + "\(move.basis.rawValue)\(paperStrategy)\(loadedMark(move.id))")
        call.print(Wrapping.wrap(TerminalText.safe(move.action[language]), width: width, indent: "  "))
        let side = { (ids: [String]) in
            ids.isEmpty ? "any" : ids.map { kb.label(forCategory: $0) }.joined(separator: ", ")
        }
        // The words an item must name, for a move whose categories are broader than its action.
        let required = { (words: [String]?) in
            guard let words else { return }
            call.print(Wrapping.wrap("  that name one of: " + TerminalText.safe(words.joined(separator: ", ")),
                                     width: width, indent: "    "))
        }
        call.print("Selected by \(move.quadrant.internalSide.name(.en).lowercased()) in: \(side(move.internal))")
        required(move.internalWords)
        call.print("and \(move.quadrant.externalSide.name(.en).lowercased()) in: \(side(move.external))")
        required(move.externalWords)
        call.print("Authority: \(move.authority.rawValue) (\(move.authority.explanation))")
        printCitations(move.citations, call)
    }

    static func showFramework(_ call: Invocation) throws {
        let name = try call.word(2)
        try call.expectNoMore(after: 2)
        let kb = call.session.knowledgeBase
        guard let framework = kb.framework(named: name) else {
            throw ShellError.badArgument("\"\(name)\" is not a framework. Frameworks are "
                + "\(kb.frameworks.map(\.id).joined(separator: ", ")); `kb frameworks` lists them with their names.")
        }
        showFramework(framework, call)
    }

    static func showFramework(_ framework: Framework, _ call: Invocation) {
        let kb = call.session.knowledgeBase
        let language = call.session.plan?.effectiveLanguage ?? .en
        call.print("\(framework.id): \(names(framework.name))")
        if !framework.aliases.isEmpty { call.print("  also: \(framework.aliases.joined(separator: ", "))") }
        call.print(Wrapping.wrap(TerminalText.safe(framework.description[language]), width: width, indent: "  "))
        if !framework.scale.isEmpty {
            call.print("Scale:")
            for level in framework.scale {
                call.print("  \(level.level). \(TerminalText.safe(level.name[language]))")
                call.print(Wrapping.wrap(TerminalText.safe(level.description[language]), width: width, indent: "     "))
            }
        }
        for section in framework.sections {
            call.print("\(TerminalText.safe(section.id)) \(TerminalText.safe(section.name[language]))")
            if let description = section.description?[language], !description.isEmpty {
                call.print(Wrapping.wrap(TerminalText.safe(description), width: width, indent: "  "))
            }
            for item in section.items {
                let category = item.category.map { "  [\(kb.label(forCategory: $0))]" } ?? ""
                call.print("  \(TerminalText.safe(item.id)) \(TerminalText.safe(item.name[language]))\(category)")
                if let description = item.description?[language], !description.isEmpty {
                    call.print(Wrapping.wrap(TerminalText.safe(description), width: width, indent: "      "))
                }
            }
        }
        printCitations(framework.citations, call)
    }

    static func printCitations(_ citations: [Citation], _ call: Invocation) {
        let kb = call.session.knowledgeBase
        call.print("Sources:")
        for citation in citations {
            // A regulation is cited by its part (`Lampiran I`): its name is enough.
            guard citation.hasLines else {
                let name = kb.source(citation.source)?.file ?? citation.source
                call.print("  \(TerminalText.safe(name)) \(TerminalText.safe(citation.part ?? ""))")
                continue
            }
            let file = kb.source(citation.source).map { " \(TerminalText.safe($0.file))" } ?? ""
            let lines = citation.from == citation.to ? "L\(citation.from)" : "L\(citation.from)-\(citation.to)"
            call.print("  \(citation.source)\(file) \(lines)")
            if let quote = citation.quote, !quote.isEmpty {
                call.print(Wrapping.wrap("\"\(TerminalText.safe(quote))\"", width: width, indent: "    "))
            }
        }
    }

    // MARK: - Searching

    static let searchLimit = 25

    static func search(_ call: Invocation) throws {
        let query = try call.text(from: 2)
        let kb = call.session.knowledgeBase
        let language = call.session.plan?.effectiveLanguage ?? .en
        let hits = KnowledgeBaseSearch(knowledgeBase: kb).search(query)
        guard !hits.isEmpty else {
            call.print("Nothing in the knowledge base matches \"\(TerminalText.safe(query))\". Try other words, or the "
                + "other language (pelatihan / training).")
            return
        }
        let shown = hits.prefix(searchLimit)
        for hit in shown {
            switch hit.kind {
            case .category:
                guard let category = kb.categories.first(where: { $0.id == hit.id }) else { continue }
                call.print("\(category.id) \(category.code)  category  \(names(category.name))")
            case .factor:
                guard let factor = kb.factors.first(where: { $0.id == hit.id }) else { continue }
                call.print("\(factor.id)  factor in \(kb.label(forCategory: factor.category)), \(factor.kind.rawValue)")
                call.print(Wrapping.wrap(TerminalText.safe(factor.text[language]), width: width, indent: "      "))
            case .move:
                guard let move = kb.moves.first(where: { $0.id == hit.id }) else { continue }
                call.print("\(move.id)  \(move.quadrant.rawValue) move")
                call.print(Wrapping.wrap(TerminalText.safe(move.action[language]), width: width, indent: "      "))
            case .framework:
                guard let framework = kb.frameworks.first(where: { $0.id == hit.id }) else { continue }
                call.print("\(framework.id)  framework  \(names(framework.name))")
            }
        }
        if hits.count > shown.count {
            call.print("… and \(hits.count - shown.count) more; add words to narrow the search.")
        }
    }

    // MARK: - Loading the planner's own entries

    static func load(_ call: Invocation) throws {
        let path = try call.text(from: 2)
        let session = call.session
        let current = try session.requirePlan()
        let bytes = try AtomicFile.read(path)
        let loaded: KnowledgeBaseExtension
        let combined: KnowledgeBaseExtension
        do {
            loaded = try KnowledgeBaseExtension.decode(bytes)
            let earlier = current.knowledgeExtension ?? KnowledgeBaseExtension()
            combined = try KnowledgeBase.shipped.checked(earlier.updating(with: loaded))
        } catch {
            throw KnowledgeBaseLoadError(file: path, problem: error)
        }
        let merged = try KnowledgeBase.shipped.merging(combined)
        let matcher = Matcher(knowledgeBase: merged)
        try session.change { plan in
            plan.knowledgeExtension = combined
            plan.classifyAll(with: matcher)
        }
        var parts: [String] = []
        func count(_ n: Int, _ word: String) { if n > 0 { parts.append("\(n) \(word)\(n == 1 ? "" : "s")") } }
        count(loaded.categories.count, "categor" + (loaded.categories.count == 1 ? "y" : "ie"))
        count(loaded.factors.count, "factor")
        count(loaded.moves.count, "move")
        count(loaded.sources.count, "source")
        let ids = (loaded.categories.map(\.id) + loaded.factors.map(\.id) + loaded.moves.map(\.id)).joined(
            separator: ", "
        )
        call.print("Loaded \(parts.joined(separator: ", ")) from \(TerminalText.safe(path)): \(ids).")
        let plan = try session.requirePlan()
        call.print("The plan now has \(combined.entryCount) loaded entries; its \(plan.items.count) items were matched "
            + "again (`undo` takes this back).")
    }

    static func unload(_ call: Invocation) throws {
        let session = call.session
        let plan = try session.requirePlan()
        guard let loaded = plan.knowledgeExtension else {
            call.print("This plan has no loaded entries.")
            return
        }
        let matcher = Matcher(knowledgeBase: KnowledgeBase.shipped)
        try session.change { plan in
            plan.knowledgeExtension = nil
            plan.classifyAll(with: matcher)
        }
        call.print("Removed the \(loaded.entryCount) loaded entries; the items were matched again (`undo` takes this "
            + "back).")
    }

    // MARK: - Helpers

    /// `Human resources … / Kapasitas & kompetensi SDM` (one name when both are the same).
    static func names(_ text: LocalizedText) -> String {
        let en = TerminalText.safe(text.en), id = TerminalText.safe(text.id)
        if en.isEmpty || id.isEmpty || en == id { return en.isEmpty ? id : en }
        return "\(en) / \(id)"
    }

    static func categoryName(_ id: String, _ kb: KnowledgeBase) -> String {
        guard let category = kb.categories.first(where: { $0.id == id }) else { return id }
        return "\(category.id) \(category.code) \(names(category.name))"
    }

    static func moves(for category: String, in kb: KnowledgeBase) -> [StrategyMove] {
        kb.moves.filter { $0.internal.contains(category) || $0.external.contains(category) }
    }

    /// ` (loaded)` for an entry that came from `kb load`, not from the papers.
    static func loadedMark(_ id: String) -> String {
        isShipped(id) ? "" : " (loaded)"
    }

    static let shippedIDs: Set<String> = {
        let kb = KnowledgeBase.shipped
        return Set(kb.sources.map(\.id) + kb.categories.map(\.id) + kb.factors.map(\.id) + kb.moves.map(\.id))
    }()

    static func isShipped(_ id: String) -> Bool { shippedIDs.contains(id) }
}

/// A `kb load` file that was refused; nothing was loaded.
struct KnowledgeBaseLoadError: PlannerFacingError {
    var file: String
    var problem: any Error

    var message: String {
        "\(file): \(ErrorText.of(problem, language: nil)) Nothing was loaded."
    }
}
