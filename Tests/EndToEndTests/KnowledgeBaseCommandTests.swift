import Foundation
import Testing
import TestSupport

/// The `kb` command through the real binary: browsing the shipped knowledge base, and `kb load`.
@Suite("kb commands through a pipe")
struct KnowledgeBaseCommandTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    static var example: URL { SwotProcess.packageRoot.appendingPathComponent("examples/kb-extension.json") }

    /// The example with one replacement, written into the test folder.
    func exampleVariant(_ name: String, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: Self.example, encoding: .utf8)
        #expect(text.contains(old), "the example no longer contains \(old)")
        try folder.write(name, text.replacingOccurrences(of: old, with: new))
    }

    @Test func kbListsTheTwentyFourCategories() throws {
        let result = try run("kb\n")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Categories (24)") == true)
        #expect(lines.count == 25)
        #expect(lines[1].hasPrefix("  C01 LEAD"))
        #expect(lines[24].hasPrefix("  C24 TRANSP"))
        // Both languages for the names.
        #expect(result.stdout.contains(" / Kapasitas & kompetensi SDM"))
    }

    @Test func kbShowFindsCategoriesByIdOrCode() throws {
        let result = try run("kb show HR\nkb show c05\nkb show C5\n")
        #expect(result.status == 0)
        let parts = result.stdout.components(separatedBy: "C05 HR: ")
        #expect(parts.count == 4)
        #expect(parts[1] == parts[2] && parts[2] == parts[3])
        for heading in [
            "Keywords (en):", "Keywords (id):", "Question for `coverage`:", "Factors (", "Moves (", "Sources:",
        ] {
            #expect(parts[1].contains(heading), "kb show HR has no \(heading)")
        }
        #expect(parts[1].contains("D0"))
    }

    @Test func kbShowFindsFactorsMovesAndFrameworks() throws {
        let result = try run("kb show F001\nkb show m1\nkb show kpmg\n")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("F001: success factor, internal, in C01 LEAD"))
        #expect(result.stdout.contains("D000 000_2906ea5bae386c38.txt L8-9"))
        #expect(result.stdout.contains("M001: SO move"))
        #expect(result.stdout.contains("Selected by strengths in: C01 LEAD\nand opportunities in: C02 STRAT, "))
        #expect(result.stdout.contains(
            "Authority: government (directs every agency of the regional government; not proposed in a sectoral "
                + "agency's plan)"))
        #expect(result.stdout.contains("kpmg: KPMG e-Government capacity check"))
        // A move whose categories are broader than its action says which words its weakness must name.
        let absorption = try run("kb show M014\n")
        #expect(absorption.stdout.contains("Selected by weaknesses in: C03 BUDGET, C04 INFRA\n    that name one of: "
            + "serapan, penyerapan"), "\(absorption.stdout)")
    }

    @Test func kbSearchUsesStemsInBothLanguages() throws {
        let result = try run("kb search pelatihan\nkb search training\n")
        #expect(result.status == 0)
        let blocks = result.stdout.split(separator: "\n")
        #expect(blocks.first?.hasPrefix("C05 HR  category") == true)
        #expect(result.stdout.components(separatedBy: "C05 HR  category").count == 3)
        let none = try run("kb search zzzqqq\n")
        #expect(none.stdout.hasPrefix("Nothing in the knowledge base matches \"zzzqqq\"."))
    }

    @Test func kbFrameworksListsAndShowsThem() throws {
        let list = try run("kb frameworks\n")
        #expect(list.status == 0)
        for id in [
            "worldbank", "inpres", "kpmg", "edward", "website", "scv", "sustainability", "furuholt-wahid", "junaidi",
            "sirat", "heeks",
        ] {
            #expect(list.stdout.contains("  \(id) "), "kb frameworks does not list \(id)")
        }
        let one = try run("kb framework capacity-check\n")
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("kpmg: KPMG e-Government capacity check"))
        #expect(one.stdout.contains("Scale:\n  1. "))
        #expect(one.stdout.contains("Sources:\n  D001 001_f6cb5a0f5635fd76.txt L"))
        let edward = try run("kb framework EDWARD\n")
        #expect(edward.stdout.hasPrefix("edward: "))
    }

    @Test func kbSourcesListsTheFivePapers() throws {
        let result = try run("kb sources\n")
        #expect(result.status == 0)
        for file in [
            "000_2906ea5bae386c38.txt", "001_f6cb5a0f5635fd76.txt", "002_12225684f6a8fe4e.txt",
            "003_2191fb8a32d3ea38.txt", "004_cf85bae9f7fe2d8c.txt",
        ] {
            #expect(result.stdout.contains(file))
        }
        #expect(result.stdout.hasPrefix("D000  000_2906ea5bae386c38.txt\n"))
    }

    @Test func badNamesSayWhatToType() throws {
        let result = try run("kb show C99\nkb framework nope\nkb bogus\nkb show\nkb search\n")
        #expect(result.status != 0)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("near line 1: \"C99\" is not in the knowledge base. Name a category by id or "
            + "code"))
        #expect(result.stderr.contains("near line 2: \"nope\" is not a framework. Frameworks are worldbank, "))
        #expect(result.stderr.contains("near line 3: \"bogus\" is not a kb command."))
        #expect(result.stderr.contains("near line 4: Usage: kb "))
        #expect(result.stderr.contains("near line 5: Usage: kb "))
    }

    @Test func kbLoadAddsEntriesThatMatchAndSurviveReopening() throws {
        let path = Self.example.path
        let first = try run("""
            new demo
            add s Peta dasar geospasial kota sudah tersedia
            kb load \(path)
            show S1
            add w Data spasial tiap dinas belum seragam
            kb show GEO
            """)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Loaded 1 category, 2 factors, 2 moves, 1 source from \(path): C90, F900, F901, "
            + "M900, M901."))
        // The item added before the load was matched again, and so is the new one.
        #expect(first.stdout.contains("  C90 GEO "))
        #expect(first.stdout.contains("C90 GEO: Geospatial data & maps / Data geospasial & peta (loaded)"))
        #expect(first.stdout.contains("F900 success, internal (loaded)"))
        #expect(first.stdout.contains("U01 notulen-rapat-diskominfo-2025-03.pdf L2-4"))
        let saved = try folder.read("workspaces/demo.json")
        #expect(saved.contains("\"knowledgeExtension\""))

        let second = try run("open demo\nkb\nkb show F901\nkb search geospasial\nkb sources\nshow W1\nkb show M901\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Categories (25)"))
        #expect(second.stdout.contains("  C90 GEO"))
        #expect(second.stdout.contains("(2 factors, 2 moves) (loaded)"))
        #expect(second.stdout.contains("F901: barrier factor, internal, in C90 GEO"))
        #expect(second.stdout.contains("C90 GEO  category"))
        #expect(second.stdout.contains("U01  notulen-rapat-diskominfo-2025-03.pdf (loaded)"))
        #expect(second.stdout.contains("  C90 GEO "))
        // The authority the file gives a move survives reopening and is shown.
        #expect(second.stdout.contains("M901: WT move, derived (loaded)"))
        #expect(second.stdout.contains("Authority: shared (needs another regional body or a partner to agree)"))

        // Another plan does not see them.
        let other = try run("new other\nkb show GEO\n")
        #expect(other.stderr.contains("\"GEO\" is not in the knowledge base"))
    }

    /// A loaded move that names the words its threat must use fits only the threat that uses one of them.
    @Test func loadedMoveWordsDecideWhichItemsTheMoveFits() throws {
        try exampleVariant("words.json", replacing: "\"authority\": \"shared\",",
                           with: "\"authority\": \"shared\", \"externalWords\": [\"peta\", \"map\"],")
        let result = try run("""
            new demo
            add w Data spasial tiap dinas belum seragam
            add t Setiap dinas membangun peta sendiri tanpa koordinasi antar perangkat daerah
            add t Koordinasi antardinas lemah, rapat koordinasi jarang diadakan
            kb load words.json
            kb show M901
            derive
            export json plan.json
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("and threats in: C15 COORD\n    that name one of: peta, map\n"))
        struct Exported: Decodable {
            struct Strategy: Decodable { var quadrant: String, sources: [String], moveID: String? }
            var strategies: [Strategy]
        }
        let plan = try JSONDecoder().decode(Exported.self, from: Data(try folder.read("plan.json").utf8))
        let wt = plan.strategies.filter { $0.quadrant == "WT" }
        let mapStandard = wt.filter { $0.moveID == "M901" }
        #expect(mapStandard.count == 1, "\(result.stdout)")
        #expect(mapStandard.allSatisfy { $0.sources.contains("T1") && !$0.sources.contains("T2") }, "\(result.stdout)")
        #expect(wt.contains { $0.sources.contains("T2") }, "T2 is still in a strategy of its own")
    }

    @Test func undoTakesBackALoadAndUnloadRemovesIt() throws {
        let result = try run("""
            new demo
            kb load \(Self.example.path)
            undo
            kb show GEO
            redo
            kb show GEO
            kb unload
            kb show GEO
            kb unload
            """)
        #expect(result.stderr.contains("near line 4: \"GEO\" is not in the knowledge base"))
        #expect(result.stderr.contains("near line 8: \"GEO\" is not in the knowledge base"))
        #expect(result.stdout.contains("C90 GEO: Geospatial data & maps"))
        #expect(result.stdout.contains("Removed the 5 loaded entries"))
        #expect(result.stdout.contains("This plan has no loaded entries."))
    }

    @Test func loadingTheSameFileAgainReplacesItsEntries() throws {
        try exampleVariant("changed.json", replacing: "\"Geospatial data & maps\"", with: "\"Maps\"")
        let result = try run("new demo\nkb load \(Self.example.path)\nkb load changed.json\nkb\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("The plan now has 5 loaded entries"))
        #expect(result.stdout.contains("Categories (25)"))
        #expect(result.stdout.contains("  C90 GEO      Maps / Data geospasial & peta"))
    }

    /// Each bad file is refused with the entry named, and the plan file stays byte for byte as it was.
    @Test func badFilesAreRefusedAndChangeNothing() throws {
        _ = try run("new demo\nadd s Dukungan kuat dari wali kota\n")
        let before = try folder.read("workspaces/demo.json")

        try folder.write("broken.json", "{ \"schemaVersion\": 1, \"categories\": [ ")
        try exampleVariant("quadrant.json", replacing: "\"quadrant\": \"WT\"", with: "\"quadrant\": \"XX\"")
        try exampleVariant("missing.json", replacing: "\"keywords\"", with: "\"keyword\"")
        try exampleVariant("clash.json", replacing: "\"id\": \"F901\"", with: "\"id\": \"F012\"")
        try exampleVariant("category.json", replacing: "\"external\": [\"COORD\"]", with: "\"external\": [\"NOPE\"]")
        try exampleVariant("source.json", replacing: "{ \"source\": \"U01\", \"from\": 8, \"to\": 9 }", with: "{ "
            + "\"source\": \"D009\", \"from\": 8, \"to\": 9 }")

        let result = try run("""
            open demo
            kb load broken.json
            kb load quadrant.json
            kb load missing.json
            kb load clash.json
            kb load category.json
            kb load source.json
            kb load no-such-file.json
            kb
            """)
        #expect(result.status != 0)
        let errors = result.stderr
        #expect(errors.contains("near line 2: broken.json: The file is not a knowledge-base file: it is not valid "
            + "JSON"))
        #expect(errors.contains("near line 3: quadrant.json: moves[1] (M901): quadrant \"XX\" is not SO, ST, WO or WT. "
            + "Nothing was loaded."))
        #expect(errors.contains("near line 4: missing.json: categories[0] (C90): \"keywords\" is missing. Nothing was "
            + "loaded."))
        #expect(errors.contains("near line 5: clash.json: factors[1] (F012): id F012 is already used by the shipped "
            + "knowledge base"))
        #expect(errors.contains("near line 6: category.json: moves[1] (M901): external category \"NOPE\" is not a "
            + "category"))
        #expect(errors.contains("one defined in the file's \"categories\". Type `kb`. Nothing was loaded."))
        #expect(errors.contains("near line 7: source.json: moves[0] (M900): citations[0] cites source \"D009\""))
        #expect(errors.contains("near line 8: Cannot read no-such-file.json: the file does not exist."))
        #expect(result.stdout.contains("Categories (24)"))
        #expect(!result.stdout.contains("Loaded"))
        #expect(try folder.read("workspaces/demo.json") == before)
    }

    @Test func kbLoadNeedsAPlan() throws {
        let result = try run("kb load \(Self.example.path)\n")
        #expect(result.stderr.contains("No plan is open."))
    }
}
