import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// The three report formats as their readers get them, checked with the tools those readers use: cmark-gfm in
/// safe mode for the Markdown, headless Chromium (print to PDF, then pdftotext and pdftoppm) for the HTML, pandoc
/// reading the Word document back.
@Suite("report formats")
struct ReportToolTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// Medan's SWOT (D003) as the README's report picture has it (examples/medan-report.swot): scored, derived,
    /// four strategies accepted with owners and indicators, one rejected.
    static var scoredMedan: String {
        get throws {
            let decisions = SwotProcess.packageRoot.appendingPathComponent("examples/medan-report.swot")
            return try StrategyTests.medanScript + "\n" + String(contentsOf: decisions, encoding: .utf8)
        }
    }

    /// Hostile text in every place a planner types: markup, script, a `javascript:` link, a zero-width joiner of
    /// words. (Control characters and direction overrides are refused where they are typed or read, issue 13;
    /// the renderers show any that reach them as codes, see MarkdownTextTests.)
    static let hostile = "<script>alert(1)</script> [klik](javascript:alert(1)) javascript:alert(2) | *x* _y_ # ~z~ "
        + "a\u{200B}b"

    static var hostileScript: String {
        """
        new hostile \(hostile)
        context \(hostile)
        add s \(hostile)
        add w Anggaran terbatas
        add w \(hostile)
        add o \(hostile)
        add t Serangan siber
        strategy add SO \(hostile) from S1 O1
        accept SO1
        assign SO1 \(hostile)
        kpi SO1 \(hostile)
        """
    }

    // MARK: Markdown

    @Test func markdownReadsTheSameInASafeRendererWithEveryChartAsAnSVGFile() throws {
        let result = try run(try Self.scoredMedan + "\nexport markdown out/report.md --mermaid\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote out/report.md and 3 charts in out/report-files."))
        let markdown = try folder.read("out/report.md")
        #expect(!markdown.contains("<br>") && !markdown.contains("<b>"), "no raw HTML in the Markdown")
        let html = try Tool.run(["cmark-gfm", "-e", "table"], input: markdown).output
        #expect(!html.contains("raw HTML omitted"))
        let images = html.components(separatedBy: "<img src=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(images.count == 3, "position, IE matrix and action timeline")
        for image in images {
            #expect(image.hasPrefix("report-files/") && image.hasSuffix(".svg"), "relative link \(image)")
            let data = try Data(contentsOf: folder.file("out/\(image)"))
            #expect(SVGCheck.rootElement(of: data) == "svg", "\(image) is a well-formed SVG document")
        }
        // Both 2×2 matrices keep their shape: three rows of three cells, one line each.
        #expect(html.components(separatedBy: "<table>").count - 1 >= 4)
        #expect(markdown.contains("```mermaid\nquadrantChart"), "Mermaid only on request, and here it was asked")
        let plain = try run("open medan\nexport markdown plain.md\n")
        #expect(plain.status == 0)
        #expect(!(try folder.read("plain.md")).contains("```mermaid"))
    }

    @Test func theBodyShowsAcceptedStrategiesProposedOnesOnlyOnRequestRejectedOnesNever() throws {
        _ = try run(try Self.scoredMedan)
        let plain = try run("open medan\nexport markdown a.md\nexport markdown b.md --proposed\n")
        #expect(plain.status == 0, "\(plain.stderr)")
        let body = try folder.read("a.md"), withProposed = try folder.read("b.md")
        for id in ["SO1", "WO1", "WT3", "ST1"] { #expect(body.contains("**\(id)**")) }
        #expect(!body.contains("**SO3**") && !body.contains("Strategi usulan"), "proposed ones stay out of the body")
        #expect(!body.contains("**SO2**") && !withProposed.contains("**SO2**"), "rejected never")
        let appendix = try #require(withProposed.components(separatedBy: "## Lampiran C. Strategi usulan").last)
        #expect(appendix.contains("**SO3**"))
        #expect(appendix.contains("Sudah disusun tetapi belum diterima atau ditolak; belum menjadi bagian rencana."))
        #expect(!withProposed.components(separatedBy: "## Lampiran")[0].contains("**SO3**"))
        #expect(body.contains("Pratama, A., Malikhah, I., Indrawan, M. I., Andika, R., \\& Rusiadi (t.t.)"))
        #expect(!body.components(separatedBy: "## Lampiran")[0].contains("003_2191fb8a32d3ea38.txt"),
                "file names and lines of code stay in the appendix")
    }

    @Test func theExecutiveSummaryStaysWithin250Words() throws {
        _ = try run(try Self.scoredMedan + "\naccept SO3 SO4 SO5 ST2 ST3 ST4 ST5 WO2 WO3 WO4 WO5 WT1 WT2 WT4 WT5\n")
        for language in ["id", "en"] {
            let result = try run("open medan\nlang \(language)\nexport markdown\n")
            let title = language == "id" ? "## Ringkasan eksekutif" : "## Executive summary"
            let summary = try #require(result.stdout.components(separatedBy: title).last?
                .components(separatedBy: "\n## ").first)
            let words = summary.split(whereSeparator: \.isWhitespace)
                .filter { $0.contains { $0.isLetter || $0.isNumber } }
            #expect(words.count <= 250, "\(words.count) words:\n\(summary)")
            // 19 accepted: three to five are named, the rest counted.
            #expect(summary.range(of: #"(dan|and) 1[4-6] (lainnya|more)"#, options: .regularExpression) != nil)
        }
    }

    // MARK: HTML

    @Test func htmlIsSelfContainedAndPrintsOnA4WithTheSectionsStrategiesAndFigures() throws {
        let result = try run(try Self.scoredMedan + "\nexport html report.html\n")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try folder.read("report.html")
        for outside in ["<script", "<link", "src=\"http", "href=\"http", "url(", "@import"] {
            #expect(!html.contains(outside), "nothing fetched: \(outside)")
        }
        let pdf = try Chromium.printToPDF(folder.file("report.html"), in: folder)
        let text = try Tool.run(["pdftotext", "-layout", pdf.path, "-"]).output
        let pageOne = try Tool.run(["pdftotext", "-f", "1", "-l", "1", pdf.path, "-"]).output
        for title in ["Ringkasan eksekutif", "Analisis SWOT", "Posisi organisasi", "Strategi", "Rencana aksi",
                      "Rujukan", "Lampiran A. Perhitungan", "Lampiran B. Skor dan sumber strategi"] {
            #expect(text.contains(title), "section \(title)")
        }
        #expect(pageOne.contains("Keputusan yang diminta"), "the whole summary is on page 1")
        for id in ["SO1", "WO1", "WT3", "ST1"] { #expect(pageOne.contains(id), "\(id) on page 1") }
        // Every accepted strategy in full in the body (pdftotext breaks lines; compare words).
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("workspaces/medan.json")))
        let strategies = try #require((plan as? [String: Any])?["strategies"] as? [[String: Any]])
        let accepted = strategies.filter { $0["status"] as? String == "accepted" }.compactMap { $0["text"] as? String }
        #expect(accepted.count == 4)
        for text in accepted {
            let ending = text.split(separator: " ").suffix(5).joined(separator: " ")
            #expect(flat.contains(ending), "strategy \(text)")
        }
        for figure in ["IFAS 2,64", "EFAS 2,85", "x = +0,44, y = +0,35", "Kuadran I: strategi agresif", "sel V"] {
            #expect(flat.contains(figure), "figure \(figure)")
        }
    }

    @Test func theSWOTMatrixPrintsAsATwoByTwoGrid() throws {
        _ = try run(try Self.scoredMedan + "\nexport html report.html\n")
        let pdf = try Chromium.printToPDF(folder.file("report.html"), in: folder)
        // The SWOT section starts page 2; its four cells are coloured S green, W orange, O blue, T red.
        let page = try PPMImage.render(page: 2, of: pdf, in: folder)
        let cells = try [(223, 240, 227), (251, 230, 211), (220, 233, 247), (246, 220, 220)].map { colour in
            try #require(page.bounds(of: colour), "no cell in colour \(colour)")
        }
        let (s, w, o, t) = (cells[0], cells[1], cells[2], cells[3])
        #expect(s.maxX < w.minX && o.maxX < t.minX, "S left of W, O left of T")
        #expect(s.maxY < o.minY && w.maxY < t.minY, "S above O, W above T")
        #expect(abs(s.minX - o.minX) <= 2 && abs(w.minX - t.minX) <= 2, "columns line up")
        #expect(abs(s.minY - w.minY) <= 2 && abs(o.minY - t.minY) <= 2, "rows line up")
        #expect(s.width > page.width / 4 && w.width > page.width / 4, "each column about half the page")
    }

    // MARK: Word

    @Test func wordDocumentHasHeadingsTablesAndPictures() throws {
        let result = try run(try Self.scoredMedan + "\nexport docx report.docx\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote report.docx."))
        let json = try Tool.run(["pandoc", folder.file("report.docx").path, "-t", "json"]).output
        let counts = PandocAST.count(json)
        #expect(counts["Header", default: 0] >= 10)
        #expect(counts["Table", default: 0] >= 5, "SWOT, TOWS, action plan and the appendix tables")
        #expect(counts["Image", default: 0] == 3)
        let text = try Tool.run(["pandoc", folder.file("report.docx").path, "-t", "plain"]).output
        for expected in ["Ringkasan eksekutif", "Analisis SWOT", "Rencana aksi", "Kuadran I: strategi agresif"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func wordExportWithoutPandocNamesThePackageAndSuggestsHTML() throws {
        let empty = folder.file("no-tools")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try SwotProcess.run(
            script: "new demo\nadd s Kuat\nexport docx demo.docx\nexport docx\n", directory: folder.url,
            environment: ["PATH": empty.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(
            "Dokumen Word memerlukan pandoc, yang belum terpasang. Pasang paket Debian pandoc"))
        #expect(result.stderr.contains("export html FILE"))
        #expect(result.stderr.contains("A Word document needs a file name, e.g. `export docx demo.docx`."))
        #expect(!FileManager.default.fileExists(atPath: folder.file("demo.docx").path))
    }

    // MARK: Every format

    @Test func hostileTextIsEscapedInEveryFormat() throws {
        let result = try run(Self.hostileScript + "\nexport markdown r.md\nexport html r.html\nexport docx r.docx\n")
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try folder.read("r.md")
        let rendered = try Tool.run(["cmark-gfm", "-e", "table", "-e", "autolink", "-e", "strikethrough"],
                                    input: markdown).output
        let html = try folder.read("r.html")
        let word = try Tool.run(["pandoc", folder.file("r.docx").path, "-t", "html"]).output
        for (name, output) in [("markdown", rendered), ("html", html), ("docx", word)] {
            #expect(!output.contains("<script"), "\(name): no script")
            #expect(!output.contains("<a "), "\(name): no link")
            #expect(!output.contains("<del>") && !output.contains("<em>y</em>"), "\(name): no markup from text")
            #expect(!output.contains("raw HTML omitted"), "\(name)")
            #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(name): the text is shown")
            #expect(!output.unicodeScalars.contains { $0.value == 0x200B }, "\(name): hidden marks shown as codes")
            #expect(output.contains("aU+200Bb"), "\(name)")
        }
    }

    /// Issue 11 part 4: the items no strategy takes up are listed with the reason, and page 1 asks for a decision on
    /// them; the workshop (participants and their dot votes on the strategies shown) is an appendix.
    @Test func itemsNoStrategyTakesUpAndTheWorkshopAppearInEveryFormat() throws {
        let script = try Self.scoredMedan + """

            add t asdfgh jklmn
            participant add Ani Budi
            as Ani
            vote SO1 1
            vote SO2 1
            weight S1 0.2
            compare S1 S2 3
            as Budi
            vote SO1 1
            as -
            export markdown r.md
            export html r.html
            export docx r.docx
            """
        let result = try run(script)
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try folder.read("r.md")
        let leftOut = try #require(markdown.components(separatedBy: "## Butir SWOT tanpa strategi").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        #expect(leftOut.contains("- **T4** asdfgh jklmn: *belum punya kategori*"), "\(leftOut)")
        #expect(!leftOut.contains("`") && !leftOut.contains("tag T4"), "a report names no shell command")
        #expect(markdown.contains("Memutuskan apakah ") && markdown.contains(" butir SWOT tanpa strategi ("))
        // T4 has no weight yet: the report says so in its own language.
        #expect(markdown.contains("Matriks EFAS belum lengkap: belum ada bobot untuk T4; belum ada rating untuk T4."))
        #expect(!markdown.contains("is not complete"))
        let workshop = try #require(markdown.components(separatedBy: "Lokakarya\n").dropFirst().first)
        #expect(workshop.contains("| Ani | 1 | 0 | 1 | 0 | 2 |") && workshop.contains("| Budi | 0 | 0 | 0 | 0 | 1 |"))
        // How the room's values were combined, for the kinds given: means, and the geometric mean for AHP.
        #expect(workshop.contains("angka rencana menggabungkan 1 peserta yang menilai: bobot dan rating sebagai "
            + "rerata dan penilaian AHP sebagai rerata geometrik."), "\(workshop)")
        #expect(workshop.contains("| **SO1** ") && workshop.contains("| 2 | Ani 1, Budi 1 |"))
        #expect(!workshop.contains("SO2"), "votes on a rejected strategy stay out of the report")
        let html = try folder.read("r.html")
        #expect(html.contains("Butir SWOT tanpa strategi") && html.contains("Lokakarya"))
        let word = try Tool.run(["pandoc", folder.file("r.docx").path, "-t", "plain"]).output
        #expect(word.contains("Butir SWOT tanpa strategi") && word.contains("Lokakarya"))
    }

    /// An existing report is replaced only with --force, in every format; a refused Markdown report leaves the
    /// charts beside it untouched too.
    @Test func anExistingReportAndItsChartsAreReplacedOnlyWithForce() throws {
        let first = try run(try Self.scoredMedan + "\nexport markdown r.md\nexport html r.html\nexport docx r.docx\n")
        #expect(first.status == 0, "\(first.stderr)")
        try folder.write("r-files/ie-matrix.svg", "kept\n")
        let html = try folder.read("r.html"), word = try Data(contentsOf: folder.file("r.docx"))
        let refused = try run("open medan\nlang en\nexport markdown r.md\nexport html r.html\nexport docx r.docx\n")
        for file in ["r.md", "r.html", "r.docx"] {
            #expect(refused.stderr.contains("Cannot write \(file): the file exists. Add --force"), "\(refused.stderr)")
        }
        #expect(try folder.read("r-files/ie-matrix.svg") == "kept\n", "a refused export changes no chart")
        #expect(try folder.read("r.html") == html && (try Data(contentsOf: folder.file("r.docx"))) == word)
        let forced = try run("open medan\nlang en\nexport markdown r.md --force\n")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try folder.read("r-files/ie-matrix.svg").hasPrefix("<svg"))
        #expect(try folder.read("r.md").contains("## Executive summary"))
    }

    @Test func exportsAreByteIdenticalWhenReplayed() throws {
        let script = try Self.scoredMedan + "\nexport markdown r.md\nexport html r.html\nexport docx r.docx\n"
        let other = try TemporaryFolder()
        _ = try run(script)
        _ = try SwotProcess.run(script: script, directory: other.url)
        for file in ["r.md", "r.html", "r.docx", "r-files/swot-position.svg", "r-files/ie-matrix.svg"] {
            let first = try Data(contentsOf: folder.file(file)), second = try Data(contentsOf: other.file(file))
            #expect(first == second, "\(file) differs between replays")
        }
    }
}

