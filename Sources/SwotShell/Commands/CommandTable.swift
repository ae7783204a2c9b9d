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

    /// Names are compared as Unicode scalars, not characters: command names are plain ASCII, and comparing
    /// characters would normalise a pasted cluster of thousands of combining marks once per name (seconds).
    public func find(_ word: String) throws(ShellError) -> Command {
        let lowered = word.lowercased()
        let typed = lowered.unicodeScalars
        if let exact = commands.first(where: { command in
            ([command.name] + command.aliases).contains { $0.unicodeScalars.elementsEqual(typed) }
        }) {
            return exact
        }
        let matches = commands.filter { $0.name.unicodeScalars.starts(with: typed) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw ShellError.ambiguousCommand(word, candidates: matches.map(\.name)) }
        throw ShellError.unknownCommand(word, suggestion: closestName(to: lowered))
    }

    /// The command name nearest to a mistyped word, if any is near enough to be a likely typo.
    func closestName(to word: String) -> String? {
        let spellings = commands.flatMap { [$0.name] + $0.aliases }.map { ($0, [$0]) }
        return EditDistance.closest(to: word, among: spellings) { max(2, $0 / 3) }
    }
}

/// Edit distance counting a swap of two neighbouring letters as one edit ("lsit" is one edit from "list"), over
/// Unicode scalars, so that no comparison has to normalise a long cluster of combining marks.
enum EditDistance {
    /// The candidate with a spelling nearest to `word`, if within `allowed(length of word)` edits; the first wins a
    /// tie. The distance is at least the difference in length, so spellings too far apart in length are skipped
    /// unmeasured: a pasted paragraph costs nothing.
    static func closest<Candidate>(
        to word: String, among candidates: [(Candidate, spellings: [String])], allowed: (Int) -> Int
    ) -> Candidate? {
        let length = word.unicodeScalars.count
        let tolerance = allowed(length)
        var best: (candidate: Candidate, distance: Int)?
        for (candidate, spellings) in candidates {
            for spelling in spellings where abs(spelling.unicodeScalars.count - length) <= tolerance {
                let distance = between(word, spelling)
                if distance <= tolerance, distance < best?.distance ?? .max { best = (candidate, distance) }
            }
        }
        return best?.candidate
    }

    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
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
