import Foundation
import Testing
import TestSupport

/// Matching as the planner sees it: categories on add, the planner's corrections kept, the coverage checklist.
@Suite("matching commands")
struct MatchingCommandTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    @Test func addedItemsAreMatchedWithTheWordsThatMadeTheMatch() throws {
        let result = try run("new demo\nadd w Pelatihan SDM pengelola aplikasi belum merata\nshow W1\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Added W1: Pelatihan SDM pengelola aplikasi belum merata\n  Categories: C05 HR"))
        #expect(result.stdout.contains("C05 HR      "))
        #expect(result.stdout.contains("matched: "))
        let json = try folder.read("workspaces/demo.json")
        #expect(json.contains("\"category\" : \"C05\""))
        #expect(json.contains("\"setByUser\" : false"))
    }

    @Test func aStrengthThatReadsAsALackGetsANoteButStaysWhereItIs() throws {
        let result = try run("new demo\nadd s The agency still lacks enough IT staff\nlist s\n")
        #expect(result.stdout.contains("Note: This strength reads like a lack"))
        #expect(result.stdout.contains("Move it with `move S1 QUADRANT` if so."))
        #expect(result.stdout.contains("Strengths / Kekuatan (1)"))
    }

    @Test func tagAndUntagOverrideTheMatcherAndSurviveReclassifying() throws {
        let result = try run("""
            new demo
            add o Banyak konsultan TI menawarkan kerja sama
            tag O1 c20
            untag O1 PARTNER
            classify O1
            tag O1 NOPE
            untag O1 C03
            """)
        #expect(result.stdout.contains("Tagged O1 with C20 MONEV."))
        #expect(result.stdout.contains("Removed C16 PARTNER from O1."))
        #expect(result.stdout.contains("O1   Banyak konsultan TI menawarkan kerja sama  [C20 MONEV"))
        #expect(!result.stdout.contains("C16 PARTNER]"))
        #expect(result.stderr.contains("Error: near line 6: \"NOPE\" is not a category. Use an id or code such as C05 or HR"))
        #expect(result.stderr.contains("Error: near line 7: O1 is not in category C03."))
        let reopened = try run("open demo\nshow O1\n")
        #expect(reopened.stdout.contains("C20 MONEV   1.00  set by hand"))
        #expect(reopened.stdout.contains("Removed by hand: C16"))
    }

    @Test func coverageAsksAboutWhatTheSWOTHasNotConsidered() throws {
        let result = try run("new demo\nlang en\nadd t Hackers target the city's servers\ncoverage\n")
        #expect(result.stdout.contains("Categories touched ("))
        #expect(result.stdout.contains("C14 SEC"))
        #expect(result.stdout.contains("Not considered yet:"))
        #expect(result.stdout.contains("C01 LEAD: "))
        #expect(!result.stdout.contains("C14 SEC: "))
    }

    @Test func theMedanSWOTIsMatchedToItsExpectedCategories() throws {
        // Expected categories from the extraction's §8.4 mapping of D003 Tabel 1.2.
        let expected: [String: [String]] = [
            "S1": ["C12"], "S2": ["C21"], "S3": ["C02"], "S4": ["C05"], "S5": ["C05"], "S6": ["C19", "C17"], "S7": ["C01"],
            "W1": ["C11"], "W2": ["C05"], "W3": ["C19", "C18"], "W4": ["C03"], "W5": ["C04"], "W6": ["C09"],
            "O1": ["C02", "C15"], "O2": ["C16"], "O3": ["C11"], "T1": ["C14"], "T2": ["C19", "C10"], "T3": ["C06"],
        ]
        let script = try String(contentsOf: SwotProcess.packageRoot.appendingPathComponent("examples/medan.swot"), encoding: .utf8)
        _ = try run(script)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("workspaces/medan.json"))) as! [String: Any]
        var hits: [String] = []
        for item in json["items"] as! [[String: Any]] {
            let id = item["id"] as! String
            let top = (item["categories"] as? [[String: Any]])?.first?["category"] as? String
            if let top, expected[id]!.contains(top) { hits.append(id) }
        }
        print("Medan top-1 through the binary: \(hits.count)/19; missed: \(Set(expected.keys).subtracting(hits).sorted())")
        #expect(hits.count >= 17)
    }
}
