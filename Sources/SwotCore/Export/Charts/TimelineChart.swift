/// The action plan by year: one row per strategy, one column per year of the plan period, a bar across the years
/// the strategy has work (a target or money), the year's note (target or amount) inside.
struct TimelineChart {
    struct Row {
        var id: String
        var label: String
        /// The years with work, each with a short note (may be empty).
        var years: [Int: String]
    }

    let years: ClosedRange<Int>
    let rows: [Row]
    let title: String

    func svg() -> String {
        let labelWidth = 230.0, yearWidth = 96.0, rowHeight = 34.0, top = 34.0
        let width = labelWidth + yearWidth * Double(years.count) + 10
        let height = top + rowHeight * Double(rows.count) + 12
        var drawing = SVGDrawing(width: Int(width), height: Int(height), title: title)
        drawing.rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
        for (index, year) in years.enumerated() {
            let x = labelWidth + Double(index) * yearWidth
            drawing.rect(x: x, y: top - 26, width: yearWidth, height: height - top + 22,
                         fill: index % 2 == 0 ? "#f4f6f8" : "#ffffff")
            drawing.text(String(year), x: x + yearWidth / 2, y: top - 10, size: 12, anchor: .middle, bold: true)
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            drawing.line(x1: 0, y1: y, x2: width, y2: y, stroke: "#d9dee3")
            drawing.text(row.id, x: 4, y: y + 21, size: 12, bold: true)
            drawing.text(SVGDrawing.clip(row.label, to: 30), x: 48, y: y + 21, size: 11)
            for (column, year) in years.enumerated() {
                guard let note = row.years[year] else { continue }
                let x = labelWidth + Double(column) * yearWidth
                drawing.rect(x: x + 3, y: y + 6, width: yearWidth - 6, height: rowHeight - 12, fill: "#2f6f8f")
                if !note.isEmpty {
                    drawing.text(SVGDrawing.clip(note, to: 14), x: x + yearWidth / 2, y: y + 21, size: 10,
                                 anchor: .middle, fill: "#ffffff")
                }
            }
        }
        return drawing.svg
    }
}
