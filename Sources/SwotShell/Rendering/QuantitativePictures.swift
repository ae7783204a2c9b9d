import SwotCore

/// Terminal pictures and tables of the quantitative layer: IFE/EFE tables, the IE matrix's nine cells with the
/// plan's cell marked, the SWOT position as a small cartesian plot, AHP priorities and the QSPM.
///
/// Plain ASCII lines plus a few one-column characters (–, ×, ●); item text goes through `TerminalText.safe`. Words
/// and numbers follow the plan's language (`NumberFormat`: 2,85 in Indonesian, 2.85 in English; IFAS/EFAS, diagram
/// Cartesius and Kuadran I–IV in Indonesian).
enum QuantitativePictures {
    // MARK: IFE / EFE

    /// The matrix as a table: one row per factor, subtotals per quadrant, the total and what it means.
    static func factorTable(
        _ evaluation: FactorEvaluation,
        plan: Plan,
        language: Language,
        width: Int = 100
    ) -> [String] {
        let kind = evaluation.kind
        let label = ReportLabels(language: language)
        let number = NumberFormat(language)
        let longest = evaluation.rows.compactMap { row in
            plan.item(written: row.factor.id).map { TerminalText.safe($0.text).count }
        }.max() ?? 0
        let textWidth = min(max(longest, 22), max(22, width - 38))
        var lines = [kind.heading(language)]
        lines.append("  " + "ID".padding(to: 5) + label("Factor", "Faktor").padding(to: textWidth)
            + leftPad(label("Weight", "Bobot"), 8) + leftPad("Rating", 8) + leftPad(label("Score", "Skor"), 8))
        for quadrant in kind.quadrants {
            for row in evaluation.rows where row.factor.quadrant == quadrant {
                let text = plan.item(written: row.factor.id).map { TerminalText.safe($0.text) } ?? ""
                lines.append("  " + row.factor.id.padding(to: 5) + clip(text, textWidth).padding(to: textWidth)
                    + leftPad(number.score(row.factor.weight), 8) + leftPad(number.number(row.factor.rating), 8)
                    + leftPad(number.score(row.weightedScore), 8))
            }
        }
        let rule = "  " + String(repeating: "-", count: 5 + textWidth + 24)
        lines.append(rule)
        for quadrant in kind.quadrants {
            let weight = evaluation.rows.filter { $0.factor.quadrant == quadrant }.reduce(0) { $0 + $1.factor.weight }
            let name = label("\(quadrant.name(.en)) subtotal", "Subtotal \(quadrant.name(.id).lowercased())")
            lines.append("  " + "".padding(to: 5) + name.padding(to: textWidth)
                    + leftPad(number.score(weight), 8) + "        "
                    + leftPad(number.score(evaluation.quadrantTotals[quadrant] ?? 0), 8)
            )
        }
        lines.append("  " + "".padding(to: 5) + label("Total", "Total").padding(to: textWidth)
            + leftPad(number.score(evaluation.weightSum), 8) + "        " + leftPad(number.score(evaluation.total), 8))
        lines.append("")
        lines.append(label("\(kind.shortName(.en)) total", "Total \(kind.shortName(.id))")
            + " \(number.score(evaluation.total)): \(evaluation.reading.label(kind, language)).")
        lines += Wrapping.lines(evaluation.interpretation(language), width: width)
        return lines
    }

    // MARK: IE matrix

    static let ieCellWidth = 16

    /// David's short prescription for a cell, to fit a grid cell.
    static func shortName(_ prescription: IEPrescription, _ language: Language) -> String {
        switch (prescription, language) {
        case (.growAndBuild, .en): return "grow and build"
        case (.holdAndMaintain, .en): return "hold, maintain"
        case (.harvestOrDivest, .en): return "harvest/divest"
        case (.growAndBuild, .id): return "tumbuh-kembang"
        case (.holdAndMaintain, .id): return "pertahankan"
        case (.harvestOrDivest, .id): return "benahi, ramping"
        }
    }

