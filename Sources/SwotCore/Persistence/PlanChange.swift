/// What one command changed in a plan, as a journal record: the fields it set, written whole, and for the item and
/// strategy lists only the entries added, changed or removed. Applying the record to the plan before gives the plan
/// after, so a journal of records costs what the commands changed, not the size of the plan.
enum PlanChange {
    /// The record of the change from `before` to `after`, as one line of compact JSON (no line break inside).
    static func encode(from before: Plan, to after: Plan) -> [UInt8] {
        // Records hold only strings, finite numbers and lists (the plan's checks keep numbers finite): encoding
        // cannot fail.
        try! JSONLineEncoder.encode(Record(before: before, after: after))
    }

    /// Reads one record, checking every value's type; the result applies it to a plan.
    static func decode(_ line: some Collection<UInt8>) throws -> Application {
        try JSONDecoder().decode(Application.self, from: Data(line))
    }

    private struct Record: Encodable {
        let before: Plan
        let after: Plan

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Plan.CodingKeys.self)
            for field in Plan.journalFields { try field.write(before, after, &container) }
        }
    }

    /// A decoded record, ready to apply.
    struct Application: Decodable {
        private let steps: [(inout Plan) throws(JournalProblem) -> Void]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Plan.CodingKeys.self)
            steps = try Plan.journalFields.compactMap { try $0.read(container) }
        }

        func apply(to plan: inout Plan) throws(JournalProblem) {
            for step in steps { try step(&plan) }
        }
    }
}

/// How one field of a plan goes into a journal record. `Plan.journalFields` lists them all (a test checks that
/// every coding key of `Plan` is there, so a new field cannot be left out of the journal).
struct PlanField: Sendable {
    let key: Plan.CodingKeys
    /// Whether the field is the same in both versions.
    let isSame: @Sendable (Plan, Plan) -> Bool
    /// Writes what changed in this field between the two versions; nothing when it is the same in both.
    let write: @Sendable (_ before: Plan, _ after: Plan, inout KeyedEncodingContainer<Plan.CodingKeys>) throws -> Void
    /// Reads what a record holds for this field, if anything, as a step that applies it.
    let read: @Sendable (KeyedDecodingContainer<Plan.CodingKeys>) throws -> ((inout Plan) throws(JournalProblem) -> Void)?

    /// A field written whole when it changes (`null` for an optional field that was cleared).
    static func whole<Value: Codable & Equatable & Sendable>(
        _ key: Plan.CodingKeys, _ path: WritableKeyPath<Plan, Value> & Sendable
    ) -> PlanField {
        PlanField(
            key: key,
            isSame: { $0[keyPath: path] == $1[keyPath: path] },
            write: { before, after, container in
                if before[keyPath: path] != after[keyPath: path] { try container.encode(after[keyPath: path], forKey: key) }
            },
            read: { container in
                guard container.contains(key) else { return nil }
                let value = try container.decode(Value.self, forKey: key)
                return { plan throws(JournalProblem) in plan[keyPath: path] = value }
            })
    }

    /// A list whose entries have ids: only the entries added, changed or removed are written.
    static func byID<Element: Identified>(
        _ key: Plan.CodingKeys, _ path: WritableKeyPath<Plan, [Element]> & Sendable
    ) -> PlanField {
        let isSame: @Sendable (Plan, Plan) -> Bool = { first, second in
            let (a, b) = (first[keyPath: path], second[keyPath: path])
            guard a.count == b.count else { return false }
            let shared = Element.unchangedPrefixCount(a[...], b[...])
            return shared == a.count || a[shared...] == b[shared...]
        }
        return PlanField(
            key: key,
            isSame: isSame,
            write: { before, after, container in
                if !isSame(before, after) {
                    try container.encode(ListChange(from: before[keyPath: path], to: after[keyPath: path]), forKey: key)
                }
            },
            read: { container in
                guard container.contains(key) else { return nil }
                let change = try container.decode(ListChange<Element>.self, forKey: key)
                return { plan throws(JournalProblem) in
                    plan[keyPath: path] = try change.apply(to: plan[keyPath: path], field: key.stringValue)
                }
            })
    }
}

