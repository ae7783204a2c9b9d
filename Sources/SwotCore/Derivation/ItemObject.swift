import Foundation

/// An item's own name for a thing a move's action names in general (`MoveObject`): the staff it speaks of
/// ("operator SIKS-NG", "pendamping PKH", "ward clerks"), its application ("aplikasi SIMPUS", "e-ticketing app"),
/// service ("layanan KTP-el"), data ("data kependudukan") or partner ("universitas negeri", "local banks").
/// Strict readers rewrote most derived strategies whose move was right because the action still said "staf
/// terampil" or "platform nasional" where the plan had named the people and the system.
///
/// The name is the item's own words around a head noun of the kind: in Indonesian the head and the words after it
/// that qualify it ("SDM bidang data cuma 2 org" → "SDM bidang data"), in English the words before it ("Senior
/// clerks resist" → "senior clerks"). A head alone says no more than the move does ("pegawai"), so there is none.
public enum ItemObject {
    /// Most words of a name.
    static let maximumWords = 4

    /// The item's name for a thing of `kind` in its text written in `language`, or nil when it names none.
    public static func phrase(in text: String, kind: MoveObject.Kind, language: Language) -> String? {
        let words = clauseWords(text)
        return language == .en ? englishPhrase(words, kind) : indonesianPhrase(words, kind)
    }

    /// The action in `language` with each of the move's general words replaced by the name the first item of its
    /// side (in id order) gives the thing, if one does in the action's language; else the action as written.
    public static func action(
        of move: StrategyMove, internal inner: [Item], external outer: [Item], language: Language
    ) -> String {
        var action = move.action[language]
        for object in move.objects ?? [] {
            guard let general = object.words(language), let range = action.range(of: general) else { continue }
            let items = object.side == .internal ? inner : outer
            // An outside system is named by its name ("platform SATUSEHAT", "aplikasi umum SRIKANDI"): an
            // opportunity's "integrasi aplikasi daerah" speaks of the agency's own applications, not the platform.
            let needsName = object.side == .external && object.kind == .system
            let named = items.sorted { $0.number < $1.number }.lazy
                .filter { ($0.language ?? .id) == language }
                .compactMap { phrase(in: $0.text, kind: object.kind, language: language) }
                .first { (!needsName || isName($0)) && sameKindOfPartner($0, general, object.kind) }
            guard let named else { continue }
            let article = language == .en && needsArticle(named, replacing: general, after: action[..<range.lowerBound])
            action.replaceSubrange(range, with: (article ? "the " : "") + named)
        }
        return action
    }

    /// English singular heads that need an article before a lower-case name ("with the state university").
    static let singularHeads: Set<String> = [
        "university", "campus", "college", "bank", "vendor", "partner", "service", "system", "app", "application",
        "platform", "portal", "dashboard", "website", "database",
    ]

    /// Whether an English name needs "the" in the action: "the system" stays "the e-ticketing app", "partner
    /// campuses" becomes "the state university"; a name in capitals needs none ("SATUSEHAT"), nor one after "each".
    static func needsArticle(_ named: String, replacing general: String, after before: Substring) -> Bool {
        guard named.first?.isLowercase == true else { return false }
        if general.hasPrefix("the ") { return true }
        let determiners: Set<String> = ["the", "a", "an", "each", "every", "its", "their", "our", "your"]
        let previous = before.split(separator: " ").last.map { $0.lowercased() } ?? ""
        let head = named.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return singularHeads.contains(head) && !determiners.contains(previous)
    }

    /// True when a phrase carries a name: a word in capitals or with a capital inside ("SATUSEHAT", "e-Audit"), or
    /// a capitalised word after the first ("Aplikasi Cek Bansos").
    static func isName(_ phrase: String) -> Bool {
        phrase.split(separator: " ").enumerated().contains { index, word in
            word.dropFirst().contains(where: \.isUppercase) || (index > 0 && word.first?.isUppercase == true)
        }
    }

    // MARK: Finding the name

    /// Head nouns of each kind, lower case.
    static let heads: [MoveObject.Kind: (id: Set<String>, en: Set<String>)] = [
        .staff: (
            ["pegawai", "staf", "staff", "petugas", "operator", "pendamping", "sdm", "asn", "tenaga", "penyuluh",
             "analis", "pranata", "programmer", "pengelola", "statistisi", "kader", "verifikator", "teknisi",
             "pustakawan", "auditor", "dispatcher", "admin", "perawat", "bidan", "guru", "surveyor", "pengawas"],
            ["staff", "officers", "operators", "clerks", "programmers", "developers", "employees", "personnel",
             "nurses", "teachers", "analysts", "technicians", "workers", "librarians", "auditors", "inspectors",
             "dispatchers", "administrators", "officials"]
        ),
        .system: (
            ["aplikasi", "sistem", "platform", "portal", "dashboard", "website", "situs", "simrs", "simpus"],
            ["system", "app", "application", "platform", "portal", "dashboard", "website"]
        ),
        .service: (["layanan", "pelayanan"], ["service", "services"]),
        .data: (["data"], ["data", "records", "database"]),
        .partner: (
            ["universitas", "univ", "kampus", "politeknik", "poltek", "perguruan", "institut", "bank", "vendor",
             "mitra", "startup", "lsm", "komunitas", "asosiasi", "bumn", "bumd"],
            ["university", "universities", "campus", "college", "colleges", "bank", "banks", "vendor", "vendors",
             "partner", "partners", "startups", "ngo", "ngos"]
        ),
    ]