    /// The 3×3 grid, strong IFE on the left and high EFE at the top, with the plan's cell marked.
    static func ieGrid(_ placement: IEPlacement, language: Language) -> [String] {
        let w = ieCellWidth
        let margin = 13
        let label = ReportLabels(language: language)
        let border =
            "".padding(to: margin) + "+"
            + Array(repeating: String(repeating: "-", count: w), count: 3).joined(separator: "+") + "+"
        var lines: [String] = []
        lines.append("".padding(to: margin) + label(" IFE total (x) →", " Total IFAS (x) →"))
        lines.append(rightTrimmed("".padding(to: margin) + " " + IEBand.allCases.reversed().map {
            center("\($0.name(.ife, language)) \($0.range(language))", w)
        }.joined(separator: " ")))
        lines.append(border)
        for row in IEMatrix.grid {
            let band = row[0].efeBand
            let labels = ["\(FactorMatrixKind.efe.shortName(language)) "
                + "\(band.name(.efe, language))", band.range(language), ""]
            let contents: [[String]] = row.map { cell in
                let marked = cell == placement.cell
                return [
                    marked ? ">> \(cell.roman) <<" : cell.roman,
                    shortName(cell.prescription, language),
                    marked ? label("● here", "● di sini") : "",
                ]
            }
            for line in 0..<3 {
                lines.append(
                    " " + labels[line].padding(to: margin - 1) + "|"
                        + contents.map { center($0[line], w) }.joined(separator: "|") + "|"
                )
            }
            lines.append(border)
        }
        return lines
    }

    /// What the cell says, in words, and, when the SWOT position points elsewhere, why.
    static func ieReading(_ placement: IEPlacement, position: SWOTPosition?, language: Language) -> [String] {
        let number = NumberFormat(language)
        let ife = "\(FactorMatrixKind.ife.shortName(language)) \(number.score(placement.ifeTotal)) "
            + "(\(placement.ifeBand.name(.ife, language)), \(placement.ifeBand.range(language)))"
        let efe = "\(FactorMatrixKind.efe.shortName(language)) \(number.score(placement.efeTotal)) "
            + "(\(placement.efeBand.name(.efe, language)), \(placement.efeBand.range(language)))"
        let sentence = ReportLabels(language: language)(
            "\(ife) and \(efe) place the organisation in cell \(placement.cell.roman): "
                + "\(placement.prescription.name(.en)).",
            "\(ife) dan \(efe) menempatkan organisasi di sel \(placement.cell.roman): "
                + "\(placement.prescription.name(.id)).")
        var lines = [sentence] + Wrapping.lines(placement.prescription.meaning(language), width: 100)
        if let position, let note = placement.disagreement(with: position, language) {
            lines += Wrapping.lines(note, width: 100)
        }
        return lines
    }

    // MARK: SWOT position

    /// Half-widths of the plot: 24 columns and 6 rows on each side of the origin.
    static let plotHalfWidth = 24
    static let plotHalfHeight = 6

    /// The axis bound: the smallest of 0.25, 0.5, 1, 2, 4 that holds both coordinates.
    static func plotBound(_ position: SWOTPosition) -> Double {
        let largest = max(abs(position.x), abs(position.y))
        return [0.25, 0.5, 1, 2, 4].first { largest <= $0 } ?? 4
    }

