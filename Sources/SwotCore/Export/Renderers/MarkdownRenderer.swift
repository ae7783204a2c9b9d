/// The report as CommonMark / GitHub-flavoured Markdown with no raw HTML, so it reads the same in any renderer,
/// safe ones included: 2×2 matrices as tables with one line per cell (ids and short labels; the full texts follow
/// in lists), charts as links to SVG files beside the report, Mermaid source only when asked for.
public struct MarkdownRenderer: Sendable {
    public let document: ReportDocument
    /// The folder the charts are linked from, relative to the report (`report-files`); nil when the report goes to
    /// standard output and no chart files are written.
    public let figureFolder: String?

    public init(document: ReportDocument, figureFolder: String?) {
        self.document = document
        self.figureFolder = figureFolder
    }

    public func render() -> String {
        var lines = ["# \(MarkdownText.escape(document.title))", ""]
        for fact in document.facts {
            lines.append("**\(MarkdownText.escape(fact.label)):** \(MarkdownText.escape(fact.value))  ")
        }
        if !document.facts.isEmpty {
            lines[lines.count - 1].removeLast(2)
            lines.append("")
        }
        for section in document.sections {
            lines += ["## \(MarkdownText.escape(section.title))", ""]
            for block in section.blocks {
                lines += render(block)
                lines.append("")
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ block: ReportBlock) -> [String] {
        switch block {
        case .subheading(let title):
            return ["### \(MarkdownText.escape(title))"]
        case .paragraph(let text):
            return [inline(text, atLineStart: true)]
        case .note(let text):
            return ["> " + inline(text, atLineStart: true)]
        case .list(let items, let ordered):
            return items.enumerated().map { index, item in
                (ordered ? "\(index + 1). " : "- ") + inline(item, atLineStart: true)
            }
        case .table(let table):
            return render(table)
        case .matrix(let matrix):
            return render(matrix)
        case .figure(let figure):
            return render(figure)
        }
    }

    private func render(_ table: ReportTable) -> [String] {
        let head = "| " + table.columns.map { MarkdownText.escape($0.title) }.joined(separator: " | ") + " |"
        let rule = "|" + table.columns.map { $0.alignment == .trailing ? "--:|" : "---|" }.joined()
        let rows = table.rows.map { row in
            "| " + row.map { cell in cell.isEmpty ? " " : inline(cell) }.joined(separator: " | ") + " |"
        }
        return [head, rule] + rows
    }

    /// One line per cell: the quadrant's name and count, then each entry's id and short label; the full entries
    /// follow as lists.
    private func render(_ matrix: ReportMatrix) -> [String] {
        let head = "| \(MarkdownText.escape(matrix.corner)) | "
            + matrix.columnHeads.map { "**\(MarkdownText.escape($0))**" }.joined(separator: " | ") + " |"
        var lines = [head, "|---|" + String(repeating: "---|", count: matrix.columnHeads.count)]
        for (rowHead, cells) in zip(matrix.rowHeads, matrix.cells) {
            let rendered = cells.map { cell -> String in
                let name = "**\(MarkdownText.escape(cell.title))** (\(cell.entries.count))"
                guard !cell.entries.isEmpty else { return "\(name): _\(MarkdownText.escape(matrix.emptyText))_" }
                let entries = cell.entries.map {
                    "**\(MarkdownText.escape($0.id))** \(MarkdownText.escape($0.shortLabel))"
                }
                return "\(name): " + entries.joined(separator: " · ")
            }
            lines.append("| **\(MarkdownText.escape(rowHead))** | " + rendered.joined(separator: " | ") + " |")
        }
        guard matrix.listsBeneath else { return lines }
        for cell in matrix.cells.joined() {
            lines += ["", "**\(MarkdownText.escape(cell.title))**", ""]
            lines += cell.entries.isEmpty
                ? ["*\(MarkdownText.escape(matrix.emptyText))*"]
                : cell.entries.map { "- **\(MarkdownText.escape($0.id))** \(MarkdownText.escape($0.fullText))" }
        }
        return lines
    }

    private func render(_ figure: ReportFigure) -> [String] {
        var lines: [String] = []
        if let folder = figureFolder {
            lines.append("![\(MarkdownText.escape(figure.description))](\(folder)/\(figure.name).svg)")
            lines.append("")
        }
        lines.append("*\(MarkdownText.escape(figure.caption))*")
        if let mermaid = figure.mermaid {
            lines += ["", "```mermaid", mermaid, "```"]
        }
        return lines
    }

    /// Runs with their emphasis; spaces at a run's edges move outside the markers, as CommonMark requires.
    private func inline(_ text: ReportText, atLineStart: Bool = false) -> String {
        var result = ""
        for run in text.runs where !run.text.isEmpty {
            let escaped = MarkdownText.escape(run.text, atLineStart: atLineStart && result.isEmpty)
            guard run.style != .plain else {
                result += escaped
                continue
            }
            let marker = run.style == .strong ? "**" : "*"
            let core = escaped.drop { $0 == " " }
            let leading = escaped.count - core.count
            let trimmed = String(core.reversed().drop { $0 == " " }.reversed())
            guard !trimmed.isEmpty else {
                result += escaped
                continue
            }
            let trailing = core.count - trimmed.count
            result += String(repeating: " ", count: leading) + marker + trimmed + marker
                + String(repeating: " ", count: trailing)
        }
        return result
    }
}
