import Foundation
import Testing
import TestSupport

/// The SPBE commands through the real binary: entering levels (one line, interview, CSV import), the index, a
/// target, strategy links, proposals, and every kind of bad input, which changes nothing.
@Suite("SPBE through a pipe")
struct SpbePipeTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// The Bekasi-like levels of the core tests (index 1,60, Kurang).
    static let bekasiLevels: [Int: Int] = {
        var levels = Dictionary(uniqueKeysWithValues: (1...47).map { ($0, 1) })
        for number in [11, 12, 15, 16, 17, 19, 20, 22, 23, 24, 25] + Array(32...44) { levels[number] = 2 }
        return levels
    }()

    static var bekasiAnswers: String { (1...47).map { "\($0)=\(bekasiLevels[$0]!)" }.joined(separator: " ") }

    func savedPlan(_ name: String = "bekasi") throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("workspaces/\(name).json")))
            as! [String: Any]
    }

    @Test func oneLineLevelsGiveTheIndexDomainsAndPredicateInBothLanguages() throws {
        let result = try run("new bekasi\nlang id\nassess spbe \(Self.bekasiAnswers)\nspbe\nlang en\nspbe\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout.contains("Indeks SPBE: 1,60 (Kurang) (`spbe` menampilkan domainnya)"))
        #expect(result.stdout.contains("Indeks SPBE: 1,60 (Kurang)\n"))
        #expect(result.stdout.contains("  2 Tata Kelola SPBE (25%)                  1,70  ██████▊"))
        #expect(result.stdout.contains("  3 Manajemen SPBE (16,5%)                  1,36  █████▌"))
        #expect(result.stdout.contains("Predikat: Memuaskan ≥ 4,20; Sangat Baik ≥ 3,50; Baik ≥ 2,60; Cukup ≥ 1,80; "
            + "Kurang < 1,80"))
        #expect(result.stdout.contains("SPBE index: 1.60 (Poor)\n"))
        #expect(result.stdout.contains("  4 SPBE services (45.5%)"))
        #expect(result.stdout.contains("1.80  ███████▎"))
    }

    @Test func aPartialEvaluationSaysWhatIsMissingAndNeverAZero() throws {
        let result = try run("new bekasi\nlang en\nassess spbe 11=2 42=4\nspbe\nspbe target 2\n")
        // (2 × 2,5 + 4 × 3) / 5,5 = 3,09.
        #expect(result.stdout.contains("SPBE index of the 2 indicators entered: 3.09 (Good)"))
        #expect(result.stdout.contains("  45 of 47 indicators missing (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, "
            + "16, …); the full index needs all of them."))
        let domainOne = result.stdout.split(separator: "\n").first { $0.hasPrefix("  1 Internal SPBE policy (13%)") }
        #expect(domainOne?.hasSuffix("  —") == true, "a domain with no level shows a dash, not 0")
        #expect(result.stderr.contains("Error: near line 5: A target needs the level of all 47 indicators; 45 are "
            + "missing"))
        #expect(try savedPlan()["spbe"] == nil, "a refused target is not saved")
    }

    @Test func importReadsASpreadsheetWithHeaderBOMAndSemicolons() throws {
        let rows = (1...47).map { "\($0);\(Self.bekasiLevels[$0]!);\"catatan; baris \($0)\"" }.joined(separator: "\r\n")
        try folder.write("bekasi.csv", "\u{FEFF}Indikator;Tingkat;Catatan\r\n" + rows + "\r\n")
        let result = try run("new bekasi\nlang id\nimport spbe bekasi.csv\nproposals spbe\naccept P25\nshow W1\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("47 tingkat diimpor dari bekasi.csv."))
        #expect(result.stdout.contains("Indeks SPBE: 1,60 (Kurang)"))
        // Proposals name the indicator and level; the source is a field, not words in the text.
        #expect(result.stdout.contains("P25  W  proposed        Penerapan Kompetensi Sumber Daya Manusia baru pada "
            + "tingkat 2 (Terkelola) dalam evaluasi SPBE"))
        #expect(!result.stdout.contains("(SPBE 25"))
        #expect(result.stdout.contains("Accepted P25 as W1: Penerapan Kompetensi Sumber Daya Manusia baru pada tingkat "
            + "2 (Terkelola) dalam evaluasi SPBE"))
        #expect(result.stdout.contains("C05 HR"))
        let plan = try savedPlan()
        let proposals = plan["proposals"] as! [[String: Any]]
        let p25 = proposals.first { $0["id"] as? String == "P25" }!
        #expect((p25["source"] as! [String: Any])["item"] as? String == "25")
        #expect((p25["source"] as! [String: Any])["level"] as? Int == 2)
        // A comma-separated file without a header replaces the levels it names and keeps the others.
        try folder.write("naik.csv", "25,4\n11,3\n")
        let second = try run("open bekasi\nlang en\nimport spbe naik.csv\nspbe\n")
        #expect(second.stdout.contains("Imported 2 levels from naik.csv."))
        // 160 + 1,5 × (4 − 2) + 2,5 × (3 − 2) = 165,5: 1,655, reported 1,66.
        #expect(second.stdout.contains("SPBE index: 1.66 (Poor)"))
    }

    @Test func badImportsNameRowAndColumnAndChangeNothing() throws {
        try folder.write("jauh.csv", "1;2\n48;3\n")
        try folder.write("tingkat.csv", "indikator,tingkat\n1,2\n2,9\n")
        try folder.write("ganda.csv", "1;2\n1;3\n")
        try folder.write("kosong.csv", "\n\n")
        try folder.write("latin1.csv", "")
        try Data([0x31, 0x3B, 0x32, 0x0A, 0xE9, 0x0A]).write(to: folder.file("latin1.csv"))
        try FileManager.default.createDirectory(at: folder.file("folder.csv"), withIntermediateDirectories: true)
        try Data(repeating: 0x31, count: (1 << 20) + 1).write(to: folder.file("besar.csv"))
        let result = try run("""
            new bekasi
            assess spbe 1=3
            import spbe jauh.csv
            import spbe tingkat.csv
            import spbe ganda.csv
            import spbe kosong.csv
            import spbe latin1.csv
            import spbe folder.csv
            import spbe besar.csv
            import spbe tidak-ada.csv
            import stuff x.csv
            import spbe
            """)
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors == [
            "Error: near line 3: jauh.csv row 2, column 1: \"48\" is not an indicator number (1–47). Nothing was "
                + "imported.",
            "Error: near line 4: tingkat.csv row 3, column 2: \"9\" is not a level; levels are whole numbers 1–5. "
                + "Nothing was imported.",
            "Error: near line 5: ganda.csv row 2: indicator 1 was already given in row 1. Nothing was imported.",
            "Error: near line 6: kosong.csv holds no rows. Nothing was imported.",
            "Error: near line 7: latin1.csv is not UTF-8 text. Save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet) and "
                + "import it again. Nothing was imported.",
            "Error: near line 8: Cannot read folder.csv: it is a folder, not a file. Nothing was imported.",
            "Error: near line 9: Cannot read besar.csv: it is larger than 1 MB, more than any file swot reads may be. "
                + "Check that it is the right file. Nothing was imported.",
            "Error: near line 10: Cannot read tidak-ada.csv: the file does not exist. Nothing was imported.",
            "Error: near line 11: Usage: import items FILE.md|FILE.csv | import spbe FILE.csv | import ballot FILE.csv "
                + "[NAME]   (type `help import` for details)",
            "Error: near line 12: Usage: import items FILE.md|FILE.csv | import spbe FILE.csv | import ballot FILE.csv "
                + "[NAME]   (type `help import` for details)",
        ])
        let answers = (try savedPlan()["assessments"] as! [[String: Any]])[0]["answers"] as! [String: Int]
        #expect(answers == ["1": 3], "nothing of a bad file was applied")
    }

    @Test func aPipeIsRefusedWithoutReadingIt() throws {
        let fifo = folder.file("pipa.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try run("new bekasi\nimport spbe pipa.csv\n")
        #expect(result.stderr.contains("Cannot read pipa.csv: it is not a regular file (a device, a FIFO or a "
            + "socket)."))
    }

    @Test func aTargetListsTheCheapestRaisesWithTheirCriteriaAndIsKept() throws {
        let result = try run("new bekasi\nlang id\nassess spbe \(Self.bekasiAnswers)\nspbe target 1,7\nspbe\nspbe "
            + "target\nundo\nspbe target\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Target 1,70 (Kurang) dari 1,60 (Kurang): 4 kenaikan satu tingkat mencapai 1,72 "
            + "(Kurang)."))
        let order = ["  45 Layanan Publik Sektor 1 (bobot 3): 1 Informasi → 2 Interaksi",
                     "  46 Layanan Publik Sektor 2 (bobot 3): 1 Informasi → 2 Interaksi",
                     "  47 Layanan Publik Sektor 3 (bobot 3): 1 Informasi → 2 Interaksi",
                     "  42 Layanan Pengaduan Pelayanan Publik (bobot 3): 2 Interaksi → 3 Transaksi"]
        let positions = order.map { result.stdout.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(result.stdout.contains("      3: Kriteria tingkat 2 telah terpenuhi dan Layanan Pengaduan Pelayanan"))
        #expect(result.stdout.contains("Target: 1,70 (Kurang); `spbe target` menampilkan kenaikan yang diperlukan."))
        #expect(result.stdout.contains("Belum ada target."))
        let baik = try run("open bekasi\nlang en\nspbe target baik\nspbe target Sangat Baik\nspbe target -\nspbe "
            + "target\n")
        #expect(baik.stdout.contains("Target 2.60 (Good) from 1.60 (Poor): 47 one-level raises reach 2.60 (Good)."))
        // Sangat Baik needs 190 points: a first round of all 47 gives 100; the second takes 45–47, 42–44 (18), 32–41
        // (27,5), 11–20 (25), 21–31 (16,5) and two of 1–10 (2,6): 189,6, an index of 3,496, reported as 3,50.
        #expect(baik.stdout.contains("Target 3.50 (Very good) from 1.60 (Poor): 86 one-level raises reach 3.50 (Very "
            + "good)."))
        #expect(baik.stdout.contains("Target cleared."))
        #expect(baik.stdout.contains("No target set."))
    }

    @Test func badTargetsAreRefusedAndChangeNothing() throws {
        let result = try run("new bekasi\nspbe target 2\nassess spbe \(Self.bekasiAnswers)\nspbe target 6\nspbe target "
            + "tinggi\nspbe target kurang\nspbe tujuan\n")
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors == [
            "Error: near line 2: No SPBE levels yet. Enter them in the SPBE interview, as indicator=level pairs on one "
                + "line, or from a CSV file. Type `assess spbe`, `assess spbe 1=2 2=3 …` or `import spbe FILE.csv`.",
            "Error: near line 4: 6 is outside the index's scale; a target is an index from 1 to 5, like 2,6.",
            "Error: near line 5: \"tinggi\" is not a target. Give an index from 1 to 5 (2,6 or 2.6) or a predicate: "
                + "Memuaskan, Sangat Baik, Baik, Cukup, Kurang.",
            "Error: near line 6: Kurang is the lowest predicate; aim for a higher one (Cukup, Baik, Sangat Baik, "
                + "Memuaskan) or an index.",
            "Error: near line 7: Usage: spbe [target [INDEX|PREDICATE|-]]   (type `help spbe` for details)",
        ])
        #expect(try savedPlan()["spbe"] == nil)
    }

    @Test func strategiesRaiseIndicatorsAndTheAimedIndexFollowsAcceptedOnes() throws {
        let result = try run("""
            new bekasi
            lang en
            assess spbe \(Self.bekasiAnswers)
            strategy add WO Menyusun arsitektur dan peta rencana SPBE
            reject WO1
            raises WO1 11 12
            raises WO1
            accept WO1
            spbe
            raises WO1 99
            raises WO1 11 11
            raises XX1 11
            raises WO9 11
            raises WO1 -
            raises WO1
            """)
        #expect(result.stdout.contains("WO1 raises: 11 The agency's SPBE architecture (2 → 3), 12 The agency's SPBE "
            + "road map (2 → 3)"))
        // A strategy the planner adds is accepted at once; rejected, it does not count.
        #expect(result.stdout.contains("Accepted strategies aim for index 1.60 (Poor) (now 1.60 (Poor))."))
        #expect(result.stdout.contains("WO1 is not accepted yet; only accepted strategies count towards the aimed "
            + "index (`accept WO1`)."))
        // Accepted: 160 + 2,5 + 2,5 = 165 → 1,65.
        #expect(result.stdout.contains("Accepted strategies aim for: 1.65 (Poor)"))
        #expect(result.stdout.contains("WO1 is no longer linked to SPBE indicators."))
        #expect(result.stdout.contains("WO1 is linked to no SPBE indicator; `raises WO1 11 12` links it."))
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 4)
        #expect(errors[0] == "Error: near line 10: \"99\" is not an SPBE indicator; indicators are numbered 1–47 (the "
            + "SPBE framework in the knowledge base lists them). Type `kb framework spbe`.")
        #expect(errors[1] == "Error: near line 11: Indicator 11 is named twice; name each indicator once.")
        #expect(errors[2].hasPrefix("Error: near line 12: "))
        #expect(errors[3].hasPrefix("Error: near line 13: "))
    }
}

