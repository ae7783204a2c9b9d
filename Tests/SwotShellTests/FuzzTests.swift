#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport
@testable import SwotShell
@testable import SwotCore

/// Random and mutated command lines through the real parser and dispatcher, in process: no crash, no hang, and
/// every failure a `PlannerFacingError` with a message (never "Unexpected problem"). Random byte streams through
/// `FileLineSource`: every line comes back as text or as the clear not-UTF-8 error.
///
/// Set SWOT_FUZZ_SEED to replay a run; the seed is printed.
@Suite("fuzzing the shell", .serialized)
struct FuzzTests {
    /// One fuzz run: a workspace in a RAM-backed folder (so the save after every change is cheap), a session
    /// whose output is checked and dropped, and the interpreter.
    final class Harness {
        let folder: String
        let workspace: Workspace
        let session: Session
        let interpreter: Interpreter
        var unclear: [String] = []
        var lines = 0
        var failures = 0
        var slowest: (ms: Double, line: String) = (0, "")

        init(name: String) throws {
            let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
            folder = "\(base)/swot-fuzz-\(name)-\(getpid())-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: folder + "/workspaces", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: folder + "/files", withIntermediateDirectories: true)
            workspace = Workspace(folder: folder + "/workspaces")
            let output = Output(out: { _ in }, err: { _ in })
            session = Session(
                workspace: workspace,
                environment: ["SOURCE_DATE_EPOCH": "1763856000"],
                output: output,
                isInteractive: false
            )
            interpreter = Interpreter(session: session)
            // A realistic plan to start from, and a small script and KB file that `read` and `kb load` may use.
            try FileManager.default.copyItem(atPath: Harness.shippedMedan, toPath: folder + "/workspaces/medan.json")
            try "list\nshow S1\nadd o Dari skrip\nnosuchcommand\n".write(
                toFile: folder + "/files/script.swot",
                atomically: true,
                encoding: .utf8
            )
            try "{\"categories\": [1]}".write(toFile: folder + "/files/kb.json", atomically: true, encoding: .utf8)
            try "not json at all".write(toFile: folder + "/files/bad.json", atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// A command opening a fresh copy of the shipped plan, so no plan grows over the whole run.
        func openFreshMedan() -> String {
            copies += 1
            try? FileManager.default.copyItem(
                atPath: Harness.shippedMedan,
                toPath: folder + "/workspaces/m\(copies).json"
            )
            // `open medan` from the generator should not find a plan grown over the whole run either.
            try? FileManager.default.removeItem(atPath: folder + "/workspaces/medan.json")
            try? FileManager.default.copyItem(atPath: Harness.shippedMedan, toPath: folder + "/workspaces/medan.json")
            return "open m\(copies)"
        }

        var copies = 0
        static let shippedMedan = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("workspaces/medan.json").path

        /// Runs one line and checks how it failed, if it did.
        func run(_ line: String) {
            lines += 1
            let started = Timing.now()
            do {
                try interpreter.execute(line)
            } catch let error as any PlannerFacingError {
                failures += 1
                let message = error.message
                if message.trimmingWhitespace().isEmpty || message.contains("Unexpected problem") {
                    unclear.append("\(line.debugDescription) -> \(message.debugDescription)")
                }
            } catch {
                failures += 1
                unclear.append("\(line.debugDescription) -> not a planner-facing error: \(error)")
            }
            let ms = Timing.now() - started
            if ms > slowest.ms { slowest = (ms, line) }
            if session.quitRequested { session.quitRequested = false }
        }

        /// Every plan file in the workspace still loads, and the open plan's journal applies in full and gives the
        /// plan the session holds.
        func checkFiles(sourceLocation: SourceLocation = #_sourceLocation) throws {
            for entry in try FileManager.default.contentsOfDirectory(atPath: folder + "/workspaces")
            where entry.hasSuffix(".json") && !entry.hasPrefix(".") {
                let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/workspaces/" + entry)))
                #expect(throws: Never.self, "\(entry) no longer loads", sourceLocation: sourceLocation) {
                    _ = try PlanFile.decode(bytes)
                }
            }
            if let plan = session.plan, !session.hasUnsavedChanges, session.file?.isReadOnly == false {
                let stored = try workspace.read(plan.name)
                #expect(
                    stored.journal?.problem == nil,
                    "the journal of \(plan.name): \(stored.journal?.problem ?? "")",
                    sourceLocation: sourceLocation
                )
                #expect(
                    stored.plan == plan,
                    "\(plan.name) as read back (file and journal) differs from the session's",
                    sourceLocation: sourceLocation
                )
            }
        }
    }

    static func seed() -> UInt64 {
        if let text = ProcessInfo.processInfo.environment["SWOT_FUZZ_SEED"], let seed = UInt64(text) { return seed }
        return UInt64(Date().timeIntervalSince1970 * 1000) & 0xFFFF_FFFF
    }

    /// Lines that change plans, open and create them, interleaved with every other command, including hostile
    /// variants: 90,000 here and 10,000 in `scriptsOfRandomBytesRunWithClearErrors`, 100,000 in all. A fresh plan every
    /// few hundred lines keeps plans small, so the test measures the shell and not
    /// the size of one ever-growing plan.
    /// The time limit only guards against a hang (speed is measured by `make bench`): 90,000 lines take about five
    /// minutes of a debug build on a two-core machine that runs the other suites beside it.
    @Test(.timeLimit(.minutes(10))) func commandLinesNeverCrashOrFailUnclearly() throws {
        let seed = Self.seed()
        print("FuzzTests.commandLines seed \(seed) (SWOT_FUZZ_SEED=\(seed) replays it)")
        var generator = LineGenerator(seed: seed)
        generator.searchRarity = 20
        let harness = try Harness(name: "lines")
        harness.run("open medan")
        let started = Timing.now()
        var planNumber = 0
        let target = Int(ProcessInfo.processInfo.environment["SWOT_FUZZ_LINES"] ?? "") ?? 90_000
        var slowLines: [String] = []
        var costs: [String: (Double, Int)] = [:]
        let profiling = ProcessInfo.processInfo.environment["SWOT_FUZZ_PROGRESS"] != nil
        while harness.lines < target {
            if harness.lines % 10_000 == 0, harness.lines > 0,
                ProcessInfo.processInfo.environment["SWOT_FUZZ_PROGRESS"] != nil
            {
                print("  \(harness.lines) lines, \(Int(Timing.now() - started)) ms")
            }
            if harness.lines % 400 == 0 {
                // Before the plan changes: what the session holds is what its file and journal give back.
                try harness.checkFiles()
                planNumber += 1
                harness.run(
                    planNumber % 3 == 0 ? harness.openFreshMedan() : "new fuzz\(planNumber) Rencana uji \(planNumber)"
                )
                harness.session.conversation = nil
            }
            let line = generator.line(folder: harness.folder)
            if generator.isSafe(line, folder: harness.folder) {
                let before = Timing.now()
                harness.run(line)
                let ms = Timing.now() - before
                if profiling {
                    let key = String(
                        (try? CommandWords(line.trimmingWhitespace())[0]).flatMap { $0 }.flatMap {
                            try? CommandTable.standard.find($0).name
                        } ?? "(invalid)"
                    )
                    costs[key, default: (0, 0)].0 += ms
                    costs[key, default: (0, 0)].1 += 1
                }
                if ms > 100 {
                    slowLines.append("\(Int(ms)) ms: \(line.prefix(100).debugDescription) (\(line.utf8.count) bytes)")
                }
            }
            // An interview takes the next lines as answers; most of the time end it so commands run again.
            if harness.session.conversation != nil, generator.random.below(4) == 0 {
                harness.run(["quit", "q", "stop", "selesai"][generator.random.below(4)])
            }
            if harness.session.plan == nil, generator.random.below(3) > 0 { harness.run(harness.openFreshMedan()) }
        }
        let seconds = (Timing.now() - started) / 1000
        print("FuzzTests.commandLines: \(harness.lines) lines, \(harness.failures) refused with an error, "
            + "\(String(format: "%.1f", seconds)) s, slowest \(String(format: "%.0f", harness.slowest.ms)) ms: "
            + "\(harness.slowest.line.prefix(120).debugDescription)")
        for slow in slowLines.prefix(40) { print("  slow: \(slow)") }
        if ProcessInfo.processInfo.environment["SWOT_FUZZ_PROGRESS"] != nil {
            for (name, cost) in costs.sorted(by: { $0.value.0 > $1.value.0 }).prefix(15) {
                print("  \(name): \(Int(cost.0)) ms over \(cost.1) lines")
            }
        }
        #expect(
            harness.unclear.isEmpty,
            "unclear failures (seed \(seed)):\n\(harness.unclear.prefix(20).joined(separator: "\n"))"
        )
        try harness.checkFiles()
    }

    /// Random byte streams, mostly lines of the grammar with invalid UTF-8, NULs, CRs and lines longer than the
    /// reader's buffer, read by `FileLineSource` from a file and from a pipe: each line is exactly the bytes
    /// between line breaks (minus a final CR), or the not-UTF-8 error when those bytes are not UTF-8.
    @Test(.timeLimit(.minutes(1))) func byteStreamsSplitIntoLinesOrClearErrors() throws {
        let seed = Self.seed()
        print("FuzzTests.byteStreams seed \(seed)")
        var generator = LineGenerator(seed: seed)
        let harness = try Harness(name: "bytes")
        var total = 0
        for round in 0..<300 {
            var stream: [UInt8] = []
            for _ in 0..<(1 + generator.random.below(40)) {
                stream += generator.byteLine(folder: harness.folder)
                if generator.random.below(10) > 0 { stream.append(generator.random.below(5) == 0 ? 0x0D : 0x0A) }
                if generator.random.below(10) == 0 { stream.append(0x0A) }
            }
            let expected = Self.referenceLines(stream)
            let viaPipe = round % 3 == 0
            var source: FileLineSource
            var writer: Thread?
            if viaPipe {
                var fds: [Int32] = [0, 0]
                #expect(pipe(&fds) == 0)
                let bytes = stream, writeEnd = fds[1]
                writer = Thread {
                    var offset = 0
                    while offset < bytes.count {
                        let chunk = min(bytes.count - offset, 1 + Int.random(in: 0..<5_000))
                        let written = bytes.withUnsafeBytes { Glibc.write(writeEnd, $0.baseAddress! + offset, chunk) }
                        if written <= 0 { break }
                        offset += written
                    }
                    close(writeEnd)
                }
                writer?.start()
                source = FileLineSource(descriptor: fds[0], closeAtEnd: true)
            } else {
                let path = harness.folder + "/files/stream-\(round)"
                try Data(stream).write(to: URL(fileURLWithPath: path))
                source = try FileLineSource(path: path)
            }
            var got: [Result<String, ShellError>] = []
            while let line = source.nextLine() { got.append(line) }
            total += got.count
            #expect(
                got.count == expected.count,
                "round \(round) (seed \(seed)): \(got.count) lines read, \(expected.count) expected"
            )
            for (index, (line, reference)) in zip(got, expected).enumerated() {
                switch (line, reference) {
                case (.success(let text), .some(let want)):
                    #expect(text == want, "round \(round) line \(index + 1) (seed \(seed))")
                case (.failure(let error), .none):
                    #expect(
                        error.message.contains("not valid UTF-8"),
                        "round \(round) line \(index + 1): \(error.message)"
                    )
                default:
                    let expected = reference.map { $0.debugDescription } ?? "a UTF-8 error"
                    Issue.record("round \(round) line \(index + 1) (seed \(seed)): read \(line), expected \(expected)")
                }
            }
            _ = writer
        }
        print("FuzzTests.byteStreams: \(total) lines read from 300 streams")
        #expect(total > 3_000)
    }

    /// The same kind of streams run as scripts: the interpreter reports every bad line with its line number.
    @Test(.timeLimit(.minutes(1))) func scriptsOfRandomBytesRunWithClearErrors() throws {
        let seed = Self.seed() &+ 1
        print("FuzzTests.scripts seed \(seed)")
        var generator = LineGenerator(seed: seed)
        let harness = try Harness(name: "scripts")
        var errorText = ""
        let output = Output(out: { _ in }, err: { errorText += $0 })
        let session = Session(workspace: harness.workspace, environment: [:], output: output, isInteractive: false)
        let interpreter = Interpreter(session: session)
        try interpreter.execute("open medan")
        var lineCount = 0
        for round in 0..<100 {
            var stream: [UInt8] = []
            for _ in 0..<100 {
                var line = generator.byteLine(folder: harness.folder)
                if let text = String(validating: line, as: UTF8.self), !generator.isSafe(text, folder: harness.folder) {
                    line = Array("list".utf8)
                }
                if line.firstIndex(of: 0x0A) != nil { line = line.filter { $0 != 0x0A } }
                // A quit (or exit, keluar) would end the script early.
                if let text = String(validating: line, as: UTF8.self), let first = try? CommandWords(text)[0],
                    ["quit", "exit", "keluar", "q", "qu", "qui"].contains(first.lowercased())
                {
                    line = Array("plans".utf8)
                }
                stream += line + [0x0A]
                lineCount += 1
            }
            let path = harness.folder + "/files/script-\(round).swot"
            try Data(stream).write(to: URL(fileURLWithPath: path))
            var source = try FileLineSource(path: path)
            interpreter.run(&source)
            session.conversation = nil
            if session.plan == nil || round % 10 == 9 { try interpreter.execute(harness.openFreshMedan()) }
        }
        print("FuzzTests.scripts: \(lineCount) lines in 100 scripts, \(interpreter.errorCount) errors reported")
        #expect(
            !errorText.contains("Unexpected problem"),
            "\(errorText.components(separatedBy: "\n").filter { $0.contains("Unexpected") }.prefix(10))"
        )
        for line in errorText.split(separator: "\n") where line.hasPrefix("Error:") {
            #expect(line.hasPrefix("Error: near line "), "\(line)")
        }
        try harness.checkFiles()
    }

    /// A few shapes found hard for the word splitter: long lines of many words, many quotes, long words.
    @Test(.timeLimit(.minutes(1)), arguments: [
        String(repeating: "x", count: 30_000),
        "\"" + String(repeating: "é", count: 30_000),
        String(repeating: "a ", count: 20_000),
        "add s " + String(repeating: "kata ", count: 20_000),
        "show " + String(repeating: "\"", count: 40_001),
        "edit S1 " + String(repeating: "'x' ", count: 10_000),
        "list " + String(repeating: "x", count: 1_000_000),
        String(repeating: "\u{0301}", count: 100_000),
    ])
    func pathologicalLines(line: String) throws {
        let harness = try Harness(name: "long")
        harness.run("open medan")
        harness.run(line)
        #expect(harness.unclear.isEmpty, "\(harness.unclear)")
    }

    /// The lines of a byte stream as the reader should return them: nil where the bytes are not UTF-8.
    static func referenceLines(_ stream: [UInt8]) -> [String?] {
        var lines = stream.split(separator: 0x0A, omittingEmptySubsequences: false).map { slice -> String? in
            var bytes = slice
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            return String(validating: bytes, as: UTF8.self)
        }
        if stream.last == 0x0A || stream.isEmpty { lines.removeLast() }
        return lines
    }
}

