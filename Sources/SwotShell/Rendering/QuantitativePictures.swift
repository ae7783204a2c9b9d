import SwotCore

/// Terminal pictures and tables of the quantitative layer: IFE/EFE tables, the IE matrix's nine cells with the
/// plan's cell marked, the SWOT position as a small cartesian plot, AHP priorities and the QSPM.
///
/// Plain ASCII lines plus a few one-column characters (–, ×, ●); item text goes through `TerminalText.safe`.
enum QuantitativePictures {
    // MARK: IFE / EFE

    /// The matrix as a table: one row per factor, subtotals per quadrant, the total and what it means.
    static func factorTable(_ evaluation: FactorEvaluation, plan: Plan, width: Int = 100) -> [String] {
        let kind = evaluation.kind
        let longest = evaluation.rows.compactMap { plan.item($0.factor.id).map { TerminalText.safe($0.text).count } }.max() ?? 0
        let textWidth = min(max(longest, 22), max(22, width - 38))
        var lines = ["\(kind.title) (\(kind == .ife ? "internal factors" : "external factors"))"]
        lines.append("  " + "ID".padding(to: 5) + "Factor".padding(to: textWidth) + "  Weight  Rating   Score")
        for quadrant in kind.quadrants {
            for row in evaluation.rows where row.factor.quadrant == quadrant {
                let text = plan.item(row.factor.id).map { TerminalText.safe($0.text) } ?? ""
                lines.append("  " + row.factor.id.padding(to: 5) + clip(text, textWidth).padding(to: textWidth)
                    + leftPad(ScoreFormat.short(row.factor.weight), 8) + leftPad(ScoreFormat.number(row.factor.rating), 8)
                    + leftPad(ScoreFormat.short(row.weightedScore), 8))
            }
        }
        let rule = "  " + String(repeating: "-", count: 5 + textWidth + 24)
        lines.append(rule)
        for quadrant in kind.quadrants {
            let weight = evaluation.rows.filter { $0.factor.quadrant == quadrant }.reduce(0) { $0 + $1.factor.weight }
            lines.append("  " + "".padding(to: 5) + "\(quadrant.name(.en)) subtotal".padding(to: textWidth)
                + leftPad(ScoreFormat.short(weight), 8) + "        "
                + leftPad(ScoreFormat.short(evaluation.quadrantTotals[quadrant] ?? 0), 8))
        }
        lines.append("  " + "".padding(to: 5) + "Total".padding(to: textWidth)
            + leftPad(ScoreFormat.short(evaluation.weightSum), 8) + "        " + leftPad(ScoreFormat.short(evaluation.total), 8))
        lines.append("")
        lines.append("\(kind == .ife ? "IFE" : "EFE") total \(ScoreFormat.short(evaluation.total)): \(evaluation.reading.label(kind)).")
        lines += Wrapping.lines(evaluation.interpretation(), width: width)
        return lines
    }

    // MARK: IE matrix

    static let ieCellWidth = 16

    /// David's short prescription for a cell, to fit a grid cell.
    static func shortName(_ prescription: IEPrescription) -> String {
        switch prescription {
        case .growAndBuild: return "grow and build"
        case .holdAndMaintain: return "hold, maintain"
        case .harvestOrDivest: return "harvest/divest"
        }
    }

    /// The 3×3 grid, strong IFE on the left and high EFE at the top, with the plan's cell marked.
    static func ieGrid(_ placement: IEPlacement) -> [String] {
        let w = ieCellWidth
        let margin = 13
        let border = "".padding(to: margin) + "+" + Array(repeating: String(repeating: "-", count: w), count: 3).joined(separator: "+") + "+"
        var lines: [String] = []
        lines.append("".padding(to: margin) + " IFE total (x) →")
        lines.append(rightTrimmed("".padding(to: margin) + " " + IEBand.allCases.reversed().map { center("\($0.ifeName()) \($0.rangeLabel)", w) }.joined(separator: " ")))
        lines.append(border)
        for row in IEMatrix.grid {
            let band = row[0].efeBand
            let labels = ["EFE \(band.efeName())", band.rangeLabel, ""]
            let contents: [[String]] = row.map { cell in
                let marked = cell == placement.cell
                return [
                    marked ? ">> \(cell.roman) <<" : cell.roman,
                    shortName(cell.prescription),
                    marked ? "● here" : "",
                ]
            }
            for line in 0..<3 {
                lines.append(" " + labels[line].padding(to: margin - 1) + "|" + contents.map { center($0[line], w) }.joined(separator: "|") + "|")
            }
            lines.append(border)
        }
        return lines
    }

    /// What the cell says, in words.
    static func ieReading(_ placement: IEPlacement, ife: FactorEvaluation, efe: FactorEvaluation) -> [String] {
        [
            "IFE \(ScoreFormat.short(ife.total)) (\(placement.ifeBand.ifeName()), \(placement.ifeBand.rangeLabel)) and "
                + "EFE \(ScoreFormat.short(efe.total)) (\(placement.efeBand.efeName()), \(placement.efeBand.rangeLabel)) "
                + "place the organisation in cell \(placement.cell.roman): \(placement.prescription.name()).",
        ] + Wrapping.lines(meaning(placement.prescription), width: 100)
    }

