import Foundation

/// Where each item of a plan's list was last found, so that finding an item by its id among tens of thousands costs
/// a dictionary look-up instead of a walk along the list (a script's commands name items at random, and a walk made
/// every command slower as the plan grew). It is only a hint: every answer is checked against the list itself, and
/// when one is stale (an item removed or moved before it) the map is built again. Copies of a plan share it; the lock
/// keeps copies used on different threads apart.
final class ItemLookup: @unchecked Sendable {
    private let lock = NSLock()
    private var positions: [String: Int] = [:]

    /// The index of the item with `id` in `items` (the last one, should an id be there twice), or nil.
    func index(of id: String, in items: [Item]) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if let index = positions[id], index < items.count, items[index].id == id { return index }
        // An item just added is at the end: look there before building the map again.
        for index in items.indices.reversed().prefix(8) where items[index].id == id {
            positions[id] = index
            return index
        }
        positions = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { _, last in last })
        return positions[id]
    }
}
