/// Tells Indonesian from English, for one word (to pick its stemmer) and for a whole item.
///
/// A word is Indonesian or English when it is a stop word or a known word of that language (the Indonesian lexicon,
/// or the KB keyword lists of one language only), else when its spelling says so: English has `th`, `ph`, `sh`,
/// `ck`, `w`/`y` at the end, double consonants, `-tion`, `-ing`, `-ment`, `-ness`, `-ed`…; Indonesian has
/// `me(m|n|ng|ny)-`, `ber-`, `ter-`, `di-`, `pe(m|n|ng|ny)-` with `-kan`, `-an`, `-nya`. Otherwise it is unknown.
public struct LanguageDetector: Sendable {
    private let indonesianWords: Set<String>
    private let englishWords: Set<String>

    /// `indonesianWords` and `englishWords` add known words of each language (e.g. from KB keyword lists).
    public init(indonesianWords: Set<String> = [], englishWords: Set<String> = []) {
        self.indonesianWords = indonesianWords.union(StopWords.indonesian).union(IndonesianLexicon.roots)
        self.englishWords = englishWords.union(StopWords.english)
    }

    /// The language a single normalised word looks like, or nil when it could be either.
    public func language(of word: String) -> Language? {
        let id = indonesianWords.contains(word)
        let en = englishWords.contains(word)
        if id != en { return id ? .id : .en }
        if id && en { return nil }
        let w = Array(word.utf8)
        guard w.count >= 3 else { return nil }
        if looksEnglish(w) { return .en }
        if looksIndonesian(w) { return .id }
        return nil
    }

    /// The language most of the words are written in (Indonesian on a tie: the planners' own language).
    public func detect(_ words: [String]) -> Language {
        var id = 0
        var en = 0
        for word in words {
            // Stop words weigh more: they are the surest sign of the sentence's language.
            let weight = StopWords.indonesian.contains(word) || StopWords.english.contains(word) ? 2 : 1
            switch language(of: word) {
            case .id?: id += weight
            case .en?: en += weight
            case nil: break
            }
        }
        return en > id ? .en : .id
    }

    private func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }

    private func looksEnglish(_ w: [UInt8]) -> Bool {
        for suffix: StaticString in ["tion", "tions", "ing", "ings", "ment", "ments", "ness", "ity", "ies", "ship",
                                     "ed", "ly", "ful", "less", "ive", "ise", "ize", "ous", "ance", "ence", "er", "ers"]
        where w.ends(with: suffix) {
            return true
        }
        let n = w.count
        if w.last == 0x77 || (w.last == 0x79 && !isVowel(w[n - 2])) { return true }  // -w, consonant + y
        if w.last == 0x65, !w.ends(with: "ke"), !w.ends(with: "de"), !w.ends(with: "pe") { return true }  // final -e
        for i in 0..<(n - 1) {
            let a = w[i], b = w[i + 1]
            if a == b, !isVowel(a), a != 0x6E, a != 0x67, a != 0x6B { return true }  // double consonant (not nn gg kk)
            // th ph sh wh ch
            if b == 0x68, a == 0x74 || a == 0x70 || a == 0x73 || a == 0x77 || a == 0x63 { return true }
            if a == 0x63, b == 0x6B { return true }  // ck
            if a == 0x71 || a == 0x78 { return true }  // q x
            if a == 0x6F, b == 0x6F || b == 0x75 { return true }  // oo ou
            if a == 0x65, b == 0x65 || b == 0x61 { return true }  // ee ea
        }
        return false
    }

    private func looksIndonesian(_ w: [UInt8]) -> Bool {
        if w.ends(with: "nya") || w.ends(with: "kan") { return true }
        if w.starts(with: "meng") || w.starts(with: "meny") || w.starts(with: "peng") || w.starts(with: "peny")
            || w.starts(with: "mem") || w.starts(with: "men") || w.starts(with: "ber") || w.starts(with: "ter")
            || w.starts(with: "di") || w.starts(with: "ke") || w.starts(with: "pe")
        {
            return true
        }
        if w.ends(with: "an") || w.ends(with: "si") { return true }
        if w.contains(0x6A) || w.ends(with: "ng") { return true }  // j is rare in English; -ng
        return false
    }
}
