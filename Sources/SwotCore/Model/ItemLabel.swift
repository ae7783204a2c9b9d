/// The short name a strategy sentence uses for an item: the planner's own (`label W2 60 aplikasi OPD belum
/// terintegrasi`) or, without one, a default cut from the item's text. The default is a noun phrase of at most six
/// words, cut where a phrase ends (a comma, "yang", "untuk", "which", "to", …), never inside one, and without the
/// markers that open SWOT sentences ("Terdapat", "Masih", "Belum ada", "There is", "Lack of", …), with Indonesian
/// chat shorthand spelled out ("blm" → "belum"). It depends on the text (and its language) alone, so an item is
/// named the same way in every strategy and every report of a language; a sentence in the other language quotes it
/// (`phrase`).
public struct ItemLabel: Equatable, Sendable {
    /// The words shown, e.g. `SDM TI` or `60 aplikasi OPD belum terintegrasi`.
    public var text: String
    /// True when the default dropped a marker of absence ("Belum ada", "Kurangnya", "Lack of"): a sentence then
    /// says "kurangnya SDM TI" / "the lack of IT staff", so dropping the marker does not turn the meaning round.
    public var marksAbsence: Bool
    /// The marker of absence the default dropped, in lower case ("belum maksimalnya", "kurangnya", "no"): what is
    /// wrong with the thing, which `WeaknessRepair` reads. Nil for a label without one.
    public var absenceMarker: String?
    /// The article an English text opened with ("The mayor chairs …", "A local university offers …"), which an
    /// English sentence says before the label ("Use the mayor who chairs …"); nil when there was none.
    public var article: String?
    /// The language the label is written in (the item's, as the matcher read it); nil when not known.
    public var language: Language?
    /// True for the planner's own label (`label ID TEXT`), which a sentence says exactly as written.
    public var isOwn: Bool

    public init(text: String, marksAbsence: Bool = false, language: Language? = nil, isOwn: Bool = false) {
        self.text = text
        self.marksAbsence = marksAbsence
        self.language = language
        self.isOwn = isOwn
    }

    /// Whether a sentence in `language` says the label as the plan's own words rather than quoting it: its language
    /// is that one, or unknown in an Indonesian sentence. Sentences built from the labels alone (`WeaknessRepair`,
    /// `OpportunityUse`) are written only then.
    public func isWritten(in language: Language) -> Bool {
        self.language.map { $0 == language } ?? (language == .id)
    }

    /// Most words a default label keeps.
    public static let maximumWords = 6
    /// Most characters a planner's own label may have.
    public static let maximumLength = 80

    /// The label of an item: the planner's own when set, else the default.
    /// The planner's own label is shown as written (they choose its language); the default carries the item's.
    public static func of(_ item: Item) -> ItemLabel {
        if let own = item.label { return ItemLabel(text: own, isOwn: true) }
        var label = defaultLabel(item.text, language: item.language)
        label.language = item.language == .en && saysIndonesian(label.text) ? .id : item.language
        return label
    }

    /// Whether a label's own words are more Indonesian than English. An item read as English for the English terms
    /// around it ("Server rekaman CCTV di ruang command centre tanpa backup & DRC, storage …") may be labelled in
    /// Indonesian ("server rekaman CCTV"), which an Indonesian sentence then says as its own words rather than
    /// quoting. Not the other way round: English terms in an Indonesian label ("call centre 112") are how planners
    /// write Indonesian.
    static func saysIndonesian(_ text: String) -> Bool {
        var indonesian = 0, english = 0
        for word in text.split(separator: " ") {
            let bare = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
            // Acronyms ("CCTV", "SIMRS"), names in mixed case ("MenPAN-RB", "e-Puskesmas") and loanwords tell
            // neither language.
            if !word.contains(where: \.isLowercase) || word.dropFirst().contains(where: \.isUppercase)
                || loanwords.contains(bare) { continue }
            switch labelLanguages.language(of: bare) {
            case .id?: indonesian += 1
            case .en?: english += 1
            case nil: break
            }
        }
        return indonesian > english
    }

    /// English words of IT that Indonesian uses as its own ("server aplikasi", "backup harian"): they tell neither.
    static let loanwords: Set<String> = [
        "server", "backup", "storage", "website", "online", "offline", "update", "upload", "download", "password",
        "software", "hardware", "cloud", "database", "dashboard", "platform", "email", "login", "user", "admin",
        "router", "firewall", "hosting", "bandwidth", "link", "helpdesk", "vendor", "device", "gadget", "digital",
        "data", "internet", "media", "portal", "roadmap",
    ]

    /// Stop words, the Indonesian lexicon and spelling: what the words of a label alone can tell.
    private static let labelLanguages = LanguageDetector()

    /// The label as a sentence names the item, with the absence words in the sentence's language. A label in the
    /// other language is quoted: a sentence cannot translate the planners' words, so it shows them as theirs
    /// (`Use “SDM yang memadai” (S5) to …`), which reads as a citation rather than as broken English.
    /// An Indonesian sentence says a default label as a noun phrase (`nounPhrase`: "operator desa yang sering ganti").
    public func phrase(_ language: Language) -> String {
        let quoted = self.language.map { $0 != language } == true
        let words = text.split(separator: " ").map(String.init)
        let said = quoted || isOwn ? text
            : (language == .id ? ItemLabel.nounPhrase(words) : ItemLabel.englishNounPhrase(words))
                .joined(separator: " ")
        let article = language == .en && !quoted && !isOwn && !marksAbsence
            ? self.article ?? ItemLabel.impliedArticle(words) : nil
        let shown = quoted ? "“\(text)”" : article.map { "\($0) \(said)" } ?? said
        guard marksAbsence else { return shown }
        return language == .id ? "kurangnya \(shown)" : "the lack of \(shown)"
    }

