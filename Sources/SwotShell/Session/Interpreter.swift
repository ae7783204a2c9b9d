import SwotCore

/// Runs command lines: finds the command, runs it, reports errors with their line number, and counts them.
public final class Interpreter {
    public let session: Session
    public let table: CommandTable
    public private(set) var errorCount = 0
    /// True once `--bail` stopped a script.
    public private(set) var bailed = false

    /// Scripts may `read` scripts; deeper than this is taken for a script that reads itself.
    static let maximumReadDepth = 16

    public init(session: Session, table: CommandTable = .standard) {
        self.session = session
        self.table = table
    }

    /// Runs every line of a source. `sourceName` is nil for the top-level input, else the file `read` opened.
    public func run(_ source: inout some LineSource, sourceName: String? = nil) {
        var lineNumber = 0
        while !session.quitRequested, !bailed, let next = source.nextLine() {
            lineNumber += 1
            // Ctrl-C while a script runs: stop between two commands, so each one ran whole or not at all.
            if let sourceName, Interruption.take() {
                session.note("Interrupted: \(sourceName) stopped before its line \(lineNumber); the lines before it "
                    + "ran and are saved.")
                errorCount += 1
                return
            }
            switch next {
            case .success(let line):
                do {
                    try execute(line)
                } catch {
                    report(error, line: lineNumber, sourceName: sourceName)
                }
            case .failure(let error):
                report(error, line: lineNumber, sourceName: sourceName)
            }
        }
    }

    /// Runs one command line. Blank lines and lines starting with `#` do nothing.
    public func execute(_ line: String) throws {
        if let conversation = session.conversation {
            do {
                try conversation.answer(line, session: session)
                return
            } catch {
                // A command where an answer was expected (a script that gives fewer answers than there are questions):
                // the conversation stops where it can be resumed, and the line runs as the command it is.
                let first = line.trimmingWhitespace().split(separator: " ").first.map { $0.lowercased() }
                guard let first, table.names.contains(first) else { throw error }
                conversation.suspend(session: session)
            }
        }
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return }
        let words = try CommandWords(trimmed)
        guard let name = words[0] else { return }
        let command = try table.find(name)
        try command.run(Invocation(session: session, command: command, words: words, interpreter: self))
    }

    /// Runs a script file from inside a session (`read FILE`), with its own line numbers in errors.
    func runScript(at path: String) throws {
        guard session.readDepth < Interpreter.maximumReadDepth else {
            throw ShellError.badArgument("Scripts are nested more than \(Interpreter.maximumReadDepth) deep; does "
                + "\(path) read itself?")
        }
        var source = try FileLineSource(path: path)
        session.readDepth += 1
        run(&source, sourceName: path)
        session.readDepth -= 1
        // The script's changes were journaled; at the terminal the file is current after every typed command.
        if session.isInteractive && session.readDepth == 0 { try session.writeJournaledChanges() }
    }

    private func report(_ error: any Error, line: Int, sourceName: String?) {
        errorCount += 1
        let safe = TerminalText.safe(ErrorText.of(error, language: session.plan?.effectiveLanguage))
        if session.isInteractive && sourceName == nil {
            session.note("Error: \(safe)")
        } else if let sourceName {
            session.note("Error: near line \(line) of \(sourceName): \(safe)")
        } else {
            session.note("Error: near line \(line): \(safe)")
        }
        // Interactive sessions never end on an error; scripts do with --bail.
        if session.bailOnError && !(session.isInteractive && sourceName == nil) {
            bailed = true
        }
    }
}
