import SwotCore

/// One command of the shell: its name, usage and help beside the code that runs it, so help, completion and
/// dispatch read from one table and cannot drift apart.
public struct Command: Sendable {
    /// What completion offers for each argument position.
    public enum Argument: Sendable, Equatable {
        case itemID
        case quadrant
        case planName
        case command
        case category
        /// One of the categories of the item named by the word before it (`untag S1 ` offers S1's own).
        case itemCategory
        case framework
        case strategyID
        /// A version of the open plan (snapshot name, backup number) or another plan, for `diff`.
        case version
        /// A participant of the open plan's session (`as NAME`), or `-`.
        case participant
        case words([String])
        /// A word that chooses what follows it, each with its own arguments (`kb framework NAME`, `save as PATH`).
        case subcommands([String: [Argument]])
        case path
        case text
    }

    public var name: String
    /// Other names that run the same command (`exit` for `quit`); they are matched exactly, not by prefix.
    public var aliases: [String]
    public var usage: String
    public var summary: String
    public var details: String
    public var arguments: [Argument]
    public var run: @Sendable (Invocation) throws -> Void

    public init(
        _ name: String, aliases: [String] = [], usage: String, summary: String, details: String = "",
        arguments: [Argument] = [], run: @escaping @Sendable (Invocation) throws -> Void
    ) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.summary = summary
        self.details = details
        self.arguments = arguments
        self.run = run
    }
}

/// A command being run: the session, the words typed, and helpers that turn missing words into usage errors.
public struct Invocation {
    public let session: Session
    public let command: Command
    public let words: CommandWords
    /// The interpreter, for `read`.
    let interpreter: Interpreter

    /// The word at `index` (1 is the first argument), or the command's usage as an error.
    public func word(_ index: Int) throws(ShellError) -> String {
        guard let word = words[index], !word.isEmpty else { throw usageError }
        return word
    }

    /// The item id at argument `index` (`S1`, `w2`), or the usage, or why the word is not one, as an error.
    public func itemID(_ index: Int) throws -> ItemID {
        let word = try word(index)
        guard let id = ItemID(word) else { throw PlanError.malformedItemID(word) }
        return id
    }

    /// The strategy id at argument `index` (`SO1`, `wt2`), or the usage, or why the word is not one, as an error.
    public func strategyID(_ index: Int) throws -> StrategyID {
        let word = try word(index)
        guard let id = StrategyID(word) else { throw StrategyError.malformedID(word) }
        return id
    }

    /// The free text from argument `index` to the end of the line, or the usage as an error.
    public func text(from index: Int) throws(ShellError) -> String {
        guard let text = words.text(from: index), !text.isEmpty else { throw usageError }
        return text
    }

    /// A file name from argument `index` to the end of the line, with `--force` before or after it (replace an
    /// existing file, as vim's `w!`); nil when no file is named.
    public func path(from index: Int) -> (path: String, force: Bool)? {
        if words[index] == "--force" {
            return words.text(from: index + 1).map { ($0, true) }
        }
        guard let text = words.text(from: index) else { return nil }
        if text.hasSuffix(" --force") { return (String(text.dropLast(8)).trimmingWhitespace(), true) }
        return (text, false)
    }

    /// Refuses extra words after the last expected argument.
    public func expectNoMore(after index: Int) throws(ShellError) {
        if words.count > index + 1 { throw usageError }
    }

    public var usageError: ShellError {
        .usage(command: command.name, usage: command.usage)
    }

    public func print(_ text: String) { session.print(text) }
}
