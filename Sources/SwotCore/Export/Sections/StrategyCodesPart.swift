/// The appendices for the planning staff: each strategy's rank score, items, categories, knowledge-base move and
/// the papers' files and lines behind it; and, with `--proposed`, the strategies nobody has decided on yet.
struct StrategyCodesPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        var sections: [ReportSection] = []
        let accepted = context.acceptedStrategies
        if !accepted.isEmpty {
            sections.append(ReportSection(
                id: "codes", title: context.text("Strategy scores and sources", "Skor dan sumber strategi"),
                part: .appendix, blocks: [.table(codes(accepted, context))]))
        }
        if context.options.includeProposed {
            let proposed = context.proposedStrategies
            let blocks: [ReportBlock] = proposed.isEmpty
                ? [.paragraph(.emphasis(context.text("No strategy is waiting for a decision.",
                                                     "Tidak ada strategi yang menunggu keputusan.")))]
                : [.paragraph(ReportText(context.text(
                    "Derived or written but not yet accepted or rejected; not part of the plan.",
                    "Sudah disusun tetapi belum diterima atau ditolak; belum menjadi bagian rencana."))),
                   .table(codes(proposed, context, withText: true))]
            sections.append(ReportSection(
                id: "proposed", title: context.text("Proposed strategies", "Strategi usulan"), part: .appendix,
                blocks: blocks))
        }
        return sections
    }

    private func codes(_ strategies: [Strategy], _ context: ReportContext, withText: Bool = false) -> ReportTable {
        let rows = strategies.map { strategy -> [ReportText] in
            let files = strategy.citations.map { citation -> String in
                let lines = citation.from == citation.to ? "L\(citation.from)" : "L\(citation.from)-\(citation.to)"
                return "\(citation.source) \(citation.file ?? "") \(lines)"
            }
            var row: [ReportText] = [.strong(strategy.id)]
            if withText { row.append(ReportText(strategy.text)) }
            row += [
                ReportText(context.number(strategy.score)),
                ReportText(strategy.sources.joined(separator: ", ")),
                ReportText(strategy.categories.joined(separator: ", ")),
                ReportText(strategy.moveID ?? context.text("own", "sendiri")),
                ReportText(files.isEmpty ? "—" : files.joined(separator: "; ")),
            ]
            return row
        }
        var columns: [ReportTable.Column] = [.init("ID")]
        if withText { columns.append(.init(context.text("Strategy", "Strategi"))) }
        columns += [
            .init(context.text("Score", "Skor"), .trailing), .init(context.text("Items", "Butir")),
            .init(context.text("Categories", "Kategori")), .init(context.text("Move", "Langkah")),
            .init(context.text("Paper, file and lines", "Makalah, berkas dan baris")),
        ]
        return ReportTable(columns: columns, rows: rows)
    }
}
