import Foundation
import Testing
import TestSupport

/// Nothing lost: one writer per plan, changes by other programs detected, backups, failed saves kept in memory.
@Suite("plan safety")
struct SafetyTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try SwotProcess.run(["-c", "new demo", "-c", "add s First strength"], directory: folder.url)
    }

    /// Another program changes the plan file: "First strength" becomes "Edited elsewhere".
    func editElsewhere() throws {
        let edited = try folder.read("workspaces/demo.json").replacingOccurrences(
            of: "First strength",
            with: "Edited elsewhere"
        )
        try edited.write(to: folder.file("workspaces/demo.json"), atomically: true, encoding: .utf8)
    }

    /// A swot process kept running, fed one line at a time, as a planner's open session.
    final class LiveSession {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        private let collected = LockedText()

        init(directory: URL) throws {
            process.executableURL = SwotProcess.binary
            process.arguments = ["--batch"]
            process.currentDirectoryURL = directory
            process.standardInput = input
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let handle = output.fileHandleForReading
            let collected = self.collected
            Thread {
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = read(handle.fileDescriptor, &buffer, buffer.count)
                    if count > 0 {
                        collected.append(String(decoding: buffer[0..<count], as: UTF8.self))
                    } else if count < 0 && errno == EINTR {
                        continue
                    } else {
                        break
                    }
                }
            }.start()
        }

        func send(_ line: String) {
            SwotProcess.writeAll(Data((line + "\n").utf8), to: input.fileHandleForWriting)
        }

        /// Waits until the output shows `text` (at most 10 s) and returns all output so far.
        @discardableResult
        func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
            for _ in 0..<200 {
                if collected.value.contains(text) { return collected.value }
                usleep(50_000)
            }
            Issue.record(
                "The session never printed \(text.debugDescription); it printed:\n\(collected.value)",
                sourceLocation: sourceLocation
            )
            return collected.value
        }

        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func finish() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    /// Issue 13 B11: in a folder the user may only read, `open` blamed the lock file; it now says how to read the plan.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root, to run swot as another user through setpriv"))
    func aFolderTheUserMayOnlyReadSuggestsOpeningThePlanReadOnly() throws {
        let workspaces = folder.file("workspaces").path
        chmod(folder.url.path, 0o755)
        chmod(workspaces, 0o555)
        defer { chmod(workspaces, 0o755) }
        let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        let result = try SwotProcess.run(["-c", "open demo", "-c", "open demo read-only"], directory: folder.url,
                                         launcher: nobody)
        let advice = "swot may not write in workspaces, so it cannot take demo to change it. Open it read-only to look "
            + "at it, and from there save a copy as a file in a folder you can write. Type `open demo read-only` or "
            + "`save as PATH`."
        #expect(result.stderr.contains(advice), "\(result.stderr)")
        #expect(result.stdout.contains("Opened demo read-only: 1 strengths"), "\(result.stdout)")
    }

    @Test func aSecondSessionIsToldWhoHoldsThePlanAndMayOnlyRead() throws {
        let first = try LiveSession(directory: folder.url)
        first.send("open demo")
        first.waitFor("Opened demo")
        let second = try SwotProcess.run(["-c", "open demo"], directory: folder.url)
        #expect(second.status == 2)
        #expect(second.stderr.contains("demo is open in another swot session (pid \(first.process.processIdentifier) "
            + "on "))
        #expect(second.stderr.contains("Type `open demo read-only`"))
        let reader = try SwotProcess.run(
            ["-c", "open demo read-only", "-c", "list s", "-c", "add s Sneaky"],
            directory: folder.url
        )
        #expect(reader.stdout.contains("Opened demo read-only"))
        #expect(reader.stdout.contains("S1   First strength"))
        #expect(reader.stderr.contains("demo is open read-only, so nothing was saved."))
        // The holder dies without cleaning up: its lock is taken over at once.
        first.kill()
        let after = try SwotProcess.run(["-c", "open demo", "-c", "add s After the crash"], directory: folder.url)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(!(try folder.read("workspaces/demo.json")).contains("Sneaky"))
    }

    /// A script journals its changes beside the plan file; a reader sees them at once, and after a kill the next
    /// `open` writes them into the plan file and says so.
    @Test func changesOfAKilledScriptAreRecoveredOnTheNextOpen() throws {
        let session = try LiveSession(directory: folder.url)
        session.send("open demo")
        session.send("add s Journaled strength")
        session.send("title Rencana baru")
        session.waitFor("Added S2")
        session.send("list s")
        session.waitFor("S2   Journaled strength")
        #expect(
            !(try folder.read("workspaces/demo.json")).contains("Journaled strength"),
            "a script rewrote the plan file for one change"
        )
        #expect(FileManager.default.fileExists(atPath: folder.file("workspaces/.demo.journal").path))
        let reader = try SwotProcess.run(["-c", "open demo read-only", "-c", "list s"], directory: folder.url)
        #expect(reader.stdout.contains("S2   Journaled strength"))
        #expect(reader.stderr.contains("Note: 2 change(s) the other session has not yet written to demo.json are "
            + "included."))
        session.kill()
        let reopened = try SwotProcess.run(["-c", "open demo", "-c", "title"], directory: folder.url)
        #expect(reopened.stderr.contains("Recovered 2 change(s) that a session which ended without closing demo had "
            + "not yet written to demo.json"), "\(reopened.stderr)")
        #expect(reopened.stdout.contains("Rencana baru"))
        #expect(try folder.read("workspaces/demo.json").contains("Journaled strength"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("workspaces/.demo.journal").path))
        #expect(try folder.read("workspaces/.backups/demo.1.json").contains("First strength"))
        // Nothing is left to recover the time after.
        let again = try SwotProcess.run(["-c", "open demo"], directory: folder.url)
        #expect(again.stderr.isEmpty, "\(again.stderr)")
    }

    /// At a terminal every change is written to the plan file at once; a script writes it when it ends.
    @Test func aScriptLeavesThePlanFileCompleteAndNoJournal() throws {
        let result = try SwotProcess.run(
            script: "open demo\n" + (1...50).map { "add w Kelemahan \($0)" }.joined(separator: "\n") + "\n",
            directory: folder.url
        )
        #expect(result.status == 0)
        #expect(try folder.read("workspaces/demo.json").contains("Kelemahan 50"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("workspaces/.demo.journal").path))
    }

    /// The workspaces folder removed while a plan is open: each change says so and is kept; `save overwrite`
    /// writes the plan again (folder included).
    @Test func aRemovedPlanFileIsReportedAndCanBeWrittenAgain() throws {
        let session = try LiveSession(directory: folder.url)
        session.send("open demo")
        session.waitFor("Opened demo")
        try FileManager.default.removeItem(at: folder.file("workspaces"))
        session.send("add s Kept in memory")
        session.waitFor("workspaces/demo.json was deleted (or its folder removed) by another program while the plan "
            + "was open")
        session.send("save overwrite")
        session.waitFor("Saved demo again (workspaces/demo.json).")
        session.finish()
        #expect(try folder.read("workspaces/demo.json").contains("Kept in memory"))
    }

    /// A script that ends while its plan file was changed by another program: the file is left alone, and the
    /// session's plan is written beside the backups instead of being lost.
    @Test func aPlanThatCannotBeWrittenAtTheEndIsKeptAside() throws {
        let session = try LiveSession(directory: folder.url)
        session.send("open demo")
        session.send("add s From the script")
        session.waitFor("Added S2")
        try editElsewhere()
        session.send("add s Second from the script")
        session.waitFor("was changed by another program")
        session.finish()
        // Since issue 13 each plan kept aside has a dated name of its own, so none replaces an earlier one.
        session.waitFor("Warning: could not write demo when closing it, so this session's plan was written to "
            + "workspaces/.backups/demo.unsaved.20")
        #expect(try folder.read("workspaces/demo.json").contains("Edited elsewhere"))
        let name = try FileManager.default.contentsOfDirectory(atPath: folder.file("workspaces/.backups").path)
            .first { $0.hasPrefix("demo.unsaved.") }
        let kept = try folder.read("workspaces/.backups/\(try #require(name))")
        #expect(kept.contains("From the script") && kept.contains("Second from the script"))
    }

    @Test func aChangeByAnotherProgramIsNotOverwrittenSilently() throws {
        let session = try LiveSession(directory: folder.url)
        session.send("open demo")
        session.waitFor("Opened demo")
        usleep(20_000)
        try editElsewhere()
        session.send("add s From the session")
        session.waitFor("was changed by another program since swot read it")
        #expect(try folder.read("workspaces/demo.json").contains("Edited elsewhere"))
        #expect(!(try folder.read("workspaces/demo.json")).contains("From the session"))
        session.send("save overwrite")
        session.waitFor("Saved demo over the changed file")
        session.send("restore")
        session.waitFor("  1  ")
        session.finish()
        let saved = try folder.read("workspaces/demo.json")
        #expect(saved.contains("From the session"))
        #expect(try folder.read("workspaces/.backups/demo.1.json").contains("Edited elsewhere"))
    }

    @Test func reloadTakesTheFileAsItIsNow() throws {
        let session = try LiveSession(directory: folder.url)
        session.send("open demo")
        session.waitFor("Opened demo")
        try editElsewhere()
        session.send("add w Conflicting")
        session.waitFor("changed by another program")
        session.send("reload")
        session.send("list s")
        let output = session.waitFor("S1   Edited elsewhere")
        #expect(output.contains("Reloaded demo"))
        session.finish()
    }

    /// A script writes the plan file when it ends and on `save` (between them its changes go to the journal); each
    /// write keeps the version before as a backup.
    @Test func everySaveKeepsABackupAndRestoreBringsOneBack() throws {
        let result = try SwotProcess.run(script: "open demo\nadd s Second\nsave\nadd s Third\nsave\nremove "
            + "S1\nsave\nrestore\nrestore 3\nlist s\nundo\nlist s\nrestore 9\n", directory: folder.url)
        // Since issue 13 each backup is listed with its date and time, its counts and what the next save changed.
        #expect(result.stdout.contains("  1  20"), "\(result.stdout)")
        #expect(result.stdout.contains("3 butir (S 3, W 0, O 0, T 0); 0 strategi, 0 diterima; lalu: butir 1 dihapus"))
        #expect(result.stdout.contains("1 butir (S 1, W 0, O 0, T 0); 0 strategi, 0 diterima; lalu: butir 1 ditambah"))
        #expect(result.stdout.contains("Restored backup 3: 1 strengths"))
        #expect(result.stdout.contains("Strengths / Kekuatan (1)\n  S1   First strength"))
        #expect(result.stdout.contains("Strengths / Kekuatan (2)\n  S2   Second"))
        #expect(result.stderr.contains("No backup 9. Backups: 1, 2, 3, 4, 5 (1 is the newest)."))
        // Restoring an old version does not hand out ids again that were given since.
        let more = try SwotProcess.run(script: "open demo\nrestore 4\nadd s Fresh\n", directory: folder.url)
        #expect(more.stdout.contains("Added S4: Fresh"))
    }

    @Test func aFailedSaveKeepsTheChangeInMemoryAndSaysHowToKeepIt() throws {
        // A file-size limit makes the plan file impossible to write once it grows (as a full disk would).
        let script = "open demo\n" + (1...30).map { "add s Strength number \($0) with enough words to grow the "
            + "file" }.joined(separator: "\n") + "\nlist s\nexport json\n"
        try folder.write("grow.swot", script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 8; exec \"$0\" grow.swot", SwotProcess.binary.path]
        process.currentDirectoryURL = folder.url
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorText = LockedText()
        Thread { errorText.append(String(decoding: SwotProcess.readAll(errors.fileHandleForReading), as: UTF8.self)) }
            .start()
        let out = String(decoding: SwotProcess.readAll(output.fileHandleForReading), as: UTF8.self)
        process.waitUntilExit()
        usleep(100_000)
        #expect(process.terminationStatus == 2)
        #expect(errorText.value.contains("the file is larger than this process may write"))
        #expect(errorText.value.contains("The change is kept in this session only: `save` tries again, `save as PATH` "
            + "writes the plan elsewhere."))
        // The session still has every item; the file on disk is the last complete save.
        #expect(out.contains("Strengths / Kekuatan (31)"))
        let onDisk =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("workspaces/demo.json")))
            as! [String: Any]
        #expect((onDisk["items"] as! [Any]).count < 31)
    }

    @Test func linksInTheWorkspacesFolderAreNotFollowed() throws {
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("workspaces/evil.json").path,
            withDestinationPath: "/etc/hostname"
        )
        let result = try SwotProcess.run(["-c", "open evil"], directory: folder.url)
        #expect(result.stderr.contains("evil.json is a symbolic link; swot does not follow links"))
    }

    @Test func saveAsWritesACopyElsewhere() throws {
        let result = try SwotProcess.run(
            ["-c", "open demo", "-c", "save as copy.json", "-c", "save as copy.txt"],
            directory: folder.url
        )
        #expect(result.stdout.contains("Wrote copy.json."))
        #expect(result.stderr.contains("Give a file name ending in .json"))
        #expect(try folder.read("copy.json") == (try folder.read("workspaces/demo.json")))
    }
}

/// Text appended by one thread and read by another.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ more: String) { lock.lock(); text += more; lock.unlock() }
    var value: String { lock.lock(); defer { lock.unlock() }; return text }
}
