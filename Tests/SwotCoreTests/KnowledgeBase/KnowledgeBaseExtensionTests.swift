import Foundation
import Testing
@testable import SwotCore

/// `kb load` files: read, checked entry by entry, merged with the shipped knowledge base, used for matching and
/// derivation, and stored with the plan.
@Suite("Knowledge-base extension files")
struct KnowledgeBaseExtensionTests {
    static let example: [UInt8] = {
        let root = String(#filePath.split(separator: "/Tests/").first!)
        return Array(FileManager.default.contents(atPath: root + "/examples/kb-extension.json") ?? Data())
    }()

    /// A small valid file with the given moves section (or the whole file replaced).
    static func file(moves: String = "[]", categoryExtra: String = "", factors: String = "[]") -> [UInt8] {
        Array("""
            { "schemaVersion": 1,
              "categories": [ { "id": "C91", "code": "VILLAGE",
                "name": { "en": "Village services", "id": "Layanan desa" },
                "description": { "en": "Services in villages.", "id": "Layanan di desa." },
                "keywords": { "en": ["village"], "id": ["desa", "kelurahan"] },
                "question": { "en": "What about villages?", "id": "Bagaimana dengan desa?" },
                "citations": [ { "source": "D002", "from": 43, "to": 43 } ]\(categoryExtra) } ],
              "factors": \(factors),
              "moves": \(moves) }
            """.utf8)
    }

    static func move(
        _ id: String,
        quadrant: String = "SO",
        inside: String = "[\"C91\"]",
        source: String = "D003"
    ) -> String {
        """
        { "id": "\(id)", "quadrant": "\(quadrant)", "internal": \(inside), "external": [],
          "action": { "en": "bring services to the villages", "id": "mendekatkan layanan ke desa" },
          "citations": [ { "source": "\(source)", "from": 10, "to": 12 } ] }
        """
    }

    func error(_ bytes: [UInt8]) -> KnowledgeBaseFileError? {
        do {
            let decoded = try KnowledgeBaseExtension.decode(bytes)
            _ = try KnowledgeBase.shipped.merging(decoded)
            return nil
        } catch {
            return error
        }
    }

    @Test func theShippedExampleLoads() throws {
        #expect(!Self.example.isEmpty, "examples/kb-extension.json is missing")
        let loaded = try KnowledgeBaseExtension.decode(Self.example)
        #expect(loaded.categories.map(\.id) == ["C90"])
        #expect(loaded.factors.map(\.id) == ["F900", "F901"])
        #expect(loaded.moves.map(\.id) == ["M900", "M901"])
        #expect(loaded.sources.map(\.id) == ["U01"])
        let checked = try KnowledgeBase.shipped.checked(loaded)
        // References by code are stored as ids.
        #expect(checked.factors[0].category == "C90")
        #expect(checked.moves[1].external == ["C15"])
        // A move without basis is derived.
        #expect(checked.moves[1].basis == .derived)
        // A move without authority is within the agency's own powers; M901 needs the other agencies.
        #expect(checked.moves[0].authority == .own)
        #expect(checked.moves[1].authority == .shared)
        let merged = try KnowledgeBase.shipped.merging(loaded)
        #expect(merged.categories.count == 25)
        #expect(merged.category(named: "geo")?.id == "C90")
        #expect(merged.factors.count == KnowledgeBase.shipped.factors.count + 2)
    }

    @Test func theReadmeShowsTheShippedExample() throws {
        let root = String(#filePath.split(separator: "/Tests/").first!)
        let readme = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
        #expect(readme.contains("## Knowledge-base files (`kb load`)"))
        #expect(readme.contains("```json\n" + String(decoding: Self.example, as: UTF8.self) + "```"),
                "README.md's example differs from examples/kb-extension.json")
    }

    @Test func loadedCategoriesTakePartInMatching() throws {
        let merged = try KnowledgeBase.shipped.merging(try KnowledgeBaseExtension.decode(Self.example))
        let text = "Data spasial dan peta dasar tiap OPD belum seragam"
        #expect(!Matcher(knowledgeBase: .shipped).match(text).categories.contains { $0.category == "C90" })
        let result = Matcher(knowledgeBase: merged).match(text)
        #expect(result.categories.first?.category == "C90")
    }

    @Test func loadedMovesTakePartInDerivation() throws {
        let merged = try KnowledgeBase.shipped.merging(try KnowledgeBaseExtension.decode(Self.example))
        let matcher = Matcher(knowledgeBase: merged)
        var plan = Plan(name: "geo")
        _ = try plan.addItem(.strength, text: "Sistem informasi geografis kota sudah berjalan")
        _ = try plan.addItem(.opportunity, text: "Program satu data dari pemerintah pusat")
        plan.classifyAll(with: matcher)
        let candidates = StrategyDeriver(knowledgeBase: merged).candidates(for: plan, in: .so)
        #expect(candidates.contains { $0.move.id == "M900" })
    }

    @Test func thePlanKeepsTheLoadedEntries() throws {
        var plan = Plan(name: "geo")
        plan.knowledgeExtension = try KnowledgeBase.shipped.checked(try KnowledgeBaseExtension.decode(Self.example))
        let reopened = try PlanFile.decode(PlanFile.encode(plan))
        #expect(reopened == plan)
        #expect(try PlanFile.decode(PlanFile.encode(Plan(name: "none"))).knowledgeExtension == nil)
    }

    @Test func aBadQuadrantNamesTheEntry() {
        let moves =
            "[" + ["M900", "M901", "M902"].map { Self.move($0) }.joined(separator: ",") + ","
            + Self.move("M903", quadrant: "XX") + "]"
        #expect(error(Self.file(moves: moves))?.message == "moves[3] (M903): quadrant \"XX\" is not SO, ST, WO or WT.")
    }

    @Test func aBadAuthorityNamesTheEntryAndTheWords() {
        let move = Self.move("M900")
            .replacingOccurrences(of: "\"external\": []", with: "\"external\": [], \"authority\": \"bupati\"")
        #expect(error(Self.file(moves: "[" + move + "]"))?.message
            == "moves[0] (M900): authority \"bupati\" is not own, shared, government or national.")
    }

