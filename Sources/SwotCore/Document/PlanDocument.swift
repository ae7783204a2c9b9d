/// An open plan and what keeps it safe: its file (lock, backups, journal), the undo history of this session's edits,
/// whether the disk lags behind the plan in memory, and the knowledge base and matcher its items are matched with.
///
/// Every change goes through `change` (or `remove`, `restore`, `undo`, `redo`) and becomes a `PlanEdit`: applied to
/// the plan where it is, recorded on disk (the whole file, or one journal line), and its inverse kept for undo. A
/// command that fails changes nothing; a change that could not be written stays in memory, marked unsaved, and
/// `save` writes it later. Nothing here prints: warnings are values the caller shows (`takeWarnings`).
public final class PlanDocument {
    public private(set) var plan: Plan
    public let file: OpenPlanFile
    /// True when the plan in memory differs from what is on disk because a write failed.
    public private(set) var hasUnsavedChanges = false
    /// How changes reach the disk: the plan file at every change, or the journal (see `OpenPlanFile.WriteMode`).
    public var writeMode: OpenPlanFile.WriteMode = .everyChange
    /// Flush every journaled change to the disk before the change is reported (`--sync`).
    public var syncEveryChange = false
    private var history = EditHistory()
    private var warnings: [DocumentWarning] = []

    private init(plan: Plan, file: OpenPlanFile) {
        self.plan = plan
        self.file = file
    }

    /// Opens a saved plan (see `OpenPlanFile.open`); the replay says what a journal left by a killed session held.
    public static func open(
        _ name: String, in workspace: Workspace, readOnly: Bool, now: String
    ) throws(WorkspaceError) -> (document: PlanDocument, recovered: JournalReplay?) {
        let (file, plan, replay) = try OpenPlanFile.open(name, in: workspace, readOnly: readOnly, now: now)
        return (PlanDocument(plan: plan, file: file), replay)
    }

    /// Creates a new plan's file and opens it.
    public static func create(
        _ plan: Plan,
        in workspace: Workspace,
        now: String
    ) throws(WorkspaceError) -> PlanDocument {
        PlanDocument(plan: plan, file: try OpenPlanFile.create(plan, in: workspace, now: now))
    }

    public var isReadOnly: Bool { file.isReadOnly }

    // MARK: - Changing the plan

    /// What a change may touch, so that only that part is kept to take it back: a change to a few items of a large
    /// plan then costs what it changes, not the plan's size.
    public enum Scope: Sendable {
        /// The items with these ids, changed where they stand (a new id for `move`).
        case items([ItemID])
        /// One new item at the end of the list.
        case newItem
        /// Anything in the plan (commands that rework whole fields).
        case plan
    }

    /// Runs `body` on the plan, and makes what it changed an edit: recorded on disk, undoable. When `body` throws, the
    /// plan is as it was. Returns what `body` returned.
    @discardableResult
    public func change<Result>(_ scope: Scope = .plan, _ body: (inout Plan) throws -> Result) throws -> Result {
        try refuseReadOnly()
        #if DEBUG
        let before = plan
        #endif
        let (result, edit, inverse): (Result, PlanEdit?, PlanEdit?)
        switch scope {
        case .plan:
            var after = plan
            result = try body(&after)
            let values = PlanValue.changes(from: plan, to: after)
            if values.isEmpty {
                (edit, inverse) = (nil, nil)
            } else {
                edit = .setFields(values)
                inverse = try edit!.apply(to: &plan)
            }
        case .items(let ids):
            // Only the named items are kept aside: the plan's list is changed where it is, never copied.
            let indices = Array(Set(ids.compactMap { try? plan.indexOfItem($0) })).sorted()
            let kept = indices.map { plan.items[$0] }
            let numbers = plan.nextNumber
            do {
                result = try body(&plan)
            } catch {
                for (index, item) in zip(indices, kept) { plan.items[index] = item }
                plan.nextNumber = numbers
                throw error
            }
            let updates = zip(indices, kept).compactMap { index, old in
                plan.items[index] == old ? nil : ItemUpdate(id: old.id, item: plan.items[index])
            }
            edit = updates.isEmpty ? nil : .updateItems(updates)
            inverse = updates.isEmpty ? nil : .updateItems(zip(indices, kept).compactMap { index, old in
                plan.items[index] == old ? nil : ItemUpdate(id: plan.items[index].id, item: old)
            }.reversed())
        case .newItem:
            let count = plan.items.count
            let numbers = plan.nextNumber
            do {
                result = try body(&plan)
            } catch {
                plan.items.removeSubrange(count...)
                plan.nextNumber = numbers
                throw error
            }
            let added = plan.items.count > count ? plan.items.last : nil
            edit = added.map { .addItem($0) }
            inverse = added.map { .removeItem($0.id) }
        }
        #if DEBUG
        assert(Self.changedOnly(scope, from: before, to: plan), "a change touched the plan outside its scope \(scope)")
        #endif
        if let edit, let inverse {
            history.recordChange(inverse: inverse)
            try persist(edit)
        }
        return result
    }

