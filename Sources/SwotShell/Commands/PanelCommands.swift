import SwotCore

/// Commands for a session with several planners: who is in the room, whose values the keyboard enters, and where
/// the room disagrees.
enum PanelCommands {
    static let all: [Command] = [participant, participants, asParticipant, consensus, vote, votes]

    static let participant = Command(
        "participant", usage: "participant add NAME … | participant remove NAME",
        summary: "Add the planners of a session (or remove one), so weights and ratings are the room's",
        details: """
            `participant add Budi Sari Kabid-TI` adds participants (one word each: letters, digits, '-', '_', '.'). \
            Then `as Budi` makes the following `weight` and `rate` commands Budi's, and `as -` gives the keyboard \
            back to the facilitator. As soon as one participant has scored an item, the plan's rating of it is the \
            participants' mean, and its weight their mean weight, rescaled so the matrix sums to 1 once every item \
            of the matrix has a weight. `compare` and `attract` work the same way: the plan's AHP judgement of a pair \
            is the geometric mean of the participants' judgements, and its QSPM score the mean of theirs. \
            `export ballot FILE.csv NAME` writes a sheet a participant fills in. `consensus` shows where the room \
            disagrees. `participant remove NAME` takes \
            a participant out with their values (the means are taken again). `undo` takes either back.
            """,
        arguments: [.subcommands(["add": [.text], "remove": [.participant]])]
    ) { call in
        let session = call.session
        switch try call.word(1).lowercased() {
        case "add":
            let names = (2..<call.words.count).compactMap { call.words[$0] }
            guard !names.isEmpty else { throw call.usageError }
            try session.change { plan in try plan.addParticipants(names) }
            let plan = try session.requirePlan()
            call.print(
                words(plan)("Participants: ", "Peserta: ") + plan.participants.map(\.name).joined(separator: ", ")
                       + words(plan)(". `as NAME` enters a participant's weights and ratings.",
                                     ". `as NAMA` memasukkan bobot dan peringkat seorang peserta."))
        case "remove":
            let name = try call.word(2)
            try call.expectNoMore(after: 2)
            try session.change { plan in try plan.removeParticipant(name) }
            if session.participant?.lowercased() == name.lowercased() { session.participant = nil }
            call.print(
                words(try session.requirePlan())("Removed \(name) and their values.", "\(name) dan nilainya dihapus.")
            )
        default:
            throw call.usageError
        }
    }

    static let participants = view(
        "participants", summary: "List the session's participants and how many weights and ratings each has given"
    ) { call, plan, l in
        guard !plan.participants.isEmpty else {
            call.print(l("No participants: the plan's values are the facilitator's. `participant add NAME …` adds "
                + "them.",
                         "Belum ada peserta: nilai rencana adalah nilai fasilitator. `participant add NAMA …` "
                             + "menambahkan."))
            return
        }
        let width = plan.participants.map(\.name.count).max() ?? 0
        for person in plan.participants {
            let marker = call.session.participant?.lowercased() == person.name.lowercased() ? "*" : " "
            var given = l("\(person.weights.count) weights, \(person.ratings.count) ratings",
                          "\(person.weights.count) bobot, \(person.ratings.count) peringkat")
            if !person.comparisons.isEmpty {
                given += l(
                    ", \(person.comparisons.count) AHP judgements",
                    ", \(person.comparisons.count) perbandingan AHP"
                )
            }
            if !person.attractiveness.isEmpty {
                given += l(
                    ", \(person.attractiveness.count) QSPM scores",
                    ", \(person.attractiveness.count) nilai QSPM"
                )
            }
            call.print("\(marker) \(TerminalText.safe(person.name).padding(to: width))  " + given)
        }
    }

    static let asParticipant = Command(
        "as", usage: "as NAME | as -",
        summary: "Enter the following weights, ratings, AHP judgements, QSPM scores and votes as a participant's (`as "
            + "-`: the facilitator's)",
        details: "The prompt shows whose values are being entered (swot[medan as Budi]>). `as` alone says who it is. "
            + "See `participant`.",
        arguments: [.participant]
    ) { call in
        try call.expectNoMore(after: 1)
        let session = call.session
        let plan = try session.requirePlan()
        let l = words(plan)
        guard let name = call.words[1] else {
            call.print(session.participant.map { l("Entering \($0)'s values.", "Memasukkan nilai \($0).") }
                       ?? l("Entering the facilitator's values (the plan's "
                           + "own).", "Memasukkan nilai fasilitator (nilai rencana)."))
            return
        }
        if name == "-" {
            session.participant = nil
            call.print(l("Back to the facilitator: weights and ratings are the plan's own.",
                         "Kembali ke fasilitator: bobot dan peringkat adalah nilai rencana."))
            return
        }
        guard let person = plan.participant(named: name) else {
            throw PanelError.noSuchParticipant(name, known: plan.participants.map(\.name))
        }
        session.participant = person.name
        call.print(l("Entering \(person.name)'s values (weight, rate, compare, attract, vote); `as -` returns to the "
            + "facilitator.",
                     "Memasukkan nilai \(person.name) (weight, rate, compare, attract, vote); `as -` kembali ke "
                         + "fasilitator."))
    }

