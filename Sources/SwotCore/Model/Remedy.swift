/// A step that gets the planner past an error, as a thing to do rather than as words to type: the core's messages
/// say it in plain words and the front end (the shell) names the command that takes it.
public enum Remedy: Equatable, Sendable {
    // Plans and their files.
    case listPlans
    /// Start a plan; nil when the message has no name to offer.
    case newPlan(String?)
    case openPlan(String)
    case openReadOnly(String)
    case reload
    case saveAs
    case saveOverwrite
    case listVersions
    case keepSnapshot

    // Items and their scores.
    case addItem(Quadrant)
    case listItems
    case showItem(String)
    case tagItem(String)
    case setContext
    /// Give an item (nil: any item) its IFE/EFE weight or rating.
    case setWeight(String?)
    case setRating
    case normalizeWeights(FactorMatrixKind)
    case compareItems
    case compareGroups
    /// Choose the QSPM's strategies: these ids, or nil for an example.
    case chooseForQSPM([String]?)

    // Strategies and the action plan.
    case derive
    case deriveMore
    case listStrategies
    /// Write a strategy by hand: in a quadrant (nil: SO) and from an item (nil: none named).
    case addStrategy(TOWSQuadrant?, from: String?)
    case acceptStrategy(String)
    case setPeriod
    case clearTarget
    case zeroBudgetLine
    case listActions

    // Assessments and proposals.
    /// Start or resume a framework's interview; nil when the message names no framework.
    case assess(String?)
    case enterSpbeLevels
    case importSpbeLevels
    case listFramework(String)
    case listProposals
    case removeItem(String)
    case undo

    // Knowledge base and panel.
    case listCategories
    case listParticipants
    case addParticipant
    case takeBackVotes
    case listVotes
    /// Write a participant's ballot to fill in, or read one back naming the participant.
    case exportBallot
    case importBallot
}

extension PlannerFacingError {
    /// None unless the error names some.
    public var remedies: [Remedy] { [] }
}
