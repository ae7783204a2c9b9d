import Foundation
import Testing
import TestSupport

/// The action plan through the real binary: period, budget, targets, baseline, programme, unit and indicator are set,
/// refused with nothing saved when bad, undone, replayed from a killed script's journal, and shown by `actions` in the
/// plan's language and the terminal's width.
@Suite("action plan through a pipe")
struct ActionPlanTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    static let setUp = """
        new kab Rencana Diskominfo
        add s Pimpinan daerah mendukung penuh SPBE
        add w SDM TIK masih kurang
        add o Program nasional Satu Data Indonesia
        add t Serangan siber meningkat
        strategy add SO Membangun portal Satu Data daerah from S1 O1
        strategy add WT Menyusun SOP keamanan informasi from W1 T1
        strategy add WO Melatih ASN analis data from W1 O1
        reject WO1
        period 2025 2029

        """

    static let details = """
        budget SO1 750 juta APBD 2026
        budget SO1 1,25 M DAK 2027
        budget SO1 Rp100.000.000 CSR
        target SO1 2025 40%
        target SO1 2027 75%
        baseline SO1 25%
        programme SO1 Program Aplikasi Informatika
        unit SO1 Diskominfo
        indicator SO1 Persentase perangkat daerah yang berbagi data
        budget WT1 300000000 2025

        """

    func planJSON() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("workspaces/kab.json"))) as! [String: Any]
    }

    func strategy(_ id: String) throws -> [String: Any] {
        (try planJSON()["strategies"] as! [[String: Any]]).first { $0["id"] as? String == id }!
    }

    @Test func detailsAreStoredAndShownInIndonesian() throws {
        let result = try run(Self.setUp + Self.details + "actions\n", ["--workspaces", "workspaces"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("SO1: DAK 2027: Rp1.250.000.000. Anggaran SO1: Rp2.000.000.000."))
        #expect(result.stdout.contains("Rencana aksi 2025–2029: 2 strategi diterima"))
        #expect(result.stdout.contains("Program/kegiatan: Program Aplikasi Informatika"))
        #expect(result.stdout.contains("Anggaran: APBD 2026 Rp750.000.000; DAK 2027 Rp1.250.000.000; CSR periode "
            + "Rp100.000.000"))
        #expect(result.stdout.contains("Jumlah anggaran: Rp2.400.000.000"))
        let table = result.stdout.components(separatedBy: "Rencana aksi").last!
        #expect(
            table.contains("SO1 ") && table.contains("WT1 ") && !table.contains("WO1"),
            "a rejected strategy is not in it"
        )
        let so1 = try strategy("SO1")
        #expect(so1["baseline"] as? String == "25%")
        #expect(so1["owner"] as? String == "Diskominfo")
        #expect(so1["kpi"] as? String == "Persentase perangkat daerah yang berbagi data")
        let budget = so1["budget"] as! [[String: Any]]
        #expect(budget.count == 3)
        #expect(
            budget[1]["amount"] as? Int == 1_250_000_000 && budget[1]["source"] as? String == "DAK"
                && budget[1]["year"] as? Int == 2027
        )
        #expect(budget[2]["year"] == nil, "money for the whole period has no year")
        #expect((try planJSON()["period"] as! [String: Int]) == ["start": 2025, "end": 2029])
    }

    @Test func actionsFollowsLangAndTheTerminalWidth() throws {
        _ = try run(Self.setUp + Self.details)
        for columns in [60, 100, 160] {
            let result = try SwotProcess.run(
                script: "open kab\nlang en\nactions\n", directory: folder.url, environment: ["COLUMNS": "\(columns)"])
            #expect(result.status == 0, "\(result.stderr)")
            let table = result.stdout.components(separatedBy: "Action plan 2025–2029").last!
            #expect(table.contains(": 2 accepted strategies"))
            #expect(table.contains("Total budget: IDR 2,400,000,000"))
            #expect(table.contains("IDR 1.25 billion"))
            #expect(table.contains("Programme: Program Aplikasi Informatika"))
            for line in table.split(separator: "\n") {
                #expect(line.count <= columns, "\(columns) columns: \(line)")
            }
        }
    }

    @Test func badValuesAreRefusedAndNothingIsSaved() throws {
        _ = try run(Self.setUp + Self.details)
        let before = try Data(contentsOf: folder.file("workspaces/kab.json"))
        let bad = [
            ("budget SO1 -5 juta", "is negative"),
            ("budget SO1 1.250 juta 2027", "can be read two ways"),
            ("budget SO1 1,25", "has decimals but no unit"),
            ("budget SO1 100 juta APBX 2026", "\"APBX\" is not a funding source. Use one of APBD, DAK, APBN, Hibah, "
                + "KPBU, CSR"),
            ("budget SO1 100 juta 2031", "2031 is outside the plan period 2025–2029"),
            ("target SO1 2024 10%", "2024 is outside the plan period"),
            ("target SO1 20x6 10%", "\"20x6\" is not a year"),
            ("budget WO1 5 juta", "WO1 is rejected"),
            ("baseline WO1 10%", "WO1 is rejected"),
            ("unit WO1 Bappeda", "WO1 is rejected"),
            ("budget SO9 5 juta", "No strategy SO9"),
            ("programme XX1 Program", "is not a strategy id"),
            ("period 2029 2025", "ends (2025) before it starts (2029)"),
            ("period 2026 2030", "SO1 target 2025, WT1 budget APBD 2025"),
            ("budget SO1 0 APBN 2026", "SO1 has no APBN budget line for 2026"),
            ("target SO1", "Usage: target ID YEAR VALUE"),
        ]
        for (command, message) in bad {
            let result = try run("open kab\n\(command)\n")
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains(message), "\(command): \(result.stderr)")
            #expect(
                try Data(contentsOf: folder.file("workspaces/kab.json")) == before,
                "\(command) changed the plan file"
            )
        }
    }

    @Test func changesAreUndoneAndSurviveAKilledScript() throws {
        let undone = try run(Self.setUp + "budget SO1 2 miliar APBN 2028\nundo\nperiod -\nundo\n")
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(try strategy("SO1")["budget"] == nil)
        #expect(try planJSON()["period"] != nil)
        // A script killed after its changes: the journal holds them and the next open applies them.
        let process = Process()
        process.executableURL = SwotProcess.binary
        process.arguments = ["--workspaces", "workspaces"]
        process.currentDirectoryURL = folder.url
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("open kab\nbudget SO1 2 miliar APBN 2028\ntarget SO1 2028 90%\n".utf8))
        var printed = ""
        while !printed.contains("SO1 target 2028: 90%") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(printed.contains("SO1 target 2028: 90%"), "\(printed)")
        let reopened = try run("open kab\nactions\n", ["--workspaces", "workspaces"])
        #expect(reopened.stdout.contains("APBN 2028 Rp2.000.000.000"), "\(reopened.stdout)")
        let so1 = try strategy("SO1")
        #expect((so1["budget"] as? [[String: Any]])?.first?["amount"] as? Int == 2_000_000_000)
        #expect((so1["targets"] as? [[String: Any]])?.first?["value"] as? String == "90%")
    }

    @Test func everyNewCommandHasHelp() throws {
        let result = try run("help budget\nhelp actions\nhelp period\nhelp target\nhelp unit\nhelp indicator\nhelp "
            + "programme\nhelp baseline\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("M is miliar"))
        #expect(result.stdout.contains("Usage: actions") || result.stdout.contains("actions"))
        #expect(result.stdout.contains("`assign` sets the same field"))
    }
}
