import Foundation
import SwotCore
import Testing
import TestSupport

/// The real binary killed with SIGKILL at random moments of a long piped session, over and over: after each kill
/// the plan must load, as the next `open` reads it (the plan file, then the journal a script keeps beside it), and
/// hold every item whose "Added" line swot printed (a command is reported only after it is on disk, so a printed
/// line is a completed command). After each batch of kills, `open` must write all of it into the plan file itself.
///
/// Set SWOT_CRASH_SEED to replay a run; the seed is printed.
@Suite("crash safety")
struct CrashSafetyTests {
    /// One kill: runs `script` through a pipe, kills swot after `delay`, and returns what it printed.
    static func runAndKill(
        script: String,
        workspaces: String,
        directory: URL,
        delay: useconds_t
    ) throws -> (stdout: String, killed: Bool) {
        let process = Process()
        process.executableURL = SwotProcess.binary
        process.arguments = ["--workspaces", workspaces]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SWOT_HISTORY"] = directory.appendingPathComponent(".history").path
        environment.removeValue(forKey: "SWOT_WORKSPACES")
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        // The whole script fits in the pipe's buffer, so writing it never blocks on a killed reader.
        precondition(script.utf8.count < 60_000)
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        usleep(delay)
        let killed = kill(process.processIdentifier, SIGKILL) == 0 && process.isRunning
        process.waitUntilExit()
        // The process is gone, so its end of the pipe is closed: reading to the end cannot block.
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        return (String(decoding: printed, as: UTF8.self), killed && process.terminationReason == .uncaughtSignal)
    }

    /// How long one unkilled session of 120 adds takes here now, in microseconds.
    static func sessionMicroseconds() -> Int {
        guard let folder = try? TemporaryFolder() else { return 200_000 }
        let script =
            "new timing\n" + (1...120).map { "add s butir-\($0) dukungan pimpinan untuk SPBE" }.joined(separator: "\n")
            + "\nlist\n"
        let started = Date()
        _ = try? SwotProcess.run(
            ["--workspaces", folder.url.appendingPathComponent("ws").path],
            script: script,
            directory: folder.url
        )
        return max(20_000, Int(Date().timeIntervalSince(started) * 1_000_000))
    }

