import SwotCore

/// An error in how a command was typed; the message says what to type instead.
public enum ShellError: PlannerFacingError, Equatable {
    case unknownCommand(String, suggestion: String?)
    case ambiguousCommand(String, candidates: [String])
    case usage(command: String, usage: String)
    case badArgument(String)
    case noPlanOpen
    case invalidText(String)

    public var message: String {
        switch self {
        case .unknownCommand(let word, let suggestion):
            let hint = suggestion.map { " Did you mean `\($0)`?" } ?? ""
            // A pasted paragraph is not echoed back whole.
            let shown = word.count > 40 ? word.prefix(40) + "…" : Substring(word)
            return "Unknown command \"\(shown)\".\(hint) Type `help` for the list of commands."
        case .ambiguousCommand(let word, let candidates):
            return "\"\(word)\" could be \(candidates.map { "`\($0)`" }.joined(separator: ", ")). Type more letters."
        case .usage(let command, let usage):
            return "Usage: \(usage)   (type `help \(command)` for details)"
        case .badArgument(let text):
            return text
        case .noPlanOpen:
            return "No plan is open. Open one with `open NAME` (see `plans`) or start one with `new NAME`."
        case .invalidText(let text):
            return text
        }
    }
}
