import Foundation
import Testing
import TestSupport

/// `label` through the real binary: set, show, clear, undo, errors, and where labels appear.
@Suite("item labels through a pipe")
struct LabelTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    func run(_ script: String) throws -> SwotProcess.Result {
        try SwotProcess.run(script: script, directory: folder.url)
    }

    @Test func labelSetsShowsClearsAndUndoes() throws {
        let result = try run("""
            new demo
            add w Belum ada integrasi 60 aplikasi OPD melalui SPLP nasional
            label W1
            label W1 60 aplikasi OPD belum terintegrasi
            label w1
            list w
            show W1
            label W1 -
            undo
            label W1
            """)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("W1 label: integrasi 60 aplikasi OPD (default, from the text; `label W1 TEXT` sets your "
            + "own)"), "\(out)")
        #expect(out.contains("W1 label set: 60 aplikasi OPD belum terintegrasi.\n"), "no strategy yet: no note")
        #expect(out.contains("W1 label: 60 aplikasi OPD belum terintegrasi\n"))
        #expect(out.contains("(label: 60 aplikasi OPD belum terintegrasi)"), "list shows the planner's label")
        #expect(out.contains("  Label: 60 aplikasi OPD belum terintegrasi\n"), "show shows it")
        #expect(out.contains("Cleared the label of W1; it is named by the default: integrasi 60 aplikasi OPD (default"))
        #expect(out.hasSuffix("W1 label: 60 aplikasi OPD belum terintegrasi\n"), "undo brings it back:\n\(out)")
        // Stored in the plan file.
        #expect(try folder.read("workspaces/demo.json").contains("\"label\" : \"60 aplikasi OPD belum terintegrasi\""))
    }

    @Test func badLabelsAreRefusedAndChangeNothing() throws {
        let long = String(repeating: "x", count: 81)
        let result = try run("new demo\nadd s Tim Koordinasi SPBE aktif\nlabel S9 x\nlabel X1 x\nlabel S1 "
            + "\(long)\nlabel\nlabel S1\n")
        #expect(result.stderr.contains("No item S9"), "\(result.stderr)")
        #expect(result.stderr.contains("\"X1\" is not an item id"), "\(result.stderr)")
        #expect(result.stderr.contains("81"), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: label ID [TEXT | -]"))
        #expect(result.stdout.contains("S1 label: Tim Koordinasi SPBE aktif (default"), "\(result.stdout)")
        #expect(try !folder.read("workspaces/demo.json").contains("\"label\""))
    }

    /// A derived strategy names an item by its label and speaks the plan's language: `label` and `lang` write the
    /// derived sentences again at once (one undo each), and leave the sentences the planner edited alone.
    @Test func labelAndLangRewriteTheDerivedStrategiesAndUndoTakesThemBack() throws {
        let result = try run("""
            new demo
            add w Diskominfo cuma punya 4 ASN background IT
            add o Universitas negeri menawarkan MoU magang dan pengembangan aplikasi
            add w Anggaran SPBE di bawah 1% APBD dan sering kena refocusing
            add o DAK dan hibah pusat untuk infrastruktur TIK daerah
            derive
            strategies wo
            label W1 SDM TI
            strategies wo
            lang en
            strategies wo
            undo
            undo
            strategies wo
            """)
        #expect(result.status == 0, "\(result.stderr)")
        // `derive` lists what it derived, then the four `strategies wo`, each up to the next command's message.
        let listings = result.stdout.components(separatedBy: "WO: Weaknesses × Opportunities").dropFirst(2).map {
            $0.split(separator: "\n").dropFirst().prefix { $0.hasPrefix("  ") }
                .flatMap { $0.split(separator: " ") }.joined(separator: " ")
        }
        try #require(listings.count == 4, "\(result.stdout)")
        // Staff counted short are strengthened: the office's staff, not the office (`WeaknessRepair`).
        #expect(listings[0].contains("Perkuat ASN background IT Diskominfo (W1) dengan memanfaatkan"), "\(listings[0])")
        #expect(result.stdout.contains("W1 label set: SDM TI. Strategy WO2 now says it so."), "\(result.stdout)")
        #expect(listings[1].contains("Perkuat SDM TI (W1)") && !listings[1].contains("Diskominfo"), "\(listings[1])")
        #expect(result.stdout.contains("Strategies are now in English: 3 rewritten"), "\(result.stdout)")
        #expect(listings[2].contains("Fix SDM TI (W1) by drawing on") && !listings[2].contains("Atasi"),
                "\(listings[2])")
        #expect(listings[3] == listings[0], "two undos bring back the first sentences:\n\(listings[3])")
    }

    @Test func anEditedStrategyKeepsThePlannersWordsWhenTheLanguageChanges() throws {
        let result = try run("""
            new demo
            add w Diskominfo cuma punya 4 ASN background IT
            add o Universitas negeri menawarkan MoU magang dan pengembangan aplikasi
            derive
            edit WO1 Tambah SDM TI lewat magang universitas.
            lang en
            strategies wo
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Tambah SDM TI lewat magang universitas."), "\(result.stdout)")
        #expect(!result.stdout.contains("Strategies are now in English"), "nothing to rewrite:\n\(result.stdout)")
    }

    @Test func helpExplainsLabel() throws {
        let result = try run("help label\n")
        #expect(result.stdout.contains("label ID [TEXT | -]"))
        #expect(result.stdout.contains("at most six words"))
    }
}
