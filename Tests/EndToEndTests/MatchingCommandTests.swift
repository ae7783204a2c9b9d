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
        #expect(result.stderr.contains("Error: near line 6: \"NOPE\" is not a category. Use an id or code such as C05 "
            + "or HR"))
        #expect(result.stderr.contains("Error: near line 7: O1 is not in category C03. Its categories are listed with "
            + "the item. Type `show O1`."))
        let reopened = try run("open demo\nshow O1\n")
        #expect(reopened.stdout.contains("C20 MONEV   1.00  set by hand"))
        #expect(reopened.stdout.contains("Removed by hand: C16"))
    }

    @Test func anItemLikeTheLabelledExamplesGetsTheirCategoryAsAGuessThatShowNames() throws {
        let result = try run("""
            new demo
            lang en
            add w Warga bingung cara daftar
            show W1
            list w
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Added W1: Warga bingung cara daftar\n  Categories: C11 USER 0."))
        #expect(result.stdout.contains(
            "low confidence (like labelled example items of this category): warga, bingung"))
        #expect(result.stdout.contains("W1   Warga bingung cara daftar  [C11 USER?]"))
    }

    @Test func showOffersCategoriesItemsWrittenAlikeWereFiledUnderWithoutCountingThem() throws {
        let result = try run("""
            new demo
            add w Kepala desa jarang hadir waktu rapat koordinasi di kantor kecamatan
            show W1
            untag W1 C04
            show W1
            coverage
            """)
        #expect(result.stdout.contains("""
              C01 LEAD    0.60  matched: kepala desa
              Patut dipertimbangkan juga (belum dihitung; `tag W1 CATEGORY` menambahkannya):
                C04 INFRA   0.
            """))
        #expect(result.stdout.contains("keyakinan rendah (mirip butir contoh berlabel di kategori ini): desa"))
        // Not the item's: `untag` says so, and coverage does not count it.
        #expect(result.stderr.contains("W1 is not in category C04"))
        #expect(result.stdout.contains(
            "Kategori yang sudah disentuh (2 dari 24):\n  C01 LEAD     W1\n  C15 COORD    W1\n"))
    }

    @Test func noItemIsQuietlyLeftOutsideEveryCategory() throws {
        let result = try run("""
            new demo
            lang en
            add w The edict is old
            add w Zzyzx qwerty
            show W1
            list w
            coverage
            export markdown
            """)
        #expect(result.status == 0, "\(result.stderr)")
        // A guess by a fallback rule, marked as such at add, in show, list and coverage.
        #expect(result.stdout.contains("Added W1: The edict is old\n  Categories: C06 REG 0."))
        #expect(result.stdout.contains("?\n  These categories are only guesses (low confidence); confirm one with `tag "
            + "W1 CATEGORY`"))
        #expect(result.stdout.contains("low confidence (a synonym of a keyword (WordNet)): edict"))
        #expect(result.stdout.contains("W1   The edict is old  [C06 REG?]"))
        #expect(result.stdout.contains("Categories only guessed (check with `show ID`): W1"))
        // An item nothing reaches says so everywhere.
        #expect(result.stdout.contains("Added W2: Zzyzx qwerty\n  No category matched; set one with `tag W2 CATEGORY`"))
        #expect(result.stdout.contains("W2   Zzyzx qwerty  [no category: `tag W2 CATEGORY`]"))
        #expect(result.stdout.contains("Without a category (counted nowhere; set one with `tag ID CATEGORY`): W2"))
        #expect(result.stdout.contains("**W2** Zzyzx qwerty (no category yet; set one with tag)"))
        #expect(result.stdout.contains("**W1** The edict is old (category uncertain: C06 REG)"))
        let json = try folder.read("workspaces/demo.json")
        #expect(json.contains("\"fallback\" : \"synonym\""))
        // Tagging settles it: no more guesses, no more notes.
        let tagged = try run("open demo\ntag W1 REG\ntag W2 C15\nlist w\ncoverage\nderive\n")
        #expect(tagged.stdout.contains("[C06 REG]") && tagged.stdout.contains("[C15 COORD]"))
        #expect(!tagged.stdout.contains("Without a category") && !tagged.stdout.contains("only guessed"))
    }

    @Test func anItemOnlyTheCategoriesTextReachesIsGuessedFromIt() throws {
        // `exploit` is no keyword and like none, but the risk category's factors use it.
        let result = try run("new demo\nlang en\nadd w Others exploit that\nshow W1\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Added W1: Others exploit that\n  Categories: C23 RISK 0.0"))
        #expect(result.stdout.contains("low confidence (words the knowledge base uses for this category): exploit"))
        #expect(try folder.read("workspaces/demo.json").contains("\"fallback\" : \"related-words\""))
    }

    @Test func anItemNamedInDeriveWhenItHasNoCategory() throws {
        let result = try run("new demo\nlang en\nadd s Zzyzx qwerty\nadd o Hackers target the servers\nderive\n")
        #expect(result.stdout.contains("Without a category (they only join fallback strategies): S1."))
    }

    @Test func textSwotWroteAndLowerCaseItAreNotMatched() throws {
        let result = try run("""
            new demo
            add w Kompetensi e-Government masih pada tahap awal pengembangan (KPMG ORG.1: level 2, tahap awal \
            pengembangan)
            add w Staff say it is slow and it breaks
            show W1
            """)
        #expect(result.stdout.contains("Added W1: Kompetensi e-Government masih pada tahap awal pengembangan (KPMG "
            + "ORG.1: level 2, tahap awal pengembangan)\n  Categories: C05 HR"))
        #expect(!result.stdout.contains("C21 PHASE"))
        #expect(!result.stdout.contains("Added W2: Staff say it is slow and it breaks\n  Categories: C12"))
    }

    @Test func anOpportunityNamingThePublicIsNotCalledInternal() throws {
        let result = try run("new demo\nlang en\nadd o Citizens expect a culture of faster, friendlier service\nadd o "
            + "A culture of faster, friendlier service\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("Added O1: Citizens expect a culture of faster, friendlier service\n  "
            + "Categories: C09 CULT 0.50\n  Note:"))
        #expect(result.stdout.contains("reads as something inside the organisation"))
    }

    @Test func tagSuggestsTheClosestCategory() throws {
        let result = try run("new demo\nadd w Aplikasi sering error\ntag W1 USR\nuntag W1 APPP\n")
        #expect(result.stderr.contains("Error: near line 3: \"USR\" is not a category. Did you mean `USER` (C11 User "
            + "orientation, utility & service quality)?"))
        #expect(result.stderr.contains("Error: near line 4: \"APPP\" is not a category. Did you mean `APP` (C12"))
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
            "S1": ["C12"], "S2": ["C21"], "S3": ["C02"], "S4": ["C05"], "S5": ["C05"], "S6": ["C19", "C17"],
            "S7": ["C01"],
            "W1": ["C11"], "W2": ["C05"], "W3": ["C19", "C18"], "W4": ["C03"], "W5": ["C04"], "W6": ["C09"],
            "O1": ["C02", "C15"], "O2": ["C16"], "O3": ["C11"], "T1": ["C14"], "T2": ["C19", "C10"], "T3": ["C06"],
        ]
        let script = try String(
            contentsOf: SwotProcess.packageRoot.appendingPathComponent("examples/medan.swot"),
            encoding: .utf8
        )
        _ = try run(script)
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("workspaces/medan.json")))
            as! [String: Any]
        var hits: [String] = []
        for item in json["items"] as! [[String: Any]] {
            let id = item["id"] as! String
            let top = (item["categories"] as? [[String: Any]])?.first?["category"] as? String
            if let top, expected[id]!.contains(top) { hits.append(id) }
        }
        print("Medan top-1 through the binary: \(hits.count)/19; missed: "
            + "\(Set(expected.keys).subtracting(hits).sorted())")
        #expect(hits.count >= 17)
    }
}
