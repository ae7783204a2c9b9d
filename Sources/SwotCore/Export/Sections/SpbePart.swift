/// The SPBE index (PermenPANRB 59/2020) when the plan holds an evaluation: the index with its predicate, the target
/// and the index the accepted strategies aim for (one sentence on page 1, one paragraph here), the domains as a
/// chart and a table, the raises the target needs, each accepted strategy's indicators from level to level; the
/// levels of all 47 indicators in an appendix.
struct SpbePart: ReportPart {
    let structure: SpbeStructure

    init(structure: SpbeStructure = .shipped) {
        self.structure = structure
    }

    func sections(_ context: ReportContext) -> [ReportSection] {
        let evaluation = SpbeEvaluation(plan: context.plan)
        guard let index = evaluation.index(in: structure) else { return [] }
        var blocks: [ReportBlock] = [.paragraph(summary(index, evaluation, context))]
        let domains = structure.domains.map { domain in
            SpbeChart.Bar(label: "\(domain.number) \(domain.name[context.language])",
                          value: evaluation.index(of: domain))
        }
        let total = SpbeChart.Bar(label: context.text("SPBE index", "Indeks SPBE"), value: index, isTotal: true)
        let caption = context.text("SPBE index by domain", "Indeks SPBE per domain")
        let description = context.text(
            "SPBE index \(indexText(index, context)); by domain: ",
            "Indeks SPBE \(indexText(index, context)); per domain: ")
            + zip(structure.domains, domains).map { domain, bar in
                "\(domain.name[context.language]) \(bar.value.map { context.number($0) } ?? "—")"
            }.joined(separator: ", ") + "."
        let chart = SpbeChart(bars: domains + [total], target: context.plan.spbe.target, structure: structure,
                              context: context)
        blocks.append(.figure(chart.figure(caption: caption, description: description)))
        blocks.append(.table(ReportTable(
            columns: [.init("Domain"), .init(context.text("Weight", "Bobot"), .trailing),
                      .init(context.text("Index", "Indeks"), .trailing)],
            rows: structure.domains.map { domain in
                [ReportText("\(domain.number) \(domain.name[context.language])"),
                 ReportText(SpbeStructure.weight(domain.weight, language: context.language) + "%"),
                 ReportText(evaluation.index(of: domain).map { context.number($0) } ?? "—")]
            })))
        blocks += targetBlocks(evaluation, context)
        blocks += aimBlocks(context)
        let title = context.text("SPBE index (PermenPANRB 59/2020)", "Indeks SPBE (PermenPANRB 59/2020)")
        return [ReportSection(id: "spbe", title: title, blocks: blocks),
                ReportSection(id: "spbe-levels", title: context.text("SPBE levels of the 47 indicators",
                                                                     "Tingkat 47 indikator SPBE"),
                              part: .appendix, blocks: levelTables(evaluation, context))]
    }

    func standing(_ context: ReportContext) -> [ReportText] {
        let evaluation = SpbeEvaluation(plan: context.plan)
        guard let index = evaluation.index(in: structure) else { return [] }
        return [summary(index, evaluation, context)]
    }

    /// `1,60 (Kurang)`.
    private func indexText(_ value: Double, _ context: ReportContext) -> String {
        "\(context.number(value)) (\(structure.predicate(for: value).name[context.language]))"
    }

    /// "SPBE index 1,60 (Kurang) …; target 1,70 (Kurang); the accepted strategies aim for 1,65 (Kurang)."
    private func summary(_ index: Double, _ evaluation: SpbeEvaluation, _ context: ReportContext) -> ReportText {
        var text = ReportText(context.text("SPBE index ", "Indeks SPBE ")) + .strong(indexText(index, context))
        let missing = evaluation.missing(in: structure).count
        if missing > 0 {
            text = text + context.text(" (of the indicators entered; \(missing) missing)",
                                       " (dari indikator yang diisi; \(missing) belum diisi)")
        }
        if let target = context.plan.spbe.target {
            text = text + "; target " + indexText(target, context)
        }
        if !context.plan.spbeAimedRaises.isEmpty, let aimed = context.plan.spbeAimedIndex {
            text = text + context.text("; the accepted strategies aim for ", "; strategi yang diterima menuju ")
                + indexText(aimed, context)
        }
        return text + "."
    }

