/// Finds the parts of an item's text that swot wrote itself, so the matcher does not read them: the source an
/// accepted readiness proposal carries (`(KPMG ARCH.3: level 2, tahap awal pengembangan)`) and, in such an item,
/// the framework's level names the sentence repeats (`masih pada tahap awal pengembangan`). They say where the item
/// came from, not what it is about.
///
/// A parenthesis counts as a source only when it names a framework item id followed by `:` or `,` (`ARCH.3:`,
/// `WB.3,`), which a planner's own text hardly ever does.
struct GeneratedText: Sendable {
    /// Framework item ids (`ARCH.3`, `WB.2`), as written in proposal sources.
    let itemIDs: Set<String>
    /// Level names of the frameworks' scales in both languages, lower-cased, longest first.
    let levelNames: [[Unicode.Scalar]]

    init(frameworks: [Framework]) {
        var ids = Set<String>()
        var names = Set<String>()
        for framework in frameworks {
            for section in framework.sections { for item in section.items { ids.insert(item.id) } }
            for level in framework.scale {
                for name in [level.name.en, level.name.id] where name.unicodeScalars.count >= 4 {
                    names.insert(name.lowercased())
                }
            }
        }
        itemIDs = ids
        levelNames = names.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }.map { Array($0.unicodeScalars) }
    }

    /// The text with the generated parts blanked out by spaces, so every other word keeps its position (the matched
    /// words are quoted from the text by position); the text itself when it has none.
    func blanked(_ text: String) -> String {
        guard !itemIDs.isEmpty, text.unicodeScalars.contains("(") else { return text }
        var scalars = Array(text.unicodeScalars)
        var found = false
        var open: Int?
        for (index, scalar) in scalars.enumerated() {
            if scalar == "(" { open = index }
            guard scalar == ")", let start = open else { continue }
            open = nil
            if namesFrameworkItem(scalars[(start + 1)..<index]) {
                for position in start...index { scalars[position] = " " }
                found = true
            }
        }
        guard found else { return text }
        blankLevelNames(in: &scalars)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// True when the words inside a parenthesis include a framework item id followed by `:` or `,`.
    private func namesFrameworkItem(_ inside: ArraySlice<Unicode.Scalar>) -> Bool {
        var word = String.UnicodeScalarView()
        for scalar in inside {
            if scalar == ":" || scalar == ",", itemIDs.contains(String(word)) { return true }
            if scalar == " " || scalar == ":" || scalar == "," {
                word = String.UnicodeScalarView()
            } else {
                word.append(scalar)
            }
        }
        return false
    }

    /// Blanks every level name (compared without case) that stands as whole words.
    private func blankLevelNames(in scalars: inout [Unicode.Scalar]) {
        let lowered = scalars.map { Unicode.Scalar(String($0).lowercased()) ?? $0 }
        func isLetter(_ index: Int) -> Bool {
            index >= 0 && index < lowered.count && lowered[index].properties.isAlphabetic
        }
        for name in levelNames {
            var start = 0
            while start + name.count <= lowered.count {
                if lowered[start..<(start + name.count)].elementsEqual(name), !isLetter(start - 1),
                   !isLetter(start + name.count) {
                    for position in start..<(start + name.count) { scalars[position] = " " }
                    start += name.count
                } else {
                    start += 1
                }
            }
        }
    }
}
