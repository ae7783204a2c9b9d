#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the report's files, every one atomically: Markdown with its charts as SVG files in a folder beside it
/// (`report.md` and `report-files/*.svg`), one self-contained HTML file, or a Word document made by pandoc.
public enum ReportFiles {
    /// The charts' folder for a Markdown report: `report-files` for `report.md`, next to it.
    public static func figureFolder(for path: String) -> String {
        var name = FilePath.lastComponent(of: path)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name + "-files"
    }

    /// Writes the Markdown report and then its charts; returns the paths written, the report first. The report goes
    /// first so that a refused one (it exists and `force` is not given) leaves the charts beside it untouched too.
    @discardableResult
    public static func writeMarkdown(
        _ document: ReportDocument, to path: String, force: Bool = false
    ) throws(FileError) -> [String] {
        let folderName = figureFolder(for: path)
        let folder = FilePath.join(FilePath.folder(of: path), folderName)
        // The charts' folder (and any missing folder above it) first: the report may go into a new folder.
        if !document.figures.isEmpty { try FilePath.createFolder(folder) }
        let text = MarkdownRenderer(document: document, figureFolder: folderName).render()
        try AtomicFile.writeDocument(text.utf8, to: path, force: force)
        var written = [path]
        for figure in document.figures {
            let file = FilePath.join(folder, "\(figure.name).svg")
            try AtomicFile.write(figure.svg, to: file)
            written.append(file)
        }
        return written
    }

    public static func writeHTML(_ document: ReportDocument, to path: String, force: Bool = false) throws(FileError) {
        try AtomicFile.writeDocument(HTMLRenderer(document: document).render().utf8, to: path, force: force)
    }

    /// Has pandoc turn the Markdown report (charts included) into a Word document: Word tables, headings in Word's
    /// heading styles, each section on a new page. SOURCE_DATE_EPOCH in `environment` fixes the file's dates.
    public static func writeWord(
        _ document: ReportDocument, to path: String, force: Bool = false, environment: [String: String]
    ) throws(ExportError) {
        let language = document.language
        var template = Array("\(environment["TMPDIR"] ?? "/tmp")/swot-word-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else {
            throw ExportError(.file(FileError(path: "/tmp", operation: .createFolder, code: errno)), language)
        }
        let work = String(cString: created)
        defer { removeQuietly(work) }
        let source = FilePath.join(work, "report.md")
        let filter = FilePath.join(work, "word.lua")
        let output = FilePath.join(work, "report.docx")
        do {
            try writeMarkdown(document, to: source)
            try AtomicFile.write(wordFilter, to: filter)
        } catch {
            throw ExportError(.file(error), language)
        }
        let arguments = [
            "pandoc", "--from=gfm", "--to=docx", "--lua-filter=\(filter)", "--resource-path=\(work)",
            "--metadata=lang:\(language == .id ? "id-ID" : "en-GB")", "--output=\(output)", source,
        ]
        let outcome: ExternalProgram.Outcome
        do {
            outcome = try ExternalProgram.run(arguments, environment: environment,
                                              logPath: FilePath.join(work, "pandoc.log"))
        } catch .notFound {
            throw ExportError(.pandocMissing, language)
        } catch {
            throw ExportError(.pandocFailed(String(describing: error)), language)
        }
        guard outcome.status == 0 else {
            throw ExportError(.pandocFailed(ReportWording.visible(outcome.errorOutput)), language)
        }
        do {
            try AtomicFile.writeDocument(try AtomicFile.read(output), to: path, force: force)
        } catch {
            throw ExportError(.file(error), language)
        }
    }

    /// A pandoc filter: a page break before every section heading but the first (the executive summary stays on
    /// page 1 under the title), and column widths from what each column holds: pandoc's Markdown reader makes the
    /// columns of a long table equal, which squeezes a name or a word into one letter a line in Word.
    static let wordFilter = """
        local first = true
        function Header(heading)
          if heading.level ~= 2 then return nil end
          if first then first = false; return nil end
          return { pandoc.RawBlock('openxml', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'), heading }
        end

        -- Each column's share of the width: its longest text (at most 45 characters), but never less than its
        -- longest word needs in bold.
        function Table(tbl)
          local longest, words = {}, {}
          local function measure(row)
            for i, cell in ipairs(row.cells) do
              local text = pandoc.utils.stringify(cell.contents)
              longest[i] = math.max(longest[i] or 1, utf8.len(text) or #text)
              for word in text:gmatch('%S+') do words[i] = math.max(words[i] or 1, utf8.len(word) or #word) end
            end
          end
          for _, row in ipairs(tbl.head.rows) do measure(row) end
          for _, body in ipairs(tbl.bodies) do for _, row in ipairs(body.body) do measure(row) end end
          local total = 0
          local want = {}
          for i = 1, #tbl.colspecs do
            want[i] = math.max(math.min(longest[i] or 1, 45), (words[i] or 1) * 1.7 + 6, 8)
            total = total + want[i]
          end
          for i, spec in ipairs(tbl.colspecs) do tbl.colspecs[i] = { spec[1], want[i] / total } end
          return tbl
        end
        """

    /// Removes the work folder of a Word export and what is in it (one level of sub-folders: the charts).
    private static func removeQuietly(_ folder: String) {
        for name in (try? FilePath.entries(of: folder)) ?? [] {
            let path = FilePath.join(folder, name)
            if FilePath.isFolder(path) { removeQuietly(path) } else { unlink(path) }
        }
        rmdir(folder)
    }
}

/// Why an export could not be written. Nothing is written then.
public struct ExportError: PlannerFacingError, Equatable {
    public enum Kind: Equatable, Sendable {
        case pandocMissing
        case pandocFailed(String)
        case file(FileError)
    }

    public var kind: Kind
    public var language: Language

    public init(_ kind: Kind, _ language: Language) {
        self.kind = kind
        self.language = language
    }

    public var message: String {
        switch (kind, language) {
        case (.pandocMissing, .en):
            return "A Word document needs pandoc, which is not installed. Install the Debian package pandoc "
                + "(sudo apt-get install pandoc), or write the report as a web page instead: export html FILE."
        case (.pandocMissing, .id):
            return "Dokumen Word memerlukan pandoc, yang belum terpasang. Pasang paket Debian pandoc "
                + "(sudo apt-get install pandoc), atau tulis laporan sebagai halaman web: export html FILE."
        case (.pandocFailed(let detail), .en):
            return "pandoc could not make the Word document: \(detail) Try export html FILE instead."
        case (.pandocFailed(let detail), .id):
            return "pandoc tidak dapat membuat dokumen Word: \(detail) Coba export html FILE."
        case (.file(let error), _):
            return error.message
        }
    }
}
