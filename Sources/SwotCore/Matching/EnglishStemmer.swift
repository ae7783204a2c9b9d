/// A light English stemmer, Porter-like but simple: enough to make `trainings`, `training` and `trained` meet,
/// and `organisation`, `organization` and `organise` meet.
///
/// Steps, each applied at most once, always leaving at least three letters with a vowel:
/// 1. plurals and verb endings: `-ies` → `-y`, `-sses` → `-ss`, `-s`, `-ing`, `-ed` (with undoubling:
///    `planning` → `plan`; and Porter's `-at`/`-bl`/`-iz` → `-ate`/`-ble`/`-ize`: `updated` → `update`); then
///    British `-our` and `-tre` spelt the American way (`labour` → `labor`, `centre` → `center`);
/// 2. derivational endings (twice at most): `-isation`/`-ization` → `-is`, `-ational`, `-ation`, `-tion` → `-t`,
///    `-ness`, `-ment`, `-ity`, `-ive`, `-ful`, `-ly`, `-ise`/`-ize` → `-is`, `-ate`, and from long words `-ance`,
///    `-ence` (`resistance` → `resist`);
/// 3. a final `-e` is dropped (`service` → `servic`), `-y` becomes `-i` (`policy` → `polici`).
public struct EnglishStemmer: Sendable {
    public init() {}

    /// Spellings that the rules would not bring together.
    private static let exceptions: [String: String] = [
        "programme": "program", "programmes": "program", "programs": "program", "program": "program",
        "data": "data", "news": "news", "analysis": "analysi", "analyses": "analysi", "process": "process",
        "access": "access", "business": "business", "status": "status", "bus": "bus", "gas": "gas",
        "was": "was", "has": "has", "is": "is", "this": "this", "his": "his", "its": "its", "us": "us",
        "as": "as", "less": "less", "series": "seri", "species": "speci", "thing": "thing", "things": "thing",
        "during": "during", "nothing": "nothing", "something": "something", "bring": "bring", "king": "king",
        "ring": "ring", "spring": "spring", "string": "string", "sing": "sing", "wing": "wing",
        "need": "need", "needs": "need", "needed": "need", "seed": "seed", "speed": "speed", "feed": "feed",
        "red": "red", "bed": "bed", "hundred": "hundred", "united": "unit", "ready": "readi",
        "online": "online", "offline": "offline", "elderly": "elder", "early": "earli", "only": "only",
        "family": "famili", "apply": "appli", "supply": "suppli", "reply": "repli",
        // Kept apart from words of other categories that the rules would merge: integrity is not integration,
        // time is not the Indonesian `tim` (team).
        "integrity": "integriti", "time": "time", "times": "time",
        // Kept apart from "public" (publicity and publication are outreach, "public" is everyone).
        "publicity": "publicity", "publication": "publication", "publications": "publication",
    ]

    public func stem(_ word: String) -> String {
        if let known = EnglishStemmer.exceptions[word] { return known }
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        step1(&w)
        americanSpelling(&w)
        if step2(&w) { _ = step2(&w) }
        step3(&w)
        return String(decoding: w, as: UTF8.self)
    }

    // MARK: - Steps

    private func step1(_ w: inout [UInt8]) {
        if w.ends(with: "sses") { w.removeLast(2); return }
        if w.ends(with: "ies") || w.ends(with: "ied") {
            if w.count > 4 { w.removeLast(3); w.append(0x79) }  // -y
            return
        }
        if w.ends(with: "ss") || w.ends(with: "us") || w.ends(with: "is") { return }
        if w.ends(with: "s"), w.count > 3 { w.removeLast() }  // services → service (final -e goes in step 3)
        if w.ends(with: "ing"), hasVowel(w.dropLast(3)), w.count - 3 >= 3 {
            w.removeLast(3)
            repairAfterVerbEnding(&w)
            return
        }
        if w.ends(with: "ed"), !w.ends(with: "eed"), hasVowel(w.dropLast(2)), w.count - 2 >= 3 {
            w.removeLast(2)
            repairAfterVerbEnding(&w)
        }
    }