    /// Removes an item; `undo` puts it back where it was. Returns the item removed.
    @discardableResult
    public func remove(_ id: ItemID) throws -> Item {
        try refuseReadOnly()
        let item = plan.items[try plan.indexOfItem(id)]
        try perform(.removeItem(item.id))
        return item
    }

    /// Makes another version of the plan (a backup) the plan, keeping ids given out since retired; undoable. The plan
    /// file is written over whatever is on disk.
    public func restore(_ version: Plan) throws {
        try refuseReadOnly()
        var version = version
        version.name = plan.name
        try perform(.setFields(PlanValue.changes(from: plan, to: version)), overwrite: true)
    }

    public func undo() throws {
        try refuseReadOnly()
        try persist(try history.undo(&plan))
    }

    public func redo() throws {
        try refuseReadOnly()
        try persist(try history.redo(&plan))
    }

    /// Applies a prepared edit as a change of its own (undoable, recorded on disk).
    private func perform(_ edit: PlanEdit, overwrite: Bool = false) throws {
        history.recordChange(inverse: try edit.apply(to: &plan))
        try persist(edit, overwrite: overwrite)
    }

    private func refuseReadOnly() throws(WorkspaceError) {
        if file.isReadOnly { throw WorkspaceError.readOnly(file.name) }
    }

    #if DEBUG
    /// True when `after` differs from `before` only where `scope` allows (checked in debug builds, so every test
    /// of a command checks that its scope is right).
    private static func changedOnly(_ scope: Scope, from before: Plan, to after: Plan) -> Bool {
        let changed = PlanValue.changes(from: before, to: after)
        let fields = changed.map { value -> String in
            if case .items = value { return "items" }
            if case .nextNumber = value { return "nextNumber" }
            return "other"
        }
        switch scope {
        case .plan:
            return true
        case .items(let ids):
            let wanted = Set(ids.map(\.description))
            let touched = zip(before.items, after.items).filter { $0 != $1 }.map(\.0.id)
            return !fields.contains("other") && before.items.count == after.items.count
                && touched.allSatisfy(wanted.contains)
        case .newItem:
            return !fields.contains("other") && after.items.count - before.items.count <= 1
                && Item.sameList(before.items, Array(after.items.prefix(before.items.count)))
        }
    }
    #endif

    // MARK: - Writing

    /// Records on disk the plan in memory: the edit just made when everything before it is on disk (a journal line, or
    /// the file), else the whole plan file. On failure the plan stays in memory, marked unsaved.
    private func persist(_ edit: PlanEdit?, overwrite: Bool = false) throws {
        do {
            if let edit, !hasUnsavedChanges, !overwrite {
                try file.record(plan, edit: edit, mode: writeMode, durable: syncEveryChange)
            } else {
                try file.save(plan, overwrite: overwrite)
            }
            hasUnsavedChanges = false
        } catch {
            hasUnsavedChanges = true
            switch error {
            case .changedOnDisk, .deletedOnDisk: throw error
            default: throw PlanNotWritten(underlying: error)
            }
        }
    }

