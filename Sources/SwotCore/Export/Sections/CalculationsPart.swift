/// The appendix of the numbers behind the position: the IFAS (IFE) and EFAS (EFE) tables, the arithmetic of the
/// SWOT position, AHP priorities with their consistency, and the QSPM. Each part appears only with its data; a
/// matrix that is filled in but not valid yet shows the problem instead of numbers.
struct CalculationsPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let plan = context.plan
        var blocks: [ReportBlock] = []
        for kind in FactorMatrixKind.allCases where plan.hasScores(kind) {
            blocks.append(.subheading(title(kind, context)))
            do {
                blocks += factorTable(try plan.factorEvaluation(kind), context)
            } catch {
                blocks.append(.note(problem(error, context)))
            }
        }
        if let position = context.position { blocks += positionArithmetic(position, context) }
        if plan.hasComparisons { blocks += ahp(context) }
        if !plan.qspm.strategies.isEmpty { blocks += qspm(context) }
        guard !blocks.isEmpty else { return [] }
        return [ReportSection(id: "calculations", title: context.text("Calculations", "Perhitungan"),
                              part: .appendix, blocks: blocks)]
    }

    private func title(_ kind: FactorMatrixKind, _ context: ReportContext) -> String {
        kind.heading(context.language)
    }

    private func problem(_ error: any Error, _ context: ReportContext) -> ReportText {
        .emphasis(context.text("Not complete yet: ", "Belum lengkap: ") + context.problemText(error))
    }

    private func factorTable(_ evaluation: FactorEvaluation, _ context: ReportContext) -> [ReportBlock] {
        let kind = evaluation.kind
        var rows: [[ReportText]] = evaluation.rows.map { row in
            [
                ReportText(row.factor.id), ReportText(context.plan.item(written: row.factor.id)?.text ?? ""),
                ReportText(context.number(row.factor.weight)), ReportText(context.figure(row.factor.rating)),
                ReportText(context.number(row.weightedScore)),
            ]
        }
        for quadrant in kind.quadrants {
            let weight = evaluation.rows.filter { $0.factor.quadrant == quadrant }.reduce(0) { $0 + $1.factor.weight }
            rows.append([
                "", .emphasis(context.text("Subtotal ", "Subtotal ") + quadrant.name(context.language)),
                .emphasis(context.number(weight)), "",
                .emphasis(context.number(evaluation.quadrantTotals[quadrant] ?? 0)),
            ])
        }
        rows.append([
            "", .strong("Total"), .strong(context.number(evaluation.weightSum)), "",
            .strong(context.number(evaluation.total)),
        ])
        let table = ReportTable(
            columns: [
                .init("ID"), .init(context.text("Factor", "Faktor")), .init(context.text("Weight", "Bobot"), .trailing),
                .init("Rating", .trailing), .init(context.text("Weighted score", "Skor"), .trailing),
            ],
            rows: rows)
        let reading = ReportText.strong("\(kind.shortName(context.language)) "
            + "\(context.number(evaluation.total))") + ": "
            + "\(evaluation.reading.label(kind, context.language)). \(evaluation.interpretation(context.language))"
        return [.table(table), .paragraph(reading)]
    }

    private func positionArithmetic(_ position: SWOTPosition, _ context: ReportContext) -> [ReportBlock] {
        let x = "x = S − W = \(context.number(position.strengths)) − \(context.number(position.weaknesses)) = "
        let y = "y = O − T = \(context.number(position.opportunities)) − \(context.number(position.threats)) = "
        return [
            .subheading(context.text("SWOT position", "Diagram Cartesius")),
            .list([ReportText(x) + .strong(context.signed(position.x)),
                   ReportText(y) + .strong(context.signed(position.y))], ordered: false),
            .paragraph(ReportText(context.text(
                "S and O are Σ weight × rating; W and T are Σ weight × (5 − rating), the severity of weaknesses and "
                    + "threats on the same 1–4 scale.",
                "S dan O adalah Σ bobot × rating; W dan T adalah Σ bobot × (5 − rating), yaitu tingkat keparahan "
                    + "kelemahan dan ancaman pada skala 1–4 yang sama."))),
        ]
    }

    private func ahp(_ context: ReportContext) -> [ReportBlock] {
        let plan = context.plan
        var blocks: [ReportBlock] = [.subheading(context.text("AHP priorities", "Prioritas AHP"))]
        for set in plan.comparisonSets() where set.judgedPairs > 0 {
            let name = set.quadrant.map { $0.name(context.language) } ?? context.text("SWOT groups", "Kelompok SWOT")
            guard let result = set.result else {
                let error = set.problem ?? ScoringError.empty(context: set.comparisons.context)
                blocks.append(.paragraph(.strong(name) + ": " + problem(error, context)))
                continue
            }
            let consistency = result.isAcceptable
                ? ReportText(context.text(" (consistent)", " (konsisten)"))
                : " (" + .strong(context.text("inconsistent", "tidak konsisten")) + ")"
            blocks.append(.paragraph(.strong(name) + " — λmax \(context.number(result.lambdaMax, decimals: 3)), "
                + "CR \(context.number(result.consistencyRatio, decimals: 3))" + consistency))
            let rows = zip(result.items, result.priorities).map { id, priority -> [ReportText] in
                let text = set.quadrant == nil
                    ? (Quadrant(parsing: id)?.name(context.language) ?? id) : (plan.item(written: id)?.text ?? "")
                return [ReportText(id), ReportText(text), ReportText(context.number(priority, decimals: 3))]
            }
            blocks.append(.table(ReportTable(
                columns: [.init("ID"), .init(context.text("Element", "Elemen")),
                          .init(context.text("Priority", "Prioritas"), .trailing)],
                rows: rows)))
            if let warning = set.warning(context.language) { blocks.append(.note(ReportText(warning))) }
        }
        if let awot = try? plan.awot() {
            blocks.append(.paragraph(.strong(context.text(
                "Global weights (A'WOT: group × local)", "Bobot global (A'WOT: kelompok × lokal)"))))
            let rows = awot.ranked.map { row -> [ReportText] in
                [ReportText(row.item), ReportText(context.number(row.groupWeight, decimals: 3)),
                 ReportText(context.number(row.localWeight, decimals: 3)),
                 ReportText(context.number(row.globalWeight, decimals: 3))]
            }
            blocks.append(.table(ReportTable(
                columns: [.init("ID"), .init(context.text("Group", "Kelompok"), .trailing),
                          .init(context.text("Local", "Lokal"), .trailing), .init("Global", .trailing)],
                rows: rows)))
        }
        return blocks
    }

    private func qspm(_ context: ReportContext) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.subheading("QSPM")]
        let sheet: QSPMSheet
        let result: QSPMResult
        do {
            sheet = try context.plan.qspmSheet()
            guard sheet.isComplete else {
                let missing = sheet.missing.map { "\($0.item) (\($0.strategies.joined(separator: ", ")))" }
                return blocks + [.note(.emphasis(context.text("Not complete yet: still to score ",
                                                              "Belum lengkap: belum dinilai ")
                    + missing.joined(separator: ", ") + "."))]
            }
            result = try sheet.evaluate()
        } catch {
            return blocks + [.note(problem(error, context))]
        }
        blocks.append(.list(sheet.strategies.map { id in
            .strong(id) + " " + (context.plan.strategy(written: id)?.text ?? "")
        }, ordered: false))
        var columns: [ReportTable.Column] = [.init(context.text("Factor", "Faktor")),
                                              .init(context.text("Weight", "Bobot"), .trailing)]
        for id in sheet.strategies { columns += [.init("\(id) AS", .trailing), .init("\(id) TAS", .trailing)] }
        var rows: [[ReportText]] = result.rows.map { row in
            var cells: [ReportText] = [ReportText(row.factor.id), ReportText(context.number(row.factor.weight))]
            for (score, total) in zip(row.factor.scores, row.totalScores) {
                cells += score.map { [ReportText(context.figure($0)), ReportText(context.number(total ?? 0))] }
                    ?? ["—", "—"]
            }
            return cells
        }
        rows.append([.strong("STAS"), ""] + result.totals.flatMap { [ReportText(""), .strong(context.number($0))] })
        blocks.append(.table(ReportTable(columns: columns, rows: rows)))
        blocks.append(.list(result.ranking.map { entry in
            .strong(entry.strategy) + " — STAS \(context.number(entry.stas))"
        }, ordered: true))
        if let gap = result.gap {
            blocks.append(.paragraph(ReportText(context.text("Gap ", "Selisih ") + "\(gap.leader) − \(gap.runnerUp) = "
                + "\(context.number(gap.gap)): ") + .strong(gap.reading.name(context.language)) + "."))
        }
        return blocks
    }
}
