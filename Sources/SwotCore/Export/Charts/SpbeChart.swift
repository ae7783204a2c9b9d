/// The SPBE index by domain as a picture: one bar per domain and one for the whole index on the 0–5 scale, the
/// predicate bands shaded behind them and the target drawn as a dashed line.
struct SpbeChart {
    struct Bar {
        var label: String
        var value: Double?
        /// The whole index: drawn darker, below the domains.
        var isTotal = false
    }

    let bars: [Bar]
    let target: Double?
    let structure: SpbeStructure
    let context: ReportContext

    func figure(caption: String, description: String) -> ReportFigure {
        ReportFigure(name: "spbe-domains", caption: caption, description: description, svg: svg(caption))
    }

    private func svg(_ title: String) -> String {
        let labelWidth = 230.0, plotWidth = 450.0, rowHeight = 34.0, top = 52.0
        let width = labelWidth + plotWidth + 60, height = top + rowHeight * Double(bars.count) + 34
        let bottom = top + rowHeight * Double(bars.count)
        func x(_ value: Double) -> Double { labelWidth + plotWidth * value / 5 }
        var drawing = SVGDrawing(width: Int(width), height: Int(height), title: title)
        drawing.rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
        // Predicate bands, lowest first, each from its lower bound to the next band's; names on two staggered
        // lines, since the upper bands are narrow.
        let bands = structure.predicates.reversed().map { ($0.name[context.language], $0.from ?? 0) }
        let tones = ["#f6dede", "#fbe9d7", "#fdf3d6", "#e6f2e0", "#dcefe2"]
        for (index, band) in bands.enumerated() {
            let upper = index + 1 < bands.count ? bands[index + 1].1 : 5
            drawing.rect(x: x(band.1), y: top - 6, width: x(upper) - x(band.1), height: bottom - top + 6,
                         fill: tones[index % tones.count])
            drawing.text(band.0, x: (x(band.1) + x(upper)) / 2, y: top - (index % 2 == 0 ? 12 : 28), size: 10,
                         anchor: .middle, fill: "#52606d")
        }
        if let target {
            drawing.line(x1: x(target), y1: top - 6, x2: x(target), y2: bottom, stroke: "#b3261e", width: 2,
                         dashed: true)
            drawing.text("\(context.text("target", "target")) \(context.number(target))", x: x(target) + 4,
                         y: bottom + 30, size: 11, fill: "#b3261e")
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            drawing.text(SVGDrawing.clip(bar.label, to: 34), x: 4, y: y + 21, size: 12, bold: bar.isTotal)
            guard let value = bar.value else {
                drawing.text("—", x: x(0) + 6, y: y + 21, size: 12)
                continue
            }
            drawing.rect(x: x(0), y: y + 7, width: x(value) - x(0), height: rowHeight - 14,
                         fill: bar.isTotal ? "#1f4e66" : "#2f6f8f")
            // The figure on a white patch, so the target line never runs through it.
            drawing.rect(x: x(value) + 3, y: y + 9, width: 36, height: 16, fill: "#ffffff")
            drawing.text(context.number(value), x: x(value) + 6, y: y + 21, size: 12, bold: bar.isTotal)
        }
        for tick in 0...5 {
            drawing.line(x1: x(Double(tick)), y1: bottom, x2: x(Double(tick)), y2: bottom + 4, stroke: "#52606d")
            drawing.text("\(tick)", x: x(Double(tick)), y: bottom + 17, size: 11, anchor: .middle)
        }
        drawing.line(x1: x(0), y1: bottom, x2: x(5), y2: bottom, stroke: "#52606d")
        return drawing.svg
    }
}