    static let consensus = view(
        "consensus",
        summary: "Per item, the participants' mean, spread (standard deviation, min–max) and count; most disputed "
            + "first",
        details: "Ratings first, then weights, each with the items the room disagrees on most at the top, so the "
            + "discussion starts there."
    ) { call, plan, l in
        let format = NumberFormat(plan.effectiveLanguage)
        let measures = PanelMeasure.allCases.map { ($0, plan.consensus($0)) }.filter { !$0.1.isEmpty }
        guard !measures.isEmpty else {
            call.print(l("No participant has scored an item yet: `as NAME`, then `weight`, `rate`, `compare` or "
                + "`attract`.",
                         "Belum ada peserta yang memberi nilai: `as NAMA`, lalu `weight`, `rate`, `compare` atau "
                             + "`attract`."))
            return
        }
        let spread = l(
            "mean, standard deviation, min–max, participants",
            "rata-rata, simpangan baku, min–maks, peserta"
        )
        for (measure, rows) in measures {
            let title: String, show: (Double) -> String
            switch measure {
            case .rating: (title, show) = (l("Ratings", "Peringkat") + " (\(spread))", format.number)
            case .weight: (title, show) = (l("Weights", "Bobot") + " (\(spread))", format.score)
            case .judgement:
                title = l("AHP judgements (geometric mean, spread of the logarithms, min–max, participants)",
                          "Perbandingan AHP (rata-rata geometrik, simpangan logaritma, min–maks, peserta)")
                show = { judgement($0, format) }
            case .attractiveness:
                (title, show) = (l("QSPM attractiveness", "Daya tarik QSPM") + " (\(spread))", format.number)
            }
            call.print(title + ":")
            let width = max(4, rows.map(\.item.count).max() ?? 0)
            for row in rows {
                call.print("  \(row.item.padding(to: width)) \(show(row.mean).padding(to: 5)) "
                    + "±\(format.score(row.standardDeviation))"
                           + "  \(show(row.minimum))–\(show(row.maximum))  n=\(row.count)")
            }
        }
    }

    static let vote = Command(
        "vote", usage: "vote STRATEGY [N]",
        summary: "Dot voting: put N of a participant's votes (default 1) on a strategy; 0 takes them back",
        details: """
            After `as NAME`, `vote SO1` puts one of NAME's votes on SO1, `vote SO1 3` three (setting, not adding), \
            `vote SO1 0` takes them back. Each participant has a third of the strategies' number in votes, rounded \
            up, so the room has to choose. `votes` shows the sum per strategy, most first, and who gave what.
            """,
        arguments: [.strategyID, .words(["0", "1", "2", "3"])]
    ) { call in
        let id = try call.strategyID(1)
        try call.expectNoMore(after: 2)
        let session = call.session
        let plan = try session.requirePlan()
        let l = words(plan)
        guard let who = session.participant else {
            throw ShellError.badArgument(l("Votes are a participant's: type `as NAME` first (`participants` lists "
                + "them).",
                                           "Suara milik peserta: ketik `as NAMA` dulu (`participants` menampilkan "
                                               + "mereka)."))
        }
        let dots: Int
        if let word = call.words[2] {
            guard let number = Int(word), number >= 0, number <= 1_000 else {
                throw ShellError.badArgument(l("\"\(word)\" is not a number of votes. Give a whole number such as 1, 2 "
                    + "or 0.",
                                               "\"\(word)\" bukan jumlah suara. Berikan bilangan bulat seperti 1, 2 "
                                                   + "atau 0."))
            }
            dots = number
        } else {
            dots = 1
        }
        try session.change { try $0.vote(who, strategy: id, dots: dots) }
        let after = try session.requirePlan()
        let person = after.participant(named: who)!
        let left = after.voteBudget - after.votesGiven(by: person)
        call.print(l("\(who): \(dots) on \(id); \(left) of \(after.voteBudget) votes left.",
                     "\(who): \(dots) untuk \(id); sisa \(left) dari \(after.voteBudget) suara."))
    }

