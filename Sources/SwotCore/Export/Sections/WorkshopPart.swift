/// The workshop behind the figures, when the plan has participants: who took part, how much each scored, and the
/// dot votes on the strategies the report shows. One sentence on page 1 says the scores are the room's means.
struct WorkshopPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let people = context.plan.participants
        guard !people.isEmpty else { return [] }
        let scorers = Self.scorers(context.plan)
        let intro = scorers > 0
            ? context.text("\(people.count) participants; the plan's weights and ratings are the means of the "
                               + "\(scorers) who scored the items.",
                           "\(people.count) peserta; bobot dan rating rencana adalah rerata penilaian \(scorers) "
                               + "peserta yang menilai butir.")
            : context.text("\(people.count) participants; none has scored the items yet.",
                           "\(people.count) peserta; belum ada yang menilai butir.")
        var blocks: [ReportBlock] = [
            .paragraph(ReportText(intro)),
            .table(ReportTable(
                columns: [.init(context.text("Participant", "Peserta")),
                          .init(context.text("Weights", "Bobot"), .trailing),
                          .init(context.text("Ratings", "Rating"), .trailing),
                          .init(context.text("Votes", "Suara"), .trailing)],
                rows: people.map { person in
                    [ReportText(person.name), ReportText("\(person.weights.count)"),
                     ReportText("\(person.ratings.count)"), ReportText("\(context.plan.votesGiven(by: person))")]
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
        return [ReportText(context.text("Scores are the means of \(count) workshop participants.",
                                        "Skor adalah rerata \(count) peserta lokakarya."))]
    }

    /// How many participants gave a weight or a rating.
    static func scorers(_ plan: Plan) -> Int {
        plan.participants.filter { !$0.weights.isEmpty || !$0.ratings.isEmpty }.count
    }
}
