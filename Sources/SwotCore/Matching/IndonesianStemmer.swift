/// A rule-based Indonesian stemmer after Nazief–Adriani / Enhanced Confix Stripping, with a small lexicon instead of
/// a full dictionary.
///
/// Order of work on a lower-case word:
/// 1. particles `-lah`, `-kah`, `-pun`, then the possessive `-nya`;
/// 2. the derivational suffix that fits the prefix: `-kan` and `-i` after a verb prefix (`me-`, `di-`, `ter-`,
///    `ber-` for `-kan`), `-an` after a noun prefix (`pe-`, `ke-`, `per-`), `ber-`, or none (`layanan` → `layan`);
/// 3. up to three prefixes: `me-`/`pe-` with nasal assimilation recovered (`menyusun` → `susun`,
///    `memberikan` → `beri`, `mengelola` → `kelola`, `penganggaran` → `anggar`, `menulis` → `tulis`,
///    `memakai` → `pakai`), `di-`, `ter-`, `ber-`, `per-`, `ke-` (only with `-an`: `keamanan` → `aman`),
///    `se-` (only into a lexicon word).
///
/// Guards: roots keep at least three letters and a valid Indonesian onset (`sektor` is not `se-ktor`); words in
/// `IndonesianLexicon` are never stemmed and win where a nasal prefix could hide two roots; after a recoded nasal
/// (`peny-` → `s…`) no further prefix is removed (`penyelenggara` → `selenggara`).
public struct IndonesianStemmer: Sendable {
    private let lexicon: Set<String>
    /// A full root-word dictionary (Sastrawi's), consulted only to choose between the readings of a prefix
    /// (`menyatakan`: `nyata` rather than `syata`); the small lexicon still decides where stemming stops, as a full
    /// dictionary stops too early on the matcher's words (`memakai` would end at `maka`).
    private let dictionary: Set<String>

    public init(lexicon: Set<String> = IndonesianLexicon.roots, dictionary: Set<String> = LexicalData.indonesianRoots) {
        self.lexicon = lexicon
        self.dictionary = dictionary
    }

    public func stem(_ word: String) -> String {
        guard word.utf8.count >= 4, !lexicon.contains(word), !IndonesianLexicon.unstemmed.contains(word) else {
            return word
        }
        var w = Array(word.utf8)
        guard w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }

        // 1. Particles and possessive.
        for particle: StaticString in ["lah", "kah", "pun"] where w.ends(with: particle) && w.count - 3 >= 4 {
            w.removeLast(3)
            if isKnown(w) { return string(w) }
            break
        }
        if w.ends(with: "nya"), w.count - 3 >= 3 {
            w.removeLast(3)
            if isKnown(w) { return string(w) }
        }

        // 2. Derivational suffix candidates, best guess first.
        let kind = prefixKind(w)
        var candidates: [(word: [UInt8], suffixRemoved: Bool)] = []
        switch kind {
        case .verb:
            if w.ends(with: "kan"), w.count - 3 >= 4 {
                candidates.append((Array(w.dropLast(3)), true))
            } else if w.ends(with: "i"), w.count - 1 >= 5 {
                let stripped = Array(w.dropLast())
                // Loanwords ending in -si/-gi keep their -i (mengevaluasi → evaluasi) unless the lexicon says
                // otherwise.
                let loan = w.ends(with: "si") || w.ends(with: "gi")
                candidates.append(loan ? (w, false) : (stripped, true))
                candidates.append(loan ? (stripped, true) : (w, false))
            }
        case .ber:
            if w.ends(with: "kan"), w.count - 3 >= 5 {
                candidates.append((Array(w.dropLast(3)), true))
            } else if w.ends(with: "an"), w.count - 2 >= 5 {
                candidates.append((Array(w.dropLast(2)), true))
            }
        case .noun:
            if w.ends(with: "an"), w.count - 2 >= 4 { candidates.append((Array(w.dropLast(2)), true)) }
        case .none:
            if w.ends(with: "an"), w.count - 2 >= 4 || (w.count - 2 >= 3 && isKnown(Array(w.dropLast(2)))) {
                candidates.append((Array(w.dropLast(2)), true))
            }
            // An imperative -kan (tingkatkan) only where the lexicon knows the root.
            if w.ends(with: "kan"), w.count - 3 >= 4, isKnown(Array(w.dropLast(3))) {
                return string(Array(w.dropLast(3)))
            }
        }
        candidates.append((w, false))

