import Foundation
import Testing
import TestSupport

/// The interactive REPL in a real terminal (tmux): what a planner sees and types.
@Suite("interactive REPL in tmux", .serialized)
struct InteractiveTests {
    /// A tmux server of its own, running swot in one 100×30 window.
    final class Terminal {
        let socket = "swot-test-\(UUID().uuidString.prefix(8))"
        let folder: TemporaryFolder

        /// `environment` goes to `env` before swot's own variables (`-u LANG` removes one); the history file is
        /// `history` in the test's folder unless another is named.
        init(arguments: String = "", environment: String = "", history: String? = nil) throws {
            folder = try TemporaryFolder()
            let historyFile = history ?? "\(folder.url.path)/history"
            let command = "cd \(folder.url.path) && env \(environment) SWOT_HISTORY=\(historyFile) TERM=xterm "
                + "\(SwotProcess.binary.path) \(arguments)"
            // The tmux server outlives this call and would hold a pipe open, so its output goes nowhere.
            try tmux(["new-session", "-d", "-s", "swot", "-x", "100", "-y", "30", command], capture: false)
        }

        deinit {
            _ = try? tmux(["kill-server"])
        }

        /// Runs a tmux command on this test's server. It goes through the shell's `system`, not Process: the tmux
        /// server that `new-session` starts would otherwise keep Process's pipes open and stall the test.
        @discardableResult
        func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
            let outputFile = folder.file("tmux-output").path
            let quoted = (["tmux", "-L", socket] + arguments).map {
                "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
            }
            let status = system(quoted.joined(separator: " ") + " >'\(outputFile)' 2>/dev/null </dev/null")
            guard status == 0 || arguments == ["kill-server"] else { throw TmuxFailure(arguments: arguments) }
            return capture ? ((try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? "") : ""
        }

        struct TmuxFailure: Error {
            var arguments: [String]
        }

        func type(_ keys: String...) throws {
            try tmux(["send-keys", "-t", "swot"] + keys)
        }

        func screen() throws -> String {
            try tmux(["capture-pane", "-p", "-t", "swot"])
        }

        /// Waits for the first prompt, starts a plan named demo and waits for its prompt.
        func startDemoPlan() throws {
            try waitFor("swot>")
            try type("new demo", "Enter")
            try waitFor("swot[demo]>")
        }