    /// The position as a small cartesian plot with the four cells named in their corners.
    static func positionPlot(_ position: SWOTPosition, language: Language) -> [String] {
        let hw = plotHalfWidth, hh = plotHalfHeight
        let bound = plotBound(position)
        var grid = Array(repeating: Array(repeating: Character(" "), count: 2 * hw + 1), count: 2 * hh + 1)
        for column in 0...(2 * hw) { grid[hh][column] = "-" }
        for row in 0...(2 * hh) { grid[row][hw] = "|" }
        grid[hh][hw] = "+"
        grid[hh][2 * hw] = ">"
        grid[0][hw] = "^"
        func put(_ text: String, row: Int, rightAligned: Bool) {
            let characters = Array(text)
            let start = rightAligned ? 2 * hw + 1 - characters.count : 0
            for (offset, character) in characters.enumerated() where start + offset >= 0 && start + offset <= 2 * hw {
                grid[row][start + offset] = character
            }
        }
        func label(_ quadrant: PositionQuadrant) -> String {
            "\(quadrant.roman) \(quadrant.name(language)) (\(quadrant.favoured.rawValue))"
        }
        put(label(.turnaround), row: 0, rightAligned: false)
        put(label(.aggressive), row: 0, rightAligned: true)
        put(label(.defensive), row: 2 * hh, rightAligned: false)
        put(label(.diversification), row: 2 * hh, rightAligned: true)
        let column = hw + Int((position.x / bound * Double(hw)).rounded())
        let row = hh - Int((position.y / bound * Double(hh)).rounded())
        grid[min(max(row, 0), 2 * hh)][min(max(column, 0), 2 * hw)] = "●"

        let top = signed(bound, language), bottom = signed(-bound, language)
        let gutter = max(top.count, bottom.count) + 1
        var lines: [String] = []
        for (index, characters) in grid.enumerated() {
            let tick = index == 0 ? top : (index == 2 * hh ? bottom : (index == hh ? "0" : ""))
            lines.append(
                rightTrimmed(String(repeating: " ", count: gutter - 1 - tick.count) + tick + " " + String(characters))
            )
        }
        let axis = Array(repeating: Character(" "), count: 2 * hw + 1)
        var ticks = axis
        for (text, at) in [(bottom, 0), ("0", hw), (top, 2 * hw + 1 - top.count)] {
            for (offset, character) in text.enumerated() where at + offset < ticks.count {
                ticks[at + offset] = character
            }
        }
        lines.append("".padding(to: gutter) + String(ticks))
        lines.append("".padding(to: gutter) + ReportLabels(language: language)(
            "x = S − W (internal) →, y = O − T (external) ↑", "x = S − W (internal) →, y = O − T (eksternal) ↑"))
        return lines
    }

    /// The arithmetic and the reading of the position, and, when the IE cell points elsewhere, why.
    static func positionReading(_ position: SWOTPosition, placement: IEPlacement?, language: Language) -> [String] {
        let favoured = position.quadrant.favoured
        let label = ReportLabels(language: language)
        let number = NumberFormat(language)
        let order = position.preferenceOrder.map(\.rawValue).joined(separator: ", ")
        var lines = [
            "x = S − W = \(number.score(position.strengths)) − \(number.score(position.weaknesses)) = "
                + "\(signed(position.x, language))",
            "y = O − T = \(number.score(position.opportunities)) − \(number.score(position.threats)) = "
                + "\(signed(position.y, language))",
            label("S and O are Σ weight × rating; W and T are Σ weight × (5 − rating), their severity (a major "
                + "weakness rated 1 "
                + "counts 4; a threat met poorly, rated 1, counts 4).",
                  "S dan O adalah Σ bobot × rating; W dan T adalah Σ bobot × (5 − rating), yaitu tingkat keparahannya "
                      + "(kelemahan "
                + "besar dengan rating 1 dihitung 4; ancaman yang ditanggapi buruk, rating 1, dihitung 4)."),
            label("\(position.quadrant.title(.en)) → favour \(favoured.rawValue) strategies "
                + "(\(towsMeaning(favoured, .en))).",
                  "\(position.quadrant.title(.id)) → utamakan strategi \(favoured.rawValue) "
                      + "(\(towsMeaning(favoured, .id)))."),
            label("Preference order for strategies: \(order).", "Urutan prioritas strategi: \(order)."),
        ]
        if position.isOnAxis {
            lines.append(label("The point lies on an axis; a zero counts as positive, so the quadrant is "
                + "\(position.quadrant.name(.en)).",
                               "Titik berada di sumbu; nol dihitung positif, sehingga kuadrannya "
                                   + "\(position.quadrant.name(.id))."))
        }
        if let placement, let note = placement.disagreement(with: position, language) { lines.append(note) }
        return lines.flatMap { Wrapping.lines($0, width: 100) }
    }