    /// A move's words for a side narrow which items fit it, as the shipped moves' do; words that could never
    /// decide anything are refused, naming the field.
    @Test func moveWordsAreLoadedAndChecked() throws {
        func moveFile(_ words: String, inside: String = "[\"C91\"]") -> [UInt8] {
            let move = Self.move("M900", inside: inside)
                .replacingOccurrences(of: "\"external\": []", with: "\"external\": [], \(words)")
            return Self.file(moves: "[" + move + "]")
        }
        let loaded = try KnowledgeBaseExtension.decode(moveFile("\"internalWords\": [\" kelurahan \", \"village\"]"))
        #expect(loaded.moves.first?.internalWords == ["kelurahan", "village"])
        #expect(loaded.moves.first?.externalWords == nil)
        let fits = { (text: String) in
            let village = CategoryMatch(category: "C91", score: 1, terms: [])
            let item = Item(id: "S1", quadrant: .strength, text: text, categories: [village])
            return StrategyFit.fits(item, loaded.moves[0])
        }
        #expect(fits("Layanan di kelurahan sudah daring"))
        #expect(!fits("Layanan di desa sudah daring"))

        #expect(error(moveFile("\"internalWords\": []"))?.message == "moves[0] (M900): \"internalWords\" is empty; "
            + "list the words one of which an item must use, or leave the field out.")
        #expect(error(moveFile("\"internalWords\": [\"desa\", \"yang\"]"))?.message == "moves[0] (M900): "
            + "\"internalWords\" has \"yang\", which is empty or too common to tell items apart (like \"yang\" or "
            + "\"the\"); give a word of the subject, like \"serapan\" or \"server\".")
        #expect(error(moveFile("\"externalWords\": [\"desa\"]"))?.message == "moves[0] (M900): \"externalWords\" "
            + "is set, but the move lists no category for that side, so no item is checked against the words; list "
            + "the side's categories or leave the field out.")
    }

    @Test func aPlanStoredBeforeAuthorityExistedReadsItsMovesAsOwn() throws {
        let json = #"{"id":"M900","quadrant":"SO","internal":[],"external":[],"action":{"en":"a","id":"b"},"#
            + #""basis":"derived","citations":[{"source":"D003","from":1,"to":1}]}"#
        let move = try JSONDecoder().decode(StrategyMove.self, from: Data(json.utf8))
        #expect(move.authority == .own)
    }

    @Test func aMissingFieldNamesTheEntryAndTheField() {
        let bytes = Array(
            String(decoding: Self.file(), as: UTF8.self).replacingOccurrences(of: "\"question\"", with: "\"questions\"")
                .utf8
        )
        #expect(error(bytes)?.message == "categories[0] (C91): \"question\" is missing.")
        let noEnglish = Self.file(factors: """
            [ { "id": "F990", "category": "C91", "kind": "success", "origin": "internal",
                "text": { "id": "Desa aktif" },
                "citations": [ { "source": "D000", "from": 1 } ] } ]
            """)
        #expect(error(noEnglish)?.message.hasPrefix("factors[0] (F990): \"text.en\" is missing") == true)
    }

    @Test func aWrongTypeNamesTheEntryAndTheField() {
        let bytes = Self.file(factors: """
            [ { "id": "F990", "category": "C91", "kind": "success", "origin": "internal", "text": "Desa aktif",
                "citations": [ { "source": "D000", "from": 1 } ] } ]
            """)
        #expect(error(bytes)?.message == "factors[0] (F990): text should be an object with \"en\" and \"id\" texts.")
    }

    @Test func anIdClashWithTheShippedKnowledgeBaseIsNamed() {
        let clash = Array(
            String(decoding: Self.file(), as: UTF8.self).replacingOccurrences(of: "\"C91\"", with: "\"C05\"").utf8
        )
        let message = error(clash)?.message ?? ""
        #expect(message.hasPrefix("categories[0] (C05): id C05 is already used by the shipped knowledge base (C05 HR)"))
        let codeClash = Array(
            String(decoding: Self.file(), as: UTF8.self).replacingOccurrences(of: "VILLAGE", with: "hr").utf8
        )
        #expect(error(codeClash)?.message.hasPrefix("categories[0] (C91): code HR is already used") == true)
        #expect(
            error(Self.file(moves: "[" + Self.move("M001") + "]"))?.message.hasPrefix(
                "moves[0] (M001): id M001 is already used"
            ) == true
        )
    }

    @Test func unknownReferencesAndSourcesAreNamed() {
        let badCategory = Self.file(moves: "[" + Self.move("M900", inside: "[\"C91\", \"NOPE\"]") + "]")
        #expect(error(badCategory)?.message.hasPrefix("moves[0] (M900): internal category \"NOPE\" is not a "
            + "category") == true)
        let badSource = Self.file(moves: "[" + Self.move("M900", source: "X1") + "]")
        #expect(error(badSource)?.message.hasPrefix("moves[0] (M900): citations[0] cites source \"X1\"") == true)
    }

    @Test func duplicateIdsInTheFileAreNamed() {
        let moves = "[" + Self.move("M900") + "," + Self.move("m900") + "]"
        #expect(error(Self.file(moves: moves))?.message == "moves[1] (M900): id M900 is also used by moves[0]; every "
            + "id must be different.")
    }

    @Test func malformedFilesSayWhat() {
        #expect(error(Array("".utf8)) == .notJSON(detail: "the file is empty"))
        if case .notJSON = error(Array("{ \"schemaVersion\": 1, ".utf8)) {
        } else {
            Issue.record("truncated JSON not reported as such")
        }
        #expect(error(Array("[1, 2]".utf8)) == .invalidFile(problem: "the file should hold one JSON object { … }"))
        #expect(
            error(Array("{ \"categories\": [] }".utf8))?.message.hasPrefix(
                "The required field \"schemaVersion\" is missing"
            ) == true
        )
        #expect(error(Array("{ \"schemaVersion\": 2 }".utf8)) == .unsupportedVersion(2))
        #expect(error(Array("{ \"schemaVersion\": 1 }".utf8)) == .noEntries)
        #expect(
            error(Array("{ \"schemaVersion\": 1, \"moves\": {} }".utf8))
                == .invalidFile(problem: "moves should be a list [ … ]")
        )
        let badID = Self.file(moves: "[" + Self.move("X900") + "]")
        #expect(error(badID)?.message.hasPrefix("moves[0] (X900): id \"X900\" should be M and 3 or more "
            + "digits") == true)
        let noCitations = Array(String(decoding: Self.file(), as: UTF8.self)
            .replacingOccurrences(of: "[ { \"source\": \"D002\", \"from\": 43, \"to\": 43 } ]", with: "[]").utf8)
        #expect(error(noCitations)?.message.hasPrefix("categories[0] (C91): \"citations\" is empty") == true)
    }

    @Test func loadingAgainReplacesEntriesWithTheSameId() throws {
        let first = try KnowledgeBaseExtension.decode(Self.file(moves: "[" + Self.move("M900") + "]"))
        var changed = first
        changed.moves[0].action = LocalizedText(en: "changed", id: "diubah")
        let combined = first.updating(with: changed)
        #expect(combined.moves.count == 1)
        #expect(combined.moves[0].action.en == "changed")
        let other = try KnowledgeBaseExtension.decode(Self.example)
        // The example's M900 replaces this file's M900.
        let both = combined.updating(with: other)
        #expect(both.categories.map(\.id) == ["C91", "C90"])
        #expect(both.moves.map(\.id) == ["M900", "M901"])
        #expect(both.moves[0].action.en.hasPrefix("publish"))
    }
}