/// The SPBE interview through a pipe: the regulation's criteria as answers, skip, back, quit and resume.
@Suite("SPBE interview")
struct SpbeInterviewTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    @Test func theInterviewAsksEachIndicatorWithTheRegulationsCriteria() throws {
        let result = try run("new bekasi\nlang id\nassess spbe\n2\nskip\nback\n3\nquit\nassess spbe\n4\nquit\nspbe\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Indeks SPBE (PermenPANRB 59/2020): 47 pertanyaan."))
        #expect(result.stdout.contains("[1/47] Kebijakan Internal Tata Kelola SPBE — 1 Kebijakan Internal Arsitektur "
            + "SPBE Instansi Pusat/Pemerintah Daerah"))
        #expect(result.stdout.contains("    1 Rintisan: Konsep kebijakan internal terkait Arsitektur SPBE Instansi"))
        // Indicator 3's doubtful criteria are flagged where they are asked.
        #expect(result.stdout.contains("Keraguan data: Semua salinan yang ditemukan menggeser kriteria satu baris"))
        #expect(result.stdout.contains("Berhenti di pertanyaan 3 dari 47; `assess spbe` melanjutkan dari sini."))
        #expect(result.stdout.contains("Melanjutkan dari pertanyaan 3 dari 47 (2 dijawab)."))
        // 1 at 2, 2 at 3, 3 at 4, each weighing 1,3: (2 + 3 + 4) / 3 = 3,00.
        #expect(result.stdout.contains("Indeks SPBE dari 3 indikator yang diisi: 3,00 (Baik)"))
        let english = try run("open bekasi\nlang en\nassess spbe\nquit\n")
        #expect(english.stdout.contains("Each level's criteria are the regulation's own words, in Indonesian; the "
            + "level names are glossed."))
        #expect(english.stdout.contains("    4 Integrated and measured: "))
    }
}

