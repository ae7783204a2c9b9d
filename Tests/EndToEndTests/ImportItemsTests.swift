import Foundation
import Testing
import TestSupport

/// `import items` through the real binary: an existing SWOT from a Markdown document, all or nothing.
@Suite("import items through a pipe")
struct ImportItemsTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// Last year's Renstra, as a planner would paste it: a title, prose, headings in both languages, a bold label
    /// instead of a heading, numbered and wrapped items, a sub-heading inside a section and a section that is no
    /// quadrant.
    static let renstra = """
        # Renstra Diskominfo 2025–2029

        Analisis lingkungan strategis.

        ## Kekuatan (Strengths)

        - Terdapat 25 layanan aplikasi e-government
        - Komitmen pimpinan yang kuat terhadap
          pengembangan SPBE
        1. Tersedia pusat data daerah

        ### Aspek SDM
        - Pegawai TI bersertifikat

        ## Weaknesses

        * Belum ada SOP penanganan insiden keamanan
        * Anggaran TIK terbatas

        **Peluang:**
        - Dukungan regulasi Perpres 95/2018

        ## Tantangan
        - Serangan siber meningkat

        ## Tujuan
        - Meningkatkan kualitas layanan

        """

    @Test func importsEveryQuadrantFromMarkdownAndSaysWhatMatched() throws {
        try folder.write("renstra.md", Self.renstra)
        let result = try run("new r\nlang en\nimport items renstra.md\nexport json\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 8 items from renstra.md (4 strengths, 2 weaknesses, 1 opportunities, 1 threats); 8 matched a category."))
        #expect(result.stdout.contains("  S2   Komitmen pimpinan yang kuat terhadap pengembangan SPBE  [C01 LEAD]  (line 8)"))
        #expect(result.stdout.contains("  S4   Pegawai TI bersertifikat  [C05 HR]  (line 13)"))
        #expect(result.stdout.contains("  T1   Serangan siber meningkat  [C14 SEC]  (line 24)"))
        #expect(result.stdout.contains("Left out 1 list item under headings that name no single quadrant."))
        #expect(!result.stdout.contains("Meningkatkan kualitas layanan\""))
        let json = try #require(result.stdout.range(of: "{\n").map { String(result.stdout[$0.lowerBound...]) })
        let plan = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let items = try #require(plan?["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["S1", "S2", "S3", "S4", "W1", "W2", "O1", "T1"])
    }

    @Test func summaryFollowsThePlansLanguage() throws {
        try folder.write("renstra.md", Self.renstra)
        let result = try run("new r\nlang id\nimport items renstra.md\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("8 butir diimpor dari renstra.md (4 kekuatan, 2 kelemahan, 1 peluang, 1 ancaman)"))
        #expect(result.stdout.contains("(baris 24)"))
    }

    @Test func importingTwiceAddsNothingAndUndoTakesTheImportBack() throws {
        try folder.write("renstra.md", Self.renstra)
        let result = try run("new r\nlang en\nimport items renstra.md\nimport items renstra.md\nundo\nlist s\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Nothing new in renstra.md: the plan already has every item."))
        #expect(result.stdout.contains("Skipped 8 already in the plan: line 7 = S1, line 8 = S2,"))
        #expect(result.stdout.contains("Strengths / Kekuatan (0)"))
    }

    @Test func aBadLineImportsNothingAndIsNamed() throws {
        let long = String(repeating: "kata ", count: 450)
        try folder.write("bad.md", "## Kekuatan\n- Ada pusat data\n\n## Ancaman\n- \(long)\n")
        try folder.write("empty.md", "## Kelemahan\n-\n")
        try folder.write("none.md", "# Catatan rapat\n\nTidak ada daftar.\n")
        try folder.write("notes.docx", "x")
        try folder.write("latin1.md", "")
        try Data([0x23, 0x20, 0x4B, 0xE9, 0x0A]).write(to: folder.file("latin1.md"))
        let result = try run("""
            new r
            import items bad.md
            import items empty.md
            import items none.md
            import items notes.docx
            import items latin1.md
            import items missing.md
            import items
            import stuff bad.md
            list
            """)
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 8, "\(errors)")
        #expect(errors[0].contains("bad.md line 5: The item text is 2249 characters long; the limit is 2000."))
        #expect(errors[0].hasSuffix("Nothing was imported."))
        #expect(errors[1].contains("empty.md line 2: the list item is empty"))
        #expect(errors[2].contains("none.md holds no SWOT items."))
        #expect(errors[3].contains("notes.docx is neither Markdown (.md) nor CSV (.csv)."))
        #expect(errors[4].contains("latin1.md is not UTF-8 text."))
        #expect(errors[5].contains("missing.md"))
        #expect(errors[6].contains("Usage: import items FILE"))
        #expect(errors[7].contains("Usage: import items FILE"))
        #expect(result.stdout.contains("Strengths / Kekuatan (0)"))
    }

    @Test func helpExplainsImport() throws {
        let result = try run("help import\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("import items FILE.md"))
        #expect(result.stdout.contains("Kekuatan"))
    }
}
