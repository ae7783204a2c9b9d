import SwotCore

/// Commands that bring material from other files into the open plan.
enum ImportCommands {
    static let all: [Command] = [importFile]

    static let importFile = Command(
        "import", usage: "import items FILE.md|FILE.csv | import spbe FILE.csv | import ballot FILE.csv [NAME]",
        summary: "Bring an existing SWOT in (Markdown or CSV), SPBE levels, or a participant's filled ballot",
        details: """
            `import items FILE.md` reads a SWOT written in Markdown, such as last year's Renstra: headings naming a \
            quadrant in Indonesian or English (`## Kekuatan`, `## Strengths`, `Kelemahan`/`Weaknesses`, \
            `Peluang`/`Opportunities`, `Ancaman`/`Tantangan`/`Threats`; a bold line such as `**Peluang:**` works too) \
            with list items beneath (`- …`, `1. …`; a long item may run on over several lines). Each item gets the \
            next id of its quadrant and is matched to categories at once. Text the plan already has in the same \
            quadrant is skipped, so importing a file twice adds nothing; list items under other headings are \
            counted, not imported. Every item is checked first: an empty or overlong one is named by its line and \
            nothing is imported. `undo` takes the whole import back. \
            `import items FILE.csv` reads the same from a spreadsheet: one item per row, columns quadrant, text and \
            optionally label (a header such as `Kuadran;Uraian;Label` or `Quadrant,Text` may name them in any order; \
            a `No` column is ignored). The quadrant is S, W, O, T or its name (Kekuatan, Weakness, …); a blank one \
            keeps the quadrant of the row above. A bad value is named by row and column, and nothing is imported. \
            `import spbe FILE.csv` reads SPBE evaluation levels: \(SpbeCommands.importDetails) \
            \(BallotCommands.importDetails)
            """,
        arguments: [.subcommands(["items": [.path], "spbe": [.path], "ballot": [.path, .participant]])]
    ) { call in
        let kind = try call.word(1).lowercased()
        if kind == "spbe" { return try SpbeCommands.importLevels(call) }
        if kind == "ballot" { return try BallotCommands.importBallot(call) }
        guard kind == "items" else { throw call.usageError }
        let path = try call.text(from: 2)
        let session = call.session
        _ = try session.requirePlan()
        let reading = try ItemImportFile.read(path)
        let matcher = session.matcher
        let result = try session.change { plan throws(ItemImportError) in
            try plan.importItems(reading.items, file: path, matcher: matcher)
        }
        printSummary(result, reading: reading, file: path, session: session)
    }

    /// What was added and matched, per item; then what was left out and why.
    static func printSummary(
        _ result: ItemImportResult,
        reading: SWOTMarkdown.Reading,
        file: String,
        session: Session
    ) {
        let plan = session.plan ?? Plan(name: "")
        let l = AssessmentWords(plan.effectiveLanguage)
        let skipped = reading.skipped
        let place = { (number: Int) in
            reading.fromRows ? l("row \(number)", "baris \(number)") : l("line \(number)", "baris \(number)")
        }
        let language = plan.effectiveLanguage
        let added = result.added.map(\.item)
        let counts = Quadrant.allCases.compactMap { quadrant -> String? in
            let count = added.count(where: { $0.quadrant == quadrant })
            return count == 0 ? nil : "\(count) \(quadrant.name(language).lowercased())"
        }.joined(separator: ", ")
        let unmatched = added.filter(\.categories.isEmpty).map(\.id)
        let source = TerminalText.safe(file)
        if added.isEmpty {
            session.print(l("Nothing new in \(source): the plan already has every item.",
                            "Tidak ada yang baru di \(source): semua butir sudah ada dalam rencana."))
        } else {
            session.print(l("Imported \(added.count) item\(added.count == 1 ? "" : "s") from \(source) (\(counts)); "
                                + "\(added.count - unmatched.count) matched a category.",
                            "\(added.count) butir diimpor dari \(source) (\(counts)); "
                                + "\(added.count - unmatched.count) cocok dengan kategori."))
        }
        let knowledgeBase = session.knowledgeBase
        for (item, line) in result.added {
            let category = item.categories.first.map { ItemCommands.label($0, knowledgeBase) }
                ?? l("no category", "tanpa kategori")
            session.print("  \(item.id.padding(to: 4)) \(TerminalText.safe(item.text))  [\(category)]  "
                          + "(\(place(line)))")
        }
        if !unmatched.isEmpty {
            session.print(l("No category matched \(unmatched.joined(separator: ", ")); set one with `tag ID CATEGORY`.",
                            "\(unmatched.joined(separator: ", ")) belum berkategori; tetapkan dengan `tag ID "
                                + "KATEGORI`."))
        }
        if !result.duplicates.isEmpty {
            let list = result.duplicates.map { "\(place($0.line)) = \($0.existing)" }
            session.print(l("Skipped \(result.duplicates.count) already in the plan: ",
                            "\(result.duplicates.count) dilewati karena sudah "
                                + "ada: ") + list.joined(separator: ", ") + ".")
        }
        if skipped > 0 {
            session.print(l("Left out \(skipped) list item\(skipped == 1 ? "" : "s") under headings that name no "
                + "single quadrant.",
                            "\(skipped) butir daftar di bawah judul yang tidak menyebut satu kuadran tidak diimpor."))
        }
    }
}
