/// What `undo` and `redo` can take back within one session: the edits that reverse the last changes (each worked out
/// when its change was applied, see `PlanEdit.apply`), never copies of the plan. Capped so a long session stays small.
struct EditHistory {
    static let limit = 200

    private var undoStack: [PlanEdit] = []
    private var redoStack: [PlanEdit] = []

    /// Records the edit that takes a new change back; a new change clears what could be redone.
    mutating func recordChange(inverse: PlanEdit) {
        undoStack.append(inverse)
        if undoStack.count > EditHistory.limit { undoStack.removeFirst() }
        redoStack.removeAll()
    }

    /// Applies the edit that takes the last change back, keeping its own inverse for `redo`; returns the edit applied.
    mutating func undo(_ plan: inout Plan) throws -> PlanEdit {
        guard let edit = undoStack.popLast() else { throw PlanError.nothingToUndo }
        redoStack.append(try edit.apply(to: &plan))
        return edit
    }

    /// Applies the edit that takes the last undo back; returns the edit applied.
    mutating func redo(_ plan: inout Plan) throws -> PlanEdit {
        guard let edit = redoStack.popLast() else { throw PlanError.nothingToRedo }
        undoStack.append(try edit.apply(to: &plan))
        return edit
    }

    mutating func reset() {
        undoStack.removeAll()
        redoStack.removeAll()
    }
}