/// Command lines from the real grammar, realistic and hostile.
struct LineGenerator {
    var random: SeededRandom
    let names: [String]
    let categories: [String]
    let frameworks: [String]
    /// One `kb` line in this many (times 8) is a search.
    var searchRarity = 1

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
        let table = CommandTable.standard
        names = table.commands.flatMap { [$0.name] + $0.aliases }.filter { !["quit", "exit", "keluar"].contains($0) }
        let kb = KnowledgeBase.shipped
        categories = kb.categories.flatMap { [$0.id, $0.code] } + ["C00", "C99", "c01", "lead", "X1"]
        frameworks = kb.frameworks.map(\.id) + ["nosuch", "WORLDBANK", ""]
    }

    static let texts = [
        "Dukungan pimpinan daerah terhadap SPBE sangat kuat", "SDM TIK masih kurang", "Program smart city nasional",
        "Ancaman serangan siber", "Strong commitment of the regent", "Budget absorption for ICT is low",
        "Medan's \"quoted\" text", "a | b | c", "#not a comment", "  spaced   out  ", "ünïcödé ✓ 👩🏽‍💻",
        "\u{202E}rtl override",
        "tab\there", "cr\rhere", "nul\u{0}here", "esc\u{1B}[31mred\u{1B}[0m", "bell\u{7}", "del\u{7F}",
    ]
    static let numbers = [
        "0", "1", "2", "3", "4", "5", "9", "0.5", "0.25", "1/9", "1/3", "-1", "1e308", "-1e308", "1e999", "nan", "NaN",
        "inf", "-0", "0x10", "99999999999999999999", "1,5", "", "-", "½", "٣",
    ]

    mutating func pick<T>(_ values: [T]) -> T { values[random.below(values.count)] }

    mutating func itemID() -> String {
        switch random.below(10) {
        case 0: return pick(["S0", "s1", "S-1", "S1.5", "S99999999999999999999", "X1", "S", "1", "SS1", "P1", "P99"])
        default: return "\(pick(["S", "W", "O", "T"]))\(1 + random.below(random.below(3) == 0 ? 40 : 8))"
        }
    }

    mutating func strategyID() -> String {
        random.below(8) == 0
            ? pick(["SO0", "so1", "XX1", "SO", "*", "ST99999999999999999999"])
            : "\(pick(["SO", "ST", "WO", "WT"]))\(1 + random.below(8))"
    }

    mutating func quadrant() -> String {
        pick([
            "s", "w", "o", "t", "S", "W", "kekuatan", "kelemahan", "peluang", "ancaman", "strength", "threats", "x",
            "so", "",
        ])
    }

    mutating func text() -> String {
        switch random.below(12) {
        case 0: return String(repeating: "panjang ", count: 250 + random.below(10))  // around the 2,000-character limit
        case 1: return String(repeating: "x", count: 1 + random.below(random.below(20) == 0 ? 20_000 : 300))
        case 2: return randomScalars(count: 1 + random.below(60))
        default: return (0..<(1 + random.below(3))).map { _ in pick(Self.texts) }.joined(separator: " ")
        }
    }

    mutating func path(folder: String) -> String {
        pick([
            "\(folder)/files/out.md", "\(folder)/files/out.json", "\(folder)/files", "\(folder)/files/no/such/dir/x.md",
            "\(folder)/files/script.swot", "\(folder)/files/kb.json", "\(folder)/files/bad.json",
            "\(folder)/files/missing.json",
        ])
    }

    /// Arguments that fit the command, with a share of wrong ones.
    mutating func arguments(for name: String, folder: String) -> [String] {
        switch name {
        case "add": return [quadrant(), text()]
        case "edit": return [itemID(), text()]
        case "show", "remove", "why", "accept", "reject", "classify":
            return random.below(5) == 0 ? [] : [random.below(2) == 0 ? itemID() : strategyID()]
        case "move": return [itemID(), quadrant()]
        case "tag", "untag": return [itemID(), pick(categories)]
        case "list", "strategies":
            return random.below(3) == 0
                ? [] : [random.below(2) == 0 ? quadrant() : pick(["SO", "ST", "WO", "WT", "xx"])]
        case "new":
            return [
                pick([
                    "fuzz-new", "medan", "a", "../escape", "x.json", "-flag", String(repeating: "n", count: 65), "ünï",
                    ".hidden", "fuzz\(random.below(5))",
                ]), random.below(2) == 0 ? text() : "",
            ]
        case "open": return [pick(["medan", "fuzz1", "nosuch", "../medan", "medan.json", "", "medan read-only"])]
        case "title", "context": return random.below(4) == 0 ? [] : [text()]
        case "lang": return [pick(["id", "en", "auto", "fr", ""])]
        case "weight", "rate": return (0..<(1 + random.below(3))).flatMap { _ in [itemID(), pick(Self.numbers)] }
        case "normalize": return [pick(["ife", "efe", "", "x"])]
        case "compare":
            return [
                random.below(3) == 0 ? pick(["S", "W", "O", "T"]) : itemID(),
                random.below(3) == 0 ? pick(["S", "W", "O", "T"]) : itemID(), pick(Self.numbers),
            ]
        case "ahp": return [pick(["", "apply", "x"])]
        case "qspm": return (0..<random.below(4)).map { _ in strategyID() }
        case "attract": return [strategyID(), itemID(), pick(["1", "2", "3", "4", "-", "0", "5", "nan"])]
        case "derive", "matrix": return random.below(2) == 0 ? [] : ["--top", pick(Self.numbers)]
        case "strategy":
            return [
                pick(["add", "x", ""]), pick(["SO", "ST", "WO", "WT", "XY"]), text(),
                random.below(2) == 0 ? "from \(itemID()) \(itemID())" : "",
            ]
        case "assign": return [strategyID(), text()]
        case "due": return [strategyID(), pick(["2026-12-31", "2026-02-30", "besok", "31/12/2026", "", "99999-01-01"])]
        case "kpi": return [strategyID(), text()]
        case "programme", "program", "unit", "indicator", "baseline":
            return [strategyID(), random.below(4) == 0 ? "-" : text()]
        case "period":
            return random.below(4) == 0
                ? [pick(["-", "2025-2029", "2029 2025", ""])]
                : ["\(2024 + random.below(3))", "\(2028 + random.below(3))"]
        case "target":
            return [strategyID(), pick(["2025", "2027", "2031", "20x6", ""]), random.below(4) == 0 ? "-" : text()]
        case "budget":
            return [
                strategyID(),
                pick([
                    "750 juta", "1,25 M", "1.250.000.000", "-5", "1.250 juta", "0", "-", "Rp1.000.000,-",
                    "9999 triliun",
                ]),
                    pick(["", "APBD", "dak", "hibah", "APBX"]), pick(["", "2026", "2031"])]
        case "assess":
            return [pick(frameworks)]
                + (0..<random.below(3)).map { _ in "\(pick(["1", "2", "a", "x"]))=\(pick(Self.numbers))" }
        case "assessment", "proposals": return random.below(2) == 0 ? [] : [pick(frameworks)]
        case "kb":
            // `kb search` runs the matcher over the whole knowledge base (hundreds of ms in a debug build): rarer.
            switch random.below(8) {
            case 0: return ["show", pick(categories + ["F001", "M001", "D001", "F999"])]
            case 1 where random.below(searchRarity) == 0: return ["search", text()]
            case 2: return ["framework", pick(frameworks)]
            case 3: return ["load", path(folder: folder)]
            default: return [pick(["", "frameworks", "sources", "unload", "nosuch"])]
            }
        case "export":
            return [pick(["markdown", "json", "md", "pdf", ""])] + (random.below(3) == 0 ? [path(folder: folder)] : [])
        case "save": return random.below(3) == 0 ? ["as", path(folder: folder)] : [pick(["", "overwrite", "x"])]
        case "restore": return random.below(2) == 0 ? [] : [pick(Self.numbers)]
        // `read` runs a whole script: rarer.
        case "read" where random.below(10) > 0: return ["\(folder)/files/missing.swot"]
        case "read": return [pick(["\(folder)/files/script.swot", "\(folder)/files/missing.swot", "\(folder)/files"])]
        case "help": return random.below(2) == 0 ? [] : [pick(names + ["nosuch", ""])]
        default:
            return (0..<random.below(4)).map { _ in
                pick([itemID(), strategyID(), quadrant(), pick(Self.numbers), pick(categories), text()])
            }
        }
    }

    /// How a command is typed: in full, as a prefix, in capitals, quoted.
    mutating func spelling(of name: String) -> String {
        switch random.below(10) {
        case 0: return String(name.prefix(1 + random.below(name.count)))
        case 1: return name.uppercased()
        case 2: return "\"\(name)\""
        default: return name
        }
    }

    mutating func realistic(folder: String) -> String {
        let name = pick(names)
        let words = [spelling(of: name)] + arguments(for: name, folder: folder)
        return words.joined(separator: pick([" ", " ", " ", "  ", "\t"]))
    }

    mutating func randomScalars(count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<count {
            let value: UInt32
            switch random.below(6) {
            case 0: value = UInt32(random.below(0x20))  // control characters, NUL included
            case 1: value = pick([0x22, 0x27, 0x20, 0x09, 0x23, 0x5C, 0x7F, 0x85, 0xA0, 0x2028, 0x200B, 0xFEFF, 0x202E])
            case 2: value = UInt32(0x80 + random.below(0x10FF7F))
            default: value = UInt32(0x20 + random.below(0x5F))
            }
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// Damage to a line: inserted control characters and quotes, deleted or repeated pieces, very long words.
    mutating func mutate(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        for _ in 0..<(1 + random.below(3)) {
            let position = random.below(scalars.count + 1)
            switch random.below(7) {
            case 0: scalars.insert(contentsOf: randomScalars(count: 1 + random.below(4)).unicodeScalars, at: position)
            case 1: scalars.insert(pick(["\"", "'", "\"\"", "'\"", "#"]).unicodeScalars.first!, at: position)
            case 2:
                if position < scalars.count {
                    scalars.removeSubrange(position..<min(scalars.count, position + 1 + random.below(6)))
                }
            case 3:
                // A very long word now and then (long lines cost time to build, not to find bugs).
                let length = random.below(20) == 0 ? 1_000 + random.below(30_000) : 50 + random.below(500)
                scalars.insert(
                    contentsOf: Array(
                        repeating: pick(["x", "é", "👍", "\u{0}", " "]).unicodeScalars.first!,
                        count: length
                    ),
                    at: position
                )
            case 4: scalars = Array(scalars[position...] + scalars[..<position])
            case 5: scalars.insert(contentsOf: scalars, at: position)
            default: if position < scalars.count { scalars[position] = Unicode.Scalar(UInt8(random.below(128))) }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    mutating func line(folder: String) -> String {
        switch random.below(20) {
        case 0..<10: return realistic(folder: folder)
        case 10..<16: return mutate(realistic(folder: folder))
        case 16..<18: return randomScalars(count: random.below(80))
        default:
            return pick([
                "", " ", "#", "# comment", "\"", "'", "\"\"", "''", "\" \"", "\u{0}", "\t\t", "\r", "\u{FEFF}list",
                "list\u{0}", "ad\u{301}d s x", "🙂", "?", "-", "--help", "\\", "\u{1B}[A",
            ])
        }
    }

    /// A line as bytes, sometimes with invalid UTF-8, NULs, or longer than the reader's 64 KB chunk.
    mutating func byteLine(folder: String) -> [UInt8] {
        var bytes = Array(line(folder: folder).utf8)
        switch random.below(8) {
        case 0, 1:
            let invalid: [[UInt8]] = [
                [0xFF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0x80], [0xC3], [0xF4, 0x90, 0x80, 0x80],
                [0xF0, 0x9F, 0x98], [0xFE, 0xFE],
            ]
            bytes.insert(contentsOf: pick(invalid), at: random.below(bytes.count + 1))
        case 2: bytes.insert(0x00, at: random.below(bytes.count + 1))
        case 3:
            if random.below(4) == 0 {
                bytes += Array(repeating: UInt8(ascii: "k"), count: 65_536 + random.below(70_000))
            }
        default: break
        }
        return bytes
    }

    /// False for lines that would touch files outside the test's folder (export, save as, kb load, read with
    /// another path) or end the session; such lines come only from the generator's own paths.
    func isSafe(_ line: String, folder: String) -> Bool {
        guard let words = try? CommandWords(line.trimmingWhitespace()), let first = words[0] else { return true }
        // The table's lookup without its typo suggestion (which costs more than the line itself in a debug build).
        let lowered = first.lowercased()
        let commands = CommandTable.standard.commands
        let exact = commands.first { $0.name == lowered || $0.aliases.contains(lowered) }
        let prefixed = commands.filter { $0.name.hasPrefix(lowered) }
        guard let command = exact ?? (prefixed.count == 1 ? prefixed[0] : nil) else { return true }
        func inFolder(_ path: String?) -> Bool {
            guard let path else { return true }
            return path.hasPrefix(folder + "/files") && !path.contains("..")
        }
        switch command.name {
        case "quit": return false
        case "export": return inFolder(words.text(from: 2))
        case "save": return words[1]?.lowercased() != "as" || inFolder(words.text(from: 2))
        case "kb": return words[1]?.lowercased() != "load" || inFolder(words.text(from: 2))
        case "read": return inFolder(words.text(from: 1)) && words.text(from: 1) != nil
        default: return true
        }
    }
}


enum Timing {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1_000_000
    }
}
