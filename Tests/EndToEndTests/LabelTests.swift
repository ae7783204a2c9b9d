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
        #expect(out.contains("W1 label set: 60 aplikasi OPD belum terintegrasi. Run `derive` to rewrite the proposed "
            + "strategies with it."))
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

    @Test func helpExplainsLabel() throws {
        let result = try run("help label\n")
        #expect(result.stdout.contains("label ID [TEXT | -]"))
        #expect(result.stdout.contains("at most six words"))
    }
}
