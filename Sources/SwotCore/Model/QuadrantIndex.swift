import Foundation

/// Which quadrant each item of a plan's list is in, and its number, so that listing one quadrant of tens of thousands
/// of items does not read every item of the plan: each read is a trip to memory, and `list o` of a large plan spent
/// as long walking the plan as writing its own lines. Like `ItemLookup` it is a hint that copies of a plan share; it
/// is checked on every use (`SeenItems`: only a position holding another item is read again). The lock keeps copies
/// used on different threads apart.
final class QuadrantIndex: @unchecked Sendable {
    private struct Place {
        var quadrant: Quadrant
        var number: Int
    }

    private let lock = NSLock()
    private var seen = SeenItems()
    private var places: [Place] = []

    /// The indices in `items` of the items in `quadrant`, in number order.
    func positions(of quadrant: Quadrant, in items: [Item]) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        seen.catchUp(
            with: items,
            truncate: { places.removeLast(places.count - $0) },
            replace: { places[$0] = Place(quadrant: items[$0].quadrant, number: items[$0].number) },
            append: { places.append(Place(quadrant: items[$0].quadrant, number: items[$0].number)) })
        var chosen: [(number: Int, index: Int)] = []
        for (index, place) in places.enumerated() where place.quadrant == quadrant {
            chosen.append((place.number, index))
        }
        chosen.sort { $0.number < $1.number }
        return chosen.map(\.index)
    }
}
