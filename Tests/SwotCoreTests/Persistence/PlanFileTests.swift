import Testing
@testable import SwotCore

@Suite("plan files")
struct PlanFileTests {
    @Test func aPlanSurvivesARoundTrip() throws {
        var plan = Plan(name: "demo", title: "Judul", context: "Konteks")
        try plan.addItem(.strength, text: "Kuat | \"quoted\" \\ ünïcödé")
        plan.items[0].categories = [CategoryMatch(category: "C05", score: 0.5, terms: ["sdm"])]
        let decoded = try PlanFile.decode(PlanFile.encode(plan))
        #expect(decoded == plan)
    }

    @Test func theFileIsReadableAndStable() throws {
        var plan = Plan(name: "demo")
        try plan.addItem(.weakness, text: "A")
        let text = String(decoding: PlanFile.encode(plan), as: UTF8.self)
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(!text.contains("rejectedCategories"), "empty lists are left out")
        #expect(PlanFile.encode(plan) == PlanFile.encode(plan))
    }

    /// Issue 13 B11: a field added by hand (or by a newer swot) was dropped silently at the next save.
    @Test func fieldsThisSwotDoesNotKnowAreNamedAndEmptyOnesPass() throws {
        let known = "{\"schemaVersion\": 1, \"name\": \"x\", \"items\": [{\"id\": \"S1\", \"quadrant\": \"S\", "
            + "\"text\": \"a\""
        let crafted = known + ", \"owner\": \"Budi\"}], \"reviewNotes\": {\"by\": \"Ani\"}, \"nextNumber\": {\"S\": 2}}"
        #expect(throws: PlanFileProblem(message: "it holds fields this swot does not know (`items[0].owner`, "
            + "`reviewNotes`), which the next save would drop: open it with the swot that wrote them, or remove them "
            + "with a text editor")) {
            try PlanFile.decode(Array(crafted.utf8))
        }
        // Nothing is lost by leaving out fields that hold nothing, which is what swot's own files do.
        let empty = known + ", \"label\": null, \"spare\": [], \"done\": false}], \"notes\": {\"list\": []}, "
            + "\"nextNumber\": {\"S\": 2}}"
        #expect(try PlanFile.decode(Array(empty.utf8)).items.count == 1)
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("{\"schemaVersion\": 1, \"items\": [", "it is not JSON"),
        ("[1, 2]", "it is not JSON"),
        ("{\"name\": \"x\"}", "it has no schemaVersion"),
        ("{\"schemaVersion\": 2}", "newer swot (schema 2"),
        ("{\"schemaVersion\": 0}", "schemaVersion 0 is not valid"),
        ("{\"schemaVersion\": 1, \"name\": \"x\", \"title\": \"\", \"context\": \"\", \"nextNumber\": "
            + "{}}", "the required field `items` is missing"),
        ("{\"schemaVersion\": 1, \"name\": \"x\", \"title\": 3, \"context\": \"\", \"items\": [], \"nextNumber\": "
            + "{}}", "field `title` should be text"),
        ("{\"schemaVersion\": 1, \"name\": \"x\", \"title\": \"\", \"context\": \"\", \"items\": [{\"id\": \"S1\", "
            + "\"quadrant\": \"Q\", \"text\": \"a\"}], \"nextNumber\": "
            + "{}}", "field `items[0].quadrant` has a value swot does not know"),
        ("{\"schemaVersion\": 1, \"name\": \"x\", \"title\": \"\", \"context\": \"\", \"items\": [{\"id\": \"W1\", "
            + "\"quadrant\": \"S\", \"text\": \"a\"}], \"nextNumber\": {\"S\": 2}}", "does not fit its quadrant"),
        ("{\"schemaVersion\": 1, \"name\": \"x\", \"title\": \"\", \"context\": \"\", \"items\": [{\"id\": \"S1\", "
            + "\"quadrant\": \"S\", \"text\": \"a\"}, {\"id\": \"S1\", \"quadrant\": \"S\", \"text\": \"b\"}], "
            + "\"nextNumber\": {\"S\": 2}}", "appears twice"),
        ("{\"schemaVersion\": 1, \"name\": \"x\", \"title\": \"\", \"context\": \"\", \"items\": [{\"id\": \"S4\", "
            + "\"quadrant\": \"S\", \"text\": \"a\"}], \"nextNumber\": {\"S\": "
            + "2}}", "nextNumber for S must be above 4"),
        // A participant's values are kept by the ids swot writes; one under `s1` was let in and then never found.
        ("{\"schemaVersion\": 1, \"name\": \"x\", \"items\": [], \"participants\": [{\"name\": \"Budi\", "
            + "\"weights\": {\"s1\": 0.5}}]}", "participant Budi has a weight for s1 that is not an item id"),
        ("{\"schemaVersion\": 1, \"name\": \"x\", \"items\": [], \"participants\": [{\"name\": \"Budi\", "
            + "\"votes\": {\"so1\": 1}}]}", "participant Budi has 1 votes for so1"),
    ])
    func badFilesAreRefusedWithTheProblemNamed(json: String, problem: String) {
        #expect(throws: PlanFileProblem.self) { try PlanFile.decode(Array(json.utf8)) }
        do {
            _ = try PlanFile.decode(Array(json.utf8))
        } catch {
            #expect(error.message.contains(problem), "\(error.message)")
        }
    }

    @Test func planNamesCannotEscapeTheFolder() {
        for good in ["medan", "medan-2025", "Kota_Bekasi.v2", "a"] {
            #expect(throws: Never.self) { try Workspace.validate(name: good) }
        }
        for bad in [
            "", "..", "../x", "a/b", "/etc/passwd", ".hidden", "-flag", "x.json", "spasi nama", "ünï",
            String(repeating: "a", count: 65),
        ] {
            #expect(throws: WorkspaceError.badName(bad)) { try Workspace.validate(name: bad) }
        }
    }
}
