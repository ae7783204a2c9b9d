/// The report as one self-contained HTML page: inline CSS and SVG, nothing fetched (a content security policy
/// forbids it), no script. On screen it reads on a phone; printed, it is A4 with each section on a new page,
/// table headers repeated and rows kept whole.
public struct HTMLRenderer: Sendable {
    public let document: ReportDocument

    public init(document: ReportDocument) {
        self.document = document
    }

    public func render() -> String {
        var html = [
            "<!DOCTYPE html>",
            "<html lang=\"\(document.language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(MarkupText.escape(document.title))</title>",
            "<style>", HTMLStyle.css, "</style>",
            "</head>",
            "<body>",
            "<header class=\"cover\">",
            "<h1>\(MarkupText.escape(document.title))</h1>",
        ]
        if !document.facts.isEmpty {
            html.append("<dl class=\"facts\">")
            for fact in document.facts {
                html.append("<div><dt>\(MarkupText.escape(fact.label))</dt>"
                    + "<dd>\(MarkupText.escape(fact.value))</dd></div>")
            }
            html.append("</dl>")
        }
        html.append("</header>")
        for section in document.sections {
            let kind = section.part == .appendix ? "appendix" : "body"
            html.append("<section id=\"\(section.id)\" class=\"\(kind)\">")
            html.append("<h2>\(MarkupText.escape(section.title))</h2>")
            for block in section.blocks { html.append(render(block)) }
            html.append("</section>")
        }
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private func render(_ block: ReportBlock) -> String {
        switch block {
        case .subheading(let title):
            return "<h3>\(MarkupText.escape(title))</h3>"
        case .paragraph(let text):
            return "<p>\(inline(text))</p>"
        case .note(let text):
            return "<p class=\"note\">\(inline(text))</p>"
        case .list(let items, let ordered):
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>" + items.map { "<li>\(inline($0))</li>" }.joined() + "</\(tag)>"
        case .table(let table):
            return render(table)
        case .matrix(let matrix):
            return render(matrix)
        case .figure(let figure):
            return "<figure class=\"chart\">\(figure.svg)<figcaption>\(MarkupText.escape(figure.caption))</figcaption>"
                + "</figure>"
        }
    }

    private func render(_ table: ReportTable) -> String {
        func alignment(_ column: Int) -> String {
            column < table.columns.count && table.columns[column].alignment == .trailing ? " class=\"number\"" : ""
        }
        var html = "<div class=\"table-wrap\"><table><thead><tr>"
        for (index, column) in table.columns.enumerated() {
            html += "<th scope=\"col\"\(alignment(index))>\(MarkupText.escape(column.title))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in table.rows {
            html += "<tr>" + row.enumerated().map { "<td\(alignment($0))>\(inline($1))</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// A 2×2 grid with every entry in full, each cell coloured by its quadrant.
    private func render(_ matrix: ReportMatrix) -> String {
        var html = "<table class=\"matrix\"><thead><tr><th scope=\"col\">\(MarkupText.escape(matrix.corner))</th>"
        for head in matrix.columnHeads { html += "<th scope=\"col\">\(MarkupText.escape(head))</th>" }
        html += "</tr></thead><tbody>"
        for (rowHead, cells) in zip(matrix.rowHeads, matrix.cells) {
            html += "<tr><th scope=\"row\">\(MarkupText.escape(rowHead))</th>"
            for cell in cells {
                html += "<td class=\"tone-\(cell.tone.lowercased())\"><p class=\"cell-title\">"
                    + "\(MarkupText.escape(cell.title))</p>"
                if cell.entries.isEmpty {
                    html += "<p class=\"empty\">\(MarkupText.escape(matrix.emptyText))</p>"
                } else {
                    html += "<ul>" + cell.entries.map {
                        "<li><b>\(MarkupText.escape($0.id))</b> \(MarkupText.escape($0.fullText))</li>"
                    }.joined() + "</ul>"
                }
                html += "</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    private func inline(_ text: ReportText) -> String {
        text.runs.map { run in
            let escaped = MarkupText.escape(run.text)
            switch run.style {
            case .plain: return escaped
            case .strong: return "<strong>\(escaped)</strong>"
            case .emphasis: return "<em>\(escaped)</em>"
            }
        }.joined()
    }
}
