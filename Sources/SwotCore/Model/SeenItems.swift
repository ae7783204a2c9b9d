/// The items a cache last read, to tell which of a list's items changed since. It holds their boxes: an item is a
/// single reference, so the list is compared with them as machine words and only a position holding another box is
/// read again. Holding the boxes keeps them shared, so an item changed since is always a new box (a shared box is
/// copied before a change), never the old box changed in place. `QuadrantIndex` and the shell's listing use it.
public struct SeenItems: Sendable {
    private var seen: [Item] = []

    public init() {}

    /// Brings the record up to `items` and tells the caller what to redo: `truncate(count)` when the list got
    /// shorter (keep the first `count`), `replace(index)` for each position holding another item, `append(index)`
    /// for each position past the old end, in that order.
    public mutating func catchUp(
        with items: [Item], truncate: (Int) -> Void, replace: (Int) -> Void, append: (Int) -> Void
    ) {
        if seen.count > items.count {
            seen.removeLast(seen.count - items.count)
            truncate(items.count)
        }
        for index in Item.positionsOfOtherBoxes(seen[...], items[..<seen.count]) {
            seen[index] = items[index]
            replace(index)
        }
        // One by one, so `seen` never shares the caller's own array (its next change would copy it whole).
        for index in seen.count..<items.count {
            seen.append(items[index])
            append(index)
        }
    }
}