/// An entry of a plan list that has a stable id (items, strategies).
protocol Identified: Codable, Equatable, Sendable {
    var id: String { get }
    /// How many leading entries the two lists have in common.
    static func unchangedPrefixCount(_ first: ArraySlice<Self>, _ second: ArraySlice<Self>) -> Int
}

extension Identified {
    static func unchangedPrefixCount(_ first: ArraySlice<Self>, _ second: ArraySlice<Self>) -> Int {
        zip(first, second).prefix { $0 == $1 }.count
    }
}

extension Item: Identified {
    static func unchangedPrefixCount(_ first: ArraySlice<Item>, _ second: ArraySlice<Item>) -> Int {
        Item.sharedPrefixCount(first, second)
    }
}

extension Strategy: Identified {}

/// The difference between two versions of a list with ids: entries added or changed (`upsert`), ids removed, and
/// the whole order only when it is not "what remains, then what was added".
struct ListChange<Element: Identified>: Codable {
    var upsert: [Element]?
    var remove: [String]?
    var order: [String]?

    init(from before: [Element], to after: [Element]) {
        var upserts: [Element] = []
        // Most commands change entries in place or add at the end: skip each unchanged run (entries that are the same
        // value compare without copying anything) and take the changed entries that kept their place, without hashing.
        var index = Element.unchangedPrefixCount(before[...], after[...])
        while index < before.count, index < after.count, before[index].id == after[index].id {
            if before[index] != after[index] { upserts.append(after[index]) }
            index += 1
            index += Element.unchangedPrefixCount(before[index...], after[index...])
        }
        if index == before.count {
            upserts.append(contentsOf: after[index...])
        } else {
            let restBefore = before[index...], restAfter = after[index...]
            let idsAfter = Set(restAfter.map(\.id))
            let entriesBefore = Dictionary(restBefore.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let removed = restBefore.map(\.id).filter { !idsAfter.contains($0) }
            upserts.append(contentsOf: restAfter.filter { entriesBefore[$0.id] != $0 })
            let kept = restBefore.map(\.id).filter { idsAfter.contains($0) }
            let added = restAfter.map(\.id).filter { entriesBefore[$0] == nil }
            if kept + added != restAfter.map(\.id) { order = after.map(\.id) }
            remove = removed.isEmpty ? nil : removed
        }
        upsert = upserts.isEmpty ? nil : upserts
    }

    /// The list after the change; refused when the record does not fit the list (an id it removes is not there, an
    /// order that is not the list's ids).
    func apply(to list: [Element], field: String) throws(JournalProblem) -> [Element] {
        var result = list
        if let remove {
            let gone = Set(remove)
            let count = result.count
            result.removeAll { gone.contains($0.id) }
            guard count - result.count == gone.count else {
                throw JournalProblem("it removes \(field) entries the plan does not have (\(remove.joined(separator: ", ")))")
            }
        }
        for entry in upsert ?? [] {
            if let index = result.firstIndex(where: { $0.id == entry.id }) { result[index] = entry } else { result.append(entry) }
        }
        if let order {
            let entries = Dictionary(result.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            guard order.count == result.count, Set(order).count == order.count, order.allSatisfy({ entries[$0] != nil }) else {
                throw JournalProblem("its order of \(field) does not fit the plan")
            }
            result = order.map { entries[$0]! }
        }
        return result
    }
}

/// Why a journal could not be applied to its plan.
public struct JournalProblem: Error, Equatable {
    public var message: String

    init(_ message: String) {
        self.message = message
    }
}

extension Plan {
    /// Every field of a plan and how it goes into a journal record.
    static let journalFields: [PlanField] = [
        .whole(.schemaVersion, \.schemaVersion),
        .whole(.name, \.name),
        .whole(.title, \.title),
        .whole(.context, \.context),
        .whole(.language, \.language),
        .byID(.items, \.items),
        .whole(.nextNumber, \.nextNumber),
        .byID(.strategies, \.strategies),
        .whole(.knowledgeExtension, \.knowledgeExtension),
        .whole(.assessments, \.assessments),
        .whole(.proposals, \.proposals),
        .whole(.comparisons, \.comparisons),
        .whole(.qspm, \.qspm),
        .whole(.period, \.period),
        .whole(.participants, \.participants),
        .whole(.spbe, \.spbe),
    ]
}