    /// David's prescription and what it means for an e-Government programme.
    static func meaning(_ prescription: IEPrescription) -> String {
        switch prescription {
        case .growAndBuild:
            return "Cells I, II and IV: grow and build — intensive or integrative strategies; for e-Government, expand "
                + "and integrate services (favour SO and WO moves that build new capability)."
        case .holdAndMaintain:
            return "Cells III, V and VII: hold and maintain — penetration and development of what exists; for "
                + "e-Government, raise the uptake and quality of existing services before adding new ones."
        case .harvestOrDivest:
            return "Cells VI, VIII and IX: harvest or divest — retrenchment; for e-Government, fix the basics, merge or "
                + "stop weak services and protect core ones (favour WT and ST moves)."
        }
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
    static func positionPlot(_ position: SWOTPosition) -> [String] {
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
            "\(quadrant.roman) \(quadrant.name()) (\(quadrant.favoured.rawValue))"
        }
        put(label(.turnaround), row: 0, rightAligned: false)
        put(label(.aggressive), row: 0, rightAligned: true)
        put(label(.defensive), row: 2 * hh, rightAligned: false)
        put(label(.diversification), row: 2 * hh, rightAligned: true)
        let column = hw + Int((position.x / bound * Double(hw)).rounded())
        let row = hh - Int((position.y / bound * Double(hh)).rounded())
        grid[min(max(row, 0), 2 * hh)][min(max(column, 0), 2 * hw)] = "●"

        let top = signed(bound), bottom = signed(-bound)
        let gutter = max(top.count, bottom.count) + 1
        var lines: [String] = []
        for (index, characters) in grid.enumerated() {
            let tick = index == 0 ? top : (index == 2 * hh ? bottom : (index == hh ? "0" : ""))
            lines.append(rightTrimmed(String(repeating: " ", count: gutter - 1 - tick.count) + tick + " " + String(characters)))
        }
        let axis = Array(repeating: Character(" "), count: 2 * hw + 1)
        var ticks = axis
        for (text, at) in [(bottom, 0), ("0", hw), (top, 2 * hw + 1 - top.count)] {
            for (offset, character) in text.enumerated() where at + offset < ticks.count { ticks[at + offset] = character }
        }
        lines.append("".padding(to: gutter) + String(ticks))
        lines.append("".padding(to: gutter) + "x = S − W (internal) →, y = O − T (external) ↑")
        return lines
    }

    /// The arithmetic and the reading of the position.
    static func positionReading(_ position: SWOTPosition) -> [String] {
        let favoured = position.quadrant.favoured
        var lines = [
            "x = S − W = \(ScoreFormat.short(position.strengths)) − \(ScoreFormat.short(position.weaknesses)) = \(signed(position.x))",
            "y = O − T = \(ScoreFormat.short(position.opportunities)) − \(ScoreFormat.short(position.threats)) = \(signed(position.y))",
            "S and O are Σ weight × rating; W and T are Σ weight × (5 − rating), their severity (a major weakness rated 1 "
                + "counts 4; a threat met poorly, rated 1, counts 4).",
            "Quadrant \(position.quadrant.roman): \(position.quadrant.name()) → favour \(favoured.rawValue) strategies "
                + "(\(towsMeaning(favoured))).",
            "Preference order for strategies: \(position.preferenceOrder.map(\.rawValue).joined(separator: ", ")).",
        ]
        if position.isOnAxis {
            lines.append("The point lies on an axis; a zero counts as positive, so the quadrant is \(position.quadrant.name()).")
        }
        return lines.flatMap { Wrapping.lines($0, width: 100) }
    }

    static func towsMeaning(_ quadrant: TOWSQuadrant) -> String {
        switch quadrant {
        case .so: return "use strengths to seize opportunities"
        case .st: return "use strengths to counter threats"
        case .wo: return "overcome weaknesses by exploiting opportunities"
        case .wt: return "minimise weaknesses and avoid threats"
        }
    }

    // MARK: AHP

