/// An error with a message written for the planner: what went wrong and what to do about it.
public protocol PlannerFacingError: Error {
    var message: String { get }
}

/// An error whose message is written in both languages: the shell shows it in the open plan's language.
public protocol BilingualError: PlannerFacingError {
    func message(_ language: Language) -> String
}

/// Why a change to a plan was refused. Nothing is changed when one is thrown.
public enum PlanError: PlannerFacingError, Equatable {
    /// Ids for an error message: all of a short list, the first dozen of a long one and where to see the rest.
    public static func shortList(_ ids: [String], listCommand: String) -> String {
        guard ids.count > 12 else { return ids.joined(separator: ", ") }
        return ids.prefix(12).joined(separator: ", ") + ", … (\(ids.count) in all; `\(listCommand)` shows them)"
    }

    case noSuchItem(String, known: [String])
    case malformedItemID(String)
    case emptyText(what: String)
    case textTooLong(what: String, length: Int, limit: Int)
    case controlCharacter(what: String, Unicode.Scalar)
    case sameQuadrant(String, Quadrant)
    case nothingToUndo
    case nothingToRedo
    case notTagged(String, category: String)
    case numbersUsedUp(Quadrant)

    public var message: String {
        switch self {
        case .noSuchItem(let id, let known):
            let list = known.isEmpty ? "The plan has no items yet; add one with `add s TEXT`." :
                "Items are \(PlanError.shortList(known, listCommand: "list"))."
            return "No item \(id) in this plan. \(list)"
        case .malformedItemID(let id):
            return "\"\(id)\" is not an item id. Item ids are a quadrant letter and a number, like S1, W2, O3, T4."
        case .emptyText(let what):
            return "The \(what) is empty. Type the text after the command."
        case .textTooLong(let what, let length, let limit):
            return "The \(what) is \(length) characters long; the limit is \(limit). Shorten it to the point, and put "
                + "background in `context`."
        case .controlCharacter(let what, let scalar):
            return "The \(what) holds the control character \(ControlCharacters.code(scalar)), which could act on the "
                + "terminal of whoever reads the plan or hide part of the text. Type it without that character."
        case .sameQuadrant(let id, let quadrant):
            return "\(id) is already in \(quadrant.name(.en).lowercased())."
        case .nothingToUndo:
            return "Nothing to undo in this session."
        case .nothingToRedo:
            return "Nothing to redo."
        case .notTagged(let id, let category):
            return "\(id) is not in category \(category). `show \(id)` lists its categories."
        case .numbersUsedUp(let quadrant):
            return "\(quadrant.letter)\(ItemID.highestNumber) is the highest id swot gives, and ids are never "
                + "reused, so this plan takes no more \(quadrant.name(.en).lowercased()). Start a new plan for further "
                + "items."
        }
    }
}
