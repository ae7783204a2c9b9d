/// The report for leadership as plain data, built once from a plan (`ReportBuilder`) and drawn by each renderer
/// (Markdown, HTML, Word). Renderers know nothing of plans; sections know nothing of output formats, so a new
/// section (the SPBE index, items left out of every strategy) plugs in without touching any renderer.
public struct ReportDocument: Equatable, Sendable {
    public var language: Language
    public var title: String
    /// Short facts under the title: the organisation, the plan file, the date.
    public var facts: [ReportFact]
    public var sections: [ReportSection]

    public init(language: Language, title: String, facts: [ReportFact], sections: [ReportSection]) {
        self.language = language
        self.title = title
        self.facts = facts
        self.sections = sections
    }

    /// Every figure of the report, in reading order (the Markdown export writes each as an SVG file).
    public var figures: [ReportFigure] {
        sections.flatMap { section in
            section.blocks.compactMap { block in
                if case .figure(let figure) = block { return figure }
                return nil
            }
        }
    }
}

public struct ReportFact: Equatable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// One section: a heading of its own, starting a new page on paper. Appendix sections come after the body.
public struct ReportSection: Equatable, Sendable {
    public enum Part: Sendable, Equatable {
        case body
        case appendix
    }

    /// A stable name for anchors and file names: `summary`, `swot`, `actions`.
    public var id: String
    public var title: String
    public var part: Part
    public var blocks: [ReportBlock]

    public init(id: String, title: String, part: Part = .body, blocks: [ReportBlock]) {
        self.id = id
        self.title = title
        self.part = part
        self.blocks = blocks
    }
}

public enum ReportBlock: Equatable, Sendable {
    /// A heading inside a section.
    case subheading(String)
    case paragraph(ReportText)
    case list([ReportText], ordered: Bool)
    case table(ReportTable)
    /// A 2×2 matrix (SWOT, TOWS): drawn as a grid where the format allows, else one line per cell.
    case matrix(ReportMatrix)
    case figure(ReportFigure)
    /// A remark set apart from the text: a warning, or what is still missing.
    case note(ReportText)
}

/// A run of text with simple emphasis. Text is stored as the planner typed it; each renderer escapes it.
public struct ReportText: Equatable, Sendable, ExpressibleByStringLiteral {
    public enum Style: Sendable, Equatable {
        case plain
        case strong
        case emphasis
    }

    public struct Run: Equatable, Sendable {
        public var text: String
        public var style: Style
    }

    public var runs: [Run]

    public init(_ text: String, style: Style = .plain) {
        runs = text.isEmpty ? [] : [Run(text: text, style: style)]
    }

    public init(runs: [Run]) {
        self.runs = runs
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public static func strong(_ text: String) -> ReportText { ReportText(text, style: .strong) }
    public static func emphasis(_ text: String) -> ReportText { ReportText(text, style: .emphasis) }

    public static func + (lhs: ReportText, rhs: ReportText) -> ReportText {
        ReportText(runs: lhs.runs + rhs.runs)
    }

    public static func + (lhs: ReportText, rhs: String) -> ReportText { lhs + ReportText(rhs) }

    public var isEmpty: Bool { runs.allSatisfy(\.text.isEmpty) }

    /// The words as a reader sees them, styles dropped.
    public var plainText: String { runs.map(\.text).joined() }

    /// Parts joined with a separator, e.g. a list of strategies in one line.
    public static func joined(_ parts: [ReportText], separator: String) -> ReportText {
        var result = ReportText(runs: [])
        for (index, part) in parts.enumerated() {
            if index > 0 { result = result + separator }
            result = result + part
        }
        return result
    }
}

public struct ReportTable: Equatable, Sendable {
    public enum Alignment: Sendable, Equatable {
        case leading
        case trailing
    }

    public struct Column: Equatable, Sendable {
        public var title: String
        public var alignment: Alignment

        public init(_ title: String, _ alignment: Alignment = .leading) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[ReportText]]

    public init(columns: [Column], rows: [[ReportText]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A 2×2 matrix: two column heads, two row heads, four cells of entries.
public struct ReportMatrix: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// `S1`, `SO2`.
        public var id: String
        public var text: String
        /// A few words standing for the text where space is short (the Markdown matrix).
        public var shortLabel: String
        /// A remark shown after the full text, e.g. that no category holds the item with confidence.
        public var note: String?

        /// Without a short label, the first words of the text stand for it.
        public init(id: String, text: String, note: String? = nil, shortLabel: String? = nil) {
            self.id = id
            self.text = text
            self.note = note
            self.shortLabel = shortLabel ?? ReportWording.shortLabel(text)
        }

        /// The full text with its remark.
        public var fullText: String { note.map { "\(text) (\($0))" } ?? text }
    }

    public struct Cell: Equatable, Sendable {
        public var title: String
        /// `S`, `W`, `O`, `T`, `SO`…: the renderers colour cells by it.
        public var tone: String
        public var entries: [Entry]

        public init(title: String, tone: String, entries: [Entry]) {
            self.title = title
            self.tone = tone
            self.entries = entries
        }
    }

    public var corner: String
    public var columnHeads: [String]
    public var rowHeads: [String]
    /// Row by row: `cells[0]` is the top row.
    public var cells: [[Cell]]
    /// What an empty cell says.
    public var emptyText: String
    /// Whether a renderer that shortens the cells lists the full entries beneath; false when the section lists
    /// them itself.
    public var listsBeneath: Bool

    public init(
        corner: String, columnHeads: [String], rowHeads: [String], cells: [[Cell]], emptyText: String,
        listsBeneath: Bool = true
    ) {
        self.corner = corner
        self.columnHeads = columnHeads
        self.rowHeads = rowHeads
        self.cells = cells
        self.emptyText = emptyText
        self.listsBeneath = listsBeneath
    }
}

/// A chart: an SVG drawing, its caption, and optionally the same chart as Mermaid source (`--mermaid`).
public struct ReportFigure: Equatable, Sendable {
    /// The file name stem in the Markdown export: `report-files/NAME.svg`.
    public var name: String
    public var caption: String
    /// What the chart shows, for readers who cannot see it (alt text).
    public var description: String
    public var svg: String
    public var mermaid: String?

    public init(name: String, caption: String, description: String, svg: String, mermaid: String? = nil) {
        self.name = name
        self.caption = caption
        self.description = description
        self.svg = svg
        self.mermaid = mermaid
    }
}