        /// Waits until the screen shows `text` (at most 10 s) and returns the screen.
        @discardableResult
        func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            var current = ""
            for _ in 0..<200 {
                current = try screen()
                if current.contains(text) { return current }
                usleep(50_000)
            }
            Issue.record(
                "The screen never showed \(text.debugDescription). It shows:\n\(current)",
                sourceLocation: sourceLocation)
            return current
        }
    }

    /// Accents, dashes, curly quotes and other scripts arrive as typed, also when the terminal's locale is unset (C),
    /// and come back from history the same way.
    @Test func textBeyondASCIIIsKeptAsTyped() throws {
        let terminal = try Terminal(environment: "-u LANG -u LC_ALL -u LC_CTYPE")
        try terminal.startDemoPlan()
        try terminal.type("add s Médan — “kuat” ke Łódź", "Enter")
        try terminal.waitFor("Added S1: Médan — “kuat” ke Łódź")
        try terminal.type("Up")
        try terminal.waitFor("swot[demo]> add s Médan — “kuat” ke Łódź\n")
        try terminal.type("C-u", "quit", "Enter")
        usleep(300_000)
        #expect(try terminal.folder.read("workspaces/demo.json").contains("Médan — “kuat” ke Łódź"))
    }

    /// The prompt names the participant whose values are being entered, and Tab offers the participants.
    @Test func thePromptShowsWhoseValuesAreEntered() throws {
        let terminal = try Terminal()
        try terminal.startDemoPlan()
        try terminal.type("participant add Budi Sari", "Enter")
        try terminal.waitFor("Participants: Budi, Sari.")
        try terminal.type("as B", "Tab", "Enter")
        try terminal.waitFor("swot[demo as Budi]>")
        try terminal.type("as -", "Enter")
        try terminal.waitFor("Back to the facilitator")
        try terminal.type("quit", "Enter")
    }

    /// `read` at the terminal journals the script's changes like any script, and the plan file is whole again when
    /// the prompt comes back.
    @Test func aScriptReadAtTheTerminalLeavesThePlanFileCurrent() throws {
        let terminal = try Terminal()
        try terminal.folder.write(
            "rebuild.swot",
            (1...300).map { "add w Kelemahan nomor \($0)" }.joined(separator: "\n") + "\n"
        )
        try terminal.startDemoPlan()
        try terminal.type("read rebuild.swot", "Enter")
        try terminal.waitFor("Added W300: Kelemahan nomor 300")
        try terminal.waitFor("swot[demo]>\n")  // the prompt back (tmux trims its trailing space)
        usleep(200_000)
        #expect(try terminal.folder.read("workspaces/demo.json").contains("Kelemahan nomor 300"))
        #expect(!FileManager.default.fileExists(atPath: terminal.folder.file("workspaces/.demo.journal").path))
        // One rewrite for the whole script (so one backup), not 300.
        #expect(FileManager.default.fileExists(atPath: terminal.folder.file("workspaces/.backups/demo.1.json").path))
        #expect(!FileManager.default.fileExists(atPath: terminal.folder.file("workspaces/.backups/demo.2.json").path))
        try terminal.type("quit", "Enter")
    }

    @Test func aPlannerTypesASessionWithHistoryCompletionAndCtrlC() throws {
        let terminal = try Terminal()
        try terminal.startDemoPlan()
        try terminal.type("add s Strong leadership", "Enter", "add w Few IT staff", "Enter")
        try terminal.waitFor("Added W1: Few IT staff")

        // Arrow-up recalls the last line; Enter runs it again.
        try terminal.type("Up")
        try terminal.waitFor("swot[demo]> add w Few IT staff\n")
        try terminal.type("Enter")
        try terminal.waitFor("Added W2: Few IT staff")

        // Tab completes a command name, then an item id.
        try terminal.type("sh", "Tab")
        try terminal.waitFor("swot[demo]> show\n")  // tmux trims the trailing space
        try terminal.type("S", "Tab")
        try terminal.waitFor("swot[demo]> show S1\n")
        try terminal.type("Enter")
        try terminal.waitFor("S1 (strengths / kekuatan)")

        // Several ids fit: Tab lists them.
        try terminal.type("remove W", "Tab")
        try terminal.waitFor("W1  W2")
        try terminal.type("C-u")

        // Tab after `untag ID ` offers that item's own categories.
        try terminal.type("untag W1 C", "Tab")
        try terminal.waitFor("swot[demo]> untag W1 C05\n")
        try terminal.type("C-u")

        // Tab after `tag ID ` lists first what `show ID` offers beside the item's own categories.
        try terminal.type("add w Kepala desa jarang hadir waktu rapat koordinasi di kantor kecamatan", "Enter")
        try terminal.waitFor("Added W3:")
        try terminal.type("tag W3 ", "Tab")
        try terminal.waitFor("\nC04 ")
        try terminal.type("C-u")

        // Ctrl-C abandons the line being typed; nothing runs.
        try terminal.type("C-u", "add s abandoned line", "C-c")
        try terminal.waitFor("^C")
        try terminal.type("list s", "Enter")
        let screen = try terminal.waitFor("Strengths / Kekuatan (1)")
        #expect(!screen.contains("Added S2"))

        // Ctrl-R searches the history.
        try terminal.type("C-r", "Strong")
        try terminal.waitFor("add s Strong leadership")
        try terminal.type("C-g", "C-u", "quit", "Enter")
        for _ in 0..<100 where (try? terminal.screen()).map({ !$0.contains("[exited]") }) ?? false {
            usleep(50_000)
        }

        // History holds the typed lines (libedit's format escapes spaces), not the abandoned one.
        let history = try terminal.folder.read("history")
        #expect(history.contains("add\\040s\\040Strong\\040leadership"))
        #expect(!history.contains("abandoned"))
        #expect(try terminal.folder.read("workspaces/demo.json").contains("Few IT staff"))
    }

    /// Ctrl-C stops a running command at the prompt: a long script stops between two lines, says where, and every
    /// line before it is in the plan file, none half-applied.
    @Test func ctrlCStopsARunningScriptBetweenTwoLines() throws {
        let terminal = try Terminal()
        let lines = (1...200_000).map { "add s item number \($0)" }
        try terminal.folder.write("long.swot", lines.joined(separator: "\n") + "\n")
        try terminal.startDemoPlan()
        try terminal.type("read long.swot", "Enter")
        try terminal.waitFor("Added S")
        try terminal.type("C-c")
        let screen = try terminal.waitFor("Interrupted: long.swot stopped before its line ")
        try terminal.waitFor("swot[demo]>")
        let stoppedBefore = screen.components(separatedBy: "stopped before its line ").last
            .flatMap { Int($0.prefix { $0.isNumber }) }
        let stopped = try #require(stoppedBefore)
        #expect(stopped < lines.count, "the script ran to its end instead of stopping")

        // The shell takes commands again, and the plan file holds exactly the lines that ran.
        try terminal.type("quit", "Enter")
        for _ in 0..<100 where (try? terminal.screen()).map({ !$0.contains("[exited]") }) ?? false {
            usleep(50_000)
        }
        let plan = try JSONSerialization.jsonObject(with: Data(terminal.folder.read("workspaces/demo.json").utf8))
        let items = (plan as? [String: Any])?["items"] as? [[String: Any]] ?? []
        #expect(items.count == stopped - 1)
        #expect(items.last?["text"] as? String == "item number \(stopped - 1)")
    }

    /// A history file that is a device is refused with a warning, and the prompt comes at once.
    @Test func aHistoryFileThatIsADeviceIsSkippedWithAWarning() throws {
        let terminal = try Terminal(history: "/dev/zero")
        let screen = try terminal.waitFor("swot>")
        #expect(screen.contains("the command history is not kept this session"))
        try terminal.type("new demo", "Enter")
        try terminal.waitFor("swot[demo]>")
    }

    @Test func errorsAtTheTerminalHaveNoLineNumberAndDoNotEndTheSession() throws {
        let terminal = try Terminal(arguments: "--bail")
        try terminal.waitFor("swot>")
        try terminal.type("bogus", "Enter")
        try terminal.waitFor("Error: Unknown command \"bogus\".")
        try terminal.type("help quit", "Enter")
        let screen = try terminal.waitFor("Usage: quit")
        #expect(!screen.contains("near line"))
    }
}