    /// British `-our` and `-tre`/`-bre` spelt the American way, so that either spelling meets the other:
    /// `labour` → `labor`, `centres` → `centre` → `center`, `fibre` → `fiber` (words of four letters, `hour`, stay).
    private func americanSpelling(_ w: inout [UInt8]) {
        let n = w.count
        if n >= 6, w.ends(with: "our") {
            w.remove(at: n - 2)
        } else if n >= 5, w.ends(with: "tre") || w.ends(with: "bre") {
            w.swapAt(n - 2, n - 1)
        }
    }

    /// `planning` → `plann` → `plan`; `updated` → `updat` → `update`.
    private func repairAfterVerbEnding(_ w: inout [UInt8]) {
        if w.ends(with: "at") || w.ends(with: "bl") || w.ends(with: "iz") || w.ends(with: "is") {
            w.append(0x65)  // e
            return
        }
        let n = w.count
        if n >= 2, w[n - 1] == w[n - 2], !isVowel(w[n - 1]), ![0x6C, 0x73, 0x7A, 0x66].contains(w[n - 1]) {
            w.removeLast()
        }
    }

    /// Derivational endings, longest first. Returns true when one was removed.
    private static let derivational: [(suffix: [UInt8], replacement: [UInt8])] = [
        ("isations", "is"), ("izations", "is"), ("isation", "is"), ("ization", "is"),
        ("ational", ""), ("ations", ""), ("ation", ""), ("itions", "it"), ("ition", "it"),
        ("tions", "t"), ("tion", "t"), ("ements", ""), ("ement", ""), ("ments", ""), ("ment", ""),
        ("ability", "abl"), ("ibility", "ibl"), ("ities", ""), ("ity", ""), ("iveness", ""), ("fulness", "ful"),
        ("ness", ""),
        ("ively", ""), ("ive", ""), ("ally", "al"), ("ly", ""),
        ("ised", "is"), ("ized", "is"), ("ise", "is"), ("ize", "is"), ("ising", "is"), ("izing", "is"),
        ("ate", ""), ("ance", ""), ("ence", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    /// `-ance` and `-ence` go only from long words (`resistance` → `resist`, `compliance` → `compli`), so that
    /// `allowance` stays apart from `allow` and `distance` from `dist…`.
    private static let nounEndings: Set<[UInt8]> = [Array("ance".utf8), Array("ence".utf8)]

    private func step2(_ w: inout [UInt8]) -> Bool {
        for rule in EnglishStemmer.derivational where w.ends(with: rule.suffix) {
            let rest = w.count - rule.suffix.count + rule.replacement.count
            // -ly needs a longer word (apply → appli, not app).
            let minimum = rule.suffix.count == 2 ? 4 : EnglishStemmer.nounEndings.contains(rule.suffix) ? 6 : 3
            guard rest >= minimum, hasVowel(w.prefix(w.count - rule.suffix.count)) else { return false }
            if rule.suffix == rule.replacement { return false }
            w.removeLast(rule.suffix.count)
            w.append(contentsOf: rule.replacement)
            return true
        }
        return false
    }

    private func step3(_ w: inout [UInt8]) {
        if w.count > 3, w.last == 0x65 { w.removeLast() }  // -e
        if w.count > 3, w.last == 0x79, !isVowel(w[w.count - 2]) { w[w.count - 1] = 0x69 }  // -y → -i
    }

    private func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }

    private func hasVowel<C: Collection>(_ letters: C) -> Bool where C.Element == UInt8 {
        letters.contains { isVowel($0) || $0 == 0x79 }
    }
}

extension Array where Element == UInt8 {
    /// Suffix test without allocating (the suffix is a literal).
    func ends(with suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { buffer in
            guard buffer.count <= count else { return false }
            var i = count - buffer.count
            for c in buffer {
                if self[i] != c { return false }
                i += 1
            }
            return true
        }
    }

    func starts(with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { buffer in
            guard buffer.count <= count else { return false }
            var i = 0
            for c in buffer {
                if self[i] != c { return false }
                i += 1
            }
            return true
        }
    }

    func ends(with suffix: [UInt8]) -> Bool {
        guard suffix.count <= count else { return false }
        var i = count - suffix.count
        for c in suffix {
            if self[i] != c { return false }
            i += 1
        }
        return true
    }
}

