/// Where the planner stands on something swot proposed (a strategy, a readiness proposal): the raw values are the
/// ones written in the plan file.
public enum DecisionStatus: String, Codable, CaseIterable, Hashable, Sendable {
    case proposed
    case accepted
    case rejected
}
