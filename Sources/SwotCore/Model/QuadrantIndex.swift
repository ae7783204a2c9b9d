import Foundation

/// Which quadrant each item of a plan's list is in, and its number, so that listing one quadrant of tens of thousands
/// of items does not read every item of the plan: each read is a trip to memory, and `list o` of a large plan spent
/// as long walking the plan as writing its own lines. Like `ItemLookup` it is a hint that copies of a plan share; it
/// is checked on every use. It keeps the items it read (their boxes): an item is a single reference, so the plan's
/// list is compared with them as machine words and only a position holding another box is read again. Holding the
/// boxes keeps them shared, so an item changed since is always a new box (a shared box is copied before a change),
/// never the old box changed in place. The lock keeps copies used on different threads apart.
final class QuadrantIndex: @unchecked Sendable {
    private struct Place {
        var quadrant: Quadrant
        var number: Int
    }

    private let lock = NSLock()
    private var seen: [Item] = []
    private var places: [Place] = []

    /// The indices in `items` of the items in `quadrant`, in number order.
    func positions(of quadrant: Quadrant, in items: [Item]) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        catchUp(with: items)
        var chosen: [(number: Int, index: Int)] = []
        for (index, place) in places.enumerated() where place.quadrant == quadrant {
            chosen.append((place.number, index))
        }
        chosen.sort { $0.number < $1.number }
        return chosen.map(\.index)
    }

    private func catchUp(with items: [Item]) {
        if seen.count > items.count {
            seen.removeLast(seen.count - items.count)
            places.removeLast(places.count - items.count)
        }
        for index in Item.positionsOfOtherBoxes(seen[...], items[..<seen.count]) {
            seen[index] = items[index]
            places[index] = Place(quadrant: items[index].quadrant, number: items[index].number)
        }
        // One by one, so `seen` never shares the plan's own array (the plan's next change would copy it whole).
        for item in items[seen.count...] {
            seen.append(item)
            places.append(Place(quadrant: item.quadrant, number: item.number))
        }
    }
}