/// Runs a program found on PATH and returns what it printed.
enum Tool {
    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        let data = SwotProcess.readAll(output.fileHandleForReading)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Headless Chromium, as the test dependencies install it.
enum Chromium {
    static func printToPDF(_ page: URL, in folder: TemporaryFolder) throws -> URL {
        let pdf = folder.file("print-\(UUID().uuidString).pdf")
        let profile = folder.file("chromium-profile-\(UUID().uuidString)")
        let result = try Tool.run([
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        #expect(result.status == 0)
        try #require(FileManager.default.fileExists(atPath: pdf.path), "Chromium printed no PDF")
        return pdf
    }
}

/// One page of a PDF as pixels (pdftoppm's binary PPM), to find where colours are.
struct PPMImage {
    struct Box {
        var minX: Int, minY: Int, maxX: Int, maxY: Int
        var width: Int { maxX - minX + 1 }
    }

    let width: Int
    let height: Int
    let pixels: [UInt8]

    static func render(page: Int, of pdf: URL, in folder: TemporaryFolder) throws -> PPMImage {
        let prefix = folder.file("page-\(page)")
        _ = try Tool.run(["pdftoppm", "-r", "40", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path,
                          prefix.path])
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix.path + ".ppm")))
        // Header: "P6", width, height, maximum value, each followed by whitespace.
        var fields: [String] = [], index = 0
        while fields.count < 4 {
            var field = ""
            while index < data.count, !(data[index] == 0x20 || data[index] == 0x0A) {
                field.append(Character(UnicodeScalar(data[index])))
                index += 1
            }
            index += 1
            if !field.isEmpty { fields.append(field) }
        }
        try #require(fields[0] == "P6")
        return PPMImage(width: Int(fields[1])!, height: Int(fields[2])!, pixels: Array(data[index...]))
    }

