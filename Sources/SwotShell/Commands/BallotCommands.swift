import SwotCore

/// Ballots: a spreadsheet per participant, written by `export ballot` and read back by `import ballot`, so a room of
/// planners can score the items and vote on the strategies at once, each on their own laptop or on paper.
enum BallotCommands {
    static let exportDetails = """
        `export ballot FILE.csv [NAME]` writes a sheet for participant NAME to fill in: rows that say what to write, \
        then every item with empty Weight and Rating columns and every strategy with an empty Votes column. It is \
        UTF-8 with a byte-order mark, with semicolons and decimal commas under `lang id` (as Excel and LibreOffice \
        set to Indonesian expect) and commas and points under `lang en`. `import ballot` reads it back.
        """

    static let importDetails = """
        `import ballot FILE.csv [NAME]` reads a filled ballot as participant NAME's values (or the participant the \
        ballot names; without either, the facilitator's, the plan's own): weights, ratings, and votes, which replace \
        the participant's earlier votes. Quoted fields, a byte-order mark, `;` or `,`, decimal commas and points \
        are all read. Every row is checked as `weight`, `rate` and `vote` check a value; a bad one is named by row \
        and column, and nothing is applied unless the whole file is valid. `undo` takes the ballot back.
        """

    /// `export ballot FILE.csv [NAME]`.
    static func export(_ call: Invocation) throws {
        let session = call.session
        let plan = try session.requirePlan()
        let (path, force, name) = try fileAndName(call)
        let participant = try name.map { word -> String in
            guard let person = plan.participant(named: word) else {
                throw PanelError.noSuchParticipant(word, known: plan.participants.map(\.name))
            }
            return person.name
        }
        try AtomicFile.writeDocument(Ballot.render(plan, participant: participant), to: path, force: force)
        let l = PanelCommands.words(plan)
        let whose = participant.map { l(" for \($0)", " untuk \($0)") } ?? ""
        call.print(l("Wrote the ballot\(whose) to \(TerminalText.safe(path)): \(plan.items.count) items, "
                         + "\(plan.strategies.count) strategies. `import ballot \(TerminalText.safe(path))` reads it "
                         + "back once filled.",
                     "Lembar penilaian\(whose) ditulis ke \(TerminalText.safe(path)): \(plan.items.count) butir, "
                         + "\(plan.strategies.count) strategi. `import ballot \(TerminalText.safe(path))` membacanya "
                         + "setelah diisi."))
    }

    /// `import ballot FILE.csv [NAME]`.
    static func importBallot(_ call: Invocation) throws {
        let session = call.session
        let plan = try session.requirePlan()
        let (path, _, name) = try fileAndName(call)
        let filled = try Ballot.read(CSVTable.read(file: path), file: path, plan: plan)
        let l = PanelCommands.words(plan)
        if let name, let named = filled.participant, named.lowercased() != name.lowercased() {
            throw ShellError.badArgument(l(
                "\(TerminalText.safe(path)) is \(TerminalText.safe(named))'s ballot, not \(name)'s. Leave the name "
                    + "out, or give \(TerminalText.safe(named)).",
                "\(TerminalText.safe(path)) adalah lembar \(TerminalText.safe(named)), bukan \(name). Hapus nama itu, "
                    + "atau tulis \(TerminalText.safe(named))."))
        }
        let participant = try (name ?? filled.participant).map { word -> String in
            guard let person = plan.participant(named: word) else {
                throw PanelError.noSuchParticipant(word, known: plan.participants.map(\.name))
            }
            return person.name
        }
        try session.change { plan in try plan.applyBallot(filled, participant: participant, file: path) }
        let whose = participant ?? l("the facilitator", "fasilitator")
        let votes = Int(filled.votes.reduce(0) { $0 + $1.value })
        call.print(l("Read \(whose)'s ballot from \(TerminalText.safe(path)): \(filled.weights.count) weights, "
                         + "\(filled.ratings.count) ratings, \(votes) votes.",
                     "Lembar \(whose) dibaca dari \(TerminalText.safe(path)): \(filled.weights.count) bobot, "
                         + "\(filled.ratings.count) peringkat, \(votes) suara."))
        if participant != nil && !(filled.weights.isEmpty && filled.ratings.isEmpty) {
            call.print(l("`consensus` shows where the participants "
                + "differ.", "`consensus` menunjukkan di mana peserta berbeda."))
        }
    }

    /// FILE (with `--force` before it or after it) and an optional participant NAME after it: `ballot FILE [NAME]`.
    private static func fileAndName(_ call: Invocation) throws(ShellError) -> (String, Bool, String?) {
        var words = (2..<call.words.count).compactMap { call.words[$0] }
        let force = words.contains("--force")
        words.removeAll { $0 == "--force" }
        guard (1...2).contains(words.count) else { throw call.usageError }
        guard words[0].lowercased().hasSuffix(".csv") else {
            throw ShellError.badArgument("A ballot is a CSV file: give a name ending in .csv, e.g. `ballot budi.csv`.")
        }
        return (words[0], force, words.count == 2 ? words[1] : nil)
    }
}
