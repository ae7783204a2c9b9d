import Foundation
import Testing
import TestSupport

/// Plans and files received from someone else, crafted to attack the reader: escape sequences for the terminal,
/// markup and links for the report. Everything goes through the real binary.
@Suite("hostile plan files")
struct HostileFileTests: PipedSuite {
    let folder: TemporaryFolder

    /// OSC 52 (set the clipboard), a window title and "clear the screen": what a crafted field tried.
    static let terminalAttack = "\u{1B}]52;c;ZWNobyBwd25lZA==\u{7}\u{1B}]0;owned\u{7}\u{1B}[2J"

    init() throws {
        folder = try TemporaryFolder()
        let made = try SwotProcess.run(["-c", "new demo", "-c", "add s Strong leadership of the mayor",
                                        "-c", "add o National smart city programme", "-c", "derive",
                                        "-c", "kb load \(SwotProcess.packageRoot.path)/examples/kb-extension.json"],
                                       directory: folder.url)
        #expect(made.status == 0, "\(made.stderr)")
    }

    /// Changes the plan file as a hand (or an attacker) would, keeping it valid JSON.
    func editPlan(_ change: (inout [String: Any]) -> Void) throws {
        let url = folder.file("workspaces/demo.json")
        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        change(&plan)
        try JSONSerialization.data(withJSONObject: plan, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    func editFirst(_ key: String, in plan: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var list = plan[key] as! [[String: Any]]
        change(&list[0])
        plan[key] = list
    }

    func expectNoEscapes(_ result: SwotProcess.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in [result.stdout, result.stderr] {
            #expect(
                !text.unicodeScalars.contains {
                    $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E
                },
                "raw control characters reached the terminal: \(text.debugDescription)",
                sourceLocation: sourceLocation)
        }
    }

    /// Issue 13 B1: `coverage` printed a loaded category's question raw, `why` the citation file and paper strategy.
    @Test func terminalEscapesInAReceivedPlanAreRefusedAtOpen() throws {
        try editPlan { plan in
            var entries = plan["knowledgeExtension"] as! [String: Any]
            editFirst("categories", in: &entries) {
                $0["question"] = ["en": Self.terminalAttack, "id": Self.terminalAttack]
            }
            plan["knowledgeExtension"] = entries
        }
        let result = try run("open demo\ncoverage\n")
        expectNoEscapes(result)
        #expect(result.stderr.contains("workspaces/demo.json is not a valid plan: line "), "\(result.stderr)")
        #expect(result.stderr.contains("(field \"en\") holds the control character U+001B"), "\(result.stderr)")
        #expect(!result.stdout.contains("Opened demo"))
    }

    /// Issue 13 B11: fields added by hand were dropped at the next write; the plan is now refused at open, and kept.
    @Test func fieldsThisSwotDoesNotKnowAreNamedAtOpenAndKept() throws {
        try editPlan { plan in
            plan["reviewNotes"] = "keep me"
            editFirst("items", in: &plan) { $0["owner"] = "Budi" }
        }
        let before = try Data(contentsOf: folder.file("workspaces/demo.json"))
        let result = try run("open demo\nadd s Another strength\nsave\n")
        #expect(result.stderr.contains("it holds fields this swot does not know (`items[0].owner`, `reviewNotes`)"),
                "\(result.stderr)")
        #expect(!result.stdout.contains("Opened demo"))
        #expect(try Data(contentsOf: folder.file("workspaces/demo.json")) == before)
    }

    @Test func escapesInStrategyCitationsAndPaperStrategyAreRefusedAtOpen() throws {
        let original = try Data(contentsOf: folder.file("workspaces/demo.json"))
        let attacks: [(inout [String: Any]) -> Void] = [
            { strategy in
                var citations = strategy["citations"] as! [[String: Any]]
                citations[0]["file"] = "paper\u{9B}31m.txt"
                strategy["citations"] = citations
            },
            { $0["paperStrategy"] = "D003 SO2\u{202E}" },
        ]
        for attack in attacks {
            try original.write(to: folder.file("workspaces/demo.json"))
            try editPlan { editFirst("strategies", in: &$0, attack) }
            let result = try run("open demo\nwhy SO1\n")
            expectNoEscapes(result)
            #expect(result.stderr.contains("holds the control character U+"), "\(result.stderr)")
        }
    }

    /// Whatever slips past validation is still escaped where it is printed: here a file name given on the command line.
    @Test func everythingPrintedIsEscapedAtTheOutput() throws {
        let result = try SwotProcess.run(["script\(Self.terminalAttack).swot"], directory: folder.url)
        #expect(result.status == 1)
        expectNoEscapes(result)
        #expect(result.stderr.contains("script^[]52;c;"), "\(result.stderr)")
        let workspaces = try SwotProcess.run(["--workspaces", "w\u{202E}txt.exe", "-c", "plans"], directory: folder.url)
        expectNoEscapes(workspaces)
        #expect(workspaces.stdout.contains("w\\u{202E}txt.exe") || workspaces.stderr.contains("w\\u{202E}txt.exe"))
    }

    /// Control characters, C1 controls and bidirectional overrides are refused where they are typed (B1, B11).
    @Test func controlCharactersAreRefusedAsInput() throws {
        let result = try run("open demo\nadd s Red \u{1B}[31mtext\nadd s Reversed \u{202E}txt.exe\nadd s C1 "
            + "\u{85}here\ntitle x\u{9B}y\nlist s\n")
        expectNoEscapes(result)
        #expect(result.stderr.components(separatedBy: "holds the control character").count == 5, "\(result.stderr)")
        #expect(result.stderr.contains("U+202E"))
        #expect(!result.stdout.contains("Added"))
    }

    /// Issue 13 B9: markup and links in fields a report prints as names (strategy sources, categories, citation
    /// sources) are refused at open; text fields are escaped in the Markdown.
    @Test func markupInPlanFieldsNeverReachesTheReport() throws {
        let hostile: [(String, (inout [String: Any]) -> Void)] = [
            ("sources", { $0["sources"] = ["<img src=x onerror=alert(1)>"] }),
            ("categories", { $0["categories"] = ["<script>alert(1)</script>"] }),
            ("citation source", { strategy in
                var citations = strategy["citations"] as! [[String: Any]]
                citations[0]["source"] = "[x](javascript:alert(1))"
                strategy["citations"] = citations
            }),
        ]
        let original = try Data(contentsOf: folder.file("workspaces/demo.json"))
        for (what, change) in hostile {
            try original.write(to: folder.file("workspaces/demo.json"))
            try editPlan { editFirst("strategies", in: &$0, change) }
            let result = try run("open demo\nexport markdown\n")
            #expect(result.stderr.contains("is not a valid plan: strategy SO1 "), "\(what): \(result.stderr)")
            #expect(!result.stdout.contains("alert"), "\(what)")
        }
        try original.write(to: folder.file("workspaces/demo.json"))
        try editPlan { plan in
            plan["title"] = "<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>"
            editFirst("strategies", in: &plan) { strategy in
                var citations = strategy["citations"] as! [[String: Any]]
                citations[0]["file"] = "<img src=x onerror=alert(2)>[y](javascript:alert(3))"
                strategy["citations"] = citations
                strategy["status"] = "accepted"
            }
        }
        let result = try run("open demo\nexport markdown\n")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try GFM.render(result.stdout)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:alert(1)\""))
        #expect(!html.lowercased().contains("href=\"javascript"))
    }
}
