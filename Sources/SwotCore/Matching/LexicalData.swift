/// The published word lists the matcher uses, shipped as data (`Matching/Data/`, written by
/// `scripts/make-lexicon-data.py`; sources and licences in `Matching/Data/LICENSES.md`). Each list is parsed the
/// first time it is needed, never at start-up.
public enum LexicalData {
    /// Root words of the Sastrawi stemmer's dictionary (MIT): the Indonesian stemmer stops at a known root.
    public static let indonesianRoots: Set<String> = Set(lines(EmbeddedKnowledgeBase.indonesianRoots))

    /// Ordinary words of three letters or fewer (Sastrawi roots, hunspell en_US): an acronym spelled like one of
    /// them (`it`, `tik`) counts only when typed in capitals.
    static let shortWords: Set<String> = Set(lines(EmbeddedKnowledgeBase.shortWords))

    /// WordNet synonyms of one-word English keywords: synonym → the keywords it may stand for.
    static let englishSynonyms: [String: [String]] = pairs(EmbeddedKnowledgeBase.englishSynonyms)

    /// Other forms of the English keywords' words from WordNet that the stemmer does not join to them: irregular
    /// inflections (`criteria`) and derivationally related words (`decide` for `decision`): form → keyword words.
    static let englishDerivations: [String: [String]] = pairs(EmbeddedKnowledgeBase.englishDerivations)

    /// Ordinary English words one typing slip away from a keyword word of the shipped KB (SCOWL word lists): a
    /// planner who typed `country` meant it, not `counter`.
    static let englishNotSlips: Set<String> = Set(lines(EmbeddedKnowledgeBase.englishNotSlips))

    /// English verb forms used as verbs more than as nouns (WordNet's tagged senses): `offers`, `written`. A default
    /// label that ends on one, or just after it in the middle of its object, has lost what the verb says.
    static let englishVerbs: Set<String> = Set(lines(EmbeddedKnowledgeBase.englishVerbs))

    private static func pairs(_ text: String) -> [String: [String]] {
        var map: [String: [String]] = [:]
        for line in lines(text) {
            let pair = line.split(separator: " ")
            guard pair.count == 2 else { continue }
            map[String(pair[0]), default: []].append(String(pair[1]))
        }
        return map
    }

    private static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init)
    }
}
