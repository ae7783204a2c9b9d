/// Where the agency stands, in pictures: the SWOT position (diagram Cartesius) and the IE matrix, each with one
/// sentence on what it means. The tables behind them are in the calculations appendix.
struct PositionPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        var blocks: [ReportBlock] = []
        if let ife = context.ife, let efe = context.efe {
            blocks.append(.paragraph(totals(ife, efe, context)))
        }
        if let position = context.position {
            blocks.append(.subheading(context.text("SWOT position", "Diagram Cartesius")))
            blocks.append(.figure(PositionChart(position: position, context: context).figure()))
            blocks.append(.paragraph(positionSentence(position, context)))
        }
        if let placement = context.placement {
            blocks.append(.subheading(context.text("IE matrix", "Matriks IE")))
            blocks.append(.figure(IEChart(placement: placement, context: context).figure()))
            blocks.append(.paragraph(ieSentence(placement, context)))
            if let position = context.position, let note = placement.disagreement(with: position, context.language) {
                blocks.append(.note(ReportText(note)))
            }
        }
        let missing = missingMatrices(context)
        if !missing.isEmpty {
            blocks.append(.note(.emphasis(missing)))
        }
        guard !blocks.isEmpty else { return [] }
        return [ReportSection(id: "position", title: context.text("Where the agency stands", "Posisi organisasi"),
                              blocks: blocks)]
    }

    func standing(_ context: ReportContext) -> [ReportText] {
        var lines: [ReportText] = []
        if let position = context.position { lines.append(positionSentence(position, context)) }
        if let placement = context.placement { lines.append(ieSentence(placement, context)) }
        return lines
    }

    private func totals(_ ife: FactorEvaluation, _ efe: FactorEvaluation, _ context: ReportContext) -> ReportText {
        ReportText.strong(context.text("IFE total", "Total IFAS")) + " \(context.number(ife.total)): "
            + "\(ife.reading.label(.ife, context.language)); "
            + .strong(context.text("EFE total", "Total EFAS")) + " \(context.number(efe.total)): "
            + "\(efe.reading.label(.efe, context.language))."
    }

    func positionSentence(_ position: SWOTPosition, _ context: ReportContext) -> ReportText {
        let quadrant = position.quadrant
        let point = "x = \(context.signed(position.x)), y = \(context.signed(position.y))"
        return context.language == .en
            ? "SWOT position " + .strong(quadrant.title(.en)) + " (\(point)): favour \(quadrant.favoured.rawValue)"
                + " strategies."
            : "Posisi SWOT di " + .strong(quadrant.title(.id)) + " (\(point)): utamakan strategi "
                + "\(quadrant.favoured.rawValue)."
    }

    func ieSentence(_ placement: IEPlacement, _ context: ReportContext) -> ReportText {
        let cell = placement.cell
        return context.language == .en
            ? "IE matrix " + .strong("cell \(cell.roman): \(cell.prescription.name(.en))")
                + " (IFE \(context.number(placement.ifeTotal)), EFE \(context.number(placement.efeTotal)))."
            : "Matriks IE " + .strong("sel \(cell.roman): \(cell.prescription.name(.id))")
                + " (IFAS \(context.number(placement.ifeTotal)), EFAS \(context.number(placement.efeTotal)))."
    }

    /// Which matrix is started but not usable yet, and what to do.
    private func missingMatrices(_ context: ReportContext) -> String {
        let plan = context.plan
        let open = FactorMatrixKind.allCases.filter { kind in
            plan.hasScores(kind) && (kind == .ife ? context.ife : context.efe) == nil
        }
        guard !open.isEmpty else { return "" }
        let problems = open.map { kind -> String in
            do {
                _ = try plan.factorEvaluation(kind)
                return ""
            } catch {
                return context.problemText(error)
            }
        }
        return context.text("Not complete yet: ", "Belum lengkap: ") + problems.joined(separator: " ")
    }
}
