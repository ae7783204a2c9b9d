import SwotCore

/// Everything a running shell knows: the workspace, the open plan, its undo history and where output goes.
///
/// Commands change the plan through `change(_:)`, which works on a copy, saves it atomically and only then makes
/// it current: a command that fails, or a save that fails, leaves the plan as it was.
public final class Session {
    public let workspace: Workspace
    public let environment: [String: String]
    public private(set) var plan: Plan?
    public private(set) var history = UndoHistory()
    let output: Output
    /// True when a person is typing at a terminal: prompts, banner, history and plain `Error:` messages.
    public let isInteractive: Bool
    /// Stop a script at the first error (`--bail`).
    public var bailOnError: Bool
    /// Set by `quit`.
    public internal(set) var quitRequested = false
    /// How deeply `read` is nested, to stop a script that reads itself.
    var readDepth = 0
    /// A conversation that takes the next lines as answers instead of commands (an `assess` interview).
    /// While set, the interpreter hands every line to it; it clears itself when the conversation ends.
    public var conversation: (any Conversation)?

    /// The knowledge base in force: the shipped one (plus, with `kb load`, the plan's own entries).
    public var knowledgeBase: KnowledgeBase { KnowledgeBase.shipped }

    /// The matcher for `knowledgeBase`, built on first use (a few milliseconds) so start-up stays fast.
    public var matcher: Matcher {
        if let cachedMatcher { return cachedMatcher }
        let matcher = Matcher(knowledgeBase: knowledgeBase)
        cachedMatcher = matcher
        return matcher
    }

    private var cachedMatcher: Matcher?

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
        var after = before
        let result = try body(&after)
        guard after != before else { return result }
        try workspace.save(after)
        history.recordChange(from: before)
        plan = after
        return result
    }

    /// Makes `plan` the open plan (after `new` or `open`), with a fresh undo history.
    public func open(_ plan: Plan) {
        self.plan = plan
        history.reset()
    }

    public func undo() throws {
        let current = try requirePlan()
        let previous = try history.undo(current: current)
        do { try workspace.save(previous) } catch {
            _ = try? history.redo(current: previous)
            throw error
        }
        plan = previous
    }

    public func redo() throws {
        let current = try requirePlan()
        let next = try history.redo(current: current)
        do { try workspace.save(next) } catch {
            _ = try? history.undo(current: next)
            throw error
        }
        plan = next
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

/// Where a session's output goes: standard output and standard error, or strings in tests.
public final class Output {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.writeOut = out
        self.writeErr = err
    }

    public func write(_ text: String) { writeOut(text) }
    public func writeError(_ text: String) { writeErr(text) }
}

/// A multi-line exchange with the planner, such as an interview, that reads answers from the same input as
/// commands (terminal, pipe or script), so it works identically interactively and in batch.
public protocol Conversation: AnyObject {
    /// The prompt shown while waiting for the next answer (interactive only).
    var prompt: String { get }
    /// Handles one answer line. Throwing reports an error (with its line number) and keeps the conversation going.
    func answer(_ line: String, session: Session) throws
}