    /// One comparison set: its priorities and consistency, or what is missing.
    static func ahpSet(_ set: PlanComparisonSet, plan: Plan) -> [String] {
        let title = set.quadrant.map { "\($0.name(.en)) (within the quadrant)" } ?? "SWOT groups (between quadrants)"
        var lines = ["\(title): \(set.judgedPairs) of \(set.neededPairs) pairs judged"]
        guard let result = set.result else {
            if set.judgedPairs > 0 || set.quadrant == nil, let problem = set.problem { lines += Wrapping.lines(problem.message, width: 98).map { "  " + $0 } }
            return lines
        }
        for (id, priority) in zip(result.items, result.priorities) {
            let name: String
            if set.quadrant == nil {
                name = Quadrant(parsing: id)?.name(.en) ?? id
            } else {
                name = plan.item(id).map { TerminalText.safe($0.text) } ?? ""
            }
            lines.append("  " + id.padding(to: 5) + clip(name, 60).padding(to: 60) + leftPad(ScoreFormat.fixed(priority, decimals: 3), 8))
        }
        if result.items.count > 2 {
            lines.append("  λmax \(ScoreFormat.fixed(result.lambdaMax, decimals: 3)), CI \(ScoreFormat.fixed(result.consistencyIndex, decimals: 3)), "
                + "RI \(ScoreFormat.fixed(result.randomIndex, decimals: 2)), CR \(ScoreFormat.fixed(result.consistencyRatio, decimals: 3))"
                + (result.isAcceptable ? " (consistent: below 0.10)" : ""))
        } else {
            lines.append("  CR 0 (two or fewer elements are always consistent)")
        }
        if let warning = result.warning {
            lines += Wrapping.lines("Warning: " + warning.message, width: 98).map { "  " + $0 }
        }
        return lines
    }

    /// The A'WOT global weights and the IFE/EFE weights `ahp apply` would set.
    static func awotTable(_ result: AWOTResult) -> [String] {
        var lines = ["Global weights (group × local), and as IFE/EFE weights (rescaled within each matrix):"]
        lines.append("  " + "ID".padding(to: 5) + leftPad("group", 8) + leftPad("local", 8) + leftPad("global", 8) + leftPad("IFE/EFE", 9))
        var matrixSums: [FactorMatrixKind: Double] = [:]
        for row in result.priorities { matrixSums[Plan.matrix(of: row.quadrant), default: 0] += row.globalWeight }
        for row in result.priorities {
            let sum = matrixSums[Plan.matrix(of: row.quadrant)] ?? 1
            lines.append("  " + row.item.padding(to: 5) + leftPad(ScoreFormat.fixed(row.groupWeight, decimals: 3), 8)
                + leftPad(ScoreFormat.fixed(row.localWeight, decimals: 3), 8) + leftPad(ScoreFormat.fixed(row.globalWeight, decimals: 3), 8)
                + leftPad(ScoreFormat.fixed(sum > 0 ? row.globalWeight / sum : 0, decimals: 3), 9))
        }
        return lines
    }

    // MARK: QSPM

    /// The QSPM grid: AS and TAS per strategy, STAS, the ranking and the gap reading (or what is still to score).
    static func qspmTable(_ sheet: QSPMSheet, result: QSPMResult?, plan: Plan) -> [String] {
        let column = max(12, (sheet.strategies.map(\.count).max() ?? 0) + 2)
        var lines: [String] = []
        for id in sheet.strategies {
            let text = plan.strategy(id).map { TerminalText.safe($0.text) } ?? "(removed)"
            lines.append("  " + id.padding(to: 6) + clip(text, 92))
        }
        lines.append("")
        lines.append("  " + "Factor".padding(to: 7) + leftPad("Weight", 7) + sheet.strategies.map { leftPad("\($0) AS TAS", column + 3) }.joined())
        for (rowIndex, row) in sheet.rows.enumerated() {
            var line = "  " + row.item.id.padding(to: 7) + leftPad(ScoreFormat.short(row.weight), 7)
            for (index, cell) in row.cells.enumerated() {
                let text: String
                switch cell {
                case .none: text = "?"
                case .some(.none): text = "-    -"
                case .some(.some(let score)):
                    let tas = result?.rows[rowIndex].totalScores[index] ?? row.weight * score
                    text = "\(ScoreFormat.number(score))  \(ScoreFormat.short(tas))"
                }
                line += leftPad(text, column + 3)
            }
            lines.append(line)
        }
        if let result {
            lines.append("  " + "STAS".padding(to: 14) + result.totals.map { leftPad(ScoreFormat.short($0), column + 3) }.joined())
            lines.append("")
            lines.append("Ranking (highest STAS is the most attractive):")
            for entry in result.ranking {
                lines.append("  \(entry.rank). \(entry.strategy.padding(to: 6)) STAS \(ScoreFormat.short(entry.stas))")
            }
            if let gap = result.gap {
                lines.append("Gap \(gap.leader) − \(gap.runnerUp) = \(ScoreFormat.short(gap.gap)): \(gap.reading.name()) "
                    + "(> 1.0 strong, 0.5–1.0 moderate, 0.2–0.49 slight, < 0.2 near-equivalent).")
            }
        } else {
            let missing = sheet.missing.map { "\($0.item) (\($0.strategies.joined(separator: ", ")))" }
            lines.append("")
            lines += Wrapping.lines("Still to score: \(missing.joined(separator: ", ")). Use `attract STRATEGY ITEM 1-4`, "
                + "or `attract * ITEM -` for a factor that does not affect the choice.", width: 100)
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

    /// `+0.45`, `-1.20`, `0.00`.
    static func signed(_ value: Double) -> String {
        let text = ScoreFormat.short(value)
        return value > 0 && text != "0.00" ? "+" + text : text
    }
}

