/// Why an assessment answer, command or proposal decision was refused. Nothing is changed when one is thrown.
public enum AssessmentError: PlannerFacingError, Equatable {
    case unknownFramework(String, known: [String])
    case unknownItem(String, framework: String, known: [String])
    case levelOutOfRange(String, item: String, range: ClosedRange<Int>)
    case notALevel(String, item: String, scale: AssessmentScale)
    case malformedAnswer(String)
    case answeredTwice(String)
    case notAssessed(String)
    case malformedProposalID(String)
    case noSuchProposal(String, known: [String])
    case alreadyAccepted(String, item: String)
    case acceptedCannotBeRejected(String, item: String)

    public var message: String {
        switch self {
        case .unknownFramework(let name, let known):
            return "\"\(name)\" is not a framework. Frameworks are \(known.joined(separator: ", "))."
        case .unknownItem(let id, let framework, let known):
            return "\(framework) has no item \"\(id)\". Its items are \(PlanError.shortList(known))."
        case .levelOutOfRange(let word, let item, let range):
            return "\(word) is outside the scale for \(item), which runs \(range.lowerBound)–\(range.upperBound)."
        case .notALevel(let word, let item, let scale):
            let words = scale.levels.compactMap(\.words.first)
            let named = scale.kind == .stages ? " (or \(words.joined(separator: ", ")))" : ""
            return "\"\(word)\" is not an answer for \(item): type a level "
                + "\(scale.range.lowerBound)–\(scale.range.upperBound)\(named), skip, back or quit."
        case .malformedAnswer(let word):
            return "\"\(word)\" is not an answer. Write answers as ID=LEVEL, for example ORG.1=3."
        case .answeredTwice(let id):
            return "\(id) is answered twice on this line; give each item one level."
        case .notAssessed(let framework):
            return "No answers for \(framework) yet. Start its interview first."
        case .malformedProposalID(let id):
            return "\"\(id)\" is not a proposal id. Proposal ids are P and a number, like P1."
        case .noSuchProposal(let id, let known):
            let list = known.isEmpty ? "The plan has no proposals; an assessment interview "
                + "makes some." : "Proposals are \(PlanError.shortList(known))."
            return "No proposal \(id) in this plan. \(list)"
        case .alreadyAccepted(let id, let item):
            return "\(id) is already accepted as \(item)."
        case .acceptedCannotBeRejected(let id, let item):
            return "\(id) was accepted as \(item); to take it back, remove \(item) (or undo the accept)."
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .notAssessed(let framework): return [.assess(framework)]
        case .malformedProposalID: return [.listProposals]
        case .noSuchProposal(_, let known) where known.isEmpty: return [.assess(nil)]
        case .noSuchProposal(_, let known) where PlanError.isShortened(known): return [.listProposals]
        case .acceptedCannotBeRejected(_, let item): return [.removeItem(item), .undo]
        default: return []
        }
    }
}