    static let votes = view(
        "votes", summary: "The dot vote: strategies by the sum of votes, with who gave how many, and the votes each "
            + "has left"
    ) { call, plan, l in
        let tally = plan.voteTally
        if tally.isEmpty {
            call.print(l("No votes yet: `as NAME`, then `vote STRATEGY [N]`.", "Belum ada suara: `as NAMA`, lalu `vote "
                + "STRATEGI [N]`."))
        }
        for entry in tally {
            let text =
                entry.strategy.text.count > 70
                ? entry.strategy.text.prefix(69).trimmingWhitespace() + "…" : entry.strategy.text
            let by = entry.by.map { "\(TerminalText.safe($0.name)) \($0.dots)" }.joined(separator: ", ")
            call.print("  \(entry.strategy.id.padding(to: 5)) \(String(entry.total).padding(to: 3)) (\(by))  "
                + "\(TerminalText.safe(text))")
        }
        guard !plan.participants.isEmpty else { return }
        let left = plan.participants.map {
            "\(TerminalText.safe($0.name)) \(plan.voteBudget - plan.votesGiven(by: $0))"
        }
        call.print(l("Votes left (of \(plan.voteBudget) each): ", "Sisa suara (dari \(plan.voteBudget) per orang): ")
                   + left.joined(separator: ", "))
    }

    /// After `weight` or `rate` as a participant: what they gave and what the plan's value now is.
    static func recorded(_ measure: PanelMeasure, value: Double?, by who: String, item: Item, plan: Plan) -> String {
        let l = words(plan)
        let format = NumberFormat(plan.effectiveLanguage)
        let agreement = measure == .weight ? plan.weightAgreement(item.id) : plan.ratingAgreement(item.id)
        let what = measure == .weight ? l("weight", "bobot") : l("rating", "peringkat")
        let given = value.map { measure == .weight ? format.score($0) : format.number($0) } ?? l("cleared", "dihapus")
        let planValue = (measure == .weight ? item.weight.map(format.score) : item.rating.map(format.number)) ?? "–"
        let count = agreement?.count ?? 0
        return "\(item.id) \(what) \(who): \(given); " + l("the plan's \(what) is \(planValue) (from \(count) "
            + "participant\(count == 1 ? "" : "s")).",
                                                            "\(what) rencana \(planValue) (dari \(count) peserta).")
    }

    /// After `compare` as a participant: what they judged and the plan's judgement of the pair now.
    static func recordedJudgement(_ value: Double?, by who: String, pair: (String, String), plan: Plan) -> String {
        let l = words(plan)
        let format = NumberFormat(plan.effectiveLanguage)
        let count = plan.participantJudgements(pair.0, pair.1).count
        let given = value.map { judgement($0, format) } ?? l("taken back", "ditarik")
        let aggregate = plan.comparisons.lazy.compactMap { entry -> Double? in
            if entry.first == pair.0 && entry.second == pair.1 { return entry.value }
            return entry.first == pair.1 && entry.second == pair.0 ? 1 / entry.value : nil
        }.first.map { judgement($0, format) }
        return "\(pair.0) vs \(pair.1) \(who): \(given); " + (aggregate.map {
            l("the plan's judgement is \($0) (geometric mean of \(count) participant\(count == 1 ? "" : "s")).",
              "penilaian rencana \($0) (rata-rata geometrik dari \(count) peserta).")
        } ?? l("no participant has judged the pair now.", "kini tidak ada peserta yang menilai pasangan ini."))
    }

    /// After `attract` as a participant: what they gave and the plan's cells of the row now.
    static func recordedAttractiveness(
        _ score: Double?,
        by who: String,
        strategy: StrategyID?,
        item: ItemID,
        plan: Plan
    ) -> String {
        let l = words(plan)
        let format = NumberFormat(plan.effectiveLanguage)
        let id = item.description
        let targets = strategy.map { [$0.description] } ?? plan.qspm.strategies
        let cells = targets.map { target -> String in
            let value = plan.qspm.cell(strategy: target, item: id).map { $0.map(format.number) ?? "-" } ?? "–"
            return "\(target) \(value)"
        }
        let given = score.map(format.number) ?? "-"
        return "\(id) \(who): \(given); " + l("the plan's QSPM score: ", "nilai QSPM rencana: ")
            + cells.joined(separator: ", ")
            + l(" (mean of the participants).", " (rata-rata peserta).")
    }

    /// A judgement as Saaty writes it: `3`, `1/3`, else with decimals in the plan's number format.
    static func judgement(_ value: Double, _ format: NumberFormat) -> String {
        let ratio = ScoreFormat.ratio(value)
        return ratio.contains(".") ? format.score(value) : ratio
    }

    static func words(_ plan: Plan) -> AssessmentWords { AssessmentWords(plan.effectiveLanguage) }

    /// A command without arguments that shows something of the open plan, in the plan's language.
    static func view(
        _ name: String, summary: String, details: String = "",
        show: @escaping @Sendable (Invocation, Plan, AssessmentWords) throws -> Void
    ) -> Command {
        Command(name, usage: name, summary: summary, details: details) { call in
            try call.expectNoMore(after: 0)
            let plan = try call.session.requirePlan()
            try show(call, plan, words(plan))
        }
    }
}
