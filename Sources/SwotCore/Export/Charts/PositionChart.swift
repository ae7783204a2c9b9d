/// The SWOT position as planners draw it (diagram Cartesius): x = S − W across, y = O − T up, the four quadrants
/// named with the strategy each favours, the plan's point plotted and its quadrant shaded.
struct PositionChart {
    let position: SWOTPosition
    let context: ReportContext

    /// The axis reaches the first of these that holds the point, so small scores are not lost in the middle.
    static func bound(_ position: SWOTPosition) -> Double {
        [0.25, 0.5, 1, 2, 4].first { max(abs(position.x), abs(position.y)) <= $0 } ?? 4
    }

    func figure() -> ReportFigure {
        let quadrant = position.quadrant
        let point = "(\(context.signed(position.x)); \(context.signed(position.y)))"
        let caption = context.text(
            "SWOT position: \(quadrant.title(.en)), point \(point)",
            "Diagram Cartesius posisi SWOT: \(quadrant.title(.id)), titik \(point)")
        let description = context.text(
            "x = S − W = \(context.signed(position.x)), y = O − T = \(context.signed(position.y)): "
                + "quadrant \(quadrant.roman), favouring \(quadrant.favoured.rawValue) strategies.",
            "x = S − W = \(context.signed(position.x)), y = O − T = \(context.signed(position.y)): "
                + "Kuadran \(quadrant.roman), mengutamakan strategi \(quadrant.favoured.rawValue).")
        return ReportFigure(
            name: "swot-position", caption: caption, description: description, svg: svg(caption),
            mermaid: context.options.mermaid ? mermaid() : nil)
    }

    private func svg(_ title: String) -> String {
        let size = 420.0, margin = 40.0, plot = size - 2 * margin, middle = size / 2
        let bound = Self.bound(position)
        var drawing = SVGDrawing(width: Int(size), height: Int(size), title: title)
        drawing.rect(x: 0, y: 0, width: size, height: size, fill: "#ffffff")
        // Quadrants: I top right, II bottom right, III top left, IV bottom left.
        let cells: [(PositionQuadrant, Double, Double)] = [
            (.turnaround, margin, margin), (.aggressive, middle, margin),
            (.defensive, margin, middle), (.diversification, middle, middle),
        ]
        for (cell, x, y) in cells {
            let here = cell == position.quadrant
            drawing.rect(x: x, y: y, width: plot / 2, height: plot / 2, fill: here ? "#fde9b8" : "#f4f6f8",
                         stroke: "#c5ccd3")
            let top = y < middle
            let labelY = top ? y + 20 : y + plot / 2 - 40
            drawing.text(
                "\(context.text("Quadrant", "Kuadran")) \(cell.roman)", x: x + plot / 4, y: labelY, size: 12,
                anchor: .middle, bold: true)
            let name = "\(cell.name(context.language)) (\(cell.favoured.rawValue))"
            for (index, line) in SVGDrawing.wrap(name, width: 24).enumerated() {
                drawing.text(line, x: x + plot / 4, y: labelY + 15 + Double(index) * 13, size: 11, anchor: .middle)
            }
        }
        drawing.line(x1: margin, y1: middle, x2: size - margin, y2: middle, stroke: "#52606d", width: 1.5)
        drawing.line(x1: middle, y1: margin, x2: middle, y2: size - margin, stroke: "#52606d", width: 1.5)
        let limit = context.number(bound)
        drawing.text("W −\(limit)", x: margin, y: middle + 16, size: 11)
        drawing.text("S +\(limit)", x: size - margin, y: middle + 16, size: 11, anchor: .end)
        drawing.text("O +\(limit)", x: middle + 6, y: margin - 8, size: 11)
        drawing.text("T −\(limit)", x: middle + 6, y: size - margin + 18, size: 11)
        drawing.text("x = S − W", x: size - margin, y: middle - 8, size: 11, anchor: .end, fill: "#52606d")
        drawing.text("y = O − T", x: middle - 6, y: margin - 8, size: 11, anchor: .end, fill: "#52606d")
        let clampedX = min(max(position.x / bound, -1), 1), clampedY = min(max(position.y / bound, -1), 1)
        let pointX = middle + clampedX * plot / 2, pointY = middle - clampedY * plot / 2
        drawing.line(x1: middle, y1: middle, x2: pointX, y2: pointY, stroke: "#b44d12", width: 1.5, dashed: true)
        drawing.circle(x: pointX, y: pointY, radius: 7, fill: "#b44d12")
        // The label goes towards the centre, away from the quadrant names at the outer edges.
        let labelRight = pointX < middle
        drawing.text(
            "(\(context.signed(position.x)); \(context.signed(position.y)))", x: pointX + (labelRight ? 12 : -12),
            y: pointY + (pointY < middle ? 20 : -12), size: 12, anchor: labelRight ? .start : .end, bold: true,
            fill: "#b44d12")
        return drawing.svg
    }

    private func mermaid() -> String {
        let bound = Self.bound(position)
        let limit = MermaidText.number(bound)
        var lines = ["quadrantChart"]
        lines.append("    title " + MermaidText.title(context.text("SWOT position", "Diagram Cartesius posisi SWOT")))
        lines.append("    x-axis \(MermaidText.quoted("W -\(limit)")) --> \(MermaidText.quoted("S +\(limit)"))")
        lines.append("    y-axis \(MermaidText.quoted("T -\(limit)")) --> \(MermaidText.quoted("O +\(limit)"))")
        let order: [PositionQuadrant] = [.aggressive, .turnaround, .defensive, .diversification]
        for (index, cell) in order.enumerated() {
            let name = "\(cell.roman) \(cell.name(context.language)) - \(cell.favoured.rawValue)"
            lines.append("    quadrant-\(index + 1) \(MermaidText.quoted(name))")
        }
        let x = MermaidText.coordinate(0.5 + position.x / (2 * bound))
        let y = MermaidText.coordinate(0.5 + position.y / (2 * bound))
        lines.append("    \(MermaidText.quoted(context.text("Plan", "Rencana"))): [\(x), \(y)]")
        return lines.joined(separator: "\n")
    }
}
