import Foundation
import Testing
import TestSupport

/// Runs the built `swot` binary as a user would, through pipes, and collects what it printed.
struct SwotProcess {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The `swot` built beside this test bundle (`swift build --build-tests` builds both into one folder).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["SWOT_BIN"] { return URL(fileURLWithPath: path) }
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBundle.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("swot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug/swot")
    }()

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Runs swot with `arguments`, feeding `input` on standard input, in `directory`; through `launcher` (a command
    /// and its arguments, such as setpriv's to run as another user) when one is given.
    static func run(
        _ arguments: [String] = [],
        input: Data = Data(),
        directory: URL,
        environment extra: [String: String] = [:],
                    launcher: [String] = []) throws -> Result {
        let process = Process()
        process.executableURL = launcher.first.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = launcher.isEmpty ? arguments : launcher.dropFirst() + [binary.path] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1763856000"  // 2025-11-23, so reports are byte-stable
        environment["SWOT_HISTORY"] = directory.appendingPathComponent(".history").path
        environment.removeValue(forKey: "SWOT_WORKSPACES")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read on separate threads so large inputs and outputs cannot fill a pipe and stall.
        let writer = Thread {
            writeAll(input, to: stdin.fileHandleForWriting)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(readAll(stderr.fileHandleForReading)) }
        errorReader.start()
        let outData = readAll(stdout.fileHandleForReading)
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return Result(
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errorData.value, as: UTF8.self),
            status: process.terminationStatus
        )
    }

    /// Reads until end of file, retrying interrupted reads (FileHandle's own reader traps on EINTR).
    static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(handle.fileDescriptor, &buffer, buffer.count)
            if count > 0 {
                data.append(buffer, count: count)
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }

    /// Writes everything, retrying interrupted writes; stops quietly when swot has stopped reading (`--bail`).
    static func writeAll(_ data: Data, to handle: FileHandle) {
        signal(SIGPIPE, SIG_IGN)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let count = write(handle.fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count > 0 {
                    offset += count
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    static func run(
        _ arguments: [String] = [],
        script: String,
        directory: URL,
        environment: [String: String] = [:]
    ) throws -> Result {
        try run(arguments, input: Data(script.utf8), directory: directory, environment: environment)
    }
}

/// A value written by one thread and read by another.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return data != nil }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
}

/// GitHub-flavoured Markdown as GitHub renders it, for checking exports.
enum GFM {
    /// Renders Markdown with GitHub's own parser (cmark-gfm with the table extension).
    static func render(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cmark-gfm", "-e", "table"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let html = SwotProcess.readAll(output.fileHandleForReading)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: html, as: UTF8.self)
    }
}

/// A suite whose tests run swot through a pipe in a fresh folder of their own.
/// Plans several suites start from, as commands.
enum SamplePlans {
    /// A new plan `p` in English with two strengths and two weaknesses.
    static let internalItems = """
        new p
        lang en
        add s Terdapat 25 layanan aplikasi e-government
        add s Komitmen pimpinan yang kuat terhadap SPBE
        add w Belum ada SOP penanganan insiden keamanan
        add w Anggaran TIK terbatas

        """
}

protocol PipedSuite {
    var folder: TemporaryFolder { get }
}

extension PipedSuite {
    /// Runs `script` through swot's standard input in the suite's folder.
    func run(_ script: String, _ arguments: [String] = []) throws -> SwotProcess.Result {
        try SwotProcess.run(arguments, script: script, directory: folder.url)
    }
}