    /// Partners that only one of their own kind may stand for: a campus offers graduates and interns, a bank
    /// payments; "mitra" or "partners" may be any.
    static let partnerGroups: [Set<String>] = [campusWords, ["bank", "banks"], ["vendor", "vendors"]]

    /// Words of a campus: a university, a polytechnic, a faculty.
    static let campusWords: Set<String> = [
        "universitas", "univ", "kampus", "politeknik", "poltek", "perguruan", "institut", "fakultas", "university",
        "universities", "campus", "campuses", "college", "colleges", "faculty", "faculties", "polytechnic",
    ]

    /// The partner group a phrase's words name, if any.
    static func partnerGroup(_ phrase: String) -> Int? {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        // The prefixes ("Poltekkes", "Univ.") are all campuses, the first group.
        if words.contains(where: { word in partnerPrefixes.contains { word.hasPrefix($0) } }) { return 0 }
        return partnerGroups.firstIndex { group in words.contains(where: group.contains) }
    }

    /// True unless the move's words name one kind of partner (a campus) and the item's name another (a bank).
    static func sameKindOfPartner(_ named: String, _ general: String, _ kind: MoveObject.Kind) -> Bool {
        guard kind == .partner, let wanted = partnerGroup(general) else { return true }
        return partnerGroup(named) == wanted
    }

    /// Indonesian campus heads that open a longer word: "Poltekkes", "Univ.", "Institut".
    static let partnerPrefixes = ["poltek", "univ", "institut"]

    /// Whether `word` is a head of `kind` in `language`.
    static func isHead(_ word: String, _ kind: MoveObject.Kind, _ language: Language) -> Bool {
        let lowered = word.lowercased()
        guard let heads = heads[kind] else { return false }
        if (language == .en ? heads.en : heads.id).contains(lowered) { return true }
        return language == .id && kind == .partner && partnerPrefixes.contains { lowered.hasPrefix($0) }
    }

    /// Words that end a name after its head: where the item's predicate starts (`ItemLabel.predicateWords`: "operator
    /// desa sering ganti", "SDM bidang data cuma 2 org"), and the words that qualify or point rather than name.
    static let predicateWords: Set<String> = ItemLabel.predicateWords.union([
        "banyak", "sedikit", "ada", "baru", "lama", "sendiri", "kita", "kami", "ini", "itu", "tersebut", "sekarang",
        "juga", "pun", "lagi", "saja", "semua", "tiap", "setiap", "per", "rata-rata", "sangat", "lebih", "paling",
        // Informal verbs and states without a prefix ("website OPD pakai CMS lama", "kampus tawarkan magang").
        "pake", "jalan", "bikin", "buat", "pensiun", "pindah", "langka", "mudah", "gampang", "mau", "buka", "kasih",
        "beri", "bantu", "dukung", "ajak", "tawarkan", "tawari", "marak", "rutin", "aktif", "lengkap", "valid",
        "akurat", "cepat", "manual", "ganda", "usang",
    ])

    /// Words right after a head that make it another thing: a company ("operator seluler"), a building or a post
    /// ("data center", "data officer"), a trade ("bank sampah").
    static let otherThings: [MoveObject.Kind: Set<String>] = [
        .staff: ["seluler", "telekomunikasi", "telko", "telco", "internet", "jaringan"],
        .data: ["center", "centre", "officer", "officers", "science", "scientist", "scientists"],
        .partner: ["sampah"],
    ]

    /// English words that may not open a name before its head: determiners, numbers, adverbs and verbs of the
    /// item's predicate ("only two programmers", "our staff", "trained" stays: "trained staff").
    static let englishNonModifiers: Set<String> = [
        "the", "a", "an", "our", "their", "its", "his", "her", "my", "your", "this", "that", "these", "those", "only",
        "just", "no", "not", "all", "some", "many", "most", "few", "several", "more", "less", "enough", "too", "very",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "every", "each", "other",
        "same", "any", "both", "own", "existing", "current", "remaining", "lack", "shortage", "have", "has", "had",
        "there", "is", "are", "was", "were", "be", "been", "lacks", "lacking", "without", "good",
    ]

