import Foundation
import Testing
import TestSupport

/// Ballots through the real binary: `export ballot` writes a sheet a participant fills in, `import ballot` reads it
/// back, all or nothing; and a ballot saved by LibreOffice Calc is read as well as one written by hand.
@Suite("ballots through a pipe")
struct BallotTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// Six items, four strategies (two votes each) and two participants, in Indonesian.
    static let plan = SamplePlans.internalItems + """
        lang id
        add o Dukungan regulasi Perpres 95/2018
        add t =Serangan siber; "ransomware" meningkat
        strategy add SO Satu
        strategy add ST Dua
        strategy add WO Tiga
        strategy add WT Empat
        participant add Budi Sari

        """

    /// What Budi writes into his ballot: the last three cells (weight, rating, votes) of each row he fills.
    static let budi = ["S1": "0,3;4;", "S2": "0,2;3;", "W1": "0,3;1;", "W2": "0,2;2;", "O1": "0,6;3;", "T1": "0,4;2;",
                       "SO1": ";;2"]

    /// The ballot `text` with the rows of `values` filled in (their last three, empty, cells replaced).
    func fill(_ text: String, _ values: [String: String], separator: String = ";") -> String {
        text.components(separatedBy: "\r\n").map { line in
            let id = line.components(separatedBy: separator)[0]
            guard let filled = values[id], line.hasSuffix(String(repeating: separator, count: 3)) else { return line }
            return String(line.dropLast(2)) + filled.replacingOccurrences(of: ";", with: separator)
        }.joined(separator: "\r\n")
    }

    /// The checks every read of Budi's filled ballot must pass, whoever saved the file.
    func expectBudisValues(_ result: SwotProcess.Result, file: String) {
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Lembar Budi dibaca dari \(file): 6 bobot, 6 peringkat, 2 "
            + "suara."), "\(result.stdout)")
        #expect(result.stdout.contains("  Budi  6 bobot, 6 peringkat\n  Sari  0 bobot, 0 peringkat\n"))
        #expect(result.stdout.contains("  SO1   2   (Budi 2)  Satu"))
        #expect(result.stdout.contains("  O1   3     ±0,00  3–3  n=1"))
    }

    @Test func theBallotOpensInIndonesianOrEnglishSpreadsheets() throws {
        let result = try run(Self.plan + "export ballot budi.csv Budi\nlang en\nexport ballot en.csv\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Lembar penilaian untuk Budi ditulis ke budi.csv: 6 butir, 4 strategi."))
        let bytes = try Data(contentsOf: folder.file("budi.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Lembar penilaian swot;p\r\nPeserta;Budi\r\nBobot;\"seberapa penting"))
        #expect(text.contains("(mis. 0,15)"))
        #expect(text.contains("paling banyak 2 seluruhnya"))
        #expect(text.contains("\r\n\r\nID;Kuadran;Uraian;Bobot;Peringkat;Suara\r\nS1;Kekuatan;Terdapat 25 layanan "
            + "aplikasi e-government;;;\r\n"))
        // A text a spreadsheet would take for a formula starts with an apostrophe; quotes are doubled (RFC 4180).
        #expect(text.contains("\r\nT1;Ancaman;\"'=Serangan siber; \"\"ransomware\"\" meningkat\";;;\r\n"))
        #expect(text.hasSuffix("\r\nWT1;WT;Empat;;;\r\n"))
        let english = try folder.read("en.csv")
        #expect(english.contains("Participant,\r\nWeight,\"how much the factor matters"))
        #expect(english.contains("(e.g. 0.15)"))
        #expect(english.contains("ID,Quadrant,Text,Weight,Rating,Votes\r\nS1,Strengths,Terdapat 25 layanan aplikasi "
            + "e-government,,,\r\n"))
    }

    @Test func aFilledBallotIsTheParticipantsValuesAndUndoTakesItBack() throws {
        _ = try run(Self.plan + "export ballot budi.csv Budi\n")
        var filled = fill(try folder.read("budi.csv"), Self.budi)
        // A note typed into a text cell with a line break, inside quotes, is read over as the file allows.
        filled = filled.replacingOccurrences(
            of: "W2;Kelemahan;Anggaran TIK terbatas;",
            with: "W2;Kelemahan;\"Anggaran\r\nTIK; terbatas\";"
        )
        try folder.write("budi-filled.csv", filled)
        let result = try run("open p\nimport ballot "
            + "budi-filled.csv\nparticipants\nvotes\nconsensus\nundo\nparticipants\n")
        expectBudisValues(result, file: "budi-filled.csv")
        #expect(result.stdout.hasSuffix("  Budi  0 bobot, 0 peringkat\n  Sari  0 bobot, 0 peringkat\n"))
        // Without a name in the file or on the line, the values are the facilitator's: the plan's own.
        try folder.write(
            "anon.csv",
            fill(
                try folder.read("budi.csv").replacingOccurrences(of: "Peserta;Budi", with: "Peserta;"),
                                           ["S1": "0,25;3,5;"]))
        let anonymous = try run("open p\nimport ballot anon.csv\nexport json\n")
        #expect(anonymous.stdout.contains("Lembar fasilitator dibaca dari anon.csv: 1 bobot, 1 peringkat, 0 suara."))
        #expect(anonymous.stdout.contains("\"rating\" : 3.5,"))
        #expect(anonymous.stdout.contains("\"weight\" : 0.25"))
    }

    @Test func aBadValueIsNamedByRowAndColumnAndNothingIsApplied() throws {
        _ = try run(Self.plan + "export ballot budi.csv Budi\n")
        let exported = try folder.read("budi.csv")
        let cases: [(values: [String: String], expected: String)] = [
            (["S1": "0,3;4;", "S2": "x;3;"], "row 10, column 4: \"x\" is not a number"),
            (["S1": "0,3;2;"], "row 9, column 5: S1 is rated 2 in the IFE matrix, but strengths are rated 3"),
            (["S1": "1,5;;"], "row 9, column 4: "),
            (["W1": ";;1"], "row 11, column 6: votes go on strategies, not on items"),
            (["SO1": "0,2;;"], "row 15, column 4: a strategy has no weight or rating"),
            (["SO1": ";;2", "ST1": ";;1"], "row 16, column 6: Budi has 0 of 2 votes left, so cannot give 1 here"),
            (["SO1": ";;1,5"], "row 15, column 6: votes are whole numbers"),
        ]
        for (index, test) in cases.enumerated() { try folder.write("bad\(index).csv", fill(exported, test.values)) }
        try folder.write("unknown.csv", exported.replacingOccurrences(of: "\r\nS2;", with: "\r\nS9;"))
        try folder.write("twice.csv", exported.replacingOccurrences(of: "\r\nS2;", with: "\r\nS1;"))
        try folder.write("noheader.csv", "S1;0,3\r\n")
        try folder.write("joko.csv", exported.replacingOccurrences(of: "Peserta;Budi", with: "Peserta;Joko"))
        let script = cases.indices.map { "import ballot bad\($0).csv\n" }.joined() + """
            import ballot unknown.csv
            import ballot twice.csv
            import ballot noheader.csv
            import ballot budi.csv Sari
            import ballot joko.csv
            import ballot
            import ballot budi.txt
            participants

            """
        let result = try run("open p\nlang en\n" + script)
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        let expected = cases.map(\.expected) + [
            "row 10, column 1: \"S9\" is not an item or strategy of this plan",
            "row 10: S1 was already given in row 9",
            "noheader.csv row 1: no header row",
            "budi.csv is Budi's ballot, not Sari's.",
            "No participant named Joko. Participants: Budi, Sari.",
            "Usage: import",
            "A ballot is a CSV file",
        ]
        #expect(errors.count == expected.count, "\(errors)")
        for (error, text) in zip(errors, expected) { #expect(error.contains(text), "\(error)") }
        for error in errors.prefix(cases.count + 2) { #expect(error.hasSuffix(". Nothing was imported."), "\(error)") }
        // A sheet that is no ballot: the shell names the command that writes one.
        #expect(errors[cases.count + 2].hasSuffix("fill in a ballot that swot exported for a participant. Nothing was "
            + "imported. Type `export ballot FILE.csv NAME`."), "\(errors[cases.count + 2])")
        #expect(result.stdout.contains("  Budi  0 weights, 0 ratings\n  Sari  0 weights, 0 ratings\n"))
    }

    @Test func helpAndCompletionKnowBallots() throws {
        let result = try run("help export\nhelp import\n")
        #expect(result.stdout.contains("export ballot FILE.csv [NAME]"))
        #expect(result.stdout.contains("import ballot FILE.csv [NAME]"))
        #expect(result.stdout.contains("byte-order mark"))
    }

    /// A ballot Budi filled and LibreOffice Calc 7.4 saved again (headless, Indonesian locale, `;`, UTF-8): no
    /// byte-order mark, LF line ends, every row padded to six fields, the decimal commas turned into points. Made by
    /// `aBallotSavedByLibreOfficeIsRead` below; kept here so the suite reads one even where LibreOffice is missing.
    static let libreOfficeFixture = SwotProcess.packageRoot
        .appendingPathComponent("Tests/EndToEndTests/Fixtures/ballot-budi-libreoffice.csv")

    @Test func theBallotLibreOfficeSavedIsRead() throws {
        _ = try run(Self.plan)
        try FileManager.default.copyItem(at: Self.libreOfficeFixture, to: folder.file("lo.csv"))
        expectBudisValues(try run("open p\nimport ballot lo.csv\nparticipants\nvotes\nconsensus\n"), file: "lo.csv")
    }

    /// The round trip through LibreOffice itself, when it is installed (Debian package libreoffice-calc-nogui).
    @Test(.enabled(if: LibreOffice.soffice != nil, "LibreOffice (soffice) is not installed"))
    func aBallotSavedByLibreOfficeIsRead() throws {
        _ = try run(Self.plan + "export ballot budi.csv Budi\n")
        try folder.write("filled.csv", fill(try folder.read("budi.csv"), Self.budi))
        let saved = try LibreOffice.resave(folder.file("filled.csv"), in: folder.file("lo"))
        expectBudisValues(try run("open p\nimport ballot "
            + "lo/filled.csv\nparticipants\nvotes\nconsensus\n"), file: "lo/filled.csv")
        if let keep = ProcessInfo.processInfo.environment["SWOT_KEEP_LIBREOFFICE_BALLOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: saved, to: URL(fileURLWithPath: keep))
        }
    }
}

/// LibreOffice run headless to open a CSV file and save it again as CSV.
enum LibreOffice {
    static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Opens `file` as CSV (`;`, `"`, UTF-8, Indonesian locale 1057 so `0,3` is a number) and saves it as CSV with
    /// the same separator and encoding into `folder`, as a planner's "Save" in Calc does. Returns the saved file.
    static func resave(_ file: URL, in folder: URL) throws -> URL {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice!)
        let profile = folder.appendingPathComponent("profile")
        process.arguments = [
            "-env:UserInstallation=file://\(profile.path)", "--headless", "--infilter=CSV:59,34,76,1,,1057",
            "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,1057", "--outdir", folder.path, file.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let saved = folder.appendingPathComponent(file.lastPathComponent)
        #expect(process.terminationStatus == 0 && FileManager.default.fileExists(atPath: saved.path),
                "soffice did not save \(saved.path)")
        return saved
    }
}
