/// Snapshots of a plan for `undo` and `redo` within one session.
///
/// Plans are values, so a snapshot is a copy; the stack is capped so a long session stays small.
public struct UndoHistory: Sendable {
    public static let limit = 200

    private var undoStack: [Plan] = []
    private var redoStack: [Plan] = []

    public init() {}

    /// Records the plan as it was before a change; a new change clears what could be redone.
    public mutating func recordChange(from before: Plan) {
        undoStack.append(before)
        if undoStack.count > UndoHistory.limit { undoStack.removeFirst() }
        redoStack.removeAll()
    }

    /// The plan before the last change, keeping `current` for redo.
    public mutating func undo(current: Plan) throws -> Plan {
        guard let previous = undoStack.popLast() else { throw PlanError.nothingToUndo }
        redoStack.append(current)
        return previous.keepingIDsRetired(by: current)
    }

    /// The plan as it was before the last undo.
    public mutating func redo(current: Plan) throws -> Plan {
        guard let next = redoStack.popLast() else { throw PlanError.nothingToRedo }
        undoStack.append(current)
        return next.keepingIDsRetired(by: current)
    }

    public mutating func reset() {
        undoStack.removeAll()
        redoStack.removeAll()
    }
}

extension Plan {
    /// This plan with its id counters raised to `other`'s, so ids given out before an undo are not given again.
    public func keepingIDsRetired(by other: Plan) -> Plan {
        var plan = self
        plan.nextNumber.merge(other.nextNumber) { max($0, $1) }
        return plan
    }
}