    /// The text's first clause as words without punctuation: a name never runs past a comma or into parentheses.
    static func clauseWords(_ text: String) -> [String] {
        var words: [String] = []
        for raw in text.split(whereSeparator: \.isWhitespace) {
            if raw.hasPrefix("(") { break }
            let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?\"“”()"))
            if !word.isEmpty { words.append(word) }
            if let last = raw.last, ",;:.(".contains(last) || word.isEmpty { break }
        }
        return words
    }

    /// The places where a name of `kind` may start: each head word, not one that is a word inside a longer name
    /// ("Satu Data Indonesia", "Mal Pelayanan Publik" are the programme, not the item's data or service), nor one
    /// followed by a word that makes it another thing (`otherThings`).
    static func heads(in words: [String], _ kind: MoveObject.Kind, _ language: Language) -> [Int] {
        words.indices.filter { index in
            guard isHead(words[index], kind, language) else { return false }
            if index > 0, words[index].first?.isUppercase == true, words[index - 1].first?.isUppercase == true,
               !isHead(words[index - 1], kind, language) {
                return false
            }
            let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
            return !(otherThings[kind]?.contains(next) ?? false)
        }
    }

    /// The first head that makes a name of more than one word. Data or a service named after the item's predicate
    /// has begun is spoken of in passing, often another agency's ("NIK di DTKS 96% sudah padan dengan data
    /// kependudukan" is Dukcapil's data; "180 titik layanan desa" are counters): it is not the item's own.
    private static func indonesianPhrase(_ words: [String], _ kind: MoveObject.Kind) -> String? {
        let inPassing: Set<MoveObject.Kind> = [.data, .service]
        let opening = ItemLabel.leadingMarker(words)?.length ?? 0
        return heads(in: words, kind, .id).lazy
            .filter { head in
                !inPassing.contains(kind) || !words[min(opening, head)..<head].contains(where: isPredicateStart)
            }
            .compactMap { indonesianPhrase(words, from: $0, kind) }.first
    }

    /// A word that shows the item's predicate has begun: an aspect word, a verb, a figure.
    private static func isPredicateStart(_ word: String) -> Bool {
        predicateWords.contains(ItemLabel.spelledOut(word.lowercased())) || ItemLabel.isVerb(word)
            || word.first?.isNumber == true || word.contains("%")
    }

    /// Words that only say whose the data is: "data kota" names no data a move could not name as well.
    static let placeWords: Set<String> = ["kota", "kabupaten", "kab", "provinsi", "prov", "desa", "daerah", "pemda"]

    private static func indonesianPhrase(_ words: [String], from head: Int, _ kind: MoveObject.Kind) -> String? {
        // A thing the item says is missing is not there to act on ("server tanpa UPS").
        if head > 0, ["tanpa", "tnp"].contains(words[head - 1].lowercased()) { return nil }
        var phrase = [words[head]]
        for word in words[(head + 1)...] {
            let lowered = word.lowercased()
            if phrase.count == maximumWords || !isQualifier(lowered, of: word) { break }
            phrase.append(word)
        }
        while phrase.count > 1, let last = phrase.last?.lowercased(), ItemLabel.danglingWords.contains(last) {
            phrase.removeLast()
        }
        guard phrase.count > 1 else { return nil }
        if kind == .data, phrase.dropFirst().allSatisfy({ placeWords.contains($0.lowercased()) }) { return nil }
        return lowercasedFirst(phrase.map(ItemLabel.spelledOut))
    }

    /// True when an Indonesian word after the head still qualifies it: not where the item's predicate starts
    /// (an aspect word, a verb, a number, "yang", "cuma").
    private static func isQualifier(_ lowered: String, of word: String) -> Bool {
        let spelled = ItemLabel.spelledOut(lowered)
        return !ItemLabel.boundaryWords.contains(lowered) && !ItemLabel.boundaryWords.contains(spelled)
            && !ItemLabel.danglingWords.contains(spelled) && !predicateWords.contains(spelled)
            && !ItemLabel.isVerb(word) && word.first?.isNumber != true && !word.contains("%")
            && !["&", "/", "-", "+"].contains(word) && !word.hasPrefix("'") && !word.hasPrefix("‘")
            && !lowered.hasPrefix("ber") && !lowered.hasPrefix("ter")
    }

    private static func englishPhrase(_ words: [String], _ kind: MoveObject.Kind) -> String? {
        heads(in: words, kind, .en).lazy.compactMap { englishPhrase(words, from: $0) }.first
    }

    private static func englishPhrase(_ words: [String], from head: Int) -> String? {
        var start = head
        while start > 0, head - start < maximumWords - 1 {
            let word = words[start - 1], lowered = word.lowercased()
            guard !englishNonModifiers.contains(lowered), !ItemLabel.boundaryWords.contains(lowered),
                  word.first?.isNumber != true, !lowered.hasSuffix("ly")
            else { break }
            start -= 1
        }
        guard start < head else { return nil }
        // A thing the item says is missing is not there to act on ("has no fire suppression system").
        if start > 0, englishAbsence.contains(words[start - 1].lowercased()) { return nil }
        return lowercasedFirst(Array(words[start...head]))
    }

    /// Words before a thing that say it is missing.
    static let englishAbsence: Set<String> = ["no", "without", "lacks", "lack", "lacking", "nor"]

    /// "Pendamping PKH" opening the item starts in lower case inside the action; "SDM", "Analis Kebijakan" and
    /// other names stay as written (`ItemLabel.shouldLowercaseFirst`).
    private static func lowercasedFirst(_ words: [String]) -> String {
        var words = words
        if ItemLabel.shouldLowercaseFirst(words) { words[0] = words[0].lowercased() }
        return words.joined(separator: " ")
    }
}