    static func towsMeaning(_ quadrant: TOWSQuadrant, _ language: Language) -> String {
        switch (quadrant, language) {
        case (.so, .en): return "use strengths to seize opportunities"
        case (.st, .en): return "use strengths to counter threats"
        case (.wo, .en): return "overcome weaknesses by exploiting opportunities"
        case (.wt, .en): return "minimise weaknesses and avoid threats"
        case (.so, .id): return "gunakan kekuatan untuk meraih peluang"
        case (.st, .id): return "gunakan kekuatan untuk menghadapi ancaman"
        case (.wo, .id): return "atasi kelemahan dengan memanfaatkan peluang"
        case (.wt, .id): return "kurangi kelemahan dan hindari ancaman"
        }
    }

    // MARK: AHP

    /// One comparison set: its priorities and consistency, or what is missing.
    static func ahpSet(_ set: PlanComparisonSet, plan: Plan, language: Language) -> [String] {
        let label = ReportLabels(language: language)
        let number = NumberFormat(language)
        let title =
            set.quadrant.map { label("\($0.name(.en)) (within the quadrant)", "\($0.name(.id)) (dalam kuadran)") }
            ?? label("SWOT groups (between quadrants)", "Kelompok SWOT (antarkuadran)")
        var lines = [title + label(": \(set.judgedPairs) of \(set.neededPairs) pairs judged",
                                   ": \(set.judgedPairs) dari \(set.neededPairs) pasangan dinilai")]
        guard let result = set.result else {
            if set.judgedPairs > 0 || set.quadrant == nil, let problem = set.problem {
                lines += Wrapping.lines(ErrorText.of(problem, language: language), width: 98).map { "  " + $0 }
            }
            return lines
        }
        for (id, priority) in zip(result.items, result.priorities) {
            let name: String
            if set.quadrant == nil {
                name = Quadrant(parsing: id)?.name(language) ?? id
            } else {
                name = plan.item(written: id).map { TerminalText.safe($0.text) } ?? ""
            }
            lines.append("  " + id.padding(to: 5) + clip(name, 60).padding(to: 60) + leftPad(number.fine(priority), 8))
        }
        if result.items.count > 2 {
            lines.append("  λmax \(number.fine(result.lambdaMax)), CI \(number.fine(result.consistencyIndex)), "
                + "RI \(number.score(result.randomIndex)), CR \(number.fine(result.consistencyRatio))"
                + (result.isAcceptable ? label(" (consistent: below 0.10)", " (konsisten: di bawah 0,10)") : ""))
        } else {
            lines.append(label("  CR 0 (two or fewer elements are always "
                + "consistent)", "  CR 0 (dua elemen atau kurang selalu konsisten)"))
        }
        if let warning = set.warning(language) {
            lines += Wrapping.lines(warning, width: 98).map { "  " + $0 }
        }
        return lines
    }

    /// The A'WOT global weights and the IFE/EFE weights `ahp apply` would set.
    static func awotTable(_ result: AWOTResult, language: Language) -> [String] {
        let label = ReportLabels(language: language)
        let number = NumberFormat(language)
        var lines = [label("Global weights (group × local), and as IFE/EFE weights (rescaled within each matrix):",
                           "Bobot global (kelompok × lokal), dan sebagai bobot IFAS/EFAS (diskalakan ulang dalam tiap "
                               + "matriks):")]
        lines.append(
            "  " + "ID".padding(to: 5) + leftPad(label("group", "kelompok"), 8) + leftPad(label("local", "lokal"), 8)
            + leftPad("global", 8) + leftPad(label("IFE/EFE", "IFAS/EFAS"), 9))
        var matrixSums: [FactorMatrixKind: Double] = [:]
        for row in result.priorities { matrixSums[Plan.matrix(of: row.quadrant), default: 0] += row.globalWeight }
        for row in result.priorities {
            let sum = matrixSums[Plan.matrix(of: row.quadrant)] ?? 1
            lines.append("  " + row.item.padding(to: 5) + leftPad(number.fine(row.groupWeight), 8)
                + leftPad(number.fine(row.localWeight), 8) + leftPad(number.fine(row.globalWeight), 8)
                + leftPad(number.fine(sum > 0 ? row.globalWeight / sum : 0), 9))
        }
        return lines
    }

