/// The subjects of public administration that different words name (`Data/subjects.txt`): "operator SIKS-NG" and
/// "DTSEN" are both the social register, "universitas" and "magang" both a campus partnership. `derive` counts a
/// subject two items share as a word they share, so a planner's same-subject pairs come first even when the texts
/// share no word.
enum SubjectLexicon {
    /// Each listed word's stems (as `ContentStems.of` makes them of an item) → the markers of its subjects.
    static let markers: [String: [String]] = {
        var markers: [String: [String]] = [:]
        for line in EmbeddedKnowledgeBase.subjects.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let marker = "§" + parts[0].trimmingCharacters(in: .whitespaces)
            // Through the very steps an item's text goes through, so "SIKS-NG" in an item finds "siks-ng" here.
            for stem in ContentStems.of(String(parts[1])) where !(markers[stem]?.contains(marker) ?? false) {
                markers[stem, default: []].append(marker)
            }
        }
        return markers
    }()

    /// The markers of the subjects that `stems` name.
    static func subjects(of stems: Set<String>) -> [String] {
        stems.flatMap { markers[$0] ?? [] }
    }

    /// One bit per subject (of `markers`, in alphabetical order), so `derive` compares the subjects of an action and
    /// of two items with a mask rather than sets of strings (it asks for every pair of a large plan). At most 64.
    static let bits: [String: UInt64] = {
        let subjects = Set(markers.values.joined()).sorted().prefix(64)
        return Dictionary(uniqueKeysWithValues: subjects.enumerated().map { ($0.element, 1 << UInt64($0.offset)) })
    }()

    /// The subjects `stems` name, as a mask of `bits`.
    static func mask(of stems: Set<String>) -> UInt64 {
        subjects(of: stems).reduce(0) { $0 | (bits[$1] ?? 0) }
    }
}
