/// Turns free text into normalised word tokens for matching.
///
/// Lower-cases, strips diacritics (`é` → `e`), turns punctuation into word breaks and keeps the words a planner
/// types with a hyphen usable:
/// - a one-letter prefix is joined to its word (`e-government` → `egovernment`, `e-gov` → `egov`); a lone `e`
///   before a word is joined the same way (`e government` → `egovernment`);
/// - Indonesian reduplication collapses to one word (`kota-kota` → `kota`, `masing-masing` → `masing`);
/// - other compounds split into their parts (`pusat-daerah` → `pusat`, `daerah`).
///
/// Digits stay inside tokens (`5G` → `5g`, `2017` → `2017`); apostrophes are dropped inside words (`don't` → `dont`).
/// Works on Unicode scalars directly; no Foundation, no regular expressions.
public struct TextNormalizer: Sendable {
    /// One word of the text.
    public struct Token: Hashable, Sendable {
        /// The normalised word: ASCII lower-case letters and digits only.
        public var text: String
        /// Offsets of the word in the text's Unicode scalars (`start..<end`), to quote the word as typed.
        public var start: Int
        public var end: Int
        /// True when the word was typed in capitals (`IT`, `SDM`) — used to tell acronyms from stop words.
        public var isUpperCase: Bool
        /// True when a one-letter prefix was joined to the word (`e-aspirasi` → `easpirasi`): the word without
        /// it (`aspirasi`) is worth trying too.
        public var hasLetterPrefix: Bool

        public init(text: String, start: Int, end: Int, isUpperCase: Bool, hasLetterPrefix: Bool = false) {
            self.text = text
            self.start = start
            self.end = end
            self.isUpperCase = isUpperCase
            self.hasLetterPrefix = hasLetterPrefix
        }
    }

    public init() {}

    /// The normalised words of `text`, joined by single spaces.
    public func normalize(_ text: String) -> String {
        tokenize(text).map(\.text).joined(separator: " ")
    }

    /// The normalised words of `text`, with their positions.
    public func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        // Current raw word: bytes with hyphens kept (as 0x2D), where it started, upper-case letters seen.
        var word: [UInt8] = []
        word.reserveCapacity(24)
        var start = 0
        var end = 0
        var letters = 0
        var upper = 0
        var index = 0
        var pendingHyphen = false

        func flush() {
            if !word.isEmpty {
                emit(word, start: start, end: end, isUpperCase: letters >= 2 && upper == letters, into: &tokens)
            }
            word.removeAll(keepingCapacity: true)
            letters = 0
            upper = 0
            pendingHyphen = false
        }