    // MARK: QSPM

    /// The QSPM grid: AS and TAS per strategy, STAS, the ranking and the gap reading (or what is still to score).
    static func qspmTable(_ sheet: QSPMSheet, result: QSPMResult?, plan: Plan, language: Language) -> [String] {
        let label = ReportLabels(language: language)
        let number = NumberFormat(language)
        let column = max(12, (sheet.strategies.map(\.count).max() ?? 0) + 2)
        var lines: [String] = []
        for id in sheet.strategies {
            let text = plan.strategy(written: id).map { TerminalText.safe($0.text) } ?? label("(removed)", "(dihapus)")
            lines.append("  " + id.padding(to: 6) + clip(text, 92))
        }
        lines.append("")
        lines.append(
            "  " + label("Factor", "Faktor").padding(to: 7) + leftPad(label("Weight", "Bobot"), 7)
                + sheet.strategies.map { leftPad("\($0) AS TAS", column + 3) }.joined()
        )
        for (rowIndex, row) in sheet.rows.enumerated() {
            var line = "  " + row.item.id.padding(to: 7) + leftPad(number.score(row.weight), 7)
            for (index, cell) in row.cells.enumerated() {
                let text: String
                switch cell {
                case .none: text = "?"
                case .some(.none): text = "-    -"
                case .some(.some(let score)):
                    let tas = result?.rows[rowIndex].totalScores[index] ?? row.weight * score
                    text = "\(number.number(score))  \(number.score(tas))"
                }
                line += leftPad(text, column + 3)
            }
            lines.append(line)
        }
        if let result {
            lines.append(
                "  " + "STAS".padding(to: 14) + result.totals.map { leftPad(number.score($0), column + 3) }.joined()
            )
            lines.append("")
            lines.append(
                label("Ranking (highest STAS is the most attractive):", "Peringkat (STAS tertinggi paling menarik):")
            )
            for entry in result.ranking {
                lines.append("  \(entry.rank). \(entry.strategy.padding(to: 6)) STAS \(number.score(entry.stas))")
            }
            if let gap = result.gap {
                lines.append(label("Gap", "Selisih") + " \(gap.leader) − \(gap.runnerUp) = \(number.score(gap.gap)): "
                    + "\(gap.reading.name(language)) "
                    + label("(> 1.0 strong, 0.5–1.0 moderate, 0.2–0.49 slight, < 0.2 near-equivalent).",
                            "(> 1,0 kuat, 0,5–1,0 sedang, 0,2–0,49 tipis, < 0,2 hampir setara)."))
            }
        } else {
            let missing = sheet.missing.map { "\($0.item) (\($0.strategies.joined(separator: ", ")))" }
            lines.append("")
            lines += Wrapping.lines(label("Still to score: \(missing.joined(separator: ", ")). Use `attract STRATEGY "
                + "ITEM 1-4`, "
                + "or `attract * ITEM -` for a factor that does not affect the choice.",
                                          "Belum dinilai: \(missing.joined(separator: ", ")). Gunakan `attract "
                                              + "STRATEGY ITEM 1-4`, "
                + "atau `attract * ITEM -` untuk faktor yang tidak memengaruhi pilihan."), width: 100)
        }
        return lines
    }

    // MARK: Helpers

    /// The text without spaces at its end (plot rows are padded to full width while drawn).
    static func rightTrimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }

    static func center(_ text: String, _ width: Int) -> String {
        guard text.count < width else { return String(text.prefix(width)) }
        let left = (width - text.count) / 2
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: width - text.count - left)
    }

    static func signed(_ value: Double, _ language: Language) -> String { NumberFormat(language).signedScore(value) }
}

