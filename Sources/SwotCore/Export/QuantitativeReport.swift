/// The report's quantitative sections: IFE and EFE tables, the IE matrix (a 3×3 table and a Mermaid
/// `quadrantChart`), the SWOT position (a Mermaid `quadrantChart` and its arithmetic), AHP priorities with their
/// consistency ratios, and the QSPM table with its ranking. Each section appears only when the plan has its data;
/// a matrix that is filled in but not valid yet shows the problem instead of numbers.
///
/// Mermaid's quadrantChart grammar (mermaid-js `quadrant.jison`) reads a point's coordinates only as `1` or
/// `0.ddd` (not `1.0`), and bare text stops at `:`, `(`, `;` and more; every label is therefore written as a
/// quoted string with quotes, backticks and line breaks taken out, and coordinates through `mermaidCoordinate`.
public struct QuantitativeReport: Sendable {
    public var plan: Plan
    public var language: Language

    public init(plan: Plan, language: Language) {
        self.plan = plan
        self.language = language
    }

    /// The language's number convention, used for every figure except Mermaid's coordinates.
    private var number: NumberFormat { NumberFormat(language) }

    /// The sections as Markdown lines (empty when the plan has no quantitative data).
    public func lines() -> [String] {
        let label = ReportLabels(language: language)
        var body: [String] = []
        var evaluations: [FactorMatrixKind: FactorEvaluation] = [:]
        for kind in FactorMatrixKind.allCases where plan.hasScores(kind) {
            do {
                let evaluation = try plan.factorEvaluation(kind)
                evaluations[kind] = evaluation
                body += factorTable(evaluation, label)
            } catch {
                body += ["### \(title(kind, label))", "", problem(error, label), ""]
            }
        }
        if let ife = evaluations[.ife], let efe = evaluations[.efe] {
            if let placement = try? IEMatrix.place(ife: ife, efe: efe) { body += ieSection(placement, label) }
            if let position = try? SWOTPosition(ife: ife, efe: efe, convention: Quantitative.positionConvention) {
                body += positionSection(position, label)
            }
        }
        if plan.hasComparisons { body += ahpSection(label) }
        if !plan.qspm.strategies.isEmpty { body += qspmSection(label) }
        guard !body.isEmpty else { return [] }
        return ["## \(label("Quantitative analysis", "Analisis kuantitatif"))", ""] + body
    }

    // MARK: IFE / EFE

    private func title(_ kind: FactorMatrixKind, _ label: ReportLabels) -> String {
        kind.heading(language)
    }

    private func problem(_ error: any Error, _ label: ReportLabels) -> String {
        let message = (error as? any PlannerFacingError)?.message ?? "\(error)"
        return "_\(label("Not complete yet", "Belum lengkap")): \(MarkdownText.escape(message))_"
    }

    private func factorTable(_ evaluation: FactorEvaluation, _ label: ReportLabels) -> [String] {
        let kind = evaluation.kind
        var lines = [
            "### \(title(kind, label))", "",
            "| ID | \(label("Factor", "Faktor")) | \(label("Weight", "Bobot")) | \(label("Rating", "Peringkat")) | \(label("Weighted score", "Skor terbobot")) |",
            "|---|---|--:|--:|--:|",
        ]
        for row in evaluation.rows {
            let text = plan.item(row.factor.id).map { MarkdownText.escape($0.text) } ?? ""
            lines.append("| \(row.factor.id) | \(text) | \(number.score(row.factor.weight)) | \(number.number(row.factor.rating)) | \(number.score(row.weightedScore)) |")
        }
        for quadrant in kind.quadrants {
            let weight = evaluation.rows.filter { $0.factor.quadrant == quadrant }.reduce(0) { $0 + $1.factor.weight }
            lines.append("| | _\(label("Subtotal", "Subtotal")) \(quadrant.name(language))_ | _\(number.score(weight))_ | | _\(number.score(evaluation.quadrantTotals[quadrant] ?? 0))_ |")
        }
        lines.append("| | **\(label("Total", "Total"))** | **\(number.score(evaluation.weightSum))** | | **\(number.score(evaluation.total))** |")
        lines.append("")
        lines.append("**\(kind.shortName(language)) \(number.score(evaluation.total))**: \(evaluation.reading.label(kind, language)). \(evaluation.interpretation(language))")
        lines.append("")
        return lines
    }