        for scalar in text.unicodeScalars {
            defer { index += 1 }
            let value = scalar.value
            // Fast path for ASCII.
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39:  // a-z, 0-9
                    if word.isEmpty { start = index }
                    if pendingHyphen { word.append(0x2D); pendingHyphen = false }
                    word.append(byte)
                    if byte >= 0x61 { letters += 1 }
                    end = index + 1
                case 0x41...0x5A:  // A-Z
                    if word.isEmpty { start = index }
                    if pendingHyphen { word.append(0x2D); pendingHyphen = false }
                    word.append(byte + 32)
                    letters += 1
                    upper += 1
                    end = index + 1
                case 0x2D:  // hyphen: kept only between two word characters
                    if !word.isEmpty { pendingHyphen = true }
                case 0x27:  // apostrophe inside a word is dropped
                    continue
                default:
                    flush()
                }
                continue
            }
            // Combining marks (diacritics typed as separate scalars) are dropped.
            if (0x0300...0x036F).contains(value) { continue }
            // Typographic apostrophes and hyphens.
            if value == 0x2019 || value == 0x2018 { continue }
            if value == 0x2010 || value == 0x2011 {
                if !word.isEmpty { pendingHyphen = true }
                continue
            }
            if let folded = TextNormalizer.fold(value) {
                if word.isEmpty { start = index }
                if pendingHyphen { word.append(0x2D); pendingHyphen = false }
                word.append(contentsOf: folded.bytes)
                letters += folded.bytes.count
                if folded.upper { upper += folded.bytes.count }
                end = index + 1
            } else {
                flush()
            }
        }
        flush()
        return TextNormalizer.joinLonePrefixes(tokens)
    }

    /// Splits a raw word at its hyphens and applies the hyphen rules.
    private func emit(_ raw: [UInt8], start: Int, end: Int, isUpperCase: Bool, into tokens: inout [Token]) {
        guard raw.contains(0x2D) else {
            tokens.append(
                Token(text: String(decoding: raw, as: UTF8.self), start: start, end: end, isUpperCase: isUpperCase)
            )
            return
        }
        let parts = raw.split(separator: 0x2D).map { Array($0) }
        guard let first = parts.first else { return }
        // Reduplication: kota-kota, masing-masing, (also kota-kotanya keeps the first part).
        if parts.count == 2, parts[1].starts(with: first), first.count >= 2 {
            tokens.append(
                Token(text: String(decoding: first, as: UTF8.self), start: start, end: end, isUpperCase: isUpperCase)
            )
            return
        }
        // One-letter prefix joined to the word: e-government, e-gov, m-banking.
        if first.count == 1, first[0] >= 0x61 {
            var joined = first
            for part in parts.dropFirst() { joined.append(contentsOf: part) }
            tokens.append(Token(
                text: String(decoding: joined, as: UTF8.self), start: start, end: end, isUpperCase: isUpperCase,
                hasLetterPrefix: true))
            return
        }
        for part in parts {
            tokens.append(
                Token(text: String(decoding: part, as: UTF8.self), start: start, end: end, isUpperCase: isUpperCase)
            )
        }
    }

    /// `e government` → `egovernment`: a lone `e` is a prefix, not a word.
    private static func joinLonePrefixes(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.text == "e" }) else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.text == "e", index + 1 < tokens.count, let firstByte = tokens[index + 1].text.utf8.first,
                firstByte >= 0x61
            {
                let next = tokens[index + 1]
                result.append(Token(
                        text: "e" + next.text,
                        start: token.start,
                        end: next.end,
                        isUpperCase: false,
                        hasLetterPrefix: true
                    )
                )
                index += 2
            } else {
                result.append(token)
                index += 1
            }
        }
        return result
    }

    /// ASCII letters for a precomposed Latin letter (`é` → `e`, `ß` → `ss`), or nil for anything that is not a letter.
    static func fold(_ value: UInt32) -> (bytes: [UInt8], upper: Bool)? {
        func lower(_ s: String) -> (bytes: [UInt8], upper: Bool) { (Array(s.utf8), false) }
        func upper(_ s: String) -> (bytes: [UInt8], upper: Bool) { (Array(s.utf8), true) }
        switch value {
        case 0xC0...0xC5: return upper("a")
        case 0xC6: return upper("ae")
        case 0xC7: return upper("c")
        case 0xC8...0xCB: return upper("e")
        case 0xCC...0xCF: return upper("i")
        case 0xD0: return upper("d")
        case 0xD1: return upper("n")
        case 0xD2...0xD6, 0xD8: return upper("o")
        case 0xD9...0xDC: return upper("u")
        case 0xDD: return upper("y")
        case 0xDF: return lower("ss")
        case 0xE0...0xE5: return lower("a")
        case 0xE6: return lower("ae")
        case 0xE7: return lower("c")
        case 0xE8...0xEB: return lower("e")
        case 0xEC...0xEF: return lower("i")
        case 0xF0: return lower("d")
        case 0xF1: return lower("n")
        case 0xF2...0xF6, 0xF8: return lower("o")
        case 0xF9...0xFC: return lower("u")
        case 0xFD, 0xFF: return lower("y")
        case 0x0100...0x017F:
            // Latin Extended-A: pairs of upper/lower case; map by base letter.
            let table: [(ClosedRange<UInt32>, String)] = [
                (0x0100...0x0105, "a"), (0x0106...0x010D, "c"), (0x010E...0x0111, "d"), (0x0112...0x011B, "e"),
                (0x011C...0x0123, "g"), (0x0124...0x0127, "h"), (0x0128...0x0131, "i"), (0x0134...0x0135, "j"),
                (0x0136...0x0138, "k"), (0x0139...0x0142, "l"), (0x0143...0x014B, "n"), (0x014C...0x0151, "o"),
                (0x0154...0x0159, "r"), (0x015A...0x0161, "s"), (0x0162...0x0167, "t"), (0x0168...0x0173, "u"),
                (0x0174...0x0175, "w"), (0x0176...0x0178, "y"), (0x0179...0x017E, "z"),
            ]
            for (range, letter) in table where range.contains(value) {
                let isUpper = value < 0x0138 ? value % 2 == 0 : value % 2 == 1
                return (Array(letter.utf8), isUpper)
            }
            return nil
        default:
            // Other letters (Greek, Cyrillic, …) and digits outside ASCII: not matchable, treated as a word break.
            return nil
        }
    }
}
