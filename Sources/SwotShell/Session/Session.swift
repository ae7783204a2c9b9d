import SwotCore

/// Everything a running shell knows: the workspace, the open plan's document, and where output goes.
///
/// The open plan, its file, undo and the knowledge base belong to the `PlanDocument` (in the core); the session adds
/// what only a shell has: the terminal or script it reads, the participant named with `as`, a running interview,
/// how deeply `read` is nested (which decides how changes are written), and printing the document's warnings.
public final class Session {
    public let workspace: Workspace
    public let environment: [String: String]
    /// The open plan, or nil.
    public private(set) var document: PlanDocument?
    let output: Output
    /// Each item's `list` line, kept from one `list` to the next.
    let listedLines = ListedLines()
    /// True when a person is typing at a terminal: prompts, banner, history and plain `Error:` messages.
    public let isInteractive: Bool
    /// Stop a script at the first error (`--bail`).
    public var bailOnError: Bool
    /// Flush every journaled change to the disk before it is reported (`--sync`).
    public var syncEveryChange = false
    /// Set by `quit`.
    public internal(set) var quitRequested = false
    /// How deeply `read` is nested, to stop a script that reads itself.
    var readDepth = 0
    /// A conversation that takes the next lines as answers instead of commands (an `assess` interview).
    /// While set, the interpreter hands every line to it; it clears itself when the conversation ends.
    public var conversation: (any Conversation)?
    /// The participant whose weights and ratings the next commands record (`as NAME`); nil for the facilitator,
    /// whose values are the plan's own. Cleared when another plan is opened.
    public var participant: String?

    public init(
        workspace: Workspace,
        environment: [String: String],
        output: Output,
        isInteractive: Bool,
        bailOnError: Bool = false
    ) {
        self.workspace = workspace
        self.environment = environment
        self.output = output
        self.isInteractive = isInteractive
        self.bailOnError = bailOnError
    }

    /// The open plan, if any.
    public var plan: Plan? { document?.plan }
    /// The open plan's file: lock, change detection, backups.
    public var file: OpenPlanFile? { document?.file }
    /// True when the plan in memory differs from what is on disk because a write failed.
    public var hasUnsavedChanges: Bool { document?.hasUnsavedChanges ?? false }

    /// The open plan, or an error telling the planner to open one.
    public func requirePlan() throws(ShellError) -> Plan {
        try requireDocument().plan
    }

    /// The open plan's document, set to write changes the way this session writes them now.
    public func requireDocument() throws(ShellError) -> PlanDocument {
        guard let document else { throw ShellError.noPlanOpen }
        document.writeMode = writeMode
        document.syncEveryChange = syncEveryChange
        return document
    }

    /// The knowledge base in force: the shipped one plus the open plan's entries from `kb load`.
    public var knowledgeBase: KnowledgeBase {
        guard let document else { return .shipped }
        defer { printWarnings() }
        return document.knowledgeBase
    }

    /// The matcher for `knowledgeBase`, built on first use (a few milliseconds) so start-up stays fast.
    public var matcher: Matcher {
        guard let document else { return .shipped }
        defer { printWarnings() }
        return document.matcher
    }

    /// Changes the open plan (see `PlanDocument.change`); a failed write keeps the change and says how to save it.
    @discardableResult
    public func change<Result>(
        _ scope: PlanDocument.Scope = .plan, _ body: (inout Plan) throws -> Result
    ) throws -> Result {
        let document = try requireDocument()
        return try savingHint { try document.change(scope, body) }
    }

    /// Runs a document call, giving a change that could not be written the hint how to write it later.
    public func savingHint<Result>(_ call: () throws -> Result) throws -> Result {
        do {
            return try call()
        } catch let error as PlanNotWritten {
            throw SaveFailure(underlying: error.underlying)
        }
    }

    /// How a change reaches the disk: a command typed at a terminal rewrites the plan file; scripts, pipes and
    /// `read` inside a terminal session journal each change and rewrite the file when they end (thousands of changes a
    /// second, none lost to a kill).
    public var writeMode: OpenPlanFile.WriteMode { isInteractive && readDepth == 0 ? .everyChange : .journal }

    /// Makes `document` the open plan (after `new` or `open`); the previous plan is closed.
    public func open(_ document: PlanDocument) {
        close()
        self.document = document
        participant = nil
    }

    /// Writes the plan file now if a script journaled changes to it; after `read` at a terminal, so the file is
    /// current again when the planner types the next command. A failure is reported and the journal keeps the changes.
    func writeJournaledChanges() throws {
        try document?.writeJournaledChanges()
    }

    /// Closes the plan and gives up its lock, writing the plan file first if it lags behind.
    public func close() {
        if let document {
            // The workspaces folder may be gone altogether: then the home folder, then the temporary folder.
            let fallbacks = [environment["HOME"], environment["TMPDIR"] ?? "/tmp"].compactMap { $0 }
            if let warning = document.close(fallbacks: fallbacks) { note(Session.describe(warning)) }
        }
        document = nil
        participant = nil
    }

    /// Prints the warnings the open plan's document gathered.
    func printWarnings() {
        for warning in document?.takeWarnings() ?? [] { note(Session.describe(warning)) }
    }

    /// A document's warning as the planner reads it, with the commands that help.
    static func describe(_ warning: DocumentWarning) -> String {
        switch warning {
        case .knowledgeExtensionLeftOut(let reason):
            return "Warning: the plan's own knowledge-base entries do not fit the built-in knowledge base, so they are "
                + "left out: \(reason) `kb unload` removes them; then `kb load` a corrected file."
        case .notWrittenAtClose(let name, let keptAt, let reason):
            let kept =
                keptAt.map {
                    "this session's plan was written to \($0) instead (copy it into the workspaces folder under a plan "
                        + "name to open it)"
                }
                ?? "this session's unsaved changes are lost"
            return "Warning: could not write \(name) when closing it, so \(kept). Why: \(reason)"
        }
    }

    /// Prints a result line.
    public func print(_ text: String) {
        output.write(text + "\n")
    }

    /// Prints a note for the planner (a warning that does not fail the command) to standard error.
    public func note(_ text: String) {
        output.writeError(text + "\n")
    }
}

/// A save that failed: the change is kept in the session, and the message says how to write it later.
public struct SaveFailure: PlannerFacingError {
    public var underlying: WorkspaceError

    public var message: String {
        "\(ErrorText.of(underlying, language: nil)) The change is kept in this session only: `save` tries again, "
            + "`save as PATH` writes the plan elsewhere."
    }
}

/// Where a session's output goes: standard output and standard error, or strings in tests. Everything written is
/// made terminal-safe here (`TerminalText.safeOutput`), so no command can pass a file's escape sequences through.
public final class Output {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.writeOut = out
        self.writeErr = err
    }

    public func write(_ text: String) { writeOut(TerminalText.safeOutput(text)) }
    public func writeError(_ text: String) { writeErr(TerminalText.safeOutput(text)) }
}

/// A multi-line exchange with the planner, such as an interview, that reads answers from the same input as
/// commands (terminal, pipe or script), so it works identically interactively and in batch.
public protocol Conversation: AnyObject {
    /// The prompt shown while waiting for the next answer (interactive only).
    var prompt: String { get }
    /// Handles one answer line. Throwing reports an error (with its line number) and keeps the conversation going.
    func answer(_ line: String, session: Session) throws
    /// Ends the conversation early, where it can be resumed, because a command came instead of an answer.
    func suspend(session: Session)
}
