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

    /// Writes `file` and runs `commands` on a new plan; every command must succeed.
    func importing(_ file: (name: String, text: String), _ commands: String) throws -> SwotProcess.Result {
        try folder.write(file.name, file.text)
        let result = try run("new r\n" + commands)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    /// The items of a JSON export at the end of `stdout`: id, text and label.
    func exportedItems(_ stdout: String) throws -> [(id: String, text: String, label: String?)] {
        let json = try #require(stdout.range(of: "{\n").map { String(stdout[$0.lowerBound...]) })
        let plan = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let items = try #require(plan?["items"] as? [[String: Any]])
        return items.map { ($0["id"] as? String ?? "", $0["text"] as? String ?? "", $0["label"] as? String) }
    }

    @Test func importsEveryQuadrantFromMarkdownAndSaysWhatMatched() throws {
        let result = try importing(("renstra.md", Self.renstra), "lang en\nimport items renstra.md\nexport json\n")
        #expect(result.stdout.contains("Imported 8 items from renstra.md (4 strengths, 2 weaknesses, 1 opportunities, "
            + "1 threats); 8 matched a category."))
        #expect(result.stdout.contains("  S2   Komitmen pimpinan yang kuat terhadap pengembangan SPBE  [C01 LEAD]  "
            + "(line 8)"))
        #expect(result.stdout.contains("  S4   Pegawai TI bersertifikat  [C05 HR]  (line 13)"))
        #expect(result.stdout.contains("  T1   Serangan siber meningkat  [C14 SEC]  (line 24)"))
        #expect(result.stdout.contains("Left out 1 list item under headings that name no single quadrant."))
        #expect(!result.stdout.contains("Meningkatkan kualitas layanan\""))
        #expect(try exportedItems(result.stdout).map(\.id) == ["S1", "S2", "S3", "S4", "W1", "W2", "O1", "T1"])
    }

    @Test func summaryFollowsThePlansLanguage() throws {
        let result = try importing(("renstra.md", Self.renstra), "lang id\nimport items renstra.md\n")
        #expect(result.stdout.contains("8 butir diimpor dari renstra.md (4 kekuatan, 2 kelemahan, 1 peluang, 1 "
            + "ancaman)"))
        #expect(result.stdout.contains("(baris 24)"))
    }

    @Test func importingTwiceAddsNothingAndUndoTakesTheImportBack() throws {
        let result = try importing(("renstra.md", Self.renstra), "lang en\nimport items renstra.md\nimport items "
            + "renstra.md\nundo\nlist s\n")
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

    /// A SWOT kept in a spreadsheet, as Excel or LibreOffice save it under Indonesian settings: a byte-order mark,
    /// semicolons, CRLF, an Indonesian header with a numbering column, a merged quadrant cell (blank below), a
    /// quadrant named in a row of its own, a quoted text with a semicolon and a line break, and a label.
    static let spreadsheet = "\u{FEFF}No;Kuadran;Uraian;Label\r\n"
        + "1;Kekuatan;Terdapat 25 layanan aplikasi e-government;25 layanan\r\n"
        + "2;;\"Komitmen pimpinan kuat; mendukung\r\npengembangan SPBE\";\r\n"
        + ";W;Anggaran TIK terbatas;\r\n"
        + ";Peluang (O);;\r\n"
        + "3;;Dukungan regulasi Perpres 95/2018;\r\n"
        + "\r\n"
        + "4;Threats;Serangan siber meningkat;\r\n"

    @Test func importsASpreadsheetWithAHeaderInEitherLanguage() throws {
        // English headers in another order, commas, no numbering; a second import adds nothing.
        try folder.write("en.csv", "Text,Quadrant\nAnggaran TIK terbatas,weakness\n\"Pusat data, tersertifikasi\",S\n")
        let result = try importing(("swot.csv", Self.spreadsheet), """
            lang en
            import items swot.csv
            lang id
            import items en.csv
            import items swot.csv
            export json

            """)
        #expect(result.stdout.contains("Imported 5 items from swot.csv (2 strengths, 1 weaknesses, 1 opportunities, 1 "
            + "threats);"))
        #expect(result.stdout.contains("  O1   Dukungan regulasi Perpres 95/2018  [C06 REG]  (row "
            + "6)"), "\(result.stdout)")
        #expect(result.stdout.contains("1 butir diimpor dari en.csv (1 kekuatan)"))
        #expect(result.stdout.contains("1 dilewati karena sudah ada: baris 2 = W1."))
        #expect(result.stdout.contains("Tidak ada yang baru di swot.csv"))
        let items = try exportedItems(result.stdout)
        #expect(items.map(\.id) == ["S1", "S2", "W1", "O1", "T1", "S3"])
        #expect(items[0].label == "25 layanan")
        #expect(items[1].text == "Komitmen pimpinan kuat; mendukung pengembangan SPBE")
        #expect(items[5].text == "Pusat data, tersertifikasi")
    }

    @Test func aSpreadsheetWithoutAHeaderReadsQuadrantTextLabel() throws {
        let result = try importing(("plain.csv", "S,Ada pusat data,pusat data\nancaman,Serangan siber\n"),
                                   "lang en\nimport items plain.csv\nexport json\n")
        #expect(result.stdout.contains("Imported 2 items from plain.csv (1 strengths, 1 threats)"))
        #expect(try exportedItems(result.stdout).map(\.label) == ["pusat data", nil])
    }

    @Test func aBadSpreadsheetValueIsNamedByRowAndColumnAndNothingIsImported() throws {
        let cases: [(file: String, expected: String)] = [
            ("Kuadran;Uraian\nS;Ada pusat data\nX;Anggaran\n", "row 3, column 1: \"X\" is not a quadrant"),
            ("Kuadran;Uraian;Catatan\nS;Ada\n", "row 1, column 3: \"Catatan\" is not a column swot reads"),
            ("Uraian;Label\nAda;x\n", "row 1: the header has no quadrant column"),
            (";Ada pusat data\n", "row 1, column 1: the quadrant is empty"),
            ("S;Ada;lbl;extra\n", "row 1, column 4: a value beyond the last column"),
            ("S;;label tanpa teks\n", "row 1, column 2: the text is empty"),
            ("S;\(String(repeating: "kata ", count: 450))\n", "row 1, column 2: The item text is 2249 characters long"),
            ("S;Ada;\(String(repeating: "x", count: 200))\n", "row 1, column 3: The label"),
        ]
        for (index, test) in cases.enumerated() {
            try folder.write("bad\(index).csv", test.file)
        }
        let script = cases.indices.map { "import items bad\($0).csv\n" }.joined()
        let result = try run("new r\nlang en\n" + script + "list\n")
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == cases.count, "\(errors)")
        for (error, test) in zip(errors, cases) {
            #expect(error.contains(test.expected), "\(error)")
            #expect(error.hasSuffix("Nothing was imported."), "\(error)")
        }
        #expect(result.stdout.contains("Strengths / Kekuatan (0)"))
    }

    @Test func helpExplainsImport() throws {
        let result = try run("help import\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("import items FILE.md|FILE.csv"))
        #expect(result.stdout.contains("Kekuatan"))
    }
}