    // MARK: IE matrix

    private func ieSection(_ placement: IEPlacement, _ label: ReportLabels) -> [String] {
        let bands = IEBand.allCases.reversed()
        var lines = [
            "### \(label("IE matrix", "Matriks IE"))", "",
            "| EFE \\ IFE | " + bands.map { "\(FactorMatrixKind.ife.shortName(language)) \($0.name(.ife, language)) \($0.range(language))" }.joined(separator: " | ") + " |",
            "|---|---|---|---|",
        ]
        for row in IEMatrix.grid {
            let band = row[0].efeBand
            let cells = row.map { cell -> String in
                let text = "\(cell.roman) — \(cell.prescription.name(language))"
                return cell == placement.cell ? "**\(text) ◀ \(label("here", "di sini"))**" : text
            }
            lines.append("| **\(FactorMatrixKind.efe.shortName(language)) \(band.name(.efe, language)) \(band.range(language))** | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(label(
            "IFE \(number.score(placement.ifeTotal)) and EFE \(number.score(placement.efeTotal)) place the organisation in **cell \(placement.cell.roman): \(placement.prescription.name(.en))**.",
            "IFAS \(number.score(placement.ifeTotal)) dan EFAS \(number.score(placement.efeTotal)) menempatkan organisasi di **sel \(placement.cell.roman): \(placement.prescription.name(.id))**."))
        lines.append("")
        // David's layout: strong IFE on the left, so x runs from IFE 4.0 (0) to IFE 1.0 (1).
        lines += ["```mermaid", "quadrantChart"]
        lines.append("    title \(mermaidLabel(label("IE matrix (x: IFE total, y: EFE total)", "Matriks IE (x: total IFE, y: total EFE)")))")
        lines.append("    x-axis \(quoted(label("IFE 4.0 strong", "IFE 4,0 kuat"))) --> \(quoted(label("IFE 1.0 weak", "IFE 1,0 lemah")))")
        lines.append("    y-axis \(quoted(label("EFE 1.0 low", "EFE 1,0 rendah"))) --> \(quoted(label("EFE 4.0 high", "EFE 4,0 tinggi")))")
        lines.append("    quadrant-1 \(quoted(label("IFE below 2.5, EFE 2.5 or above", "IFE di bawah 2,5, EFE 2,5 ke atas")))")
        lines.append("    quadrant-2 \(quoted(label("IFE and EFE 2.5 or above", "IFE dan EFE 2,5 ke atas")))")
        lines.append("    quadrant-3 \(quoted(label("IFE 2.5 or above, EFE below 2.5", "IFE 2,5 ke atas, EFE di bawah 2,5")))")
        lines.append("    quadrant-4 \(quoted(label("IFE and EFE below 2.5", "IFE dan EFE di bawah 2,5")))")
        for cell in IECell.allCases {
            // Cell centres: IFE 3.5 / 2.5 / 1.5 across, EFE 3.5 / 2.5 / 1.5 down.
            let ife = 3.5 - Double(cell.column), efe = 3.5 - Double(cell.row)
            lines.append("    \(quoted(cell.roman)): [\(Self.mermaidCoordinate((4 - ife) / 3)), \(Self.mermaidCoordinate((efe - 1) / 3))]")
        }
        let point = label("Plan", "Rencana") + " \(number.score(placement.ifeTotal)) / \(number.score(placement.efeTotal)) → \(placement.cell.roman)"
        lines.append("    \(quoted(point)): [\(Self.mermaidCoordinate((4 - placement.ifeTotal) / 3)), \(Self.mermaidCoordinate((placement.efeTotal - 1) / 3))]")
        lines += ["```", ""]
        return lines
    }

    // MARK: SWOT position

