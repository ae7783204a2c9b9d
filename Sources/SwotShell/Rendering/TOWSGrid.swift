import SwotCore

/// The TOWS matrix as a grid for the terminal: strengths and weaknesses across the top, opportunities and threats
/// down the side, each cell the strategies of its quadrant with text wrapped to the cell. Below `minimumWidth`
/// the same content is laid out as a list, one quadrant after another.
public struct TOWSGrid {
    /// A quadrant's content: a heading and entries (each wrapped on its own, separated by a blank line).
    public struct Cell {
        public var entries: [String]

        public init(entries: [String]) {
            self.entries = entries
        }
    }

    /// Column heads (S, W) and row heads (O, T).
    public var strengthsHead: String
    public var weaknessesHead: String
    public var opportunitiesHead: String
    public var threatsHead: String
    public var cells: [TOWSQuadrant: Cell]

    /// Narrowest terminal the grid is drawn for; narrower ones get the list.
    public static let minimumWidth = 60
    static let sideWidth = 13

    public init(
        strengthsHead: String,
        weaknessesHead: String,
        opportunitiesHead: String,
        threatsHead: String,
        cells: [TOWSQuadrant: Cell]
    ) {
        self.strengthsHead = strengthsHead
        self.weaknessesHead = weaknessesHead
        self.opportunitiesHead = opportunitiesHead
        self.threatsHead = threatsHead
        self.cells = cells
    }

    public func render(width: Int) -> String {
        width < TOWSGrid.minimumWidth ? renderList(width: width) : renderGrid(width: width)
    }

    /// `+-----+------+------+` / `| O   | SO…  | WO…  |`: a side column and two equal cells filling the width.
    func renderGrid(width: Int) -> String {
        let side = TOWSGrid.sideWidth
        let cell = (width - side - 10) / 2
        let rule =
            "+" + String(repeating: "-", count: side + 2) + "+" + String(repeating: "-", count: cell + 2) + "+"
            + String(repeating: "-", count: cell + 2) + "+"
        var lines = [rule]
        lines += row(
            side: [""],
            left: Wrapping.lines(strengthsHead, width: cell),
            right: Wrapping.lines(weaknessesHead, width: cell),
            side: side,
            cell: cell
        )
        lines.append(rule)
        for (head, left, right) in [(opportunitiesHead, TOWSQuadrant.so, TOWSQuadrant.wo), (threatsHead, .st, .wt)] {
            lines += row(
                side: Wrapping.lines(head, width: side),
                left: wrapped(left, width: cell),
                right: wrapped(right, width: cell),
                side: side,
                cell: cell
            )
            lines.append(rule)
        }
        return lines.joined(separator: "\n")
    }

    private func row(side sideLines: [String], left: [String], right: [String], side: Int, cell: Int) -> [String] {
        let height = max(sideLines.count, left.count, right.count)
        func line(_ lines: [String], _ index: Int, _ width: Int) -> String {
            (index < lines.count ? lines[index] : "").padding(to: width)
        }
        return (0..<height).map { index in
            "| \(line(sideLines, index, side)) | \(line(left, index, cell)) | \(line(right, index, cell)) |"
        }
    }

    private func wrapped(_ quadrant: TOWSQuadrant, width: Int) -> [String] {
        var lines: [String] = []
        for entry in cells[quadrant]?.entries ?? [] {
            if !lines.isEmpty { lines.append("") }
            lines += Wrapping.lines(entry, width: width)
        }
        return lines
    }

    /// One quadrant after another, entries wrapped and indented.
    func renderList(width: Int) -> String {
        var lines: [String] = []
        let heads: [TOWSQuadrant: String] = [
            .so: "\(strengthsHead) × \(opportunitiesHead)", .st: "\(strengthsHead) × \(threatsHead)",
            .wo: "\(weaknessesHead) × \(opportunitiesHead)", .wt: "\(weaknessesHead) × \(threatsHead)",
        ]
        for quadrant in TOWSQuadrant.allCases {
            if !lines.isEmpty { lines.append("") }
            lines += Wrapping.lines("\(quadrant.rawValue): \(heads[quadrant]!)", width: width)
            for (index, entry) in (cells[quadrant]?.entries ?? []).enumerated() {
                if index > 0 { lines.append("") }
                lines.append(Wrapping.wrap(entry, width: width, indent: "  "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
