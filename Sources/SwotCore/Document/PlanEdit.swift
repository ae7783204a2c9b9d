/// One change to a plan, as a value: what a command did, in the terms of the plan rather than of the command
/// (`weight S1 0.2` is "S1 is now this item"), so the same value is applied to the plan, written to the journal as
/// one line, read back after a kill, and taken back by undo without the matcher or the deriver running again.
///
/// The changes commands make at the rate of a script (adding, editing, tagging, weighing, rating, moving and
/// removing items) touch only their items, so they cost the same on a plan of ten items and of forty thousand.
/// Commands that rework much of a plan at once (`derive`, `kb load`, `import`, `classify`, `restore`, the
/// strategy and panel commands) are whole fields replaced (`setFields`): still values, still journaled as they are.
///
/// `apply` returns the edit that takes it back, worked out from the plan as it was, so undo keeps only these
/// inverses, never copies of the plan. Id counters (`nextNumber`) only ever rise: an id given out and taken back by
/// undo is never given out again.
public enum PlanEdit: Codable, Equatable, Sendable {
    /// A new item at the end of the list (`add`, `accept P1` of one proposal).
    case addItem(Item)
    /// An item put back at its place in the list (undoing `remove`).
    case insertItem(Item, at: Int)
    /// An item taken out (`remove`, undoing `add`).
    case removeItem(String)
    /// Items changed where they stand, each found by the id it had (`edit`, `label`, `tag`, `untag`, `weight`,
    /// `rate`, `classify ID`; `move` gives the item a new id).
    case updateItems([ItemUpdate])
    /// Whole fields of the plan replaced by these values.
    case setFields([PlanValue])

    /// Applies the edit to `plan` and returns the edit that takes it back. An edit that does not fit the plan (an id it
    /// names is not there, a place past the end: a damaged or crafted journal) is refused and changes nothing.
    @discardableResult
    public func apply(to plan: inout Plan) throws(JournalProblem) -> PlanEdit {
        switch self {
        case .addItem(let item):
            try PlanEdit.checkID(of: item)
            plan.items.append(item)
            plan.retireID(of: item)
            return .removeItem(item.id)
        case .insertItem(let item, let index):
            try PlanEdit.checkID(of: item)
            guard (0...plan.items.count).contains(index) else {
                throw JournalProblem("it puts \(item.id) at place \(index) of a list of \(plan.items.count) items")
            }
            plan.items.insert(item, at: index)
            plan.retireID(of: item)
            return .removeItem(item.id)
        case .removeItem(let id):
            let index = try PlanEdit.index(of: id, in: plan)
            let removed = plan.items.remove(at: index)
            return .insertItem(removed, at: index)
        case .updateItems(let updates):
            // Every id is found before anything changes, so a record that does not fit changes nothing.
            let indices = try updates.map { update throws(JournalProblem) in
                try PlanEdit.checkID(of: update.item)
                return try PlanEdit.index(of: update.id, in: plan)
            }
            var inverse: [ItemUpdate] = []
            for (index, update) in zip(indices, updates) {
                inverse.append(ItemUpdate(id: update.item.id, item: plan.items[index]))
                plan.items[index] = update.item
                plan.retireID(of: update.item)
            }
            return .updateItems(inverse.reversed())
        case .setFields(let values):
            var inverse: [PlanValue] = []
            for value in values {
                // Id counters are not taken back: ids given out stay retired.
                if case .nextNumber = value {} else { inverse.append(value.current(in: plan)) }
                value.set(on: &plan)
            }
            return .setFields(inverse)
        }
    }

    /// Where the item with `id` is in the plan's list.
    private static func index(of id: String, in plan: Plan) throws(JournalProblem) -> Int {
        guard let index = plan.itemLookup.index(of: id, in: plan.items) else {
            throw JournalProblem("it changes item \(id), which the plan does not have")
        }
        return index
    }

    private static func checkID(of item: Item) throws(JournalProblem) {
        guard ItemID(written: item.id)?.quadrant == item.quadrant else {
            throw JournalProblem("its item id \"\(item.id)\" does not fit quadrant \(item.quadrant.letter)")
        }
    }
}

/// An item that now stands where the item with `id` stood (the same id, except after `move`).
public struct ItemUpdate: Codable, Equatable, Sendable {
    public var id: String
    public var item: Item

    public init(id: String, item: Item) {
        self.id = id
        self.item = item
    }
}

extension Plan {
    /// Raises the id counter of the item's quadrant past its number, so the id is never given out again.
    mutating func retireID(of item: Item) {
        let letter = item.quadrant.letter
        if item.number >= nextNumber[letter, default: 1] { nextNumber[letter] = item.number + 1 }
    }
}