/// The SPBE part of the report, in both languages.
@Suite("SPBE in the report")
struct SpbeReportTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    @Test func theReportShowsIndexDomainsTargetAndAimedIndexAtTheTop() throws {
        let result = try run("""
            new bekasi
            lang id
            assess spbe \(SpbePipeTests.bekasiAnswers)
            spbe target 1,7
            strategy add WO Menyusun arsitektur dan peta rencana SPBE
            raises WO1 11 12
            export markdown laporan.md
            lang en
            export markdown report.md
            """, ["--bail"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try folder.read("laporan.md")
        // Page 1 states the index, the target and where the accepted strategies take it, in one sentence.
        let summary = "Indeks SPBE **1,60 (Kurang)**; target 1,70 (Kurang); strategi yang diterima menuju 1,65 "
            + "(Kurang)."
        let summaryAt = try #require(report.range(of: summary))
        let matrixAt = try #require(report.range(of: "## Analisis SWOT"))
        #expect(summaryAt.lowerBound < matrixAt.lowerBound, "the summary is on page 1, before the SWOT")
        #expect(report.contains("## Indeks SPBE (PermenPANRB 59/2020)"))
        #expect(report.contains("| 2 Tata Kelola SPBE | 25% | 1,70 |"))
        #expect(report.contains("| 4 Layanan SPBE | 45,5% | 1,80 |"))
        #expect(report.contains("](laporan-files/spbe-domains.svg)"), "the domains as a chart")
        let chart = try folder.read("laporan-files/spbe-domains.svg")
        #expect(chart.hasPrefix("<svg") && chart.contains("Tata Kelola SPBE") && chart.contains("target 1,70"))
        #expect(report.contains("- **45** Layanan Publik Sektor 1: 1 → 2"))
        #expect(report.contains("| **WO1** | 11 Arsitektur SPBE Instansi Pusat/Pemerintah Daerah | 2 | 3 |"))
        #expect(report.contains("Indeks yang dituju rencana: **1,65 (Kurang)**."))
        // All 47 levels, in an appendix.
        #expect(report.contains("## Lampiran A. Tingkat 47 indikator SPBE"))
        #expect(report.contains("| 32 | Layanan Perencanaan | 2,75 | 2 Interaksi | ████ |"))
        #expect(
            !report.contains("Keseluruhan:") && !report.contains("keseluruhan"),
            "no unweighted mean of SPBE levels"
        )
        #expect(!report.contains("## Penilaian kesiapan"), "the SPBE levels are not a second readiness assessment")
        #expect(report.contains("- Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (2020). "
            + "*Peraturan"),
                "the regulation behind the index is among the references")
        let html = try GFM.render(report)
        #expect(html.contains("<td>2 Tata Kelola SPBE</td>"))
        let english = try folder.read("report.md")
        #expect(english.contains("SPBE index **1.60 (Poor)**; target 1.70 (Poor); the accepted strategies aim for 1.65 "
            + "(Poor)."))
        #expect(english.contains("| 4 SPBE services | 45.5% | 1.80 |"))
    }

    @Test func theHtmlAndWordReportsCarryTheSpbeChartAndTables() throws {
        let result = try run("""
            new bekasi
            lang id
            assess spbe \(SpbePipeTests.bekasiAnswers)
            spbe target 1,7
            export html laporan.html
            export docx laporan.docx
            """, ["--bail"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try folder.read("laporan.html")
        #expect(html.contains("<h2") && html.contains("Indeks SPBE (PermenPANRB 59/2020)"))
        #expect(html.contains("<svg") && html.contains("<title>Indeks SPBE per domain</title>"))
        #expect(html.contains("Layanan Publik Sektor 1"))
        let word = try Tool.run(["pandoc", folder.file("laporan.docx").path, "-t", "json"]).output
        #expect(PandocAST.count(word)["Image", default: 0] == 1, "the domain chart as a picture")
        let text = try Tool.run(["pandoc", folder.file("laporan.docx").path, "-t", "plain"]).output
        for expected in ["Indeks SPBE (PermenPANRB 59/2020)", "Tata Kelola SPBE", "Tingkat 47 indikator SPBE"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }
}
