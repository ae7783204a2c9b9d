/// The strategies leadership is asked to endorse: the accepted ones as a TOWS matrix, then each with the items it
/// builds on. Proposed strategies appear only in their appendix (`--proposed`); rejected ones never.
struct StrategyPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let accepted = context.acceptedStrategies
        let title = context.text("Strategies", "Strategi")
        guard !accepted.isEmpty else {
            let hint = context.plan.strategies.isEmpty
                ? context.text("No strategies yet: derive them, then accept the ones to pursue.",
                               "Belum ada strategi: susun strategi, lalu terima yang akan dijalankan.")
                : context.text("No strategy is accepted yet: accept the ones to pursue.",
                               "Belum ada strategi yang diterima: terima strategi yang akan dijalankan.")
            return [ReportSection(id: "strategies", title: title, blocks: [.note(.emphasis(hint))])]
        }
        var blocks: [ReportBlock] = [
            .paragraph(ReportText(context.text(
                "The accepted strategies, by the TOWS quadrant each comes from:",
                "Strategi yang diterima, menurut kuadran TOWS asalnya:"))),
            .matrix(matrix(accepted, context)),
            .subheading(context.text("The strategies and what they build on", "Strategi dan dasarnya")),
        ]
        blocks.append(.list(accepted.map { basis($0, context) }, ordered: false))
        return [ReportSection(id: "strategies", title: title, blocks: blocks)]
    }

    private func matrix(_ strategies: [Strategy], _ context: ReportContext) -> ReportMatrix {
        let language = context.language
        func cell(_ quadrant: TOWSQuadrant) -> ReportMatrix.Cell {
            ReportMatrix.Cell(
                title: "\(quadrant.rawValue): \(quadrant.internalSide.name(language)) × "
                    + quadrant.externalSide.name(language),
                tone: quadrant.rawValue,
                entries: strategies.filter { $0.quadrant == quadrant }.map {
                    ReportMatrix.Entry(id: $0.id, text: context.headline($0))
                })
        }
        return ReportMatrix(
            corner: "",
            columnHeads: ["\(Quadrant.strength.name(language)) (S)", "\(Quadrant.weakness.name(language)) (W)"],
            rowHeads: ["\(Quadrant.opportunity.name(language)) (O)", "\(Quadrant.threat.name(language)) (T)"],
            cells: [[cell(.so), cell(.wo)], [cell(.st), cell(.wt)]],
            emptyText: context.text("none accepted", "belum ada yang diterima"), listsBeneath: false)
    }

    /// A strategy with the items it uses, in a few words each.
    private func basis(_ strategy: Strategy, _ context: ReportContext) -> ReportText {
        let items = strategy.sources.compactMap(context.plan.item(written:))
        var text = ReportText.strong(strategy.id) + " " + strategy.text
        if !items.isEmpty {
            let named = items.map { "\($0.id) \(ItemLabel.of($0).text)" }.joined(separator: "; ")
            text = text + ReportText.emphasis(" (" + context.text("builds on ", "berdasar ") + named + ")")
        }
        return text
    }
}
