/// The sentence of a derived strategy: the move's action, introduced by the items it uses, in the plan's language.
///
///     SO  Use S3 (visi dan misi…) and O1 (pemerintah pusat…) to align …
///         Manfaatkan S3 (visi dan misi…) dan O1 (pemerintah pusat…) untuk melakukan penyelarasan …
///     ST  Use S1 (…) against T1 (…) to add servers …
///         Manfaatkan S1 (…) untuk menghadapi T1 (…) dengan melakukan penambahan server …
///     WO  Overcome W4 (…) through O1 (…): improve the quality of budget absorption …
///         Atasi W4 (…) melalui O1 (…) dengan meningkatkan kualitas keterserapan anggaran …
///     WT  Reduce W5 (…) and guard against T1 (…): monitor the security system …
///         Kurangi W5 (…) serta hindari T1 (…) dengan melakukan pemantauan …
///
/// Each item is named by its id and a few words of its text, starting at the words that matched the move's
/// category; at most `namedPerSide` items per side are named, the rest counted ("and 4 more").
public enum StrategyText {
    /// Items named per side in a sentence; the strategy's `sources` keeps them all.
    public static let namedPerSide = 3
    /// Words of an item's text quoted in parentheses.
    public static let wordsPerItem = 4

    /// An item as the sentence names it: id and a short excerpt.
    public struct Mention: Sendable, Equatable {
        public var id: String
        public var excerpt: String

        public init(id: String, excerpt: String) {
            self.id = id
            self.excerpt = excerpt
        }

        var rendered: String { excerpt.isEmpty ? id : "\(id) (\(excerpt))" }
    }

    /// The sentence for a quadrant, with the named items of each side, how many more each side has, and the action.
    public static func sentence(
        _ quadrant: TOWSQuadrant, internal internalMentions: [Mention], moreInternal: Int = 0,
        external externalMentions: [Mention], moreExternal: Int = 0,
        action: String, language: Language
    ) -> String {
        let inner = list(internalMentions, more: moreInternal, language)
        let outer = list(externalMentions, more: moreExternal, language)
        var action = action.trimmingWhitespace()
        if let last = action.last, ".!?".contains(last) { action.removeLast() }
        switch (quadrant, language) {
        case (.so, .en): return "Use \(list(internalMentions + externalMentions, more: moreInternal + moreExternal, language)) to \(action)."
        case (.so, .id): return "Manfaatkan \(list(internalMentions + externalMentions, more: moreInternal + moreExternal, language)) untuk \(action)."
        case (.st, .en): return "Use \(inner) against \(outer) to \(action)."
        case (.st, .id): return "Manfaatkan \(inner) untuk menghadapi \(outer) dengan \(action)."
        case (.wo, .en): return "Overcome \(inner) through \(outer): \(action)."
        case (.wo, .id): return "Atasi \(inner) melalui \(outer) dengan \(action)."
        case (.wt, .en): return "Reduce \(inner)\(internalMentions.count + (moreInternal > 0 ? 1 : 0) > 1 ? "," : "") and guard against \(outer): \(action)."
        case (.wt, .id): return "Kurangi \(inner) serta hindari \(outer) dengan \(action)."
        }
    }

    /// "A, B and C" / "A, B dan C", with "and 2 more" / "dan 2 lainnya" for items not named.
    static func list(_ mentions: [Mention], more: Int, _ language: Language) -> String {
        var parts = mentions.map(\.rendered)
        if more > 0 { parts.append(language == .en ? "\(more) more" : "\(more) lainnya") }
        guard parts.count > 1 else { return parts.first ?? "" }
        let and = language == .en ? " and " : " dan "
        return parts.dropLast().joined(separator: ", ") + and + parts.last!
    }

    /// A few words of an item's text, starting at the first of `terms` found in it (else at the start), with "…"
    /// when words were left off after it.
    public static func excerpt(_ text: String, terms: [String], words count: Int = wordsPerItem) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        guard !words.isEmpty else { return "" }
        let lowered = words.map { $0.lowercased() }
        var start = 0
        search: for term in terms {
            let termWords = term.lowercased().split(separator: " ")
            guard let first = termWords.first else { continue }
            for position in lowered.indices where lowered[position].hasPrefix(first) {
                start = position
                break search
            }
        }
        let end = min(words.count, start + count)
        var excerpt = words[start..<end].joined(separator: " ")
        while let last = excerpt.last, ".,;:!?".contains(last) { excerpt.removeLast() }
        if end < words.count { excerpt += "…" }
        return excerpt
    }
}
