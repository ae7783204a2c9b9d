import Foundation
import Testing
import TestSupport

/// Where swot writes, through the real binary: temporary files no one can predict, only regular files replaced,
/// no overwrite without `--force`, modes kept (issue 13 B2, B3, B4, B6, B11).
@Suite("file targets")
struct FileTargetTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try SwotProcess.run(["-c", "new demo", "-c", "add s Strong leadership"], directory: folder.url)
    }

    var manager: FileManager { .default }

    func mode(_ name: String) throws -> Int {
        (try manager.attributesOfItem(atPath: folder.file(name).path)[.posixPermissions] as! NSNumber).intValue
    }

    /// A pid that is not running: one of a process that has ended.
    func deadPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// B2: links planted for the next pids' temporary names (`.NAME.tmp-PID`) sent an export over a private file.
    @Test func plantedLinksForTemporaryNamesAreNeverFollowed() throws {
        try folder.write("victim.txt", "private\n")
        let next = Int(try String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 1
        for pid in next + 1...next + 300 {
            try? manager.createSymbolicLink(atPath: folder.file(".report.md.tmp-\(pid)").path,
                                            withDestinationPath: folder.file("victim.txt").path)
        }
        let result = try run("open demo\nexport markdown report.md\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try folder.read("victim.txt") == "private\n")
        #expect(try folder.read("report.md").contains("Strong leadership"))
    }

    @Test func temporaryFilesOfAKilledSwotAreRemovedAtTheNextWrite() throws {
        let dead = try deadPid()
        try folder.write("workspaces/.demo.json.tmp-\(dead)-0123456789ab", "{ half a plan")
        try folder.write(".report.md.tmp-\(dead)-0123456789ab", "half a report")
        try folder.write(".report.md.tmp-\(getpid())-0123456789ab", "a live writer's")
        // A version on its way into the backups when the swot saving it was killed.
        try folder.write("workspaces/.backups/demo.pending-\(dead)-01234567.json", "{ an old version")
        let result = try run("open demo\nadd s Another\nsave\nexport markdown report.md\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!manager.fileExists(atPath: folder.file("workspaces/.demo.json.tmp-\(dead)-0123456789ab").path))
        #expect(!manager.fileExists(atPath: folder.file(".report.md.tmp-\(dead)-0123456789ab").path))
        #expect(manager.fileExists(atPath: folder.file(".report.md.tmp-\(getpid())-0123456789ab").path))
        #expect(!manager.fileExists(atPath: folder.file("workspaces/.backups/demo.pending-\(dead)-01234567.json").path))
    }

    /// B3: `/dev/null` was replaced by a file (as root), `/dev/stdout` and links to files were replaced.
    @Test func devicesAndFIFOsAreWrittenIntoAndLinksRefused() throws {
        let null = try run("open demo\nexport json /dev/null\nexport json /dev/stdout\n")
        #expect(null.status == 0, "\(null.stderr)")
        #expect(null.stdout.contains("\"schemaVersion\""))
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(lstat("/dev/stdout", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)

        let fifo = folder.file("report.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = LockedData()
        let reader = Thread { received.set(SwotProcess.readAll(FileHandle(forReadingAtPath: fifo)!)) }
        reader.start()
        let intoFIFO = try run("open demo\nexport markdown report.fifo\n")
        while !received.isSet { usleep(1000) }
        #expect(intoFIFO.status == 0, "\(intoFIFO.stderr)")
        #expect(String(decoding: received.value, as: UTF8.self).contains("Strong leadership"))
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)

        try folder.write("victim.md", "private\n")
        try manager.createSymbolicLink(
            atPath: folder.file("link.md").path,
            withDestinationPath: folder.file("victim.md").path
        )
        let link = try run("open demo\nexport markdown --force link.md\n")
        #expect(link.stderr.contains("link.md: it is a symbolic link, and swot replaces only regular "
            + "files"), "\(link.stderr)")
        #expect(try folder.read("victim.md") == "private\n")
        #expect(lstat(folder.file("link.md").path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    }

    /// B4: `save as` and `export FILE` replaced anything, even the plan another session held.
    @Test func existingFilesAreReplacedOnlyWithForceAndHeldPlansNever() throws {
        try folder.write("report.md", "keep me\n")
        let refused = try run("open demo\nexport markdown report.md\nsave as report.json\nsave as report.json\n")
        #expect(refused.stderr.contains("Cannot write report.md: the file exists. Add --force"), "\(refused.stderr)")
        #expect(try folder.read("report.md") == "keep me\n")
        #expect(refused.stderr.contains("Cannot write report.json: the file exists."))
        let forced = try run("open demo\nexport markdown --force report.md\nexport json plan.json --force\n")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try folder.read("report.md").contains("Strong leadership"))

        let holder = try SafetyTests.LiveSession(directory: folder.url)
        holder.send("open demo")
        holder.waitFor("Opened demo")
        _ = try SwotProcess.run(["-c", "new draft", "-c", "add s One item"], directory: folder.url)
        let overHeld = try run("open draft\nsave as --force workspaces/demo.json\n")
        holder.finish()
        #expect(overHeld.stderr.contains("it is the file of plan demo, which a swot session has "
            + "open"), "\(overHeld.stderr)")
        #expect(try folder.read("workspaces/demo.json").contains("Strong leadership"))
    }

    /// B6: a 0600 plan became 0644, a 0444 plan was replaced, an export lost its mode.
    @Test func modesAreKeptAndReadOnlyPlansRefused() throws {
        #expect(chmod(folder.file("workspaces/demo.json").path, 0o600) == 0)
        _ = try run("open demo\nadd s Second\n")
        #expect(try mode("workspaces/demo.json") == 0o600)
        _ = try run("open demo\nexport markdown report.md\n")
        #expect(chmod(folder.file("report.md").path, 0o640) == 0)
        _ = try run("open demo\nexport markdown --force report.md\n")
        #expect(try mode("report.md") == 0o640)

        #expect(chmod(folder.file("workspaces/demo.json").path, 0o444) == 0)
        let before = try folder.read("workspaces/demo.json")
        for arguments in [["--interactive"], []] {
            let readOnly = try SwotProcess.run(arguments, script: "open demo\nadd s Third\n", directory: folder.url)
            #expect(readOnly.stderr.contains("it is read-only (mode 444), so swot does not replace "
                + "it"), "\(readOnly.stderr)")
            #expect(try folder.read("workspaces/demo.json") == before)
            #expect(try mode("workspaces/demo.json") == 0o444)
        }
    }

    /// B11: a NUL byte in a path wrote one file and reported another; SIGXFSZ killed swot under `ulimit -f`.
    @Test func aNulInAPathIsRefusedAndAFileSizeLimitIsReported() throws {
        let nul = try run("open demo\nexport markdown a\u{0}b.md\n")
        #expect(nul.stderr.contains("U+0000"), "\(nul.stderr)")
        #expect(!manager.fileExists(atPath: folder.file("a").path))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 0; exec \"$0\" -c 'open demo' -c 'export markdown big.md' "
            + "2>&1", SwotProcess.binary.path]
        process.currentDirectoryURL = folder.url
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: SwotProcess.readAll(output.fileHandleForReading), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 2, "\(text)")
        #expect(text.contains("Cannot write big.md: the file is larger than this process may write"), "\(text)")
    }
}
