/// The workshop behind the figures, when the plan has participants: who took part, how much each scored, and the
/// dot votes on the strategies the report shows. One sentence on page 1 says the scores are the room's means.
struct WorkshopPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let people = context.plan.participants
        guard !people.isEmpty else { return [] }
        let scorers = Self.scorers(context.plan)
        let intro = scorers > 0
            ? context.text("\(people.count) participants; the plan's figures combine the \(scorers) who scored: "
                               + Self.aggregation(context.plan, .en) + ".",
                           "\(people.count) peserta; angka rencana menggabungkan \(scorers) peserta yang menilai: "
                               + Self.aggregation(context.plan, .id) + ".")
            : context.text("\(people.count) participants; none has scored the items yet.",
                           "\(people.count) peserta; belum ada yang menilai butir.")
        var blocks: [ReportBlock] = [
            .paragraph(ReportText(intro)),
            .table(ReportTable(
                columns: [.init(context.text("Participant", "Peserta")),
                          .init(context.text("Weights", "Bobot"), .trailing),
                          .init(context.text("Ratings", "Rating"), .trailing),
                          .init(context.text("AHP pairs", "Pasangan AHP"), .trailing),
                          .init(context.text("QSPM scores", "Skor QSPM"), .trailing),
                          .init(context.text("Votes", "Suara"), .trailing)],
                rows: people.map { person in
                    [ReportText(person.name), ReportText("\(person.weights.count)"),
                     ReportText("\(person.ratings.count)"), ReportText("\(person.comparisons.count)"),
                     ReportText("\(person.attractiveness.count)"),
                     ReportText("\(context.plan.votesGiven(by: person))")]
                })),
        ]
        let shown = Set((context.acceptedStrategies
            + (context.options.includeProposed ? context.proposedStrategies : [])).map(\.id))
        let votes = context.plan.voteTally.filter { shown.contains($0.strategy.id) }
        if !votes.isEmpty {
            blocks.append(.subheading(context.text("Dot votes", "Pemungutan suara")))
            blocks.append(.table(ReportTable(
                columns: [.init(context.text("Strategy", "Strategi")), .init(context.text("Votes", "Suara"), .trailing),
                          .init(context.text("Given by", "Diberikan oleh"))],
                rows: votes.map { count in
                    [.strong(count.strategy.id) + " " + context.headline(count.strategy), ReportText("\(count.total)"),
                     ReportText(count.by.map { "\($0.name) \($0.dots)" }.joined(separator: ", "))]
                })))
        }
        return [ReportSection(id: "workshop", title: context.text("Workshop", "Lokakarya"), part: .appendix,
                              blocks: blocks)]
    }

    func standing(_ context: ReportContext) -> [ReportText] {
        let count = Self.scorers(context.plan)
        guard count > 0, context.ife != nil || context.efe != nil else { return [] }
        return [ReportText(context.text("Scores combine the values of \(count) workshop participants "
                                            + "(appendix Workshop).",
                                        "Skor menggabungkan nilai \(count) peserta lokakarya (lampiran Lokakarya)."))]
    }

    /// How many participants gave a weight, a rating, an AHP judgement or a QSPM score.
    static func scorers(_ plan: Plan) -> Int {
        plan.participants.filter {
            !$0.weights.isEmpty || !$0.ratings.isEmpty || !$0.comparisons.isEmpty || !$0.attractiveness.isEmpty
        }.count
    }

    /// How the participants' values became the plan's, for the kinds of value they gave: weights, ratings and QSPM
    /// scores by their mean, AHP judgements by their geometric mean (3 and 1/3 lie equally far from 1).
    static func aggregation(_ plan: Plan, _ language: Language) -> String {
        let people = plan.participants
        var parts: [String] = []
        if people.contains(where: { !$0.weights.isEmpty || !$0.ratings.isEmpty }) {
            parts.append(language == .id ? "bobot dan rating sebagai rerata" : "weights and ratings by their mean")
        }
        if people.contains(where: { !$0.comparisons.isEmpty }) {
            parts.append(language == .id ? "penilaian AHP sebagai rerata geometrik"
                                         : "AHP judgements by their geometric mean")
        }
        if people.contains(where: { !$0.attractiveness.isEmpty }) {
            parts.append(language == .id ? "skor QSPM sebagai rerata" : "QSPM scores by their mean")
        }
        let last = parts.popLast() ?? ""
        return parts.isEmpty ? last : parts.joined(separator: ", ") + (language == .id ? " dan " : " and ") + last
    }
}
