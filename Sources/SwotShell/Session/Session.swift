import SwotCore

/// Everything a running shell knows: the workspace, the open plan, its undo history and where output goes.
///
/// Commands change the plan through `change(_:)`, which works on a copy and makes it current only when the
/// command succeeds, then records it on disk (see `OpenPlanFile.WriteMode`). A failed command changes nothing; a
/// failed write (disk full, read-only folder, file changed by another program) keeps the change in memory, says so,
/// and `save` or `save as PATH` can write it later.
public final class Session {
    public let workspace: Workspace
    public let environment: [String: String]
    public private(set) var plan: Plan?
    /// The open plan's file: lock, change detection, backups.
    public private(set) var file: OpenPlanFile?
    /// True when the plan in memory differs from what is on disk because a write failed.
    public private(set) var hasUnsavedChanges = false
    public private(set) var history = UndoHistory()
    let output: Output
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

    /// The knowledge base in force: the shipped one plus the open plan's entries from `kb load`. Merged again
    /// (and the matcher rebuilt) only when those entries change: opening another plan, `kb load`, `undo`.
    public var knowledgeBase: KnowledgeBase {
        let entries = plan?.knowledgeExtension
        if let cachedKnowledgeBase, cachedKnowledgeBase.entries == entries { return cachedKnowledgeBase.merged }
        var merged = KnowledgeBase.shipped
        if let entries {
            do throws(KnowledgeBaseFileError) {
                merged = try merged.merging(entries)
            } catch {
                // Only a hand-edited plan file, or a newer built-in KB that took one of the ids, gets here.
                note("Warning: the plan's own knowledge-base entries do not fit the built-in knowledge base, so they are left out: \(error.message) `kb unload` removes them; then `kb load` a corrected file.")
            }
        }
        cachedKnowledgeBase = (entries, merged)
        cachedMatcher = nil
        return merged
    }

    /// The matcher for `knowledgeBase`, built on first use (a few milliseconds) so start-up stays fast.
    public var matcher: Matcher {
        let knowledgeBase = self.knowledgeBase
        if let cachedMatcher { return cachedMatcher }
        let matcher = Matcher(knowledgeBase: knowledgeBase)
        cachedMatcher = matcher
        return matcher
    }

    private var cachedMatcher: Matcher?
    private var cachedKnowledgeBase: (entries: KnowledgeBaseExtension?, merged: KnowledgeBase)?

    public init(workspace: Workspace, environment: [String: String], output: Output, isInteractive: Bool, bailOnError: Bool = false) {
        self.workspace = workspace
        self.environment = environment
        self.output = output
        self.isInteractive = isInteractive
        self.bailOnError = bailOnError
    }

    /// The open plan, or an error telling the planner to open one.
    public func requirePlan() throws(ShellError) -> Plan {
        guard let plan else { throw ShellError.noPlanOpen }
        return plan
    }

    /// Applies a change to a copy of the open plan, saves it, and makes it current. Returns what `body` returned.
    @discardableResult
    public func change<Result>(_ body: (inout Plan) throws -> Result) throws -> Result {
        let before = try requirePlan()
        if let file, file.isReadOnly { throw WorkspaceError.readOnly(file.name) }
        var after = before
        let result = try body(&after)
        guard after != before else { return result }
        history.recordChange(from: before)
        plan = after
        try persist(changedFrom: before)
        return result
    }

    /// How a change reaches the disk: a command typed at a terminal rewrites the plan file; scripts, pipes and
    /// `read` inside a terminal session journal each change and rewrite the file when they end (thousands of changes a
    /// second, none lost to a kill).
    public var writeMode: OpenPlanFile.WriteMode { isInteractive && readDepth == 0 ? .everyChange : .journal }

    /// Records the plan in memory on disk: the change from `before` when given and everything before it is on disk,
    /// else the whole plan file. On failure the plan stays in memory, marked unsaved.
    public func persist(changedFrom before: Plan? = nil, overwrite: Bool = false) throws {
        guard let plan, let file else { return }
        do {
            if let before, !hasUnsavedChanges, !overwrite {
                try file.record(plan, changedFrom: before, mode: writeMode, durable: syncEveryChange)
            } else {
                try file.save(plan, overwrite: overwrite)
            }
            hasUnsavedChanges = false
        } catch {
            hasUnsavedChanges = true
            switch error {
            case .changedOnDisk, .deletedOnDisk: throw error
            default: break
            }
            throw SaveFailure(underlying: error)
        }
    }

    /// Makes `plan` the open plan (after `new` or `open`), with a fresh undo history; the previous plan is closed.
    public func open(_ plan: Plan, file: OpenPlanFile) {
        close()
        self.plan = plan
        self.file = file
        participant = nil
        hasUnsavedChanges = false
        history.reset()
    }

    /// Writes the plan file now if a script journaled changes to it; after `read` at a terminal, so the file is
    /// current again when the planner types the next command. A failure is reported and the journal keeps the changes.
    func writeJournaledChanges() throws {
        guard let plan, let file, file.hasJournaledChanges else { return }
        try file.save(plan)
    }

    /// Replaces the open plan with another version of it (a backup, the file as it is now); undoable.
    public func replacePlan(with version: Plan) throws {
        let before = try requirePlan()
        history.recordChange(from: before)
        plan = version.keepingIDsRetired(by: before)
        try persist(overwrite: true)
    }

    /// Takes the file as it is on disk now, dropping unsaved changes.
    public func reload() throws {
        guard let file else { throw ShellError.noPlanOpen }
        plan = try file.reload()
        hasUnsavedChanges = false
        history.reset()
    }

    /// Closes the plan and gives up its lock, writing the plan file first if it lags behind (journaled changes, or
    /// a failed write). If that write fails, the plan is kept aside and the journal stays for the next `open`.
    public func close() {
        if let plan, let file, !file.isReadOnly, hasUnsavedChanges || file.hasJournaledChanges {
            do {
                try file.save(plan)
            } catch {
                // The workspaces folder may be gone altogether: then the home folder, then the temporary folder.
                let fallbacks = [environment["HOME"], environment["TMPDIR"] ?? "/tmp"].compactMap { $0 }
                let kept = file.keepAside(plan, fallbacks: fallbacks).map { "this session's plan was written to \($0) instead (copy it into the workspaces folder under a plan name to open it)" }
                    ?? "this session's unsaved changes are lost"
                note("Warning: could not write \(file.name) when closing it, so \(kept). Why: \(error.message)")
            }
        }
        file?.close()
        file = nil
        plan = nil
        participant = nil
        history.reset()
    }

    public func undo() throws {
        let current = try requirePlan()
        if let file, file.isReadOnly { throw WorkspaceError.readOnly(file.name) }
        plan = try history.undo(current: current)
        try persist(changedFrom: current)
    }

    public func redo() throws {
        let current = try requirePlan()
        if let file, file.isReadOnly { throw WorkspaceError.readOnly(file.name) }
        plan = try history.redo(current: current)
        try persist(changedFrom: current)
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
        "\(underlying.message) The change is kept in this session only: `save` tries again, `save as PATH` writes the plan elsewhere."
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
