#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a helper program (pandoc) found on PATH and waits for it; what it says on standard error is kept for the
/// error message. Nothing is read from its standard input.
enum ExternalProgram {
    struct Outcome {
        var status: Int32
        var errorOutput: String
    }

    enum Failure: Error, Equatable {
        /// The program is not installed (not found on PATH).
        case notFound
        case couldNotStart(code: Int32)
    }

    /// Runs `arguments[0]` with the given environment; standard output and error go to `logPath`.
    static func run(_ arguments: [String], environment: [String: String], logPath: String) throws(Failure) -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        // posix_spawnp looks the program up on the PATH of this process, so PATH is taken from here too.
        let code = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard code == 0 else { throw code == ENOENT ? .notFound : .couldNotStart(code: code) }
        var status: Int32 = 0
        _ = Platform.retrying { waitpid(pid, &status, 0) }
        let exited = (status & 0x7F) == 0
        let log = (try? AtomicFile.read(logPath)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return Outcome(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), errorOutput: log)
    }
}
