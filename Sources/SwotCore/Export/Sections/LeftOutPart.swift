/// The SWOT items no strategy takes up, each with why (the core's `itemsLeftOut`, as `derive` lists them), so
/// leadership sees what the plan does not address. Shown once the plan has strategies; before that every item is
/// left out and the strategies section already says what to do.
struct LeftOutPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let leftOut = self.leftOut(context)
        guard !leftOut.isEmpty else { return [] }
        let entries = leftOut.compactMap { left -> ReportText? in
            guard let item = context.plan.item(written: left.id) else { return nil }
            return .strong(item.id) + " \(ItemLabel.of(item).text): " + .emphasis(left.explanation(context.language))
        }
        return [ReportSection(
            id: "left-out", title: context.text("SWOT items no strategy takes up", "Butir SWOT tanpa strategi"),
            blocks: [
                .paragraph(ReportText(context.text(
                    "No strategy of the plan names these items (rejected strategies do not count); the reason "
                        + "follows each. Decide whether one needs a strategy of its own.",
                    "Butir berikut tidak disebut strategi mana pun dalam rencana (strategi yang ditolak tidak "
                        + "dihitung); alasannya menyertai setiap butir. Putuskan apakah perlu strategi tersendiri."))),
                .list(entries, ordered: false),
            ])]
    }

    func leftOut(_ context: ReportContext) -> [LeftOutItem] {
        guard !context.plan.strategies.isEmpty else { return [] }
        return context.plan.itemsLeftOut(using: StrategyDeriver(knowledgeBase: context.knowledgeBase))
    }
}
