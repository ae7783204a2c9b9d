/// The SWOT itself: the four quadrants as a 2×2 matrix, then each quadrant's items in full.
struct SWOTPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let plan = context.plan
        let language = context.language
        func cell(_ quadrant: Quadrant) -> ReportMatrix.Cell {
            ReportMatrix.Cell(
                title: quadrant.name(language), tone: quadrant.rawValue,
                entries: plan.items(in: quadrant).map { ReportMatrix.Entry(id: $0.id, text: $0.text) })
        }
        let matrix = ReportMatrix(
            corner: "",
            columnHeads: [context.text("Helpful", "Mendukung"), context.text("Harmful", "Menghambat")],
            rowHeads: [context.text("Internal", "Internal"), context.text("External", "Eksternal")],
            cells: [[cell(.strength), cell(.weakness)], [cell(.opportunity), cell(.threat)]],
            emptyText: context.text("no items yet", "belum ada butir"))
        var blocks: [ReportBlock] = [.matrix(matrix)]
        for quadrant in Quadrant.allCases {
            let items = plan.items(in: quadrant)
            blocks.append(.subheading(quadrant.name(language)))
            if items.isEmpty {
                blocks.append(.paragraph(.emphasis(context.text("No items.", "Belum ada butir."))))
            } else {
                blocks.append(.list(items.map { .strong($0.id) + " " + $0.text }, ordered: false))
            }
        }
        return [ReportSection(id: "swot", title: context.text("SWOT analysis", "Analisis SWOT"), blocks: blocks)]
    }
}