    /// The default label of an item text, in `language` when known: an English text keeps "org" or "tp" as written
    /// (`spelledOut` spells out Indonesian shorthand only).
    public static func defaultLabel(_ text: String, language: Language? = nil) -> ItemLabel {
        // "Walikota & Sekda" stays whole when the label keeps within six words with the "&"; else the "&" goes, and
        // it goes too where it ends the label early: joined, "Perbup SPBE & Perbup Peta Proses …" is one long name
        // left out whole ("Bupati sudah teken"); apart, the "&" ends the phrase ("Bupati sudah teken Perbup SPBE").
        var label = defaultLabel(text, joiningAlternatives: true, language: language)
        // Without a lone "&" or "/" both ways cut alike: most texts are cut once.
        // Most texts have neither character: the bytes are looked at before the words are split (a long report
        // labels thousands of items).
        if text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "+") }),
           text.split(whereSeparator: \.isWhitespace).contains(where: { $0 == "&" || $0 == "/" || $0 == "+" }) {
            let apart = defaultLabel(text, joiningAlternatives: false, language: language)
            let words = { (label: ItemLabel) in label.text.split(separator: " ").count }
            if words(label) > maximumWords || (words(apart) > words(label) && !endsInsideName(apart, of: text)) {
                label = apart
            }
        }
        label.text = withChangeEnd(label.text, of: text)
        guard language != .en else { return label }
        label.text = label.text.split(separator: " ").map { spelledOut(String($0)) }.joined(separator: " ")
        return label
    }

    /// A label cut inside a change from one figure to another ("indeks SPBE naik dari 1,9 | ke 2,6", "nilai SAKIP naik
    /// dari CC | ke B") names where the change went instead of where it began: "indeks SPBE naik ke 2,6". A blind
    /// reader took the cut "naik dari 1,9" for a label broken off. Only for a figure or a grade (a digit, capitals):
    /// "dari pusat ke daerah" is a route, not a change.
    static func withChangeEnd(_ label: String, of text: String) -> String {
        var words = label.split(separator: " ").map(String.init)
        guard words.count >= 3, let start = words.last, ["dari", "from"].contains(words[words.count - 2].lowercased()),
              start.contains(where: \.isNumber) || start.allSatisfy({ $0.isUppercase })
        else { return label }
        let said = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let index = said.indices.first(where: { index in
            index + 3 < said.count && said[index].lowercased() == words[words.count - 2].lowercased()
                && said[index + 1] == start && ["ke", "menjadi", "to", "into"].contains(said[index + 2].lowercased())
        }) else { return label }
        let target = said[index + 3].trimmingCharacters(in: .punctuationCharacters.subtracting(["%", "+"]))
        guard !target.isEmpty else { return label }
        words.removeLast(2)
        return (words + [said[index + 2], target]).joined(separator: " ")
    }

    /// True when a label cut before an "&" ends inside a name the "&" continues ("prodi Rekam Medis | & Informasi
    /// Kesehatan"): capitalised words on both sides. An acronym before it ends a name of its own ("Perbup SPBE | &
    /// Perbup Peta Proses Bisnis").
    static func endsInsideName(_ label: ItemLabel, of text: String) -> Bool {
        guard let last = label.text.split(separator: " ").last.map(String.init),
              last.first?.isUppercase == true, !last.allSatisfy({ $0.isUppercase || $0.isNumber })
        else { return false }
        let words = firstClause(of: withoutParentheses(text))
        return words.indices.contains { index in
            index + 2 < words.count && words[index] == last && words[index + 1] == "&"
                && words[index + 2].first?.isUppercase == true
        }
    }

    /// An Indonesian label that says what its subject does or is ("operator desa sering ganti", "MPP kabupaten
    /// diresmikan 2025") reads as a clause inside a strategy ("Atasi operator desa sering ganti"); "yang" before the
    /// predicate makes it the noun phrase a planner writes ("Atasi operator desa yang sering ganti"), a label of six
    /// words too (a seventh word is better than a clause in place of a name). Nothing changes where the label has
    /// "yang" already, or the subject carries a figure past its first word or a place ("NIK di DTKS 96% sudah
    /// padan"). A verb in its bare form ("Kemenkes sediakan sandbox", "BI dorong QRIS") is said in its active form
    /// after "yang", as a plan writes it ("Kemenkes yang menyediakan sandbox").
    static func nounPhrase(_ words: [String]) -> [String] {
        guard words.count <= maximumWords, !words.contains(where: { ["yang", "yg"].contains($0.lowercased()) }),
              let found = words.indices.dropFirst().first(where: {
                  opensPredicate(words[$0]) || (words[$0].first?.isLowercase == true && isBareVerb(words[$0]))
              })
        else { return words }
        // "baru" before a bare verb is "only just" and belongs to the predicate ("bridging yang baru mengirim").
        let opensEarlier = found > 1 && isBareVerb(words[found]) && words[found - 1].lowercased() == "baru"
        let predicate = opensEarlier ? found - 1 : found
        let subject = words[..<predicate], last = subject.last?.lowercased() ?? ""
        // Not where the subject carries a figure past its first word or a place ("TPA tinggal ±2 tahun umur pakai",
        // "ransomware ke instansi pemerintah naik"): "yang" would attach to the wrong noun. A regulation's number is
        // part of its name ("UU 20/2023 ASN yang mewajibkan …", "UU PDP 27/2022 yang berlaku penuh").
        let isFigure = { (index: Int) in
            (subject[index].first?.isNumber == true || subject[index].hasPrefix("±"))
                && !isRegulationKind(subject[index - 1].lowercased()) && !isRegulationNumber(subject[index])
        }
        guard !subject.indices.dropFirst().contains(where: isFigure),
              !subject.contains(where: { $0.contains("%") || subjectEnders.contains($0.lowercased()) }),
              !boundaryWords.contains(last), !danglingWords.contains(last)
        else { return words }
        let opened = opensEarlier ? 2 : 1
        let opening = words[predicate..<(predicate + opened)].map { isBareVerb($0) ? activeForm($0) : $0 }
        return Array(subject) + ["yang"] + opening + words[(predicate + opened)...]
    }

    /// A verb as planners write it without its prefix: a bare -kan or -i form (`isBaseVerb`: "sediakan",
    /// "targetkan", "jadikan") or one of the bare roots they use for what a body does ("dorong", "beri").
    static func isBareVerb(_ word: String) -> Bool {
        bareRootVerbs.contains(word.lowercased()) || isBaseVerb(word)
    }

    /// Roots a plan uses bare as verbs of what a body or partner does.
    static let bareRootVerbs: Set<String> = [
        "dorong", "beri", "buka", "bantu", "dukung", "bina", "latih", "bangun", "kirim", "tarik", "tawar", "minta",
        "pangkas", "potong", "ubah", "rilis", "pakai", "pantau", "kelola", "ancam",
    ]

    /// The active (meN-) form of a bare verb: "sediakan" → "menyediakan", "kembangkan" → "mengembangkan", "targetkan"
    /// → "menargetkan", "pakai" → "memakai", "dorong" → "mendorong", "luncurkan" → "meluncurkan". The first letter
    /// of k, p, t, s goes before a vowel ("tawarkan" → "menawarkan"), stays before a consonant ("transfer" →
    /// "mentransfer") and in "per-" ("perluas" → "memperluas"); a root of one syllable takes "menge-" ("cek").
    static func activeForm(_ verb: String) -> String {
        let word = verb.lowercased()
        guard let first = word.first else { return verb }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let root = ["kan", "i"].first { word.hasSuffix($0) && isBaseVerb(word) }.map { String(word.dropLast($0.count)) }
            ?? word
        if root.count(where: vowels.contains) <= 1 { return "menge" + word }
        let second = word.dropFirst().first.map(vowels.contains) ?? false
        let drops = second && !word.hasPrefix("per")
        switch first {
        case "a", "e", "i", "o", "u", "g", "h": return "meng" + word
        case "k": return "meng" + (drops ? String(word.dropFirst()) : word)
        case "p": return "mem" + (drops ? String(word.dropFirst()) : word)
        case "b", "f", "v": return "mem" + word
        case "t": return "men" + (drops ? String(word.dropFirst()) : word)
        case "d", "c", "j", "z": return "men" + word
        case "s": return drops ? "meny" + word.dropFirst() : "men" + word
        default: return "me" + word
        }
    }

    /// An English label whose subject is followed by "is" or "are" ("agency applications are not integrated", "ICT
    /// budget is below 1%") reads as a sentence inside a strategy ("Fix agency applications are not integrated");
    /// without the verb it is the noun phrase a planner writes ("Fix agency applications not integrated"). One whose
    /// subject is followed by another verb takes "that" or, for people, "who" before it ("Use the local university
    /// that offers interns", "citizens who increasingly use mobile apps"), as `nounPhrase` takes "yang".
    static func englishNounPhrase(_ words: [String]) -> [String] {
        if let verb = words.indices.dropFirst().first(where: { ["is", "are", "was", "were"].contains(words[$0]) }) {
            guard verb + 1 < words.count, !boundaryWords.contains(words[verb - 1].lowercased()) else { return words }
            return Array(words[..<verb] + words[(verb + 1)...])
        }
        guard let predicate = englishPredicate(words) else { return words }
        let head = folded(words[predicate - 1])
        return Array(words[..<predicate]) + [englishPeople.contains(head) ? "who" : "that"] + words[predicate...]
    }

    /// Where the predicate of an English label starts (an adverb before its verb included), when the words before
    /// are a subject of at most four words: a verb that agrees with the subject's last word (a singular noun and a
    /// verb in -s, a plural and the bare verb: "city runs", "firms pay"; "IT support desk" is no clause), known as a
    /// verb (`LexicalData.englishVerbs`) or followed by an article or a figure ("mayor chairs a meeting"), with more
    /// words after it. Not after an acronym, which modifies the noun after it more often than it acts.
    static func englishPredicate(_ words: [String]) -> Int? {
        let lowered = words.map(folded)
        guard !lowered.contains(where: { ["that", "who", "which"].contains($0) }) else { return nil }
        for index in lowered.indices.dropFirst().prefix(5) {
            let subject = lowered[..<index]
            // Within the subject only joining words, and a preposition before a name ("SPLP from Komdigi").
            let opensPhrase = { (position: Int) in
                boundaryWords.contains(lowered[position]) && !["and", "&"].contains(lowered[position])
                    && !(namePrepositions.contains(lowered[position]) && position + 1 < words.count
                         && words[position + 1].first?.isUppercase == true)
            }
            if subject.indices.contains(where: opensPhrase) { return nil }
            var verb = index
            while verb < lowered.count, transparentAdverbs.contains(lowered[verb]) || lowered[verb].hasSuffix("ly") {
                verb += 1
            }
            guard verb + 1 < lowered.count, let noun = subject.last else { continue }
            if opensClause(lowered, at: verb) { return index }
            // An acronym before a plural is its modifier, not a subject ("DAK grants fund …"), unless the word is a
            // verb that is seldom a noun ("PDNS offers free cloud hosting").
            let acronym = !words[index - 1].contains(where: \.isLowercase)
            if acronym, acronymVerbs.contains(lowered[verb]) || irregularPasts.contains(lowered[verb]) {
                return index
            }
            guard !acronym, noun.count > 2, noun.allSatisfy(\.isLetter), !boundaryWords.contains(lowered[verb]),
                  lowered[verb].count > 2, lowered[verb].allSatisfy(\.isLetter), !auxiliaries.contains(lowered[verb])
            else { continue }
            let singular = !noun.hasSuffix("s") || noun.hasSuffix("ss")
            guard singular == lowered[verb].hasSuffix("s") else { continue }
            let next = lowered[verb + 1]
            let opensObject = ["a", "an", "the", "its", "their", "all", "every", "each"].contains(next)
                || next.first?.isNumber == true
            // A preposition next says the word is a noun ("ransomware attacks on …").
            let nounBefore = ["on", "in", "at", "of", "for", "to", "from", "by", "with", "against", "across"]
                .contains(next) || prepositions.contains(next)
            if (LexicalData.englishVerbs.contains(lowered[verb]) && !LexicalData.englishVerbs.contains(next)
                && !nounBefore) || opensObject {
                return index
            }
        }
        return nil
    }

    /// True when the words at `verb` are a modal before its verb or a perfect, which make a clause after any subject,
    /// an acronym's too ("Diskominfo will connect all OPD", "all 42 OPD have prepared budgets", "IT staff may
    /// leave"): "has" or "have" before a participle, whatever the subject (planners' agreement varies).
    static func opensClause(_ lowered: [String], at verb: Int) -> Bool {
        let word = lowered[verb], next = lowered[verb + 1]
        guard next.count > 2, next.allSatisfy(\.isLetter), !boundaryWords.contains(next) else { return false }
        if englishModals.contains(word) { return true }
        return ["has", "have"].contains(word)
            && (next.hasSuffix("ed") || next.hasSuffix("en") || irregularParticiples.contains(next))
    }

    /// Verbs in -s that an acronym's body does and that are seldom plural nouns ("BPKP provides …", "BI offers …").
    static let acronymVerbs: Set<String> = [
        "provides", "offers", "requires", "allows", "opens", "launches", "obliges", "encourages", "promotes",
        "operates", "builds", "develops", "prepares", "mandates", "wants", "asks", "shares",
    ]

    /// Prepositions that join a name to an English subject ("SPLP from Komdigi", "the Ministry of Health").
    static let namePrepositions: Set<String> = ["from", "of", "at", "in"]

    /// Past forms that are never nouns ("the 2024 APBD gave Rp 450 million").
    static let irregularPasts: Set<String> = [
        "gave", "took", "made", "rose", "fell", "grew", "won", "paid", "spent", "sent", "kept", "brought", "began",
        "became", "left", "lost",
    ]

    /// Modals that open an English predicate.
    static let englishModals: Set<String> = ["will", "may", "can", "could", "would", "might", "must", "should"]

    /// Participles that a perfect takes and that end in neither -ed nor -en.
    static let irregularParticiples: Set<String> = [
        "made", "built", "set", "run", "kept", "won", "paid", "put", "led", "held", "lost", "left", "brought", "sent",
        "spent", "cut", "met", "got", "had", "done", "begun", "grown", "shown",
    ]

    /// "the" before an English label without an article whose subject is one countable thing named in lower case
    /// ("the open data portal that publishes 300 datasets"); nil for plurals, mass nouns, figures and names. Only
    /// where `englishPredicate` tells where the subject ends: elsewhere the last word may be an adjective.
    static func impliedArticle(_ words: [String]) -> String? {
        guard let first = words.first else { return nil }
        // "own digitisation room" is the organisation's; "province's … score" is one province's.
        if first == "own" && words.count > 1 { return "our" }
        if first.hasSuffix("'s"), first.dropLast(2).allSatisfy(\.isLowercase), words.count > 1 { return "the" }
        guard first.first?.isLowercase == true, first.allSatisfy(\.isLetter),
              !["many", "most", "some", "all", "few", "several", "no", "every", "each", "our"].contains(first),
              let predicate = englishPredicate(words) else { return nil }
        let head = folded(words[predicate - 1])
        guard !head.hasSuffix("s") || head.hasSuffix("ss"), !WeaknessRepair.massNouns.contains(head) else { return nil }
        return "the"
    }

    /// English head nouns of people, which "who" follows.
    static let englishPeople: Set<String> = [
        "mayor", "regent", "governor", "minister", "head", "heads", "leader", "leaders", "staff", "officials",
        "officers", "employees", "engineers", "clerks", "servants", "citizens", "residents", "users", "people",
        "teachers", "doctors", "nurses", "planners", "auditors", "operators", "volunteers", "students", "interns",
        "farmers", "traders", "youth", "villagers", "managers", "secretary",
    ]

    /// A word that starts what an Indonesian item says of its subject: an aspect or modal word, a verb with its
    /// prefix, or a word of state ("kurang", "rendah"); not one written as part of a name ("UMKM Naik Kelas"), nor
    /// a verb that reads as a preposition ("menjelang pemilu").
    static func opensPredicate(_ word: String) -> Bool {
        guard word.first?.isUppercase != true, !["menjelang", "menuju", "mengenai"].contains(word.lowercased())
        else { return false }
        return predicateWords.contains(word.lowercased()) || isVerb(word)
    }

    /// Prepositions that place the subject ("… di pedesaan", "… ke instansi pemerintah").
    static let subjectEnders: Set<String> = ["di", "ke", "dari", "pada", "dengan", "untuk", "antar", "dalam", "dgn"]

    /// Words that open an Indonesian predicate (`opensPredicate`); `ItemObject` ends a name before them too.
    static let predicateWords: Set<String> = [
        "sudah", "telah", "belum", "masih", "sering", "jarang", "makin", "semakin", "kian", "terus", "sedang",
        "bisa", "dapat", "boleh", "mampu", "siap", "akan", "harus", "perlu", "butuh", "mau", "ingin", "tidak", "tak",
        "mulai",
        "punya", "jadi", "pakai", "kena", "ganti", "kurang", "rendah", "tinggi", "minim", "lemah", "terbatas",
        "lambat", "buruk", "naik", "turun", "beda", "berbeda", "berubah", "bertambah", "meningkat", "menurun",
        "cuma", "hanya", "bersedia", "rawan", "rentan", "susah", "sulit", "komit", "jadikan",
        // Reluctance and fear say what is wrong with the people before them ("guru senior yang enggan").
        "enggan", "malas", "ragu", "takut", "segan",
        // Adverbs of frequency open the predicate too: "BPK yang berulang kali mencatat", not "BPK berulang kali yang".
        "berulang", "selalu", "kerap",
    ]

    private static func defaultLabel(_ text: String, joiningAlternatives: Bool, language: Language?) -> ItemLabel {
        var words = firstClause(of: withoutParentheses(text), joiningAlternatives: joiningAlternatives)
        var marksAbsence = false
        var absenceMarker: String?
        // Markers can follow each other ("Masih terdapat", "Masih kurangnya"): drop them all.
        var article: String?
        var heldByOwner = false
        while true {
            let marker: (length: Int, absence: Bool)
            if let found = leadingMarker(words) {
                marker = found
            } else if let holding = ownHolding(words) {
                marker = holding
                heldByOwner = true
            } else {
                break
            }
            if !marker.absence, marker.length == 1, ["the", "a", "an"].contains(folded(words[0])) {
                // What the organisation holds is its own: "runs a help desk" names "the help desk".
                article = heldByOwner ? "the" : folded(words[0])
            }
            if marker.absence {
                marksAbsence = true
                absenceMarker = words.prefix(marker.length).joined(separator: " ").lowercased()
            }
            words.removeFirst(marker.length)
        }
        // "No SOP yet for …", "No API link yet between …": the marker's "yet" stays behind its noun.
        if marksAbsence, let yet = words.prefix(4).indices.dropFirst().first(where: { folded(words[$0]) == "yet" }),
           yet + 1 < words.count {
            words.remove(at: yet)
        }
        if language == .en {
            if let given = thingGiven(words) {
                article = folded(words[given - 1])
                words = Array(words[given...])
            } else {
                words = perEach(words) ?? withoutCopula(words)
            }
        }
        let wholeClause = words
        let named = words.count
        // A purpose or reason clause ("… untuk memelihara aplikasi", "… to maintain it") is not part of the name.
        if let clause = words.indices.dropFirst(2).first(where: { opensSubordinateClause(words, at: $0) }) {
            words = Array(words.prefix(clause))
        }
        if words.count > maximumWords, phraseEnd(words) == nil {
            // Without a phrase end in reach, the words that only colour the phrase go first ("cuma", "sudah").
            words = words.prefix(1) + words.dropFirst().filter { !fillerWords.contains(folded($0)) }
        }
        var cutByCount = false
        if words.count > maximumWords {
            // The longest start of at most six words that ends where a phrase ends, else six words, but never inside a
            // name ("Dana | Desa", "Satu | Data Indonesia").
            let phraseCut = language == .en ? englishPhraseEnd(words) : phraseEnd(words)
            cutByCount = phraseCut == nil
            let cut = phraseCut ?? cutOutsideNames(words)
            // An aspect word opens the predicate that says what is wrong or changing: it stays with its next word when
            // that keeps within six and is a whole Indonesian word ("operator desa sering ganti", not "operator desa";
            // never "masih self" of "masih self assessment").
            let keepsPredicate = cut + 2 <= maximumWords && aspectWords.contains(folded(words[cut]))
                && LexicalData.indonesianRoots.contains(words[cut + 1].lowercased())
                && !boundaryWords.contains(folded(words[cut + 1]))
            words = Array(words.prefix(keepsPredicate ? cut + 2 : cut))
        }
        let wasCut = words.count < named
        // A name of three words or more cut by count, not where a phrase ends, ends before its predicate's verb
        // ("pemotongan TKD 2026 | memangkas belanja modal"); cut where a phrase ends, the verb has its object ("BPK
        // berulang kali mencatat ketidaksesuaian | antara …").
        if wasCut, cutByCount, let verb = words.indices.dropFirst(3).first(where: { verbWithObject(words, at: $0) }) {
            words = Array(words.prefix(verb))
        }
        if wasCut, language == .en, let subject = englishSubject(words, of: wholeClause) {
            words = Array(words.prefix(subject))
        }
        // A cut label never ends on a word that only qualifies the next one ("the new | case system", "IT
        // specialists three | times more"), nor on a verb without its object.
        while words.count > 1, let last = words.last,
              danglingWords.contains(folded(last))
                || limitWords.contains(words.suffix(2).joined(separator: " ").lowercased())
                || (wasCut && (verbWithObject(words, at: words.count - 1) || isBareVerb(last)))
                || (wasCut && words.count > 2 && isQualifier(last))
                || (wasCut && lostItsAgent(words, of: wholeClause))
                || (wasCut && lostItsNoun(words, of: wholeClause))
                || (wasCut && lostSecondEnd(words, of: wholeClause))
                || (wasCut && endsInsidePhrase(words, of: wholeClause)) {
            words.removeLast()
        }
        if wasCut, language != .en,
           let kept = keepingNegation(words, of: wholeClause) ?? keepingPredicate(words, of: wholeClause) {
            words = kept
        }
        guard !words.isEmpty else { return ItemLabel(text: clippedWords(text)) }
        if shouldLowercaseFirst(words) { words[0] = words[0].lowercased() }
        var label = ItemLabel(text: words.joined(separator: " "), marksAbsence: marksAbsence)
        label.absenceMarker = absenceMarker
        label.article = article
        return label
    }

    /// What each of a kind of unit has, named by the thing per unit: "Each puskesmas has one trained data officer who
    /// checks …" is "one trained data officer per puskesmas", not "each puskesmas". Nil unless the thing, up to where
    /// its phrase ends, fits within six words with the unit.
    static func perEach(_ words: [String]) -> [String]? {
        guard let first = words.first, ["each", "every"].contains(folded(first)),
              let verb = words.indices.dropFirst(2).prefix(2)
                  .first(where: { ["has", "have"].contains(folded(words[$0])) })
        else { return nil }
        let unit = words[1..<verb]
        let thing = words[(verb + 1)...].prefix { !boundaryWords.contains(folded($0)) }
        guard !thing.isEmpty, !danglingWords.contains(folded(thing[thing.endIndex - 1])),
              thing.count + 1 + unit.count <= maximumWords else { return nil }
        return Array(thing) + ["per"] + unit
    }

    /// Where the thing an outside body gave the organisation starts, after its article: "BPK has given the province an
    /// unqualified audit opinion for nine years" names "an unqualified audit opinion for nine years", not "BPK". Nil
    /// unless a verb of giving follows a short subject and the thing, with its article, follows a short recipient.
    static func thingGiven(_ words: [String]) -> Int? {
        guard let verb = words.indices.dropFirst().prefix(4).first(where: { givingVerbs.contains(folded(words[$0])) }),
              let article = words.indices.dropFirst(verb + 2).prefix(3).first(where: {
                  ["a", "an"].contains(folded(words[$0]))
              }), article + 2 < words.count
        else { return nil }
        return article + 1
    }

    /// Verbs by which an outside body gives the organisation something.
    static let givingVerbs: Set<String> = ["gave", "given", "awarded", "granted"]

    /// The words without the "is" of a passive that a label can do without. A thing said to be placed somewhere is
    /// named with its place: "servers are hosted in the Diskominfo data center" is "servers in the Diskominfo data
    /// center" (a cut label kept "servers hosted"); "the app is used in …" stays. Before a participle with its agent
    /// the "is" goes, as a sentence says the label without it (`englishNounPhrase`), so the six words reach the
    /// agent: "e-planning server run by a vendor" (was "e-planning server is run"); "staff are certified SIPD
    /// trainers" keeps it (a cut there leaves "eight accounting staff").
    static func withoutCopula(_ words: [String]) -> [String] {
        guard let verb = words.indices.dropFirst().prefix(3).first(where: {
            ["is", "are", "was", "were"].contains(folded(words[$0]))
        }), verb + 2 < words.count else { return words }
        let participle = folded(words[verb + 1])
        if placements.contains(participle), ["in", "at", "on"].contains(folded(words[verb + 2])) {
            return Array(words[..<verb] + words[(verb + 2)...])
        }
        guard participle.hasSuffix("ed") || participle.hasSuffix("en") || irregularParticiples.contains(participle),
              folded(words[verb + 2]) == "by" else { return words }
        return Array(words[..<verb] + words[(verb + 1)...])
    }

    /// Participles that only say where a thing is ("used in", "trained at" say more).
    static let placements: Set<String> = [
        "hosted", "located", "stored", "kept", "placed", "housed", "installed", "based", "situated", "deployed",
    ]

    // MARK: Cutting

    /// True when a cut label ends on an English participle right after its noun, whose agent was cut off ("two
    /// certified archivists trained | by ANRI", "pay freeze announced | by …"): the words before it name the thing.
    /// A passive predicate stays whole ("queue app is already used", "IT staff get poached").
    static func lostItsAgent(_ label: [String], of clause: [String]) -> Bool {
        guard let last = label.last?.lowercased(), last.hasSuffix("ed"), label.count > 2, label.count < clause.count,
              clause.starts(with: label), folded(clause[label.count]) == "by" else { return false }
        let before = folded(label[label.count - 2])
        return !passiveAuxiliaries.contains(before) && !auxiliaries.contains(before)
            && !transparentAdverbs.contains(before) && !before.hasSuffix("ly")
    }

    /// English words before a participle that make it a passive predicate ("is used", "get poached").
    static let passiveAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "being", "get", "gets", "got", "have", "has", "had",
    ]

    /// True when a cut label ends on a figure whose noun was cut off ("iKediri punya 15 ribu | anggota aktif",
    /// "melayani 40 | desa"), or on the word that would have taken it ("… punya"): the figure says nothing alone. A
    /// year or a figure that ends the item's clause stays ("pemotongan TKD 2026").
    static func lostItsNoun(_ label: [String], of clause: [String]) -> Bool {
        guard let last = label.last, label.count > 2, label.count < clause.count, clause.starts(with: label)
        else { return false }
        let lowered = folded(last)
        // A share or an amount says nothing without what it is of ("immunization records for 98 percent | of
        // children", "SRIKANDI live in 41 | of 48 OPDs", "archive holds 1.8 km | of records").
        // Not a figure before "dari", which may say "from" ("baru 12 | dari 48 OPD", where "baru" is "only").
        let isFigure = { (word: String) in word.first?.isNumber == true && !isYear(word) }
        let next = folded(clause[label.count])
        // A share after a comparison says enough ("ICT budget below 1% | of the regional budget").
        let compared = label.dropLast().suffix(2).contains { comparisonWords.contains(folded($0)) }
        if shareWords.contains(lowered) || last.hasSuffix("%"), ["of", "dari"].contains(next), !compared { return true }
        if isFigure(last) || isFigure(label[label.count - 2]), next == "of", !compared {
            return true
        }
        guard !boundaryWords.contains(next) else { return false }
        if magnitudeWords.contains(lowered) { return true }
        // "600+", "±95": a figure with its sign.
        let figure = last.filter { !"±~≈<>+".contains($0) }
        if !figure.isEmpty, figure.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) && !isYear(figure) {
            return true
        }
        // The figure went: the word that took it has nothing left to say ("perpustakaan digital punya").
        return ["punya", "memiliki", "mempunyai", "melayani", "memuat", "mencakup", "menjangkau", "publish", "has",
                "have", "serves", "holds", "hold"]
            .contains(lowered)
            && clause[label.count].first(where: { !"±~≈<>".contains($0) })?.isNumber == true
    }

    /// True when a cut label ends on a word whose phrase goes on in the text: a month before its year ("berlaku penuh
    /// Oktober | 2024"), a word that needs the next ("100% tepat | waktu", "Bupati baru fokus | program unggulan",
    /// "buka peluang tambah | JFA Auditor"), a noun made from a verb right after a verb, whose object was cut off
    /// ("BI dorong perluasan | QRIS"), or the one word after "membuat", whose predicate was cut off ("transaksi
    /// online membuat omzet | sulit dilacak"). A blind reader takes each for a label broken off.
    static func endsInsidePhrase(_ label: [String], of clause: [String]) -> Bool {
        guard label.count > 1, label.count < clause.count, clause.starts(with: label) else { return false }
        let next = folded(clause[label.count]), last = folded(label[label.count - 1])
        guard !boundaryWords.contains(next), next.first?.isPunctuation != true else { return false }
        if monthNames.contains(last) { return isYear(next) }
        if phraseOpeners.contains(last) { return true }
        let before = label[label.count - 2]
        if causativeVerbs.contains(folded(before)) { return true }
        let isVerb = isBareVerb(before) || (before.lowercased().hasPrefix("me") && Self.isVerb(before))
        return isVerb && isNominalisedVerb(last)
    }

    /// Months, which a year follows.
    static let monthNames: Set<String> = [
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
        "desember", "january", "february", "march", "june", "july", "august", "october", "december",
    ]

    /// Verbs of what something makes happen, whose predicate follows their object ("membuat omzet sulit dilacak").
    static let causativeVerbs: Set<String> = ["membuat", "bikin", "jadikan"]

    /// Words whose phrase is not whole without the next word.
    static let phraseOpeners: Set<String> = causativeVerbs.union(["tepat", "fokus", "tambah", "paruh"])

    /// A noun made from a verb with pe(N)-…-an or per-…-an ("perluasan", "pengembangan", "penambahan").
    static func isNominalisedVerb(_ word: String) -> Bool {
        word.count >= 8 && word.hasPrefix("pe") && word.hasSuffix("an")
    }

    /// True when a cut label ends inside a "between" whose second end was cut off ("API link between SIPD-RI | and
    /// the Satu Data portal"): the link is named alone rather than with one of its ends.
    static func lostSecondEnd(_ label: [String], of clause: [String]) -> Bool {
        guard label.count < clause.count, clause.starts(with: label),
              ["and", "dan", "&"].contains(folded(clause[label.count])) else { return false }
        return label.suffix(4).contains { ["between", "antara"].contains(folded($0)) }
    }

    /// "2026": a year, which may end a name ("pemotongan TKD 2026").
    static func isYear(_ word: String) -> Bool {
        word.count == 4 && word.allSatisfy(\.isNumber) && (word.hasPrefix("19") || word.hasPrefix("20"))
    }

    /// Words that compare a figure ("below 1%", "under 30 percent").
    static let comparisonWords: Set<String> = [
        "below", "under", "above", "over", "than", "less", "more", "kurang", "lebih", "<", ">", "≤", "≥",
    ]

    /// Words of a share ("98 percent of children", "60 persen dari desa").
    static let shareWords: Set<String> = ["percent", "persen", "pct"]

    /// Words of a figure's size ("15 ribu", "2 juta").
    static let magnitudeWords: Set<String> = [
        "ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun", "ratus", "puluh", "thousand", "million", "billion",
        "hundred",
    ]

    /// A label cut just before a negation ("pemanfaatan hak akses oleh OPD | belum dimonitor", "Bupati baru | belum
    /// menaruh perhatian pada SPBE") names the subject and drops what is wrong with it; a sentence then reads as if
    /// the thing worked. The negation and the words after it up to where that phrase ends (at most three) stay, and
    /// the subject makes room by losing its prepositions ("hak akses OPD"), never its words, or the place between it
    /// and the negation ("pasokan blangko KTP-el | dari pusat | tidak menentu"). Nil when the predicate
    /// runs on ("belum memuat sasaran transformasi digital") or the subject has no room: no short label says it.
    static func keepingNegation(_ label: [String], of clause: [String]) -> [String]? {
        guard label.count < clause.count, Array(clause.prefix(label.count)) == label else { return nil }
        // A place between the subject and its negation goes ("banyak SD | di lereng Merapi | belum punya internet").
        var negation = label.count
        if subjectPrepositions.contains(folded(clause[negation])) {
            let place = clause[negation...].prefix(placeWords + 1)
            guard let found = place.indices.dropFirst(2).first(where: { negations.contains(folded(clause[$0])) }),
                  !clause[(negation + 1)..<found].contains(where: { boundaryWords.contains(folded(spelledOut($0))) })
            else { return nil }
            negation = found
        }
        guard negations.contains(folded(clause[negation])) else { return nil }
        var predicate = [clause[negation]]
        for word in clause.dropFirst(negation + 1) {
            if boundaryWords.contains(folded(spelledOut(word))) { break }
            predicate.append(word)
            if predicate.count > 4 { return nil }
        }
        let subject = label.filter { !subjectPrepositions.contains(folded($0)) }
        guard predicate.count > 1, !danglingWords.contains(folded(predicate[predicate.count - 1])),
              subject.count + predicate.count <= maximumWords else { return nil }
        return subject + predicate
    }

    /// A label cut down to its subject ("Bupati | sangat mendukung", "operator SIPD | di OPD | ganti hampir tiap
    /// tahun", "produsen data | di OPD | cuma operator titipan") names a thing and drops what the item says of it: a
    /// sentence then reads "Gunakan Bupati (S2)" or "Atasi operator SIPD (W3)". The predicate stays when it is whole
    /// within six words with the subject: it starts with a word that opens a predicate (after an intensifier such as
    /// "sangat"), ends where its phrase or the clause ends, and leaves nothing dangling; a place between the subject
    /// and the predicate goes, as for a negation. Nil when the subject is longer than `subjectWords` or no such
    /// predicate follows it.
    static func keepingPredicate(_ label: [String], of clause: [String]) -> [String]? {
        guard label.count <= subjectWords, label.count < clause.count, Array(clause.prefix(label.count)) == label
        else { return nil }
        // A clause word is no predicate, whatever its form ("meskipun" reads as a me- verb).
        let opens = { (index: Int) in
            opensPredicate(spelledOut(clause[index])) && !clauseWords.contains(folded(spelledOut(clause[index])))
        }
        var start = label.count
        if subjectPrepositions.contains(folded(clause[start])) {
            let place = clause[start...].prefix(placeWords + 1)
            guard let found = place.indices.dropFirst(2).first(where: opens),
                  !clause[(start + 1)..<found].contains(where: { boundaryWords.contains(folded(spelledOut($0))) })
            else { return nil }
            start = found
        }
        let intensified = intensifiers.contains(folded(clause[start])) && start + 1 < clause.count && opens(start + 1)
        guard opens(start) || intensified else { return nil }
        var predicate: [String] = []
        for word in clause[start...] {
            let folded = folded(spelledOut(word))
            // A modal or aspect word goes on with the predicate ("bikin proyek TIK | bisa ditunda"): not whole.
            if !predicate.isEmpty, predicateWords.contains(folded), boundaryWords.contains(folded) { return nil }
            if boundaryWords.contains(folded) || clauseWords.contains(folded) { break }
            predicate.append(word)
        }
        let subject = label.filter { !subjectPrepositions.contains(folded($0)) }
        guard let last = predicate.last, !danglingWords.contains(folded(last)),
              subject.count + predicate.count <= maximumWords else { return nil }
        return subject + predicate
    }

    /// Most words of a subject that `keepingPredicate` completes: a longer one says enough of the item.
    static let subjectWords = 3

    /// Small words that join the words of an English name ("Waze for Cities").
    static let nameJoiners: Set<String> = ["for", "of", "and", "the", "on", "in"]

    /// Words that strengthen the predicate after them ("Bupati sangat mendukung").
    static let intensifiers: Set<String> = ["sangat", "amat", "cukup", "begitu", "terlalu"]

    /// Most words of a place a label drops between its subject and the negation (`keepingNegation`).
    static let placeWords = 4

    /// Negations that say what is wrong with the subject before them ("belum", "tidak" and their shorthand).
    static let negations: Set<String> = ["belum", "blm", "tidak", "tdk", "tak", "gak", "nggak", "ngga", "gk", "bukan"]

    /// Prepositions a subject can lose when a label needs room for its negation ("hak akses oleh OPD" → "hak akses
    /// OPD", "sinyal di desa pesisir" → "sinyal desa pesisir").
    static let subjectPrepositions: Set<String> = ["oleh", "di", "pada", "dari", "dlm", "dalam"]

    /// An Indonesian verb with its me- or di- prefix ("memangkas", "dipakai"): a label cut after one would leave it
    /// without its object ("pemotongan TKD memangkas"). A word that is a root itself is no such verb ("menteri",
    /// "media", "dinas").
    static func isVerb(_ word: String) -> Bool {
        let lowered = word.lowercased()
        guard lowered.hasPrefix("me") || lowered.hasPrefix("di"), !LexicalData.indonesianRoots.contains(lowered) else {
            return false
        }
        let root = verbStemmer.stem(lowered)
        return root != lowered && LexicalData.indonesianRoots.contains(root)
    }

    private static let verbStemmer = IndonesianStemmer()

    /// An Indonesian verb in its bare form with -kan or -i, as planners write it ("tawarkan", "kurangi"): its root
    /// (four letters or more) is a dictionary root, so "kebijakan" or "informasi" are none. A cut label that ends on
    /// one has lost its object ("cloud provider nasional tawarkan | skema KPBU").
    static func isBaseVerb(_ word: String) -> Bool {
        let lowered = word.lowercased()
        guard !LexicalData.indonesianRoots.contains(lowered) else { return false }
        for suffix in ["kan", "i"] where lowered.hasSuffix(suffix) {
            let root = String(lowered.dropLast(suffix.count))
            if root.count >= 4 && LexicalData.indonesianRoots.contains(root) { return true }
        }
        return false
    }

    /// An English word that qualifies the noun after it ("every", "new", "monthly", "three"): a label cut right after
    /// one has lost its noun. Numbers in digits stay: "Perbup No. 17 Tahun 2023", "pemotongan TKD 2026".
    private static func isQualifier(_ word: String) -> Bool {
        qualifierWords.contains(folded(word))
    }

    /// True when the word at `index` (of words cut from a longer text, after the first two) is an active verb that
    /// takes what follows it right after its subject: not after "yang", where the verb completes the phrase ("SDM yang
    /// memadai"), nor after an aspect word the label keeps as a whole predicate ("puskesmas sudah memakai SIMPUS").
    /// A passive di- verb takes no object: "RPJMD 2025-2029 wajib ditetapkan" is whole.
    private static func verbWithObject(_ words: [String], at index: Int) -> Bool {
        guard index >= 2, index < words.count, words[index].lowercased().hasPrefix("me"), isVerb(words[index]) else {
            return false
        }
        return !boundaryWords.contains(folded(words[index - 1]))
    }

    /// The length of the subject of an English label cut inside its predicate, when the label would end on a verb
    /// whose object was cut off, or inside that object: "BSSN and the city CSIRT | offer free …", "a unique national
    /// ID number | links civil | registration …". `clause`: the words the label was cut from. Kept as they are: a
    /// verb with its object whole, the text going on with a new phrase ("ministries run dozens of stand-alone
    /// applications | with …"), a verb without one ("skilled IT staff leave | for …", "power cuts | in …"; not one
    /// that needs its preposition, `prepositionalVerbs`: "media increasingly ask | for …"), and a
    /// subject of one word ("country climbed twenty places"). Only a verb right after the subject counts (adverbs
    /// aside: "clerks quietly | resist"); a verb form followed by the verb is a noun ("the national master plan |
    /// gives", "IT projects | routinely overrun"); after "is", "must" or "don't" the predicate is read as it stands.
    static func englishSubject(_ words: [String], of clause: [String]) -> Int? {
        guard clause.starts(with: words), words.count < clause.count else { return nil }
        let lowered = clause.map(folded)
        // Not "monthly" or "yearly", which mostly qualify the noun after them ("chairs a | monthly data review").
        func isAdverb(_ index: Int) -> Bool {
            transparentAdverbs.contains(lowered[index])
                || (lowered[index].hasSuffix("ly") && lowered[index].count > 4
                    && !qualifierWords.contains(lowered[index]))
        }
        func opensPhrase(_ index: Int) -> Bool {
            boundaryWords.contains(lowered[index]) || prepositions.contains(lowered[index]) || isAdverb(index)
        }
        var adverbs: Int?
        var verb: Int?
        for index in words.indices.dropFirst() {
            if isAdverb(index) {
                adverbs = adverbs ?? index
                continue
            }
            // Within the subject only joining words ("BSSN and the city CSIRT") and the small words of a name
            // ("Waze for Cities"); any other opens a phrase.
            let insideName = index + 1 < clause.count && clause[index - 1].first?.isUppercase == true
                && clause[index + 1].first?.isUppercase == true
            if (boundaryWords.contains(lowered[index]) || auxiliaries.contains(lowered[index]))
                && !["and", "or", "&", "/"].contains(lowered[index]) && !insideName {
                return nil
            }
            // A word in -s after an adverb in -ly is its verb, whatever else it can be ("the Head of Office
            // personally chairs").
            let afterAdverb = adverbs != nil && lowered[index - 1].hasSuffix("ly") && lowered[index].hasSuffix("s")
                && lowered[index].allSatisfy(\.isLetter)
            if LexicalData.englishVerbs.contains(lowered[index]) || afterAdverb {
                var next = index + 1
                while next < clause.count, isAdverb(next) { next += 1 }
                // A noun the verb follows ("plan | gives", "pay freeze | means"), part of the subject; a verb in -s
                // or -ed itself when the label ends before the next ("project offers | grant money", not "master
                // plan | sets").
                if next < clause.count, LexicalData.englishVerbs.contains(lowered[next]) {
                    let isFinite = lowered[index].hasSuffix("s") || lowered[index].hasSuffix("ed")
                    verb = isFinite ? index : nil
                    adverbs = nil
                    continue
                }
                verb = index
                break
            }
            adverbs = nil
            verb = nil
        }
        guard let verb else { return nil }
        let end = adverbs ?? verb
        guard end >= 2,
              !opensPhrase(words.count) || (verb == words.count - 1 && prepositionalVerbs.contains(lowered[verb]))
        else { return nil }
        // The verb ends the label, or its object follows it and was cut.
        return verb == words.count - 1 || !opensPhrase(verb + 1) ? end : nil
    }

    /// English adverbs between a subject and its verb ("citizens increasingly ask", "a post now exists"), besides
    /// those in -ly.
    static let transparentAdverbs: Set<String> = [
        "increasingly", "often", "now", "already", "still", "also", "only", "just", "never", "seldom",
    ]

    /// English prepositions and particles that `boundaryWords` leaves out: after a verb they show that it takes no
    /// object ("cuts | under the IMF programme", "push | back").
    static let prepositions: Set<String> = [
        "under", "over", "above", "below", "against", "behind", "within", "towards", "toward", "around", "among",
        "beyond", "outside", "inside", "back",
    ]

    /// English verbs that say little without the preposition after them ("media ask | for open data", "districts
    /// rely | on …"): a label that ends on one has lost its object as a transitive verb's would.
    static let prepositionalVerbs: Set<String> = [
        "ask", "asks", "asked", "call", "calls", "called", "rely", "relies", "relied", "depend", "depends",
        "depended", "apply", "applies", "applied", "wait", "waits", "waited", "look", "looks", "looked", "push",
        "pushes", "pushed", "consist", "consists", "consisted", "compete", "competes", "competed", "sit", "sits",
        "sat", "serve", "serves", "served", "belong", "belongs", "belonged",
    ]

    /// English auxiliaries: the predicate has begun before them ("line ministries don't | talk").
    static let auxiliaries: Set<String> = [
        "do", "does", "did", "don't", "doesn't", "didn't", "cannot", "can't", "won't", "isn't", "aren't", "been",
    ]

    /// True when the word at `index` opens a purpose, reason or contrast clause: "to" only before a verb ("… to
    /// maintain it"), not as a preposition ("frequent changes to SATUSEHAT data specifications").
    static func opensSubordinateClause(_ words: [String], at index: Int) -> Bool {
        let word = folded(words[index])
        guard clauseWords.contains(word) else { return false }
        guard word == "to" else { return true }
        guard index + 1 < words.count, let next = words[index + 1].first, next.isLowercase else { return false }
        return LexicalData.englishVerbs.contains(words[index + 1])
    }

    /// `phraseEnd` of an English text, or where its subject ends before its verb (`verbFollows`) when that is later:
    /// "Google Maps and Moovit | accept GTFS feeds" (was "Google Maps"), "University history and information science
    /// departments | seek …" (was "university history").
    static func englishPhraseEnd(_ words: [String]) -> Int? {
        guard words.count > 3 else { return phraseEnd(words) }
        let subject = (2...min(maximumWords, words.count - 1)).last { verbFollows(words, at: $0) }
        guard let subject else { return phraseEnd(words) }
        return max(subject, phraseEnd(words) ?? 0)
    }

    /// True when the English word at `index` is the verb of the words before it, which are then a whole subject: a
    /// known verb that agrees with the noun before it (a subject joined by "and" is plural). Not a word as often a
    /// noun ("… data specifications | force …" stays cut where its phrase ends).
    static func verbFollows(_ words: [String], at index: Int) -> Bool {
        guard index >= 2, index + 1 < words.count else { return false }
        let noun = folded(words[index - 1]), verb = words[index]
        guard noun.count > 2, noun.allSatisfy(\.isLetter), !boundaryWords.contains(noun), verb.count > 2,
              verb.allSatisfy(\.isLowercase),
              !boundaryWords.contains(verb), !auxiliaries.contains(verb), !prepositions.contains(verb)
        else { return false }
        let plural = (noun.hasSuffix("s") && !noun.hasSuffix("ss")) || words[..<index].contains { folded($0) == "and" }
        guard plural != verb.hasSuffix("s") else { return false }
        return LexicalData.englishVerbs.contains(verb) && !prepositions.contains(words[index + 1])
    }

    /// The length of the longest start of at most six words that ends where a phrase ends, if any.
    static func phraseEnd(_ words: [String]) -> Int? {
        let last = min(maximumWords, words.count - 1)
        guard last >= 2 else { return nil }
        return (2...last).last { boundaryWords.contains(folded(words[$0])) }
    }

    /// Six words, or fewer when the seventh word goes on a name the sixth begins or continues (both capitalised):
    /// the name is left out whole rather than cut. At least two words stay.
    static func cutOutsideNames(_ words: [String]) -> Int {
        func isCapitalised(_ word: String) -> Bool { word.first?.isUppercase == true }
        var cut = maximumWords
        while cut > 2, isCapitalised(words[cut]), isCapitalised(words[cut - 1]) { cut -= 1 }
        return cut
    }

    /// The text with parenthesised asides removed ("SDM TI (hanya 3 orang)" → "SDM TI"), unless nothing else is left.
    static func withoutParentheses(_ text: String) -> String {
        guard text.contains(where: { $0 == "(" || $0 == ")" }) else { return text }
        var result = "", depth = 0
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(character) }
        }
        return result.allSatisfy(\.isWhitespace) ? text : result
    }

    /// The words up to the first comma, semicolon, colon, full stop or dash that ends a clause; a lone "&" or "/"
    /// either joins the words on its sides into one or is left out.
    static func firstClause(of text: String, joiningAlternatives: Bool = false) -> [String] {
        var words: [String] = []
        var joiner = ""
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            var word = String(raw)
            if word == "-" || word == "–" || word == "—" { if !words.isEmpty { break } else { continue } }
            let isAbbreviation = word.last == "." && abbreviations.contains(word.dropLast().lowercased())
            // "3.5." may be a figure's own dot; a comma, colon or semicolon ends the clause after any word
            // ("Permen LHK P.75/2019: produsen wajib …").
            // A lone comma or semicolon ends it too: the one a parenthesis left ("cuma 2 org (1 PNS) , admin").
            let endsClause = (word.count > 1 || word == "," || word == ";") && ",;:.".contains(word.last!)
                && !(word.last == "." && isNumberLike(word.dropLast())) && !isAbbreviation
            while !isAbbreviation, let last = word.last, ",;:.!?\"'".contains(last) { word.removeLast() }
            while let first = word.first, "\"'".contains(first) { word.removeFirst() }
            // A lone "&", "/" or "+" joins alternatives ("Walikota & Sekda"): one word of the label, never cut inside;
            // without joining it stays a word that ends a phrase as "dan" does, so a cut label stops before it
            // rather than running the alternatives together ("Satu Data Pariwisata dashboard").
            if word == "&" || word == "/" || word == "+", let previous = words.last {
                if joiningAlternatives {
                    joiner = previous + " " + word + " "
                    words.removeLast()
                } else {
                    words.append(word)
                }
                continue
            }
            if !word.isEmpty, hasLetterOrDigit(word) || comparisonSigns.contains(word) {
                words.append(joiner + word)
                joiner = ""
            } else if !joiner.isEmpty {
                words.append(String(joiner.dropLast(3)))
                joiner = ""
            }
            if endsClause && !words.isEmpty { break }
        }
        // A text ending on "&" keeps the word before it.
        if !joiner.isEmpty { words.append(String(joiner.dropLast(3))) }
        return words
    }

    /// Whether a word has a letter or a digit: by its bytes when it has an ASCII one or is all ASCII (most words; a
    /// large report labels thousands of items), else by its characters.
    static func hasLetterOrDigit(_ word: String) -> Bool {
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; continue }
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                return true
            }
        }
        return !ascii && word.contains(where: { $0.isLetter || $0.isNumber })
    }

    /// Signs that carry a figure's meaning ("UMKM < 4%" is not "UMKM 4%"): kept as words of the label.
    static let comparisonSigns: Set<String> = ["<", ">", "≤", "≥", "<=", ">=", "±", "~"]

    /// Words whose dot shortens them and ends nothing: "Perbup No. 17", "Kab. Sleman", "Th. 2023", "e.g.".
    static let abbreviations: Set<String> = [
        "no", "nmr", "th", "thn", "tgl", "kab", "kec", "kel", "prov", "jl", "dr", "drs", "ir", "st", "vs", "e.g",
        "i.e", "approx",
    ]

    /// "3.5" or "95/2018" keep their dot; a number ending a sentence ("2017.") still ends it.
    private static func isNumberLike(_ word: Substring) -> Bool {
        word.contains(where: \.isNumber) && word.contains(".")
    }

    /// The marker at the start of the words, if any: how many words it takes and whether it says "absent".
    static func leadingMarker(_ words: [String]) -> (length: Int, absence: Bool)? {
        guard words.count > 1 else { return nil }
        // Shorthand spelled out, so "Gak ada pranata komputer" opens with "tidak ada" as "Tidak ada …" does.
        let lowered = words.prefix(4).map { shorthand[folded($0)] ?? folded($0) }
        // A marker never takes the whole text: something must be left to name.
        for (parts, absence) in markers where parts.count < words.count && parts.count <= lowered.count {
            if parts.indices.allSatisfy({ lowered[$0] == parts[$0] }) { return (parts.count, absence) }
        }
        return nil
    }

    /// The words by which the organisation says it holds or runs what the item is about ("Pemkot sudah punya …",
    /// "The city already runs …", "Dinas memiliki …"): the thing held is the item's name, not the organisation, which
    /// every strength and weakness is about ("Gunakan data center sendiri (S1)", not "Gunakan Pemkot sudah punya …").
    /// The subject is often left out ("Sudah memiliki Perbup SPBE", "Has a trained help desk team").
    static func ownHolding(_ words: [String]) -> (length: Int, absence: Bool)? {
        guard let first = words.first else { return nil }
        let hasSubject = ownSubjects.contains(folded(first))
        var index = hasSubject ? 1 : 0
        while index < words.count, holdingAspects.contains(folded(words[index])) { index += 1 }
        guard index + 1 < words.count else { return nil }
        let verb = folded(words[index])
        guard hasSubject ? holdingVerbs.contains(verb) : holdingVerbsWithoutSubject.contains(verb) else { return nil }
        return (index + 1, false)
    }

    /// How an organisation names itself in its own SWOT (after "the" or "our", which are markers of their own).
    static let ownSubjects: Set<String> = [
        "pemkot", "pemkab", "pemda", "pemprov", "dinas", "kabupaten", "kota", "provinsi", "kami", "kita", "instansi",
        "we", "city", "regency", "province", "agency", "office", "department", "district",
    ]

    /// Words between such a subject and its verb.
    static let holdingAspects: Set<String> = ["sudah", "sdh", "telah", "tlh", "juga", "kini", "already", "also", "now"]

    /// Verbs of holding or running something.
    static let holdingVerbs: Set<String> = [
        "punya", "memiliki", "mempunyai", "menjalankan", "mengelola", "mengoperasikan", "has", "have", "runs", "run",
        "operates", "operate", "owns", "own", "maintains", "maintain",
    ]

    /// Those that open an item without a subject as well: not the bare forms ("Run by a vendor", "Own staff").
    static let holdingVerbsWithoutSubject: Set<String> = [
        "punya", "memiliki", "mempunyai", "menjalankan", "mengelola", "mengoperasikan", "has", "have", "runs",
        "operates", "owns", "maintains",
    ]

    /// A word without trailing punctuation, in lower case, for comparing with the word lists.
    private static func folded(_ word: String) -> String {
        word.lowercased()
    }

    /// "Strong support from …" and "Adequate IT staff" start in lower case inside a sentence; "SPBE" and "Tim
    /// Koordinasi SPBE" stay as written (an acronym, or a name whose next word is capitalised too).
    static func shouldLowercaseFirst(_ words: [String]) -> Bool {
        // A word joined to its alternative ("Banjir & longsor") is judged by its own letters.
        guard let joined = words.first, let first = joined.split(separator: " ").first.map(String.init),
              let initial = first.first, initial.isUppercase else { return false }
        let rest = first.dropFirst()
        // "Musdes/muskel" and "E-budgeting" are common words too; "PerBup" or "eKTP" are written as their owners do.
        // "Province's" is a common word's possessive.
        guard !rest.isEmpty, rest.allSatisfy({ $0.isLowercase || $0 == "-" || $0 == "/" })
            || (first.hasSuffix("'s") && rest.dropLast(2).allSatisfy(\.isLowercase)) else { return false }
        // Regulations named by number ("Perpres 95/2018") are among the proper names; "Hanya 3 orang" is not a name.
        if isProperName(first.lowercased()) { return false }
        // A label of one capitalised word is a name ("Shopee", "Tokopedia"): a common word seldom stands alone.
        guard words.count > 1 else { return false }
        // "Many OPDs", "Each puskesmas": a word that counts what follows is never a name's.
        if qualifierWords.contains(first.lowercased()) { return true }
        // A small word between two capitalised ones is inside a name ("Waze for Cities", "Bank of Papua").
        if words.count > 2, nameJoiners.contains(words[1]), words[2].first?.isUppercase == true { return false }
        // Before "&" and another name, a name of its own ("Dekranasda & Bank Daerah").
        if words.count > 2, words[1] == "&", words[2].first?.isUppercase == true { return false }
        guard let next = words[1].first, next.isUppercase else { return true }
        // Before an office's or a title's name ("Pergantian Gubernur", "Dukungan Bupati") the word is a common one;
        // before a place it may be part of the name ("Bank Indonesia").
        if isProperName(words[1].lowercased()), !places.contains(words[1].lowercased()) { return true }
        // The next word an acronym ("IT", "SDM"): a common word before it; capitalised ("Koordinasi"): a name.
        // Only up to a slash or a joined alternative: "NJOP/kenaikan", "APBD & pemotongan" are acronyms.
        // A plural acronym is one too ("OPDs").
        var acronym = words[1].split(whereSeparator: { $0 == "/" || $0 == " " }).first ?? Substring(words[1])
        if acronym.count > 2, acronym.last == "s" { acronym = acronym.dropLast() }
        return !acronym.dropFirst().contains(where: \.isLowercase)
    }

    /// The word with chat shorthand spelled out ("blm" → "belum", "Sdh" → "Sudah", "kab" → "kabupaten"): a strategy
    /// sentence goes into a Renstra, where whole words are written. The item's own text stays as typed; the label is
    /// cut before this, so where it ends does not change.
    static func spelledOut(_ word: String) -> String {
        guard let whole = shorthand[word.lowercased()] else { return word }
        // "Blm" opens a sentence: "Belum"; "BLM" or "blm" read as the planner's shorthand either way.
        let capitalised = word.first?.isUppercase == true && word.dropFirst().allSatisfy(\.isLowercase)
        return capitalised ? whole.prefix(1).uppercased() + whole.dropFirst() : whole
    }

    /// Indonesian chat shorthand and spoken words with one reading only (not "dr": "dari" or "dokter"; not "ga",
    /// "sm").
    static let shorthand: [String: String] = [
        "yg": "yang", "dgn": "dengan", "dg": "dengan", "utk": "untuk", "blm": "belum", "sdh": "sudah", "udh": "sudah",
        "udah": "sudah", "msh": "masih", "tdk": "tidak", "gak": "tidak", "nggak": "tidak", "ngga": "tidak",
        "gk": "tidak", "krn": "karena", "shg": "sehingga", "spy": "supaya", "thd": "terhadap", "ttg": "tentang",
        "tlh": "telah", "dlm": "dalam", "jg": "juga", "bs": "bisa", "hrs": "harus", "lbh": "lebih",
        "skrg": "sekarang", "trs": "terus", "tp": "tetapi", "tsb": "tersebut", "sbg": "sebagai", "pd": "pada",
        "org": "orang", "thn": "tahun", "kab": "kabupaten", "kec": "kecamatan", "kel": "kelurahan",
        "prov": "provinsi", "bbrp": "beberapa", "krg": "kurang", "byk": "banyak", "jd": "jadi", "klo": "kalau",
        "kalo": "kalau", "bln": "bulan", "srg": "sering", "prnh": "pernah",
        // Spoken words with one written form: a Renstra says "hanya", not "cuma".
        "cuma": "hanya", "bikin": "membuat", "pake": "pakai", "aja": "saja", "gaptek": "gagap teknologi",
        "bnyk": "banyak", "nolak": "menolak",
    ]

    /// At most six words of a text that had nothing but markers.
    private static func clippedWords(_ text: String) -> String {
        text.split(separator: " ").prefix(maximumWords).joined(separator: " ")
    }

    // MARK: Word lists (lower case)

    /// Opening markers as words, longest first so "belum adanya" wins over "belum". True: the marker says something
    /// is absent. Split once here: every default label looks them up.
    static let markers: [(words: [String], absence: Bool)] = markerPhrases
        .map { (words: $0.0.split(separator: " ").map(String.init), absence: $0.1) }
        .sorted { $0.words.count > $1.words.count }

    private static let markerPhrases: [(String, Bool)] = [
        ("belum tersedianya", true), ("belum tersedia", true), ("belum adanya", true), ("belum ada", true),
        ("tidak adanya", true), ("tidak ada", true), ("belum memiliki", true), ("tidak memiliki", true),
        ("belum optimalnya", true), ("belum maksimalnya", true), ("belum tingginya", true),
        ("masih kurangnya", true), ("masih minimnya", true), ("masih terbatasnya", true),
        ("kurangnya", true), ("minimnya", true), ("terbatasnya", true), ("ketiadaan", true),
        ("there is no", true), ("there are no", true), ("lack of", true), ("a lack of", true),
        ("the lack of", true), ("absence of", true), ("no", true), ("we have no", true), ("we still have no", true),
        ("we do not have", true), ("we don't have", true), ("we still lack", true), ("we lack", true),
        // Planners' shorthand for the same markers ("Blm ada SOP", "Tdk punya server cadangan", "Msh ada …").
        ("blm adanya", true), ("blm ada", true), ("tdk ada", true), ("belum punya", true), ("blm punya", true),
        ("tidak punya", true), ("tdk punya", true), ("blm memiliki", true), ("tdk memiliki", true), ("minim", true),
        ("msh kurangnya", true), ("msh minimnya", true), ("msh terbatasnya", true), ("msh ada", false), ("msh", false),
        ("sdh", false), ("tlh", false),
        ("masih terdapat", false), ("masih ada", false), ("masih", false), ("terdapat sebanyak", false), ("ada", false),
        ("terdapat", false), ("adanya", false), ("tersedianya", false), ("telah", false), ("sudah", false),
        ("there is a", false), ("there is", false), ("there are", false), ("we have", false), ("our", false),
        // The role an item opens with ("As the provincial referral hospital we …") names what it is about.
        ("as the", false), ("as a", false), ("as an", false), ("sebagai", false),
        ("the", false), ("a", false), ("an", false),
    ]

    /// Words that open a new phrase: a label may end just before one.
    static let boundaryWords: Set<String> = [
        "yang", "untuk", "dalam", "dengan", "dari", "di", "ke", "pada", "oleh", "terhadap", "terkait", "karena",
        "sehingga", "agar", "supaya", "sejak", "sesuai", "bagi", "dan", "serta", "atau", "tetapi", "namun", "&", "/",
        "+",
        "secara", "sebagai", "melalui", "lewat", "via", "akibat", "tanpa", "antar", "antara", "hingga", "sampai",
        "guna", "tentang", "mengenai",
        "which", "that", "who", "to", "for", "in", "on", "at", "by", "with", "from", "since", "because", "so",
        "about", "regarding",
        "and", "or", "but", "as", "through", "due", "without", "between", "across", "of", "into", "while",
        "toward", "towards", "against", "within", "beyond", "despite", "during", "until", "unless",
        // Where the predicate starts: an aspect word, a modal or a time clause ("… setelah Pilkada bisa
        // mengubah …", "Roadmap … sudah ditetapkan").
        "sudah", "telah", "masih", "sedang", "bisa", "dapat", "boleh", "mampu", "siap", "akan", "harus", "perlu",
        "sering", "setelah", "sebelum", "ketika", "saat", "makin", "semakin", "kian", "terus",
        // Planners' shorthand for the same words ("staf yg paham IT", "koordinasi dgn BPKAD", "sdh online").
        "yg", "utk", "dlm", "dgn", "dr", "krn", "shg", "spy", "sbg", "thd", "ttg", "sdh", "msh", "tlh", "blm", "tdk",
        "tapi", "tp",
        "can", "could", "may", "might", "will", "would", "must", "often", "after", "before", "when", "increasingly",
        // An English predicate or a new subject starts ("faculties are ready", "… hospital we already run").
        "is", "are", "was", "were", "has", "have", "had", "we", "they", "kami", "kita", "mereka",
    ]

    /// Aspect words whose next word says what is wrong or changing ("sering ganti", "masih manual", "makin aktif").
    /// Not "sudah": what follows it is mostly a verb that needs its object ("sudah pakai | TTE").
    static let aspectWords: Set<String> = ["masih", "msh", "sering", "makin", "semakin", "kian", "terus"]

    /// English words that qualify the noun after them (see `isQualifier`).
    static let qualifierWords: Set<String> = [
        "every", "each", "all", "some", "many", "most", "several", "any", "few", "more", "less", "other", "same",
        "new", "old", "older", "younger", "current", "previous", "next", "last", "first", "second", "third",
        "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "national", "regional", "local", "central",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice", "triple", "double",
    ]

    /// Words that only colour a phrase, dropped when a long text has no phrase end within six words.
    static let fillerWords: Set<String> = [
        "cuma", "hanya", "sangat", "juga", "pun", "only", "already", "still", "very",
    ]

    /// Words that open a purpose, reason, contrast or condition clause: a label ends before one (after its first two
    /// words).
    static let clauseWords: Set<String> = [
        "untuk", "agar", "supaya", "sehingga", "karena", "sebab", "guna", "meskipun", "walaupun", "namun", "tetapi",
        "utk", "spy", "shg", "krn", "tapi", "tp", "kalau", "jika", "apabila", "klo", "kalo",
        "to", "because", "so", "which", "although", "but", "while", "whereas", "if", "unless", "when", "whenever",
    ]

    /// Two words that open a limit whose figure was cut off ("wajib ditetapkan paling lambat | 6 bulan"): a label
    /// never ends on them (the loop that drops dangling words takes both, "paling" being one).
    static let limitWords: Set<String> = [
        "paling lambat", "paling cepat", "paling sedikit", "paling banyak", "paling lama", "at least", "at most",
    ]

    /// Words a label never ends on.
    static let danglingWords: Set<String> = boundaryWords.union([
        "the", "a", "an", "its", "their", "belum", "masih", "sudah", "telah", "akan", "is", "are", "was", "were",
        "be", "not", "tidak", "para", "sangat", "lebih", "paling", "cukup", "against", "behind", "under", "over",
        // A preposition whose object was cut off ("UU 18/2017 memberi tugas provinsi atas | pelatihan").
        "atas",
        "within", "towards", "toward",
        // Needs that say nothing without what is needed ("±5 rb PPPK paruh waktu butuh | gaji").
        "butuh", "wajib", "ingin", "mau",
        // Words that qualify the noun after them ("harga paket data naik tiap | tahun", "rapat per | triwulan").
        "tiap", "setiap", "per", "seluruh", "segala", "sebuah", "suatu", "beberapa", "sejumlah", "berbagai",
        "terlalu", "agak", "amat",
        // English adverbs that qualify the predicate cut off after them ("villages in the hills still | have").
        "still", "already", "also", "just", "even", "yet", "than",
        // Words that need the verb after them ("RPJMD 2025-2029 wajib | ditetapkan", "austerity measures are
        // expected | to cut", "a chief information officer post now | exists").
        "wajib", "expected", "likely", "unlikely", "able", "unable", "supposed", "now", "do", "does", "did",
        // Words of amount whose figure was cut off ("dipangkas hampir | setengah", "anggaran alih media hanya
        // [cukup] | untuk 5% arsip").
        "hampir", "nyaris", "sekitar", "almost", "nearly", "around", "hanya", "cuma", "rp", "usd", "banyak",
        // A predicate or a purpose whose content was cut off ("SPBE Nasional jadi | acuan", "momentum buat | …").
        "jadi", "buat",
        // Whose or whence a thing is, with the owner cut off ("aplikasi pajak daerah buatan | vendor", "lahan milik |
        // desa", "server hibah | kementerian").
        "buatan", "milik", "bikinan", "hibah", "kiriman", "titipan", "made", "owned", "provided", "funded",
        // Planners' shorthand for the same ("rute & jadwal angkutan gak | terdokumentasi").
        "blm", "msh", "sdh", "udh", "udah", "tdk", "gak", "ga", "nggak", "tak",
        // Prepositions of time or topic whose object was cut off ("demo buruh soal UMP 2025 pasca | putusan MK").
        "pasca", "paska", "jelang", "menjelang", "sebelum", "setelah", "sesudah", "selama", "soal", "ttg", "sbg",
        "kepada", "kpd", "thd",
    ])

    /// A listed name, or a ministry or ministerial regulation named by its short form ("Kemenpar", "Kemenag",
    /// "Permenpar"), which Indonesian capitalises anywhere in a sentence.
    static func isProperName(_ lowered: String) -> Bool {
        properNames.contains(lowered)
            || (["kemen", "kepmen", "permen"].contains { lowered.hasPrefix($0) } && !lowered.hasPrefix("kemenang"))
    }

    /// Whether a word names a kind of regulation, whose number follows it ("UU 20/2023", "Perpres 95/2018",
    /// "Permenkes 24/2022").
    static func isRegulationKind(_ lowered: String) -> Bool {
        ["uu", "pp", "perwal"].contains(lowered) || regulationKinds.contains(lowered)
            || ["permen", "kepmen"].contains { lowered.hasPrefix($0) }
    }

    /// "27/2022": a regulation's number and year.
    static func isRegulationNumber(_ word: String) -> Bool {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[0].allSatisfy(\.isNumber)
            && parts[1].count == 4 && parts[1].allSatisfy(\.isNumber)
    }

    /// The places among `properNames`.
    static let places: Set<String> = ["indonesia", "jakarta"]

    /// Capitalised words that are names, kept capitalised at the start of a label: the country and capital, the
    /// planning documents (Renstra, RPJMD), the offices of regional heads, the short names of the ministries,
    /// agencies and regional offices that items open with ("Kemenkes mewajibkan …", "Diskominfo cuma punya …"), and
    /// the kinds of regulation.
    static let properNames: Set<String> = Set([
        "indonesia", "jakarta", "renstra", "renja", "rpjmd", "rpjmn", "rpjpd", "rkpd", "bupati", "walikota", "wakil",
        "gubernur", "presiden", "sekda", "kadis", "kadinkes", "kaban", "karo", "kabid", "sekwan",
        // Ministries (beyond the "Kemen…" short names `isProperName` knows), agencies and regional offices.
        "kominfo", "kemkominfo", "komdigi", "bappenas", "bappeda", "bapenda", "diskominfo",
        "dinkominfo", "disdukcapil", "dukcapil", "dinkes", "dispendukcapil", "pemda", "pemkab", "pemkot", "pemprov",
        "inspektorat", "setda", "setwan", "polres", "polda", "polri", "kejari", "kejati", "dishub", "dinsos",
        "disdik", "dispar", "distan", "disnaker", "dispusip", "dinkopukm", "bkpsdm", "bpkad", "bpbd", "dpmptsp",
        "perpusnas", "bapanas",
        // Months, written with a capital in both languages ("June 2024 PDNS ransomware", "Januari 2025").
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober",
        "desember",
    ]).union(regulationKinds)

    /// Kinds of regulation, named with what issued them ("Permendes PDTT", "Perbup SPBE"), beyond the "Permen…" and
    /// "Kepmen…" that `isProperName` knows.
    static let regulationKinds: Set<String> = [
        "perpres", "perda", "perbup", "perwali", "pergub", "perkada", "inpres", "keppres", "kepres",
    ]
}
