import SwotCore

/// What the shell knows that completion can offer: names of things in the open plan and workspace.
public struct CompletionContext: Sendable {
    public var itemIDs: [String] = []
    public var planNames: [String] = []
    public var categories: [String] = []
    public var frameworks: [String] = []
    public var strategyIDs: [String] = []
    /// The open plan's snapshot names and backup numbers, then the other plans: what `diff` compares.
    public var versions: [String] = []
    /// Each item's categories (ids and codes), by item id.
    public var itemCategories: [String: [String]] = [:]
    /// The categories `show` offers an item beside its own (ids and codes), by item id: `tag ID ` lists them first.
    public var suggestedCategories: [String: [String]] = [:]
    public var participants: [String] = []

    public init(
        itemIDs: [String] = [], planNames: [String] = [], categories: [String] = [], frameworks: [String] = [],
        strategyIDs: [String] = [], versions: [String] = [], itemCategories: [String: [String]] = [:],
        suggestedCategories: [String: [String]] = [:], participants: [String] = []
    ) {
        self.itemIDs = itemIDs
        self.planNames = planNames
        self.categories = categories
        self.frameworks = frameworks
        self.strategyIDs = strategyIDs
        self.versions = versions
        self.itemCategories = itemCategories
        self.suggestedCategories = suggestedCategories
        self.participants = participants
    }
}

/// The result of pressing Tab: the text to insert at the cursor and, when several words fit, the list to show.
public struct Completion: Equatable, Sendable {
    public var insertion: String
    public var candidates: [String]
}

/// Tab completion of command names, and of each command's arguments as its table entry declares them.
public struct Completer: Sendable {
    public let table: CommandTable

    public init(table: CommandTable) {
        self.table = table
    }

    /// Completes the last word of `line` (the text before the cursor).
    public func complete(_ line: String, context: CompletionContext) -> Completion {
        let endsWithSpace = line.last.map { $0 == " " || $0 == "\t" } ?? true
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let partial = endsWithSpace ? "" : (words.popLast() ?? "")
        let candidates: [String]
        if words.isEmpty {
            candidates = table.commands.map(\.name)
        } else if let command = try? table.find(words[0]) {
            guard let argument = Completer.argument(after: words.dropFirst(), in: command.arguments) else {
                return Completion(insertion: "", candidates: [])
            }
            candidates = options(for: argument, previous: words.last ?? "", context: context)
        } else {
            candidates = []
        }
        let lowered = partial.lowercased()
        let fitting = candidates.filter { $0.lowercased().hasPrefix(lowered) }
        guard !fitting.isEmpty else { return Completion(insertion: "", candidates: []) }
        if fitting.count == 1 {
            return Completion(insertion: String(fitting[0].dropFirst(partial.count)) + " ", candidates: [])
        }
        let common = Completer.commonPrefix(fitting)
        return Completion(insertion: String(common.dropFirst(partial.count)), candidates: fitting)
    }

    /// The argument the next word fills, after the words typed so far; a subcommand word switches to its own list.
    static func argument(after typed: ArraySlice<String>, in arguments: [Command.Argument]) -> Command.Argument? {
        var arguments = arguments[...]
        for word in typed {
            guard let current = arguments.first else { return nil }
            if case .subcommands(let choices) = current, let following = choices[word.lowercased()] {
                arguments = following[...]
            } else {
                arguments = arguments.dropFirst()
            }
        }
        return arguments.first
    }

    private func options(for argument: Command.Argument, previous: String, context: CompletionContext) -> [String] {
        switch argument {
        case .itemID: return context.itemIDs
        case .quadrant:
            return [
                "s", "w", "o", "t", "strength", "weakness", "opportunity", "threat", "kekuatan", "kelemahan", "peluang",
                "ancaman",
            ]
        case .planName: return context.planNames
        case .command: return table.commands.map(\.name)
        case .category:
            let suggested = context.suggestedCategories[previous.uppercased()] ?? []
            return suggested + context.categories.filter { !suggested.contains($0) }
        case .itemCategory: return context.itemCategories[previous.uppercased()] ?? []
        case .framework: return context.frameworks
        case .strategyID: return context.strategyIDs
        case .version: return context.versions
        case .participant: return context.participants + ["-"]
        case .words(let words): return words
        case .subcommands(let choices): return choices.keys.sorted()
        case .path, .text: return []
        }
    }

    /// The longest prefix the words share, compared without case, in the first word's spelling.
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < min(prefix.count, characters.count),
                  prefix[length].lowercased() == characters[length].lowercased() {
                length += 1
            }
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }
}
