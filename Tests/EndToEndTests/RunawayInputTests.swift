import Foundation
import Testing
import TestSupport

/// Input that never ends or is far too large, and the backups folder, through the real binary (issue 13 B5, B7,
/// B8, B11).
@Suite("runaway input and backups")
struct RunawayInputTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try SwotProcess.run(["-c", "new demo", "-c", "add s Strong leadership"], directory: folder.url)
    }

    /// B8: `read /dev/zero` spun, `read FIFO` blocked forever, `kb load /dev/zero` aborted allocating 4 GB.
    @Test func devicesAndFIFOsAreRefusedWhereAFileIsExpected() throws {
        #expect(mkfifo(folder.file("commands.fifo").path, 0o600) == 0)
        let started = Date()
        let result = try run("open demo\nread /dev/zero\nread commands.fifo\nkb load /dev/zero\nkb load "
            + "commands.fifo\n")
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.stderr.components(separatedBy: "it is not a regular file").count == 5, "\(result.stderr)")
    }

    /// B11: a 200 MB plan file used 5 GB before being refused; it is refused by its size, before it is read.
    @Test func aHugePlanFileIsRefusedByItsSize() throws {
        let path = folder.file("workspaces/huge.json").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("{\"schemaVersion\": 1, \"x\": [".utf8)))
        #expect(truncate(path, 200 << 20) == 0)
        let result = try run("open huge\n")
        #expect(result.stderr.contains("Cannot read workspaces/huge.json: it is larger than 64 MB"), "\(result.stderr)")
    }

    /// B11: a `.backups` that is a link was followed out of the workspaces folder.
    @Test func aLinkedBackupsFolderIsNotFollowed() throws {
        let outside = try TemporaryFolder()
        try FileManager.default.removeItem(at: folder.file("workspaces/.backups"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("workspaces/.backups").path,
            withDestinationPath: outside.url.path
        )
        let result = try SwotProcess.run(["--interactive"], script: "open demo\nadd s Second\n", directory: folder.url)
        #expect(result.stderr.contains("workspaces/.backups is a symbolic link"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.url.path).isEmpty)
    }

    /// B5: `restore` shows when each backup was written and what the save after it changed; saves without a change
    /// leave the ring alone.
    @Test func restoreShowsDatesAndChangesAndEmptySavesKeepTheRing() throws {
        _ = try SwotProcess.run(
            ["--interactive"],
            script: "open demo\nadd w Few staff\nadd o Programme\n",
            directory: folder.url
        )
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.file("workspaces/.backups").path)
            .sorted()
        _ = try run("open demo\nsave\nsave\nsave\n")
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.file("workspaces/.backups").path)
            .sorted()
        #expect(before == after)
        let listing = try run("open demo\nlang en\nrestore\n")
        let lines = listing.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(lines.count >= 2, "\(listing.stdout)")
        #expect(lines.first?.contains(" 20") == true)
        #expect(lines.first?.contains("then: items 1 added") == true, "\(listing.stdout)")
    }

    /// B7: `--sync` makes every change durable before it is reported; the script's result is the same.
    @Test func syncModeGivesTheSamePlan() throws {
        let script = (0..<50).map { "add s Item \($0) kepemimpinan" }.joined(separator: "\n")
        let synced = try SwotProcess.run(["--sync"], script: "open demo\n" + script + "\n", directory: folder.url)
        #expect(synced.status == 0, "\(synced.stderr)")
        let help = try SwotProcess.run(["--help"], directory: folder.url)
        #expect(help.stdout.contains("--sync"))
        #expect(try folder.read("workspaces/demo.json").contains("Item 49 kepemimpinan"))
    }
}
