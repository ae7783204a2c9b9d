/// The command-line options of `swot`.
public struct ShellOptions: Equatable, Sendable {
    public enum Mode: Equatable, Sendable { case automatic, batch, interactive }

    public var mode: Mode = .automatic
    public var bail = false
    /// Every change durable on disk before it is reported (`--sync`).
    public var sync = false
    public var commands: [String] = []
    public var scriptPath: String?
    public var workspacesFolder: String?
    public var showHelp = false
    public var showVersion = false

    public init() {}

    public static let usage = """
        Usage: swot [OPTIONS] [SCRIPT]

        A SWOT strategy workbench for e-Government planners. Without SCRIPT or -c, reads commands from the
        terminal (with line editing) or from standard input when it is a pipe.

        Options:
          -c, --command CMD    Run CMD (repeatable, in order), then exit
          --bail               Stop at the first error in a script
          --sync               Flush every change of a script to the disk before reporting it (slower; without it,
                               at least once a second and at the end)
          --batch              Act as if standard input were not a terminal: no banner, prompt or history
          --interactive        Act as if standard input were a terminal
          --workspaces DIR     Folder of plan files (default: $SWOT_WORKSPACES or ./workspaces)
          -h, --help           Show this help
          --version            Show the version

        Exit status: 0 all commands succeeded; 1 usage or start-up error; 2 some commands failed;
        3 stopped by --bail at the first error.
        """

    /// Parses the arguments after the program name.
    public static func parse(_ arguments: [String]) throws(ShellError) -> ShellOptions {
        var options = ShellOptions()
        var index = 0
        func value(for option: String) throws(ShellError) -> String {
            index += 1
            guard index < arguments.count else {
                throw ShellError.badArgument("\(option) needs a value. See `swot --help`.")
            }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "-c", "--command", "-cmd": options.commands.append(try value(for: argument))
            case "--bail", "-bail": options.bail = true
            case "--sync", "-sync": options.sync = true
            case "--batch", "-batch": options.mode = .batch
            case "--interactive", "-interactive": options.mode = .interactive
            case "--workspaces": options.workspacesFolder = try value(for: argument)
            case "-h", "--help", "-help": options.showHelp = true
            case "--version", "-version": options.showVersion = true
            default:
                if argument.hasPrefix("--workspaces=") {
                    options.workspacesFolder = String(argument.dropFirst("--workspaces=".count))
                } else if argument.hasPrefix("-") && argument != "-" {
                    throw ShellError.badArgument("Unknown option \(argument). See `swot --help`.")
                } else if options.scriptPath == nil {
                    options.scriptPath = argument
                } else {
                    throw ShellError.badArgument("Only one script file can be given (got \(options.scriptPath!) and "
                        + "\(argument)). Use `read FILE` inside a script to run more.")
                }
            }
            index += 1
        }
        return options
    }
}
