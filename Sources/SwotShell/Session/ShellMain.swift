#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SwotCore

/// The `swot` program: reads the options, picks interactive or batch mode, runs the input, returns the exit status.
public enum ShellMain {
    public static let version = "0.1.0"

    /// Exit statuses, documented in the README and in `swot --help`.
    public enum ExitStatus: Int32 {
        case success = 0
        case usage = 1
        case commandsFailed = 2
        case bailed = 3
    }

    public static func run(arguments: [String], environment: [String: String]) -> Int32 {
        // A write past `ulimit -f` then fails with EFBIG, which is reported, instead of killing swot.
        Platform.ignore(SIGXFSZ)
        let output = Output(out: { writeAll($0, to: STDOUT_FILENO) }, err: { writeAll($0, to: STDERR_FILENO) })
        let options: ShellOptions
        do {
            options = try ShellOptions.parse(Array(arguments.dropFirst()))
        } catch {
            output.writeError("swot: \(error.message)\n")
            return ExitStatus.usage.rawValue
        }
        if options.showHelp {
            output.write(ShellOptions.usage + "\n")
            return ExitStatus.success.rawValue
        }
        if options.showVersion {
            output.write("swot \(version)\n")
            return ExitStatus.success.rawValue
        }
        let folder = options.workspacesFolder ?? environment["SWOT_WORKSPACES"] ?? "workspaces"
        let readsTerminal = options.commands.isEmpty && options.scriptPath == nil
        let interactive: Bool
        switch options.mode {
        case .batch: interactive = false
        case .interactive: interactive = true
        case .automatic: interactive = readsTerminal && isatty(STDIN_FILENO) == 1
        }
        let session = Session(
            workspace: Workspace(folder: folder), environment: environment, output: output,
            isInteractive: interactive, bailOnError: options.bail
        )
        session.syncEveryChange = options.sync
        let interpreter = Interpreter(session: session)

        if !options.commands.isEmpty {
            var source = ListLineSource(options.commands)
            interpreter.run(&source)
        } else if let path = options.scriptPath {
            do {
                var source = try FileLineSource(path: path)
                interpreter.run(&source)
            } catch {
                output.writeError("swot: \(error.message)\n")
                return ExitStatus.usage.rawValue
            }
        } else if interactive && isatty(STDIN_FILENO) == 1 && environment["TERM"] != "dumb" {
            output.write("swot \(version): SWOT strategy workbench. Type `help` for commands, `quit` to leave.\n")
            var editor = LineEditor(session: session, table: interpreter.table, historyPath: historyPath(environment))
            interpreter.run(&editor)
            editor.close()
        } else {
            var source = FileLineSource(descriptor: STDIN_FILENO)
            // Before waiting for more input, the changes so far reach the disk.
            source.beforeWaiting = { session.file?.syncJournal() }
            interpreter.run(&source)
        }

        session.close()
        if interpreter.bailed { return ExitStatus.bailed.rawValue }
        return interpreter.errorCount > 0 ? ExitStatus.commandsFailed.rawValue : ExitStatus.success.rawValue
    }

    /// `$SWOT_HISTORY`, else `~/.swot_history`.
    static func historyPath(_ environment: [String: String]) -> String? {
        if let path = environment["SWOT_HISTORY"], !path.isEmpty { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return FilePath.join(home, ".swot_history")
    }

    /// Writes all of `text`; a closed output (a pager that quit) is not an error worth reporting.
    static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text  // its own bytes are written, not a copy (a `list` of a large plan is megabytes)
        _ = text.withUTF8 { Platform.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
    }
}