    private func positionSection(_ position: SWOTPosition, _ label: ReportLabels) -> [String] {
        let quadrant = position.quadrant
        var lines = [
            "### \(label("SWOT position", "Posisi SWOT"))", "",
            "- x = S − W = \(number.score(position.strengths)) − \(number.score(position.weaknesses)) = **\(signed(position.x))**",
            "- y = O − T = \(number.score(position.opportunities)) − \(number.score(position.threats)) = **\(signed(position.y))**",
            "",
            label(
                "S and O are Σ weight × rating; W and T are Σ weight × (5 − rating), the severity of weaknesses and threats on the same 1–4 scale.",
                "S dan O adalah Σ bobot × peringkat; W dan T adalah Σ bobot × (5 − peringkat), yaitu tingkat keparahan kelemahan dan ancaman pada skala 1–4 yang sama."),
            "",
            label(
                "**\(quadrant.title(.en))** — favour **\(quadrant.favoured.rawValue)** strategies. Preference order: \(position.preferenceOrder.map(\.rawValue).joined(separator: ", ")).",
                "**\(quadrant.title(.id))** — utamakan strategi **\(quadrant.favoured.rawValue)**. Urutan prioritas: \(position.preferenceOrder.map(\.rawValue).joined(separator: ", "))."),
            "",
        ]
        if let placement = try? IEMatrix.place(ife: plan.factorEvaluation(.ife), efe: plan.factorEvaluation(.efe)),
           let note = placement.disagreement(with: position, language) {
            lines += [note, ""]
        }
        let bound = [0.25, 0.5, 1, 2, 4].first { max(abs(position.x), abs(position.y)) <= $0 } ?? 4
        let b = number.score(bound)
        lines += ["```mermaid", "quadrantChart"]
        lines.append("    title \(mermaidLabel(label("SWOT position (x: S - W, y: O - T)", "Posisi SWOT (x: S - W, y: O - T)")))")
        lines.append("    x-axis \(quoted(label("W -\(b)", "W -\(b)"))) --> \(quoted(label("S +\(b)", "S +\(b)")))")
        lines.append("    y-axis \(quoted(label("T -\(b)", "T -\(b)"))) --> \(quoted(label("O +\(b)", "O +\(b)")))")
        for (index, cell) in [PositionQuadrant.aggressive, .turnaround, .defensive, .diversification].enumerated() {
            lines.append("    quadrant-\(index + 1) \(quoted("\(cell.roman) \(cell.name(language)) - \(cell.favoured.rawValue)"))")
        }
        let point = label("Plan", "Rencana") + " (\(signed(position.x)), \(signed(position.y)))"
        lines.append("    \(quoted(point)): [\(Self.mermaidCoordinate(0.5 + position.x / (2 * bound))), \(Self.mermaidCoordinate(0.5 + position.y / (2 * bound)))]")
        lines += ["```", ""]
        return lines
    }

    // MARK: AHP

    private func ahpSection(_ label: ReportLabels) -> [String] {
        var lines = ["### \(label("AHP priorities", "Prioritas AHP"))", ""]
        for set in plan.comparisonSets() where set.judgedPairs > 0 {
            let name = set.quadrant.map { $0.name(language) } ?? label("SWOT groups", "Kelompok SWOT")
            guard let result = set.result else {
                lines += ["**\(name)**: \(problem(set.problem ?? ScoringError.empty(context: set.comparisons.context), label))", ""]
                continue
            }
            lines += ["**\(name)** — λmax \(number.fine(result.lambdaMax)), CR \(number.fine(result.consistencyRatio))"
                + (result.isAcceptable ? label(" (consistent)", " (konsisten)") : label(" (**inconsistent**)", " (**tidak konsisten**)")), ""]
            lines += ["| ID | \(label("Element", "Elemen")) | \(label("Priority", "Prioritas")) |", "|---|---|--:|"]
            for (id, priority) in zip(result.items, result.priorities) {
                let text = set.quadrant == nil ? (Quadrant(parsing: id)?.name(language) ?? id) : (plan.item(id).map { MarkdownText.escape($0.text) } ?? "")
                lines.append("| \(id) | \(text) | \(number.fine(priority)) |")
            }
            lines.append("")
            if let warning = result.warning { lines += ["> \(MarkdownText.escape(warning.message))", ""] }
        }
        if let awot = try? plan.awot() {
            lines += ["**\(label("Global weights (A'WOT: group × local)", "Bobot global (A'WOT: kelompok × lokal)"))**", ""]
            lines += ["| ID | \(label("Group", "Kelompok")) | \(label("Local", "Lokal")) | \(label("Global", "Global")) |", "|---|--:|--:|--:|"]
            for row in awot.ranked {
                lines.append("| \(row.item) | \(number.fine(row.groupWeight)) | \(number.fine(row.localWeight)) | \(number.fine(row.globalWeight)) |")
            }
            lines.append("")
        }
        return lines
    }