    /// The fewest one-level raises that reach the target (when one is set and all 47 levels are entered).
    private func targetBlocks(_ evaluation: SpbeEvaluation, _ context: ReportContext) -> [ReportBlock] {
        guard let target = context.plan.spbe.target,
              let planned = try? SpbeTarget(target: target, evaluation: evaluation, structure: structure)
        else { return [] }
        var blocks: [ReportBlock] = [.subheading("Target \(indexText(target, context))")]
        guard !planned.raises.isEmpty else {
            return blocks + [.paragraph(ReportText(context.text("Already reached.", "Sudah tercapai.")))]
        }
        blocks.append(.paragraph(ReportText(context.text(
            "The fewest one-level raises that reach it (\(planned.steps)), heaviest indicators first, reaching "
                + "\(indexText(planned.reached, context)):",
            "Kenaikan satu tingkat paling sedikit untuk mencapainya (\(planned.steps)), indikator terberat lebih "
                + "dulu, hingga \(indexText(planned.reached, context)):"))))
        blocks.append(.list(planned.raises.compactMap { raise in
            guard let indicator = structure.indicator(raise.indicator) else { return nil }
            return .strong("\(indicator.number)") + " \(indicator.shortName[context.language]): "
                + "\(raise.from) → \(raise.to)"
        }, ordered: false))
        return blocks
    }

    /// Each accepted strategy's indicators, from the level now to the next, and the index they reach together.
    private func aimBlocks(_ context: ReportContext) -> [ReportBlock] {
        let raises = context.plan.spbeAimedRaises
        guard !raises.isEmpty, let aimed = context.plan.spbeAimedIndex else { return [] }
        let rows = raises.map { raise -> [ReportText] in
            let name = structure.indicator(raise.indicator)?.shortName[context.language] ?? ""
            return [.strong(raise.strategy), ReportText("\(raise.indicator) \(name)"), ReportText("\(raise.from)"),
                    ReportText("\(raise.to)")]
        }
        return [
            .subheading(context.text("What the accepted strategies aim to raise",
                                     "Yang hendak dinaikkan strategi yang diterima")),
            .table(ReportTable(
                columns: [.init(context.text("Strategy", "Strategi")), .init(context.text("Indicator", "Indikator")),
                          .init(context.text("From", "Dari"), .trailing), .init(context.text("To", "Ke"), .trailing)],
                rows: rows)),
            .paragraph(ReportText(context.text("Index the plan aims for: ", "Indeks yang dituju rencana: "))
                + .strong(indexText(aimed, context)) + "."),
        ]
    }

    /// Every indicator with its weight and level (a dash where none is entered), one table per domain.
    private func levelTables(_ evaluation: SpbeEvaluation, _ context: ReportContext) -> [ReportBlock] {
        structure.domains.flatMap { domain -> [ReportBlock] in
            let rows = domain.aspects.flatMap(\.indicators).map { indicator -> [ReportText] in
                let level = evaluation.levels[indicator.number]
                let name = level.flatMap { structure.levelName($0, for: indicator)?[context.language] } ?? ""
                return [ReportText("\(indicator.number)"), ReportText(indicator.shortName[context.language]),
                        ReportText(SpbeStructure.weight(indicator.weight, language: context.language)),
                        ReportText(level.map { "\($0) \(name)" } ?? "—"),
                        ReportText(level.map { AssessmentPart.bar(Double($0), scale: .rating) } ?? "")]
            }
            let weight = SpbeStructure.weight(domain.weight, language: context.language)
            return [
                .subheading("Domain \(domain.number) \(domain.name[context.language]) (\(weight)%)"),
                .table(ReportTable(
                    columns: [.init("#", .trailing), .init(context.text("Indicator", "Indikator")),
                              .init(context.text("Weight", "Bobot"), .trailing),
                              .init(context.text("Level", "Tingkat")), .init("")],
                    rows: rows)),
            ]
        }
    }
}
