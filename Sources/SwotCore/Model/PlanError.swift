/// An error with a message written for the planner: what went wrong and what to do about it, in plain words.
public protocol PlannerFacingError: Error {
    var message: String { get }
    /// The steps the message advises, in its order, for a front end to name the commands that take them.
    var remedies: [Remedy] { get }
}

/// An error whose message is written in both languages: the shell shows it in the open plan's language.
public protocol BilingualError: PlannerFacingError {
    func message(_ language: Language) -> String
}

/// Why a change to a plan was refused. Nothing is changed when one is thrown.
public enum PlanError: PlannerFacingError, Equatable {
    /// Ids for an error message: all of a short list, the first dozen of a long one and how many there are.
    public static func shortList(_ ids: [String]) -> String {
        isShortened(ids) ? ids.prefix(12).joined(separator: ", ") + ", … (\(ids.count) in all)"
            : ids.joined(separator: ", ")
    }

    /// True when `shortList` leaves ids out, so the message should point to where all of them are listed.
    public static func isShortened(_ ids: [String]) -> Bool { ids.count > 12 }

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
            let list = known.isEmpty ? "The plan has no items yet; add one first." :
                "Items are \(PlanError.shortList(known))."
            return "No item \(id) in this plan. \(list)"
        case .malformedItemID(let id):
            return "\"\(id)\" is not an item id. Item ids are a quadrant letter and a number, like S1, W2, O3, T4."
        case .emptyText(let what):
            return "The \(what) is empty. Type the text after the command."
        case .textTooLong(let what, let length, let limit):
            return "The \(what) is \(length) characters long; the limit is \(limit). Shorten it to the point, and put "
                + "background in the plan's context."
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
            return "\(id) is not in category \(category). Its categories are listed with the item."
        case .numbersUsedUp(let quadrant):
            return "\(quadrant.letter)\(ItemID.highestNumber) is the highest id swot gives, and ids are never "
                + "reused, so this plan takes no more \(quadrant.name(.en).lowercased()). Start a new plan for further "
                + "items."
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .noSuchItem(_, let known) where known.isEmpty: return [.addItem(.strength)]
        case .noSuchItem(_, let known) where PlanError.isShortened(known): return [.listItems]
        case .textTooLong: return [.setContext]
        case .notTagged(let id, _): return [.showItem(id)]
        default: return []
        }
    }
}
