import SwotCore

/// All commands, looked up by full name, alias or a unique prefix (`exp` for `export`).
public struct CommandTable: Sendable {
    public let commands: [Command]

    public init(_ commands: [Command]) {
        self.commands = commands
    }

    /// Every command of the shell, in the order `help` lists them.
    public static let standard = CommandTable(
        SessionCommands.all + PlanCommands.all + ItemCommands.all + ImportCommands.all + VersionCommands.all
            + MatchingCommands.all + KnowledgeBaseCommands.all + StrategyCommands.all + ActionPlanCommands.all
            + AssessmentCommands.all + SpbeCommands.all + QuantitativeCommands.all + PanelCommands.all
            + ExportCommands.all
    )

    public var names: [String] { commands.map(\.name) }

    public func find(_ word: String) throws(ShellError) -> Command {
        let lowered = word.lowercased()
        if let exact = commands.first(where: { $0.name == lowered || $0.aliases.contains(lowered) }) {
            return exact
        }
        let matches = commands.filter { $0.name.hasPrefix(lowered) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw ShellError.ambiguousCommand(word, candidates: matches.map(\.name)) }
        throw ShellError.unknownCommand(word, suggestion: closestName(to: lowered))
    }

    /// The command name nearest to a mistyped word, if any is near enough to be a likely typo.
    func closestName(to word: String) -> String? {
        let candidates = commands.flatMap { [$0.name] + $0.aliases }
        // The distance is at least the difference in length, so a word over three times the longest name is never
        // near enough; skipping it keeps a pasted paragraph from costing seconds.
        guard word.count <= 3 * (candidates.map(\.count).max() ?? 0) else { return nil }
        let scored = candidates.map { ($0, EditDistance.between(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, word.count / 3) ? best.0 : nil
    }
}

/// Edit distance counting a swap of two neighbouring letters as one edit ("lsit" is one edit from "list").
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var rows = [Array(0...b.count)]
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let previous = rows[i - 1]
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], rows[i - 2][j - 2] + 1)
                }
            }
            rows.append(current)
        }
        return rows[a.count][b.count]
    }
}