    // MARK: QSPM

    private func qspmSection(_ label: ReportLabels) -> [String] {
        var lines = ["### QSPM", ""]
        let sheet: QSPMSheet
        do {
            sheet = try plan.qspmSheet()
        } catch {
            return lines + [problem(error, label), ""]
        }
        guard sheet.isComplete else {
            let missing = sheet.missing.map { "\($0.item) (\($0.strategies.joined(separator: ", ")))" }.joined(separator: ", ")
            return lines + ["_\(label("Not complete yet: still to score", "Belum lengkap: belum dinilai")) \(missing)._", ""]
        }
        let result: QSPMResult
        do {
            result = try sheet.evaluate()
        } catch {
            return lines + [problem(error, label), ""]
        }
        for id in sheet.strategies {
            lines.append("- **\(id)** \(plan.strategy(id).map { MarkdownText.escape($0.text) } ?? "")")
        }
        lines.append("")
        lines.append("| \(label("Factor", "Faktor")) | \(label("Weight", "Bobot")) | " + sheet.strategies.map { "\($0) AS | \($0) TAS" }.joined(separator: " | ") + " |")
        lines.append("|---|--:|" + String(repeating: "--:|--:|", count: sheet.strategies.count))
        for row in result.rows {
            let cells = zip(row.factor.scores, row.totalScores).map { score, tas in
                score.map { "\(number.number($0)) | \(number.score(tas ?? 0))" } ?? "— | —"
            }
            lines.append("| \(row.factor.id) | \(number.score(row.factor.weight)) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("| " + (["**STAS**", ""] + result.totals.flatMap { ["", "**\(number.score($0))**"] }).joined(separator: " | ") + " |")
        lines.append("")
        lines.append(label("Ranking (highest STAS first):", "Peringkat (STAS tertinggi lebih dulu):"))
        lines.append("")
        for entry in result.ranking {
            lines.append("\(entry.rank). **\(entry.strategy)** — STAS \(number.score(entry.stas))")
        }
        lines.append("")
        if let gap = result.gap {
            lines.append(label(
                "Gap \(gap.leader) − \(gap.runnerUp) = \(number.score(gap.gap)): **\(gap.reading.name(.en))**.",
                "Selisih \(gap.leader) − \(gap.runnerUp) = \(number.score(gap.gap)): **\(gap.reading.name(.id))**."))
            lines.append("")
        }
        return lines
    }

    // MARK: Mermaid

    /// A point coordinate as the quadrantChart grammar reads it: `1`, `0`, or `0.` followed by digits.
    static func mermaidCoordinate(_ value: Double) -> String {
        let clamped = min(max(value.isFinite ? value : 0.5, 0), 1)
        let text = ScoreFormat.fixed(clamped, decimals: 3)
        return text == "1.000" ? "1" : text
    }

    /// Text for a quadrantChart title: one line, no characters the grammar treats specially.
    func mermaidLabel(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "\n", "\r", "\t", ";", "#", "%", "\"", "`": return " "
            default: return scalar.value < 0x20 ? " " : Character(scalar)
            }
        })
    }

    /// A quadrantChart string token: `"…"` with quotes, backticks and line breaks replaced.
    func quoted(_ text: String) -> String {
        "\"" + String(text.map { $0 == "\"" ? "'" : ($0 == "`" ? "'" : ($0.isNewline ? " " : $0)) }) + "\""
    }

    private func signed(_ value: Double) -> String { number.signedScore(value) }
}
