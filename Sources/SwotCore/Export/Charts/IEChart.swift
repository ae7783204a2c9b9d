/// The internal–external (IE) matrix as a picture: nine cells, IFE total across (strong on the left, as David
/// draws it), EFE total up, the plan's cell shaded and its point plotted.
struct IEChart {
    let placement: IEPlacement
    let context: ReportContext

    func figure() -> ReportFigure {
        let cell = placement.cell
        let caption = context.text(
            "IE matrix: cell \(cell.roman), \(cell.prescription.name(.en))",
            "Matriks IE: sel \(cell.roman), \(cell.prescription.name(.id))")
        let description = context.text(
            "IFE total \(context.number(placement.ifeTotal)) and EFE total \(context.number(placement.efeTotal))"
                + " place the organisation in cell \(cell.roman).",
            "Total IFAS \(context.number(placement.ifeTotal)) dan total EFAS \(context.number(placement.efeTotal))"
                + " menempatkan organisasi di sel \(cell.roman).")
        return ReportFigure(
            name: "ie-matrix", caption: caption, description: description, svg: svg(caption),
            mermaid: context.options.mermaid ? mermaid() : nil)
    }

    private func svg(_ title: String) -> String {
        let width = 460.0, height = 450.0, left = 70.0, top = 30.0, side = 120.0
        var drawing = SVGDrawing(width: Int(width), height: Int(height), title: title)
        drawing.rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
        let tones: [IEPrescription: String] = [
            .growAndBuild: "#dcefe2", .holdAndMaintain: "#fdf3d6", .harvestOrDivest: "#f6dede",
        ]
        for cell in IECell.allCases {
            let x = left + Double(cell.column) * side, y = top + Double(cell.row) * side
            let here = cell == placement.cell
            drawing.rect(x: x, y: y, width: side, height: side, fill: tones[cell.prescription] ?? "#ffffff",
                         stroke: here ? "#b44d12" : "#9aa5b1", strokeWidth: here ? 3 : 1)
            drawing.text(cell.roman, x: x + side / 2, y: y + 30, size: 18, anchor: .middle, bold: true)
            for (index, word) in SVGDrawing.wrap(cell.prescription.name(context.language), width: 16).enumerated() {
                drawing.text(word, x: x + side / 2, y: y + 56 + Double(index) * 14, size: 11, anchor: .middle)
            }
        }
        let bands = IEBand.allCases.reversed()
        for (index, band) in bands.enumerated() {
            let x = left + (Double(index) + 0.5) * side
            drawing.text(band.name(.ife, context.language), x: x, y: top + 3 * side + 18, size: 11, anchor: .middle,
                         bold: true)
            drawing.text(band.range(context.language), x: x, y: top + 3 * side + 32, size: 10, anchor: .middle)
            let y = top + (Double(index) + 0.5) * side
            drawing.text(band.name(.efe, context.language), x: left - 8, y: y, size: 11, anchor: .end, bold: true)
            drawing.text(band.range(context.language), x: left - 8, y: y + 14, size: 10, anchor: .end)
        }
        drawing.text(context.text("IFE total (internal)", "Total IFAS (internal)"), x: left + 1.5 * side,
                     y: height - 8, size: 12, anchor: .middle, fill: "#52606d")
        drawing.text(context.text("EFE total (external)", "Total EFAS (eksternal)"), x: 4, y: top - 12, size: 12,
                     fill: "#52606d")
        // IFE 4.0 at the left edge, 1.0 at the right; EFE 4.0 at the top, 1.0 at the bottom.
        let pointX = left + (4 - placement.ifeTotal) / 3 * 3 * side
        let pointY = top + (4 - placement.efeTotal) / 3 * 3 * side
        drawing.circle(x: pointX, y: pointY, radius: 7, fill: "#b44d12")
        return drawing.svg
    }

    private func mermaid() -> String {
        var lines = ["quadrantChart"]
        lines.append("    title " + MermaidText.title(context.text("IE matrix", "Matriks IE")))
        lines.append("    x-axis \(MermaidText.quoted("IFE 4.0")) --> \(MermaidText.quoted("IFE 1.0"))")
        lines.append("    y-axis \(MermaidText.quoted("EFE 1.0")) --> \(MermaidText.quoted("EFE 4.0"))")
        for cell in IECell.allCases {
            // Cell centres: IFE 3.5 / 2.5 / 1.5 across, EFE 3.5 / 2.5 / 1.5 down.
            let ife = 3.5 - Double(cell.column), efe = 3.5 - Double(cell.row)
            let x = MermaidText.coordinate((4 - ife) / 3), y = MermaidText.coordinate((efe - 1) / 3)
            lines.append("    \(MermaidText.quoted(cell.roman)): [\(x), \(y)]")
        }
        let x = MermaidText.coordinate((4 - placement.ifeTotal) / 3)
        let y = MermaidText.coordinate((placement.efeTotal - 1) / 3)
        lines.append("    \(MermaidText.quoted(context.text("Plan", "Rencana"))): [\(x), \(y)]")
        return lines.joined(separator: "\n")
    }
}