    /// The box around every pixel of this colour (±3 per channel), or nil when there are too few to be a cell.
    func bounds(of colour: (Int, Int, Int), tolerance: Int = 3) -> Box? {
        var box: Box?
        var count = 0
        for y in 0..<height {
            for x in 0..<width {
                let offset = (y * width + x) * 3
                let channels = [Int(pixels[offset]), Int(pixels[offset + 1]), Int(pixels[offset + 2])]
                guard zip(channels, [colour.0, colour.1, colour.2]).allSatisfy({ abs($0 - $1) <= tolerance })
                else { continue }
                count += 1
                if var current = box {
                    current.minX = min(current.minX, x); current.maxX = max(current.maxX, x)
                    current.minY = min(current.minY, y); current.maxY = max(current.maxY, y)
                    box = current
                } else {
                    box = Box(minX: x, minY: y, maxX: x, maxY: y)
                }
            }
        }
        return count > 200 ? box : nil
    }
}

/// Counts the element types in pandoc's JSON document (`Header`, `Table`, `Image`, …).
enum PandocAST {
    static func count(_ json: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let type = object["t"] as? String { counts[type, default: 0] += 1 }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        if let document = try? JSONSerialization.jsonObject(with: Data(json.utf8)) { walk(document) }
        return counts
    }
}

/// Parses an SVG file as XML and names its root element.
enum SVGCheck {
    final class Root: NSObject, XMLParserDelegate {
        var name: String?
        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == nil { name = element }
        }
    }

    static func rootElement(of data: Data) -> String? {
        let parser = XMLParser(data: data)
        let root = Root()
        parser.delegate = root
        return parser.parse() ? root.name : nil
    }
}