    /// The ids of reported items that the plan lacks or holds with other text.
    static func missing(_ confirmed: [String: String], from plan: Plan) -> [String] {
        let saved = Dictionary(plan.items.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        return confirmed.filter { saved[$0.key] == nil || !$0.value.hasPrefix(saved[$0.key]!.prefix(20)) }.keys.sorted()
    }

    /// Every kind of edit a script makes, journaled and then recovered after a kill: swot is killed while it waits
    /// for more input (every command done, the changes only in the journal), and the plan `open` recovers is the one
    /// the same script gives when it ends normally.
    @Test func everyKindOfEditIsRecoveredFromTheJournalAfterAKill() throws {
        let folder = try TemporaryFolder()
        let commands = """
            new edits Semua jenis perubahan
            add s Dukungan pimpinan daerah terhadap SPBE
            add w SDM TIK masih kurang
            add w Anggaran TIK belum terserap
            add o Program smart city nasional
            add t Ancaman serangan siber
            edit W1 SDM TIK bersertifikat masih kurang
            label W1 SDM TIK
            tag S1 C05
            untag S1 C05
            weight S1 0.3 W1 0.2
            rate S1 4 O1 3
            move W2 t
            remove O1
            undo
            add o Dana alokasi khusus untuk jaringan
            remove O2
            undo
            redo
            title Rencana SPBE 2026
            lang en
            derive
            accept SO1
            classify S1
            undo
            undo
            redo
            plans
            """
        let ends = folder.url.appendingPathComponent("ends").path
        _ = try SwotProcess.run(["--workspaces", ends], script: commands + "\n", directory: folder.url)
        let expected = try Workspace(folder: ends).load("edits")

        let killed = folder.url.appendingPathComponent("killed").path
        let process = Process()
        process.executableURL = SwotProcess.binary
        process.arguments = ["--workspaces", killed]
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["SWOT_HISTORY"] = folder.url.appendingPathComponent(".history").path
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((commands + "\n").utf8))
        // `plans`, the last command, prints the plan's line: then every change is journaled and swot waits for more.
        var printed = ""
        let deadline = Date().addingTimeInterval(60)
        while !printed.contains(" items  Rencana SPBE 2026"), Date() < deadline {
            printed += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(FileManager.default.fileExists(atPath: "\(killed)/.edits.journal"), "the changes were not in a journal")
        let opened = try SwotProcess.run(["--workspaces", killed, "-c", "open edits"], directory: folder.url)
        #expect(opened.stderr.contains("Recovered"), "\(opened.stderr)")
        let recovered = try PlanFile.decode(Array(Data(contentsOf: URL(fileURLWithPath: "\(killed)/edits.json"))))
        #expect(recovered == expected)
        #expect(PlanValue.changes(from: recovered, to: expected).isEmpty)
    }

    @Test(.timeLimit(.minutes(5))) func killedAtRandomMomentsThePlanHoldsEveryCompletedCommand() throws {
        let seed =
            ProcessInfo.processInfo.environment["SWOT_CRASH_SEED"].flatMap { UInt64($0) } ?? UInt64(
                Date().timeIntervalSince1970
            ) & 0xFFFF
        print("CrashSafetyTests seed \(seed) (SWOT_CRASH_SEED=\(seed) replays the delays); one session takes "
            + "\(Self.sessionMicroseconds() / 1000) ms here")
        var random = SeededRandom(seed: seed)
        let folder = try TemporaryFolder()
        let started = Date()
        var kills = 0, runs = 0, confirmedTotal = 0
        var counter = 0
        // Batches of runs on one plan; a new plan per batch keeps each save small and the test fast. At least 12
        // batches, and more (up to 40) until 220 runs were killed: on a busy machine more sessions finish first.
        for batch in 0..<40 {
            if batch >= 12 && kills >= 220 { break }
            let workspaces = folder.url.appendingPathComponent("ws-\(batch)").path
            let name = "crash\(batch)"
            let planPath = "\(workspaces)/\(name).json"
            var confirmed: [String: String] = [:]  // id -> text, for every "Added" line printed so far
            // Measured again for each batch: the other suites load the machine unevenly, and a window measured while
            // it was quiet kills most sessions of a busy moment before their first add is done.
            let span = Self.sessionMicroseconds()
            for _ in 0..<20 {
                runs += 1
                var script =
                    FileManager.default.fileExists(atPath: planPath) ? "open \(name)\n" : "new \(name) Uji ketahanan\n"
                for _ in 0..<120 {
                    counter += 1
                    let quadrant = ["s", "w", "o", "t"][random.below(4)]
                    script += "add \(quadrant) butir-\(counter) dukungan pimpinan daerah\n"
                    if random.below(10) == 0 { script += "title Judul \(counter)\n" }
                }
                script += "list\n"
                // Kill anywhere from start-up to the end of the session, scaled to how long a whole session takes on
                // this machine (a debug build on a loaded CI machine is many times slower than a release build).
                let delay = useconds_t(random.below(4) == 0 ? random.below(span / 10) : random.below(span))
                let (stdout, killed) = try Self.runAndKill(
                    script: script,
                    workspaces: workspaces,
                    directory: folder.url,
                    delay: delay
                )
                if killed { kills += 1 }
                for line in stdout.split(separator: "\n") where line.hasPrefix("Added ") {
                    // "Added S17: butir-17 …" (a misfile warning may follow on stderr, which is dropped)
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    let id = String(line.dropFirst("Added ".count).prefix(upTo: colon))
                    confirmed[id] = String(line[line.index(colon, offsetBy: 2)...])
                }
                guard FileManager.default.fileExists(atPath: planPath) else {
                    #expect(confirmed.isEmpty, "no plan file, but \(confirmed.count) adds were reported (seed \(seed))")
                    continue
                }
                let plan: Plan
                do {
                    plan = try Workspace(folder: workspaces).load(name)
                } catch {
                    Issue.record("after a kill at \(delay) µs the plan does not load (seed \(seed)): \(error.message)")
                    return
                }
                let missing = Self.missing(confirmed, from: plan).prefix(10)
                #expect(
                    missing.isEmpty,
                    "after a kill at \(delay) µs, reported items are missing or changed (seed \(seed)): \(missing)"
                )
            }
            // Opening the plan again writes what the journal recovered into the plan file, and drops the journal.
            _ = try SwotProcess.run(["--workspaces", workspaces, "-c", "open \(name)"], directory: folder.url)
            let file = try PlanFile.decode(Array(Data(contentsOf: URL(fileURLWithPath: planPath))))
            let missing = Self.missing(confirmed, from: file)
            #expect(
                missing.isEmpty,
                "after recovery the plan file lacks reported items (seed \(seed)): \(missing.prefix(10))"
            )
            #expect(
                !FileManager.default.fileExists(atPath: "\(workspaces)/.\(name).journal"),
                "the journal was left after recovery"
            )
            // No temporary file is mistaken for a plan, and the folder lists only the plan.
            let entries = try FileManager.default.contentsOfDirectory(atPath: workspaces).filter {
                $0.hasSuffix(".json") && !$0.hasPrefix(".")
            }
            #expect(entries == ["\(name).json"], "\(entries)")
            confirmedTotal += confirmed.count
        }
        let seconds = Date().timeIntervalSince(started)
        print("CrashSafetyTests: \(kills) kills in \(runs) runs, \(counter) adds sent, \(confirmedTotal) reported done "
            + "and checked after every kill, \(String(format: "%.1f", seconds)) s")
        #expect(confirmedTotal > runs, "too few commands completed before the kills to test anything")
        #expect(kills >= 200, "only \(kills) of \(runs) runs were killed before they finished")
    }
}

