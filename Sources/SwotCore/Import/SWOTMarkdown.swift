/// Reads a SWOT written as a Markdown document (`import items FILE.md`): headings that name a quadrant in
/// Indonesian or English (`## Kekuatan`, `### Strengths (S)`, `**Ancaman:**`), each followed by list items.
///
/// A list item runs on over the lines beneath it until a blank line, a new item or a heading. Headings that name no
/// quadrant (`# Renstra 2025–2029`) or two (`## Kekuatan dan Kelemahan`, a parent of two sections) start no section;
/// a heading beneath a quadrant's own level (`#### Aspek SDM` under `### Kekuatan`) keeps the section going.
/// List items outside every section are counted, not imported, so the planner can see what was left out.
public enum SWOTMarkdown {
    public struct Reading: Equatable, Sendable {
        public var items: [ImportedItem]
        /// List items under headings (or spreadsheet rows) that name no single quadrant.
        public var skipped: Int
        /// True for a spreadsheet, whose items come from rows rather than lines.
        public var fromRows: Bool
    }

    public static func read(_ text: String, file: String) throws(ItemImportError) -> Reading {
        var items: [ImportedItem] = []
        var skipped = 0
        var section: (quadrant: Quadrant, level: Int)?
        /// The item being read, while its continuation lines may follow.
        var open: ImportedItem?
        var inFence = false

        func finish() throws(ItemImportError) {
            guard let item = open else { return }
            open = nil
            guard !item.text.isEmpty else {
                throw item.problem("the list item is empty; write its text or delete the line", file: file)
            }
            items.append(item)
        }

        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            let line = String(rawLine).trimmingWhitespace()
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { continue }
            if line.isEmpty {
                try finish()
                continue
            }
            if let heading = heading(line) {
                try finish()
                let quadrants = Set(quadrantWords(in: heading.text))
                if quadrants.count == 1, let quadrant = quadrants.first {
                    section = (quadrant, heading.level)
                } else if let current = section, heading.level <= current.level {
                    section = nil
                }
                continue
            }
            if let itemText = listItemText(line) {
                try finish()
                if let section {
                    open = ImportedItem(quadrant: section.quadrant, text: itemText, origin: .line(number))
                } else {
                    skipped += 1
                }
                continue
            }
            // Any other line continues the open item (a long item wrapped over lines), or is prose between items.
            if var item = open {
                item.text += item.text.isEmpty ? line : " " + line
                open = item
            }
        }
        try finish()
        return Reading(items: items, skipped: skipped, fromRows: false)
    }

    /// `## Kekuatan` (level 2), or a line that is nothing but a short bold or colon-ended label naming a quadrant
    /// (`**Kelemahan (Weaknesses)**`, `Peluang:`), which many documents use instead of headings (level 7, below
    /// every `#` level).
    static func heading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        if (1...6).contains(hashes) {
            let rest = line.dropFirst(hashes)
            guard rest.isEmpty || rest.first == " " else { return nil }
            let text = rest.trimmingWhitespace()
            return (hashes, String(text.reversed().drop(while: { $0 == "#" }).reversed()).trimmingWhitespace())
        }
        let isBold = line.hasPrefix("**") || line.hasPrefix("__")
        guard isBold || line.hasSuffix(":") else { return nil }
        let label = line.filter { !"*_:".contains($0) }.trimmingWhitespace()
        let words = label.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= 4, Set(quadrantWords(in: label)).count == 1 else { return nil }
        return (7, label)
    }

    /// The text of a list item (`- text`, `* text`, `+ text`, `1. text`, `2) text`, with `[ ]` checkboxes), or nil.
    static func listItemText(_ line: String) -> String? {
        var rest = Substring(line)
        if let first = rest.first, "-*+".contains(first) {
            rest = rest.dropFirst()
        } else {
            let digits = rest.prefix(while: \.isASCIIDigit)
            guard !digits.isEmpty, digits.count <= 4 else { return nil }
            rest = rest.dropFirst(digits.count)
            guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
            rest = rest.dropFirst()
        }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingWhitespace()
        for box in ["[ ] ", "[x] ", "[X] "] where text.hasPrefix(box) { text = String(text.dropFirst(box.count)) }
        return text
    }

    /// The quadrants a heading names, one per word that names one (`Tantangan` is a common Indonesian word for
    /// threats; single letters count only when the heading is a letter alone or has one in brackets, `(S)`).
    static func quadrantWords(in text: String) -> [Quadrant] {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.compactMap { word in
            if word == "tantangan" { return .threat }
            if word.count == 1 {
                let alone = words.count == 1 || text.lowercased().contains("(\(word))")
                return alone ? Quadrant(parsing: word) : nil
            }
            return Quadrant(parsing: word)
        }
    }
}
