import SwotCore

/// The text of `list`, written as UTF-8 bytes into one buffer: a quadrant of thousands of items costs a few copies
/// per line and makes no string per line, and each category's label is looked up once per listing.
struct ItemListing {
    private let knowledgeBase: KnowledgeBase
    private var bytes: [UInt8] = []
    /// `[C05 HR` per category, from the knowledge base.
    private var openedLabels: [String: [UInt8]] = [:]

    init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    /// The listing so far, without its last line break.
    var text: String { String(decoding: bytes.dropLast(), as: UTF8.self) }

    /// `Strengths / Kekuatan (2)`, then a line per item.
    mutating func append(_ quadrant: Quadrant, items: [Item]) {
        bytes += "\(quadrant.name(.en)) / \(quadrant.name(.id)) (\(items.count))\n".utf8
        for item in items { append(item) }
    }

    /// `  S1   Dukungan pimpinan  [C01 LEAD]  (label: Pimpinan)`: the id padded to four characters, the text on one
    /// line, the best category (`[C12 APP?]` for a low-confidence guess) and the planner's label if there is one.
    private mutating func append(_ item: Item) {
        let id = item.id
        bytes += "  ".utf8
        bytes += id.utf8
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
    }

    private mutating func openedLabel(_ category: String) -> [UInt8] {
        if let opened = openedLabels[category] { return opened }
        let opened = Array("[\(knowledgeBase.label(forCategory: category))".utf8)
        openedLabels[category] = opened
        return opened
    }
}