    /// Writes the whole plan file now (`save`; with `overwrite`, over a file another program changed).
    public func save(overwrite: Bool = false) throws {
        try persist(nil, overwrite: overwrite)
    }

    /// Writes the plan file now if changes were journaled to it (a script read at a terminal has ended). A failure
    /// is thrown; the journal keeps the changes.
    public func writeJournaledChanges() throws(WorkspaceError) {
        guard file.hasJournaledChanges else { return }
        try file.save(plan)
    }

    /// Takes the file as it is on disk now, dropping unsaved changes and the undo history.
    public func reload() throws(WorkspaceError) {
        plan = try file.reload()
        hasUnsavedChanges = false
        history.reset()
    }

    /// Writes the plan file if it lags behind (journaled changes, or a failed write), then gives up the lock. When
    /// that write fails, the plan is kept aside (in the backups folder, else in one of `fallbacks`: the workspaces
    /// folder may be gone) and the warning says where; the journal stays for the next `open`.
    public func close(fallbacks: [String]) -> DocumentWarning? {
        var warning: DocumentWarning?
        if !file.isReadOnly, hasUnsavedChanges || file.hasJournaledChanges {
            do {
                try file.save(plan)
            } catch {
                warning = .notWrittenAtClose(name: file.name, keptAt: file.keepAside(plan, fallbacks: fallbacks),
                                             reason: error.message)
            }
        }
        file.close()
        history.reset()
        return warning
    }

    // MARK: - Knowledge base

    /// The knowledge base in force: the shipped one plus the plan's entries from `kb load`. Merged again (and the
    /// matcher rebuilt) only when those entries change.
    public var knowledgeBase: KnowledgeBase {
        let entries = plan.knowledgeExtension
        if let cachedKnowledgeBase, cachedKnowledgeBase.entries == entries { return cachedKnowledgeBase.merged }
        var merged = KnowledgeBase.shipped
        if let entries {
            do throws(KnowledgeBaseFileError) {
                merged = try merged.merging(entries)
            } catch {
                // Only a hand-edited plan file, or a newer built-in KB that took one of the ids, gets here.
                warnings.append(.knowledgeExtensionLeftOut(reason: error.message))
            }
        }
        cachedKnowledgeBase = (entries, merged)
        cachedMatcher = nil
        return merged
    }

    /// The matcher for `knowledgeBase`, built on first use so opening a plan stays fast. A plan without entries of
    /// its own uses the shipped one, built once for the process however many plans are opened.
    public var matcher: Matcher {
        let knowledgeBase = self.knowledgeBase
        if let cachedMatcher { return cachedMatcher }
        let matcher = plan.knowledgeExtension == nil ? Matcher.shipped : Matcher(knowledgeBase: knowledgeBase)
        cachedMatcher = matcher
        return matcher
    }

    private var cachedMatcher: Matcher?
    private var cachedKnowledgeBase: (entries: KnowledgeBaseExtension?, merged: KnowledgeBase)?

    /// The warnings gathered since the last call, for the caller to show.
    public func takeWarnings() -> [DocumentWarning] {
        defer { warnings.removeAll() }
        return warnings
    }
}

extension Matcher {
    /// The matcher for the shipped knowledge base, built on first use.
    public static let shipped = Matcher(knowledgeBase: .shipped)
}

/// Something the planner should know that does not fail the command.
public enum DocumentWarning: Equatable, Sendable {
    /// The plan's own knowledge-base entries do not fit the built-in knowledge base, so they are left out.
    case knowledgeExtensionLeftOut(reason: String)
    /// The plan file could not be written when the plan was closed; the plan was kept at `keptAt` (nil: lost).
    case notWrittenAtClose(name: String, keptAt: String?, reason: String)
}

/// A change made in memory that could not be written to disk (disk full, folder gone): it stays in the document,
/// marked unsaved.
public struct PlanNotWritten: PlannerFacingError {
    public var underlying: WorkspaceError

    public var message: String { underlying.message }
}