        var fallback: [UInt8]?
        for candidate in candidates {
            if isKnown(candidate.word) { return string(candidate.word) }
            let (root, known) = removePrefixes(candidate.word, suffixRemoved: candidate.suffixRemoved)
            if known { return string(root) }
            if fallback == nil { fallback = root }
        }
        return string(fallback ?? w)
    }

    // MARK: - Prefixes

    private enum PrefixKind { case verb, ber, noun, none }

    private func prefixKind(_ w: [UInt8]) -> PrefixKind {
        if w.starts(with: "me") || w.starts(with: "di") || w.starts(with: "ter") { return .verb }
        if w.starts(with: "ber") || w.starts(with: "bel") || w.starts(with: "bek") { return .ber }
        if w.starts(with: "pe") || w.starts(with: "ke") { return .noun }
        return .none
    }

    /// Removes up to three prefixes. Returns the root and whether it is a lexicon word.
    private func removePrefixes(_ word: [UInt8], suffixRemoved: Bool) -> ([UInt8], Bool) {
        var w = word
        var removed = 0
        var last = ""
        while removed < 3 {
            if removed > 0, isKnown(w) { return (w, true) }
            guard let step = nextPrefix(w, suffixRemoved: suffixRemoved, previous: last) else { break }
            // Of the alternatives, a lexicon word wins; else the first (the rule's usual reading).
            let chosen = step.alternatives.first(where: isKnown)
                ?? step.alternatives.first { dictionary.contains(string($0)) } ?? step.alternatives[0]
            w = chosen
            removed += 1
            last = step.prefix
            if isKnown(w) { return (w, true) }
            if step.recoded && chosen == step.alternatives[0] { break }
        }
        return (w, false)
    }

    private struct Step {
        var prefix: String
        var alternatives: [[UInt8]]
        /// True when the first alternative restored a consonant the nasal prefix had replaced.
        var recoded: Bool
    }

    private func nextPrefix(_ w: [UInt8], suffixRemoved: Bool, previous: String) -> Step? {
        let n = w.count
        guard n >= 5 else { return nil }
        func rest(_ k: Int) -> [UInt8] { Array(w[k...]) }
        func with(_ c: Character, _ k: Int) -> [UInt8] { [c.asciiValue!] + w[k...] }
        func valid(_ r: [UInt8], min: Int = 3) -> Bool {
            r.count >= min && hasValidOnset(r) && r.contains(where: isVowel)
        }
        func make(_ prefix: String, _ alternatives: [[UInt8]], recoded: Bool = false, min: Int = 3) -> Step? {
            // The rule's usual reading first; the other readings only where they give a lexicon word.
            guard valid(alternatives[0], min: min) else {
                guard let known = alternatives.dropFirst().first(where: { valid($0, min: min) && isKnown($0) }) else {
                    return nil
                }
                return Step(prefix: prefix, alternatives: [known], recoded: false)
            }
            let others = alternatives.dropFirst().filter { valid($0, min: min) }
            return Step(prefix: prefix, alternatives: [alternatives[0]] + others, recoded: recoded)
        }

        // memper-, diper- (per- after me-/di-): memperkuat → kuat.
        if w.starts(with: "memper") { return make("memper", [rest(6)]) }

        let isMe = w.starts(with: "me")
        let isPe = w.starts(with: "pe")
        if isMe || isPe {
            let prefix = isMe ? "me" : "pe"
            let c2 = w[2], c3 = w[3]
            // Plain per- (only for pe-): perubahan → ubah, perbaikan → baik; per + vowel may also be pe + r-root.
            if isPe, c2 == 0x72 {  // r
                if isVowel(c3) { return make("per", [rest(3), rest(2)]) }
                return make("per", [rest(3)])
            }
            if c2 == 0x6E, c3 == 0x67 {  // ng
                let c4 = w[4]
                if isVowel(c4) {
                    if c4 == 0x65 { return make(prefix, [with("k", 4), rest(4)], recoded: true) }
                    return make(prefix, [rest(4), with("k", 4)])
                }
                return make(prefix, [rest(4)])
            }
            if c2 == 0x6E, c3 == 0x79 {  // ny
                if isVowel(w[4]) { return make(prefix, [with("s", 4), rest(2)], recoded: true) }
                return nil
            }
            if c2 == 0x6E {  // n
                if isVowel(c3) { return make(prefix, [with("t", 3), rest(2)], recoded: true) }
                if [0x63, 0x64, 0x6A, 0x74, 0x73, 0x7A].contains(c3) { return make(prefix, [rest(3)]) }  // c d j t s z
                return nil
            }
            if c2 == 0x6D {  // m
                if isVowel(c3) { return make(prefix, [with("p", 3), rest(2)], recoded: true) }
                if [0x62, 0x66, 0x76, 0x70].contains(c3) { return make(prefix, [rest(3)]) }  // b f v p
                return nil
            }
            if [0x6C, 0x72, 0x77, 0x79].contains(c2), isVowel(c3) { return make(prefix, [rest(2)]) }  // l r w y
            if isPe, !isVowel(c2) {
                // pe + other consonant: petugas → tugas, pekerja → kerja; needs a longer root.
                return make(prefix, [rest(2)], min: 4)
            }
            return nil
        }
        if w.starts(with: "di") { return previous == "di" ? nil : make("di", [rest(2)]) }
        if w.starts(with: "ter") {
            if isVowel(w[3]) { return make("ter", [rest(3), rest(2)]) }
            return make("ter", [rest(3)])
        }
        if w.starts(with: "ber") {
            if isVowel(w[3]) { return make("ber", [rest(3), rest(2)]) }
            return make("ber", [rest(3)])
        }
        if w.starts(with: "belajar") { return make("ber", [rest(3)]) }
        if w.starts(with: "beker") { return make("ber", [rest(2)]) }
        if w.starts(with: "ke") {
            let r = rest(2)
            if suffixRemoved || isKnown(r) { return make("ke", [r]) }
            if w.starts(with: "keter") || w.starts(with: "keber") || w.starts(with: "kepe") { return make("ke", [r]) }
            return nil
        }
        if w.starts(with: "se") {
            let r = rest(2)
            return isKnown(r) ? make("se", [r]) : nil
        }
        return nil
    }

    // MARK: - Helpers

    private func isKnown(_ w: [UInt8]) -> Bool { lexicon.contains(string(w)) }

    private func string(_ w: [UInt8]) -> String { String(decoding: w, as: UTF8.self) }

    private func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }

    private static let onsetClusters: Set<UInt16> = {
        let pairs = ["bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "sl", "sp", "st", "sk", "sw",
                     "tr", "ny", "ng", "kh", "sy", "sm", "sn", "ps", "str", "spr", "skr"]
        return Set(pairs.map { p in let b = Array(p.utf8); return UInt16(b[0]) << 8 | UInt16(b[1]) })
    }()

    /// Indonesian roots start with a vowel, one consonant, or a known cluster (`tr`, `kr`, `ny`, …).
    private func hasValidOnset(_ w: [UInt8]) -> Bool {
        guard w.count >= 2 else { return false }
        if isVowel(w[0]) || isVowel(w[1]) { return true }
        return IndonesianStemmer.onsetClusters.contains(UInt16(w[0]) << 8 | UInt16(w[1]))
    }
}
