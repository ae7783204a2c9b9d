import SwotCore

/// The text of `list`, written as UTF-8 bytes into one buffer from each item's line (`ListedLines`): a quadrant of
/// thousands of items costs a copy per line and makes no string per line.
struct ItemListing {
    private let lines: ListedLines
    private let plan: Plan
    private var bytes: [UInt8] = []

    init(_ plan: Plan, knowledgeBase: KnowledgeBase, lines: ListedLines) {
        self.plan = plan
        self.lines = lines
        lines.catchUp(with: plan, knowledgeBase: knowledgeBase)
    }

    /// The listing so far, without its last line break.
    var text: String { String(decoding: bytes.dropLast(), as: UTF8.self) }

    /// `Strengths / Kekuatan (2)`, then a line per item.
    mutating func append(_ quadrant: Quadrant) {
        let positions = plan.positions(in: quadrant)
        bytes += "\(quadrant.name(.en)) / \(quadrant.name(.id)) (\(positions.count))\n".utf8
        lines.append(positions, to: &bytes)
    }
}

/// Each item's `list` line as UTF-8 bytes, kept across `list` calls (the session holds one), so a script that lists a
/// quadrant of thousands of items after every few changes writes again only the lines of items changed since
/// (`SeenItems`), and all of them when the knowledge base's category labels change.
final class ListedLines {
    private var seen = SeenItems()
    private var lines: [[UInt8]] = []
    /// `[C05 HR` per category of the knowledge base the lines were written with.
    private var openedLabels: [String: [UInt8]] = [:]

    /// Brings the lines up to the plan's items.
    func catchUp(with plan: Plan, knowledgeBase: KnowledgeBase) {
        // The first category of an id wins, as `KnowledgeBase.label(forCategory:)` finds it.
        let opened = Dictionary(
            knowledgeBase.categories.map { ($0.id, Array("[\(knowledgeBase.label(forCategory: $0.id))".utf8)) },
            uniquingKeysWith: { first, _ in first })
        if opened != openedLabels { (seen, lines, openedLabels) = (SeenItems(), [], opened) }
        let items = plan.items
        seen.catchUp(
            with: items,
            truncate: { lines.removeLast(lines.count - $0) },
            replace: { lines[$0] = line(items[$0]) },
            append: { lines.append(line(items[$0])) })
    }

    /// The lines of the items at `positions` (of the plan last caught up with).
    func append(_ positions: [Int], to bytes: inout [UInt8]) {
        for position in positions { bytes += lines[position] }
    }

    /// `  S1   Dukungan pimpinan  [C01 LEAD]  (label: Pimpinan)`: the id padded to four characters, the text on one
    /// line, the best category (`[C12 APP?]` for a low-confidence guess) and the planner's label if there is one.
    private func line(_ item: Item) -> [UInt8] {
        let id = item.id
        var bytes = Array("  \(id)".utf8)
        bytes += repeatElement(UInt8(ascii: " "), count: max(0, 4 - id.count) + 1)
        bytes += TerminalText.safe(item.text).utf8
        if let best = item.categories.first {
            bytes += "  ".utf8
            bytes += openedLabel(best.category)
            bytes += (best.fallback == nil ? "]" : "?]").utf8
        } else {
            bytes += "  [no category: `tag \(id) CATEGORY`]".utf8
        }
        if let label = item.label { bytes += "  (label: \(TerminalText.safe(label)))".utf8 }
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// A category the knowledge base does not know is shown by its id, as `KnowledgeBase.label(forCategory:)` does.
    private func openedLabel(_ category: String) -> [UInt8] {
        openedLabels[category] ?? Array("[\(category)".utf8)
    }
}
