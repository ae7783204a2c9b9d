/// The SWOT itself: the four quadrants as a 2×2 matrix of every item, named in short by the label strategy
/// sentences use (`label ID TEXT`).
struct SWOTPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let plan = context.plan
        let language = context.language
        func cell(_ quadrant: Quadrant) -> ReportMatrix.Cell {
            ReportMatrix.Cell(
                title: quadrant.name(language), tone: quadrant.rawValue,
                entries: plan.items(in: quadrant).map {
                    ReportMatrix.Entry(id: $0.id, text: $0.text, note: categoryNote($0, context),
                                       shortLabel: ItemLabel.of($0).text)
                })
        }
        let matrix = ReportMatrix(
            corner: "",
            columnHeads: [context.text("Helpful", "Mendukung"), context.text("Harmful", "Menghambat")],
            rowHeads: [context.text("Internal", "Internal"), context.text("External", "Eksternal")],
            cells: [[cell(.strength), cell(.weakness)], [cell(.opportunity), cell(.threat)]],
            emptyText: context.text("no items yet", "belum ada butir"))
        return [ReportSection(id: "swot", title: context.text("SWOT analysis", "Analisis SWOT"),
                              blocks: [.matrix(matrix)])]
    }

    /// A visible note on an item no category holds with confidence, so it is not quietly left out of the analysis.
    private func categoryNote(_ item: Item, _ context: ReportContext) -> String? {
        if item.categories.isEmpty {
            return context.text("no category yet; set one with tag", "belum berkategori; tetapkan dengan tag")
        }
        guard item.hasOnlyLowConfidenceCategories, let first = item.categories.first else { return nil }
        let name = context.knowledgeBase.label(forCategory: first.category)
        return context.text("category uncertain: \(name)", "kategori belum pasti: \(name)")
    }
}
