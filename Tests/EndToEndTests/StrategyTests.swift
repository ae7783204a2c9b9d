import Foundation
import Testing
import TestSupport

/// TOWS strategies through the real binary: derive, matrix, trace, decisions, re-derive, export.
@Suite("strategies through a pipe")
struct StrategyTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// The Medan SWOT of D003 (19 items), as the shipped example script types it.
    static var medanScript: String {
        get throws {
            try String(
                contentsOf: SwotProcess.packageRoot.appendingPathComponent("examples/medan.swot"),
                encoding: .utf8
            )
        }
    }

    func run(_ script: String, columns: Int = 100) throws -> SwotProcess.Result {
        try SwotProcess.run(script: script, directory: folder.url, environment: ["COLUMNS": "\(columns)"])
    }

    func medan(_ commands: String, columns: Int = 100) throws -> SwotProcess.Result {
        try run(try StrategyTests.medanScript + "\n" + commands, columns: columns)
    }

    /// A weakness whose label says what is wrong with it ("masih manual") opens its WO and WT strategies with the
    /// repair, and no stock action follows; `why` shows the move's own step beside it; the report's headline says
    /// the repair; in English the Indonesian labels are quoted and the move's action stays.
    @Test func aWeaknessOpensItsStrategiesWithTheRepairItsLabelAsksFor() throws {
        let plan = "new bos\nadd s Dapodik sudah diisi lengkap oleh 98% sekolah\n"
            + "add w Laporan BOS masih manual dan sering terlambat\n"
            + "add o ARKAS dan SIPLah tersedia gratis untuk laporan BOS sekolah\n"
            + "add t Bencana erupsi Merapi bisa memutus layanan sekolah\nderive\n"
        let result = try run(plan + "why WO1\naccept WO1\nexport md report.md\nlang en\nstrategies\n")
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout.replacingOccurrences(of: "\n        ", with: " ")
        #expect(text.contains(
            "Digitalkan laporan BOS (W1) dengan memanfaatkan ARKAS dan SIPLah tersedia gratis (O1).\n"))
        // In WT the step after the colon says how the fault is repaired.
        #expect(text.contains("Digitalkan laporan BOS (W1) untuk mengantisipasi bencana erupsi (T1): mulai dari yang "
            + "paling sering dipakai, lalu hentikan cara manualnya.\n"))
        #expect(text.contains("The sentence says what its items ask for (“Digitalkan laporan BOS”)"))
        let report = try String(contentsOf: folder.url.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("**WO1** Digitalkan laporan BOS dengan memanfaatkan ARKAS dan SIPLah tersedia gratis."))
        #expect(text.contains(
            "Fix “laporan BOS masih manual” (W1) by drawing on “ARKAS dan SIPLah tersedia gratis” (O1): "))
    }

    /// Each run of the binary orders sets its own way; the plan `derive` writes is the same byte for byte, so a
    /// plan file or an export diffs clean (scores once differed in their last digit from run to run).
    @Test func deriveWritesTheSamePlanInEveryRun() throws {
        let folders = try (0..<3).map { _ in try TemporaryFolder() }
        let exports = try folders.map { folder in
            try SwotProcess.run(script: try StrategyTests.medanScript + "\nderive\nexport json -\n",
                                directory: folder.url)
        }
        #expect(exports.allSatisfy { $0.status == 0 })
        #expect(exports[0].stdout.contains("\"score\""))
        #expect(exports.allSatisfy { $0.stdout == exports[0].stdout })
    }

    @Test func deriveFillsAllFourQuadrantsOfTheMedanPlan() throws {
        let result = try medan("derive\n")
        #expect(result.status == 0, "\(result.stderr)")
        for quadrant in ["SO", "ST", "WO", "WT"] {
            #expect(result.stdout.contains("\(quadrant)1 "), "\(quadrant) is empty:\n\(result.stdout)")
        }
        // In the items' language, naming the items it uses by their labels.
        #expect(result.stdout.contains("Padukan "))
        #expect(result.stdout.contains(" untuk mengantisipasi "))
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("workspaces/medan.json")))
            as! [String: Any]
        let strategies = json["strategies"] as! [[String: Any]]
        // One per item of the quadrant's larger side (SO 7, ST 7, WO 6, WT 6 for Medan), more while an item of the
        // quadrant has none (at most eight a quadrant), short of that only where a quadrant runs out of fitting pairs
        // that are not named together yet.
        #expect((20...32).contains(strategies.count))
        // The summary speaks the plan's language, as the strategies do.
        #expect(result.stdout.contains("Hasil derive: \(strategies.count) baru, 0 diperbarui."), "\(result.stdout)")
        for strategy in strategies {
            let sources = strategy["sources"] as! [String]
            let quadrant = strategy["quadrant"] as! String
            #expect(sources.contains { $0.hasPrefix(String(quadrant.prefix(1))) }, "\(strategy)")
            #expect(sources.contains { $0.hasPrefix(String(quadrant.suffix(1))) }, "\(strategy)")
            #expect(!(strategy["citations"] as! [Any]).isEmpty)
            #expect(strategy["status"] as? String == "proposed")
            #expect(strategy["moveID"] is String)
        }
    }

    /// A strategy's action says the plan's own staff and system where the move speaks of them in general, and goes
    /// back to the move's words in a language the items are not written in.
    @Test func actionsSayTheItemsOwnStaffAndSystems() throws {
        let result = try run("""
            new demo
            add s Tiap desa sdh punya operator SIKS-NG yg dilatih Pusdatin Kemensos
            add s Perbup pengaduan sudah terbit
            add o Aplikasi Cek Bansos Kemensos punya fitur usul & sanggah online
            add o Dana desa boleh dipakai utk honor operator desa
            add w SDM bidang data cuma 2 org
            add t Data pribadi KPM bocor lewat grup WA
            derive
            strategies so
            lang en
            strategies so
            """)
        #expect(result.status == 0, "\(result.stderr)")
        let (indonesian, english) = try #require(result.stdout.split(separator: "Strategies are now in English")
            .map(String.init).pairOfTwo)
        // The actions, after each sentence's colon, name the SIKS-NG operators and the Cek Bansos app.
        let actions = { (listing: String) in
            listing.replacingOccurrences(of: "\n        ", with: " ").split(separator: "):").dropFirst()
                .map { String($0.split(separator: ".")[0]) }
        }
        #expect(actions(indonesian).contains { $0.contains("operator SIKS-NG") }, "\(actions(indonesian))")
        #expect(actions(indonesian).contains { $0.contains("Aplikasi Cek Bansos Kemensos") })
        #expect(!actions(indonesian).contains { $0.contains("staf terlatih") || $0.contains("staf terampil") })
        #expect(actions(english).contains { $0.contains("staff") }, "\(actions(english))")
        #expect(!actions(english).contains { $0.contains("SIKS-NG") || $0.contains("Cek Bansos") })
    }

    @Test func aSectoralAgencysPlanGetsNoMoveThatDirectsEveryAgency() throws {
        let items = """
            add s Bupati berkomitmen pada SPBE dan memimpin Tim Koordinasi SPBE
            add s Roadmap transformasi digital sudah ditetapkan
            add w Belum ada arsitektur SPBE, aplikasi jalan sendiri-sendiri
            add w Situs dinas sering kena deface
            add o Perpres 132/2022 Arsitektur SPBE Nasional jadi acuan daerah
            add o SPLP nasional siap dipakai untuk integrasi
            add t Serangan siber ke situs pemda makin sering
            add t Pergantian kepala daerah 2029 bisa ubah prioritas
            derive
            """
        let government = try Set(
            (JSONSerialization.jsonObject(with: Data(contentsOf: SwotProcess.packageRoot
                .appendingPathComponent("Sources/SwotCore/KnowledgeBase/Data/moves.json"))) as! [String: Any])["moves"]
                .map { $0 as! [[String: Any]] }!
                .filter { $0["authority"] as? String == "government" }.map { $0["id"] as! String })
        func moves(_ name: String, _ title: String) throws -> (output: String, moves: Set<String>) {
            let result = try run("new \(name) \(title)\n" + items + "\nexport json \(name).json\n")
            #expect(result.status == 0, "\(result.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("\(name).json")))
            let strategies = (json as! [String: Any])["strategies"] as! [[String: Any]]
            return (result.stdout, Set(strategies.map { $0["moveID"] as! String }))
        }
        let sectoral = try moves("dinsos", "SWOT Layanan Digital Dinas Sosial Kabupaten")
        // Wrapped between words at the terminal's width.
        #expect(sectoral.output.replacingOccurrences(of: "\n", with: " ").contains("Rencana perangkat daerah sektoral "
            + "(Dinas Sosial Kabupaten, dari judul atau konteks): langkah yang mengatur semua perangkat daerah"),
            "\(sectoral.output)")
        #expect(sectoral.output.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(sectoral.output)")
        #expect(sectoral.moves.isDisjoint(with: government), "\(sectoral.moves.intersection(government))")
        // The same items in Diskominfo's plan may take them.
        let coordinating = try moves("kominfo", "SWOT SPBE Kabupaten Diskominfo")
        #expect(!coordinating.output.contains("sektoral"))
        #expect(!coordinating.moves.isDisjoint(with: government))
    }

    @Test func whyTracesAStrategyToItsItemsMoveAndPaper() throws {
        let result = try medan("lang en\nderive\nwhy SO1\nwhy XX1\nwhy SO99\n")
        #expect(result.stdout.contains("SO1 (SO, proposed, derived, score "))
        #expect(result.stdout.contains("Combine ") && result.stdout.contains(" (S3) with "), "English after `lang en`")
        #expect(result.stdout.contains("Items:\n  S"))
        #expect(result.stdout.contains("matched: "))
        #expect(result.stdout.contains("Move M006 (stated, restates D003 SO1): internal C02, C01, external C02, C06"))
        #expect(result.stdout.contains("Score: S3 "))
        // M006 lists two categories on each side: its focus factor is 2 / (1 + √4) = 0.67.
        #expect(result.stdout.contains("× 1.00 (stated) × 0.67 (move's focus)"), "\(result.stdout)")
        #expect(result.stdout.contains("Sources:\n  D003 003_2191fb8a32d3ea38.txt L"))
        #expect(result.stdout.contains("    \"Penyelerasan paradigma"), "the quoted source line:\n\(result.stdout)")
        #expect(result.stderr.contains("\"XX1\" is not a strategy id. Strategy ids are a TOWS quadrant and a number, "
            + "like SO1, ST2, WO3, WT4."))
        #expect(result.stderr.contains("No strategy SO99 in this plan. Strategies are SO1, SO2"))
    }

    @Test func decisionsSurviveReDerivingAndGoneItemsMakeStrategiesStale() throws {
        let result = try medan("""
            derive
            accept SO1
            edit SO2 Pelatihan SDM oleh konsultan, versi kami
            reject WT1
            assign SO1 Bappeda
            remove S3
            remove O1
            derive
            strategies SO
            why SO1
            """)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Accepted SO1."))
        #expect(out.contains("Changed SO2; a re-derive keeps this text."))
        #expect(out.contains("Rejected WT1."))
        #expect(out.replacingOccurrences(of: "\n", with: " ")
            .contains("Usang (butir yang dipakainya sudah dihapus; `why ID` menunjukkan yang mana): "))
        let listingStart = try #require(out.range(of: "SO: Strengths × Opportunities", options: .backwards))
        let listing = String(out[listingStart.lowerBound...])
        #expect(listing.contains("SO1   ") && listing.contains("accepted, stale"), "\(listing)")
        #expect(listing.contains("proposed, edited"))
        #expect(listing.contains("Pelatihan SDM oleh konsultan, versi kami"))
        #expect(out.contains("  S3  (gone from the plan: this strategy is stale)"))
        #expect(out.contains("Owner: Bappeda"))
        // The rejected strategy is kept as rejected; its move is not proposed again.
        let json = try folder.read("workspaces/medan.json")
        #expect(json.contains("\"status\" : \"rejected\""))
    }

    @Test func editTakesItemsAndStrategiesApart() throws {
        let result = try medan("derive\nedit S1 Ada 25 layanan aplikasi\nedit WO1 Naikkan serapan anggaran "
            + "infrastruktur\nshow S1\nstrategies WO\nedit SO1\n")
        #expect(result.stdout.contains("Changed S1."))
        #expect(result.stdout.contains("Changed WO1; a re-derive keeps this text."))
        #expect(result.stdout.contains("  Ada 25 layanan aplikasi"))
        #expect(result.stdout.contains("Naikkan serapan anggaran infrastruktur"))
        #expect(result.stderr.contains("Usage: edit ID TEXT"))
    }

    /// A pairing `derive` did not make: the planner names the items and swot writes the strategy from a move that
    /// fits both, traced to its papers; `derive` keeps it; a request it cannot serve says what to do and adds nothing.
    @Test func swotWritesTheStrategyForItemsThePlannerPairs() throws {
        let result = try run("""
            new demo
            lang id
            add w SDM TI hanya 2 orang, selebihnya admin umum
            add o Kampus lokal menawarkan mahasiswa magang dan KKN tematik
            add s Pimpinan mendukung penuh SPBE
            add t Serangan ransomware ke instansi pemerintah meningkat
            strategy add WO from W1 O1
            why WO1
            strategy add WO dari W1 O1
            strategy add WT from W1
            strategy add WT from W1 S1
            strategy add WO from
            derive
            strategies WO
            """)
        // Wrapped to the width ($COLUMNS 100 here), as every strategy is printed.
        #expect(result.stdout.contains(
            "Added WO1 (accepted, move M310; `why WO1` traces it): Perkuat SDM TI (W1) bersama kampus lokal yang\n"
                + "menawarkan mahasiswa magang (O1): tuangkan dalam PKS berisi kegiatan, target dan jadwal."))
        #expect(result.stdout.contains("WO1 (WO, accepted, derived, score "))
        // `why` says where the step after the colon comes from.
        #expect(result.stdout.replacingOccurrences(of: "\n  ", with: " ").contains(
            "ending with the step its external item's kind asks for (“tuangkan dalam PKS berisi kegiatan, target dan "
                + "jadwal”), in place of this move's own step:"))
        #expect(result.stdout.contains("Move M310 (derived): internal C05, C12, external C16, C19"))
        #expect(result.stdout.contains("  D002 002_12225684f6a8fe4e.txt L1945-1951"))
        #expect(result.stderr.contains("WO1 already names W1, O1 (`edit WO1 TEXT` rewords it). Type `accept WO1`."))
        #expect(result.stderr.contains(
            "A WT strategy pairs weaknesses with threats: name at least one item of each, like "
                + "`strategy add WT from W1 T1`."))
        #expect(result.stderr.contains("S1 cannot back a WT strategy"))
        // No ids after `from`: an error that shows how, not a strategy whose text is "from".
        #expect(result.stderr.contains("Name the items after `from`, like `strategy add WO from W1 O1`."))
        #expect(result.stdout.contains("1 yang sudah diputuskan tetap"))
        let woList = try #require(result.stdout.components(separatedBy: "WO: Weaknesses × Opportunities").last)
        #expect(woList.contains("WO1   0.58  accepted"))
        #expect(!woList.contains("WO2"))
    }

    @Test func aStrategyOfOneItemOnEachSideEndsWithAStepForItsOwnItems() throws {
        let result = try run("""
            new demo
            lang id
            add w Server aplikasi tanpa backup di luar gedung
            add t Serangan ransomware ke instansi pemerintah meningkat
            add s Tim IT internal 7 orang bersertifikat keamanan
            add o SPLP nasional dibuka untuk integrasi layanan daerah
            strategy add WT from W1 T1
            why WT1
            strategy add ST from S1 T1
            why ST1
            strategy add SO from S1 O1
            why SO1
            add o PDNS menyediakan layanan backup untuk pemda
            strategy add WO from W1 O2
            why WO1
            export md report.md
            """)
        let output = result.stdout.replacingOccurrences(of: "\n  ", with: " ")
        #expect(output.contains("Cadangkan server aplikasi (W1) untuk mengantisipasi serangan ransomware ke instansi "
            + "pemerintah meningkat (T1): simpan salinan luring yang tak terjangkau serangan dan uji pemulihannya."))
        #expect(output.contains("ending with the step its weakness's fault asks for against the threat's kind (“simpan "
            + "salinan luring yang tak terjangkau serangan dan uji pemulihannya”), in place of this move's own step:"))
        // In ST a team against an attack becomes the incident team: the step its and the threat's kinds ask for.
        #expect(output.contains("Gunakan tim IT internal 7 orang bersertifikat (S1) untuk menangkal serangan "
            + "ransomware ke instansi pemerintah meningkat (T1): jadikan mereka tim tanggap insiden dengan SOP dan "
            + "latihan berkala."))
        #expect(output.contains("ending with the step its strength's kind asks for against the threat's (“jadikan "
            + "mereka tim tanggap insiden dengan SOP dan latihan berkala”)"))
        // In SO the team is given the integration the platform offers.
        #expect(output.contains("(O1): tugaskan mereka mengerjakan integrasinya, mulai dari satu layanan."))
        #expect(output.contains("ending with the step its strength's kind asks for with the opportunity's"))
        // In WO the fault is repaired with what the opportunity offers.
        #expect(output.contains("(O2): simpan salinan cadangannya di sana dan uji pemulihannya tiap triwulan."))
        #expect(output.contains("ending with the step its weakness's fault asks for with the opportunity's kind"))
        // The report's headline, which leaders read without the items' ids, keeps the step.
        let report = try String(contentsOf: folder.url.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("**WT1** Cadangkan server aplikasi untuk mengantisipasi serangan ransomware ke "
            + "instansi pemerintah meningkat: simpan salinan luring yang tak terjangkau serangan dan uji "
            + "pemulihannya."))
    }

    @Test func plannersAddTheirOwnStrategiesAndActionDetails() throws {
        let result = try run("""
            new demo
            add w Infrastruktur belum memadai
            add t Ancaman pencurian data
            strategy add WT Buat SOP keamanan data from W1 T1
            strategy add wt Audit keamanan tahunan
            strategy add SO Something from W1
            strategy add XY Something
            due WT1 2026-06-31
            due WT1 2026-06-30
            kpi WT1 SOP disahkan wali kota
            assign WT1 Diskominfo
            strategies WT
            why WT1
            """)
        #expect(result.stdout.contains("Added WT1 (accepted): Buat SOP keamanan data"))
        #expect(result.stdout.contains("Added WT2 (accepted): Audit keamanan tahunan"))
        #expect(result.stderr.contains("W1 cannot back a SO strategy: SO uses strengths and opportunities"))
        #expect(result.stderr.contains("\"XY\" is not a TOWS quadrant."))
        #expect(result.stderr.contains("\"2026-06-31\" is not a date. Write it as YYYY-MM-DD"))
        #expect(result.stdout.contains("WT1 due 2026-06-30."))
        #expect(result.stdout.contains("WT1 KPI: SOP disahkan wali kota"))
        #expect(result.stdout.contains("WT1 (WT, accepted, the planner's own, score "))
        #expect(result.stdout.contains("  W1 Infrastruktur belum memadai\n      C04 "))
        #expect(result.stdout.contains("Due: 2026-06-30"))
    }

    @Test func theMatrixIsAGridThatFitsTheTerminalOrAListWhenNarrow() throws {
        let wide = try medan("derive\naccept WT2\nmatrix\n", columns: 120)
        let gridStart = try #require(wide.stdout.range(of: "+---"), "\(wide.stdout)\n\(wide.stderr)")
        let grid = wide.stdout[gridStart.lowerBound...].split(separator: "\n").prefix {
            $0.hasPrefix("+") || $0.hasPrefix("|")
        }
        #expect(grid.count > 10)
        #expect(grid.allSatisfy { $0.count == grid.first!.count && $0.count <= 120 }, "every row as wide as the rules")
        let text = grid.joined(separator: "\n")
        #expect(text.contains("S: Strengths / Kekuatan"))
        #expect(text.contains("T: Threats /"))
        #expect(text.contains("WT2 [accepted]"))
        #expect(text.contains("| SO1 "))

        let narrowFolder = try TemporaryFolder()
        let narrow = try SwotProcess.run(
            script: try StrategyTests.medanScript + "\nderive\nmatrix\n",
            directory: narrowFolder.url,
            environment: ["COLUMNS": "50"]
        )
        let listStart = try #require(narrow.stdout.range(of: "SO: S: Strengths"), "\(narrow.stdout)\n\(narrow.stderr)")
        let list = narrow.stdout[listStart.lowerBound...]
        #expect(!list.contains("+---"))
        #expect(list.split(separator: "\n").allSatisfy { $0.count <= 50 })
        #expect(list.contains("WT: W: Weaknesses"))

        let empty = try run("new demo\nmatrix\n")
        #expect(empty.stdout.contains("No strategies yet. Run `derive`."))
    }

    @Test func theMarkdownReportCarriesMatrixRankingActionPlanAndReferences() throws {
        let result = try medan("""
            derive
            accept SO1
            accept WT3
            edit WT3 Pantau | keamanan *server* <b>ketat</b>
            assign SO1 Bappeda | Diskominfo
            due SO1 2026-12-31
            kpi SO1 Renstra memuat e-government
            export markdown report.md
            export json plan.json
            """)
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try folder.read("report.md")
        // Issue 12: the body names accepted strategies only, with what they build on; the action plan is a Renstra
        // table; references name the paper; scores, codes and files are in the appendix.
        for expected in ["## Strategi", "### Strategi dan dasarnya", "## Rencana aksi", "## Rujukan",
                         "| **Peluang (O)** | **SO: Kekuatan × Peluang** (1): **SO1** ", "Bappeda \\| Diskominfo",
            "Renstra memuat e-government", "Pratama, A., Malikhah, I.", "## Lampiran A. Skor dan sumber strategi",
                         "D003 003\\_2191fb8a32d3ea38.txt L"] {
            #expect(markdown.contains(expected), "missing \(expected)")
        }
        let html = try GFM.render(markdown)
        let tables: [String] = Array(html.components(separatedBy: "<table>").dropFirst())
        #expect(tables.count == 4, "SWOT, TOWS, action plan and the appendix of codes")
        func rows(_ table: String) -> [String] {
            Array(table.components(separatedBy: "</table>")[0].components(separatedBy: "<tr>").dropFirst())
        }
        func cells(_ row: String) -> Int {
            row.components(separatedBy: "<td").count + row.components(separatedBy: "<th").count - 2
        }
        #expect(rows(tables[1]).count == 3 && rows(tables[1]).allSatisfy { cells($0) == 3 }, "TOWS 2×2 with heads")
        #expect(rows(tables[2]).count == 3 && rows(tables[2]).allSatisfy { cells($0) == 4 }, "action plan: SO1 and WT3")
        #expect(!html.contains("<b>ketat</b>"))
        #expect(html.contains("&lt;b&gt;ketat&lt;/b&gt;"))

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("plan.json"))) as! [String: Any]
        let strategies = json["strategies"] as! [[String: Any]]
        let so1 = strategies.first { $0["id"] as? String == "SO1" }!
        #expect(so1["owner"] as? String == "Bappeda | Diskominfo")
        #expect(so1["due"] as? String == "2026-12-31")
        #expect(so1["kpi"] as? String == "Renstra memuat e-government")
        #expect(so1["status"] as? String == "accepted")
        let citation = (so1["citations"] as! [[String: Any]])[0]
        #expect(citation["file"] as? String == "003_2191fb8a32d3ea38.txt")
        #expect(citation["from"] is Int && citation["quote"] is String)
        let wt3 = strategies.first { $0["id"] as? String == "WT3" }!
        #expect(wt3["edited"] as? Bool == true)
    }

    /// The strategies of an exported plan, by quadrant.
    func exportedStrategies() throws -> [[String: Any]] {
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("workspaces/medan.json")))
            as! [String: Any]
        return json["strategies"] as! [[String: Any]]
    }

    @Test func derivedStrategiesNameEachItemByOneLabelAndNeverRepeatAMoveOrItemSet() throws {
        // Derived again after decisions too: an accepted strategy's items do not come back with another move.
        let result = try medan(
            "label S3 visi dan misi daerah\nlabel W4\nderive\naccept SO1 SO2 ST1 WO1 WO2 WT1\nderive\n")
        #expect(result.status == 0, "\(result.stderr)")
        let defaultLabel = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("W4 label: ") })
            .dropFirst("W4 label: ".count).components(separatedBy: " (default")[0]
        let strategies = try exportedStrategies()
        // An Indonesian sentence may say the label as a noun phrase, with "yang" before its predicate: one way only.
        let labelWords = defaultLabel.split(separator: " ").map(String.init)
        let ways = [defaultLabel] + (1..<labelWords.count).map { at in
            (labelWords[..<at] + ["yang"] + labelWords[at...]).joined(separator: " ")
        }
        let said = Set(strategies.compactMap { strategy in
            ways.first { (strategy["text"] as! String).contains("\($0) (W4)") }
        })
        #expect(said.count == 1, "W4 is named \(said.count) ways: \(said)")
        for quadrant in ["SO", "ST", "WO", "WT"] {
            let shown = strategies.filter { $0["quadrant"] as? String == quadrant }
            let moves = shown.compactMap { $0["moveID"] as? String }
            let itemSets = shown.map { Set($0["sources"] as! [String]) }
            #expect(Set(moves).count == moves.count, "\(quadrant) repeats a move")
            #expect(Set(itemSets).count == itemSets.count, "\(quadrant) repeats a set of items")
        }
        for strategy in strategies {
            let text = strategy["text"] as! String
            let sources = strategy["sources"] as! [String]
            #expect(sources.count <= 4, "\(text)")
            if sources.contains("S3") { #expect(text.contains("visi dan misi daerah (S3)"), "\(text)") }
            if sources.contains("W4") { #expect(ways.contains { text.contains("\($0) (W4)") }, "\(text)") }
            for id in sources { #expect(text.contains("(\(id))"), "\(id) not named in: \(text)") }
        }
        #expect(strategies.contains { ($0["sources"] as! [String]).contains("S3") })
    }

    /// Pairings no move covered before issue 11 (an SPBE architecture × SPLP, no signal × withheld funds) now get a
    /// strategy with its own action instead of none.
    @Test func deriveFindsAMoveForPairingsAddedInIssue11() throws {
        let result = try run("""
            new demo
            lang en
            add s Arsitektur SPBE daerah sudah ditetapkan
            tag S1 STRAT
            add o SPLP nasional siap menghubungkan layanan
            tag O1 INTEROP
            add w Banyak desa blank spot tanpa sinyal
            tag W1 INFRA
            add t Dana desa ditahan bila laporan terlambat
            tag T1 BUDGET
            derive
            """, columns: 250)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("(O1): align regional SPBE architecture with national architecture and SPLP."), "\(out)")
        #expect(out.contains("): let staff in no-signal areas enter data offline, upload later."), "\(out)")
    }

    /// A weakness and an opportunity (or a strength and a threat) on the same topic had no move in some quadrants
    /// before issue 11's rule-based batch (change management in WO, partners in ST); now they get their own action.
    @Test func deriveFindsAMoveForSameTopicPairs() throws {
        let result = try run("""
            new demo
            lang en
            add w Manajemen perubahan belum dikelola
            tag W1 CHANGE
            add o Program reformasi birokrasi mendorong agen perubahan
            tag O1 CHANGE
            add s Kemitraan dengan beberapa penyedia TIK
            tag S1 PARTNER
            add t Ketergantungan pada satu vendor aplikasi
            tag T1 PARTNER
            derive
            """, columns: 250)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("(O1): appoint change agents in each agency under bureaucratic reform."), "\(out)")
        #expect(out.contains("(T1): spread ICT work across partners so no vendor becomes indispensable."), "\(out)")
    }

    @Test func deriveListsTheItemsLeftOutAndMarksOneSidedFallbacks() throws {
        let result = try run("""
            new demo
            lang en
            add w Belum ada SOP penanganan insiden keamanan
            add t Qwerty zxcv
            add t Asdfgh jklmn
            derive
            export json plan.json
            """)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("WT: no pair of items fits any move, so the strategies shown fit one side only (marked "
            + "one-sided)"), "\(out)")
        #expect(out.contains("proposed, one-sided"))
        // An Indonesian item in an English sentence is quoted: its own words, not a translation.
        #expect(out.contains("Fix the lack of “SOP penanganan insiden keamanan” (W1) ahead of "), "\(out)")
        #expect(out.contains(" (one-sided)."))
        #expect(out.contains("Items in no strategy (1):\n  T2 asdfgh jklmn: it has no category (`tag T2 CATEGORY`); "
            + "write one: `strategy add ST TEXT from T2`"), "\(out)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("plan.json"))) as! [String: Any]
        let strategies = json["strategies"] as! [[String: Any]]
        #expect(!strategies.isEmpty && strategies.allSatisfy { $0["oneSided"] as? Bool == true })

        let indonesian = try run("open demo\nlang id\nderive\nexport json plan-id.json\n")
        #expect(try folder.read("plan-id.json").contains(" (hanya satu sisi).\""), "\(indonesian.stdout)")
        #expect(indonesian.stdout.contains("Butir yang belum masuk strategi mana pun (1):\n  T2 asdfgh jklmn: belum "
            + "punya kategori"))
        #expect(indonesian.stdout.replacingOccurrences(of: "\n", with: " ").contains("WT: tidak ada pasangan butir "
            + "yang cocok dengan langkah mana pun, jadi strategi yang tampil hanya cocok di satu sisi"),
            "\(indonesian.stdout)")
        #expect(indonesian.stdout.replacingOccurrences(of: "\n", with: " ").contains("Belum ada strategi SO: rencana "
            + "perlu kekuatan dan peluang (`add s TEKS`, `add o TEKS`)."))
    }

    @Test func deriveChecksItsArguments() throws {
        let result = try run("new demo\nderive --top 0\nderive --top\nderive 5\nderive\nstrategies XX\n")
        #expect(result.stderr.contains("\"0\" is not a count. Use a whole number from 1 to 1000, e.g. `derive --top "
            + "10`."))
        #expect(result.stderr.contains("Usage: derive [--top N]"))
        #expect(result.stdout.contains("No SO strategies: the plan needs strengths and opportunities"))
        #expect(result.stderr.contains("\"XX\" is not a TOWS quadrant."))
    }
}

private extension Array {
    /// The two elements of a two-element array; nil otherwise.
    var pairOfTwo: (Element, Element)? { count == 2 ? (self[0], self[1]) : nil }
}
