/// What a weakness asks to be done to it, read from its label: "laporan BOS yang masih manual" asks to digitise the
/// reports, "SDM TI hanya 2 orang" to strengthen the staff, "kurangnya SOP penanganan insiden" (a label that marks an
/// absence) to put the procedure in place. A WO or WT strategy of one weakness opens with it ("Digitalkan laporan BOS
/// (W5) dengan memanfaatkan ARKAS (O5).") and says no move's action after it.
///
/// A move's action is written for a category, not for the plan's items. A blind reading of 40 WO and WT strategies
/// of the tuning and fresh cases judged the move's action wrong for its items 24 times (usable after a light edit 4
/// times); the same pairs opening with the weakness's repair were wrong 8 times (usable after a light edit 14 times),
/// and the reader preferred them 22 times to 14. Three new cases written blind afterwards, read the same way: the
/// move's action wrong 17 times of 22 (light edit 2), the repair 5 times (light edit 6), preferred 16 times to 4.
/// Where no repair reads clearly from the label, the strategy keeps the move's action.
public struct WeaknessRepair: Sendable, Equatable {
    /// The imperative, capitalised: "Digitalkan", "Strengthen".
    public var verb: String
    /// What is repaired: the label's subject ("laporan BOS"), or the whole label of an absence.
    public var object: String
    /// The kind of fault repaired, which says how the repair is done (`means`).
    var kind: Kind

    /// The repair a default label in `language` asks for, or nil: a planner's own label is said as written, a label
    /// in the other language is quoted, and a label whose predicate names no known kind of fault says no repair. A
    /// label cut down to its subject is read with the words that follow it in the item's `text` (`wordsAfter`).
    public static func of(_ label: ItemLabel, text: String? = nil, language: Language) -> WeaknessRepair? {
        guard !label.isOwn, label.isWritten(in: language) else { return nil }
        let words = label.text.split(separator: " ").map(String.init)
        if label.marksAbsence {
            let kind = label.absenceMarker.flatMap { marker in
                absences.first { $0.words.contains { marker.contains($0) } }?.kind
            }
            guard let kind else { return repair(language == .id ? "Siapkan" : "Set up", words, language, .absent) }
            return repair(verb(kind, words, language), words, language, kind)
        }
        // "hanya 2 staf IT di dinas", "only two clerks": the shortage comes first, the staff after its figure.
        if words.count > 2, shortageOpeners.contains(words[0].lowercased()), words[1].first?.isNumber == true {
            // "hanya 3 orang pranata komputer": the word that counts them is no part of the staff.
            var object = Array(words.dropFirst(2))
            if object.count > 1, classifiers.contains(object[0].lowercased()) { object.removeFirst() }
            guard isFitting(.short, object, language) else { return nil }
            return repair(verb(.short, object, language), object, language, .short)
        }
        let start = predicateStart(words, language)
        let said: [String]
        if let start {
            guard start > 0 else { return nil }
            said = Array(words[start...])
        } else {
            guard let text, let following = wordsAfter(words, in: text, language) else { return nil }
            said = following
        }
        var object = Array(words[..<(start ?? words.count)])
        while object.count > 1, quantityWords.contains(object[0].lowercased()) { object.removeFirst() }
        // "server aplikasi tanpa | backup": the fault's word ends the subject, and a preposition before it goes too.
        while object.count > 1, ["tanpa", "without"].contains(object[object.count - 1].lowercased()) {
            object.removeLast()
        }
        // "142 sekolah di kecamatan hulu | belum ada internet stabil": the thing named after "ada" is missing, and the
        // subject lacks it ("Siapkan internet stabil bagi 142 sekolah …", not "Siapkan 142 sekolah").
        if language == .id, let missing = missingThing(said) {
            return repair("Siapkan", missing + ["bagi"] + object, language, .absent)
        }
        if language == .id, let verb = undoneVerb(said), let head = object.first?.lowercased(),
           !offices.contains(head) {
            return repair(verb, object, language, verb == "Siapkan" ? .absent : .undone)
        }
        if let kind = fault(in: said, of: object, language) {
            return repair(verb(kind, object, language), object, language, kind)
        }
        // "staf yang sudah ikut pelatihan | dan sertifikasi malah dimutasi": a label whose clause says something good
        // of its subject is read with the words after it in the text, and the repair is done to the whole label.
        guard language == .id, start.map({ words[$0].lowercased() == "yang" }) == true, let text,
              let following = wordsAfter(words, in: text, language),
              let kind = fault(in: following, of: words, language) else { return nil }
        return repair(verb(kind, words, language), words, language, kind)
    }

    /// The first fault `said` names that can be done to `object` ("internet puskesmas di pulau-pulau kecil, sering
    /// putus": not a small budget, but an unstable link).
    static func fault(in said: [String], of object: [String], _ language: Language) -> Kind? {
        let lowered = said.map { $0.lowercased() }
        let predicate = Set(lowered)
        // A skill is wanting only where it is denied ("belum mahir"; "paham aplikasi tapi sering ganti" is turnover).
        let denied = Set(lowered.indices.dropFirst().filter { ItemLabel.negations.contains(lowered[$0 - 1]) }
            .map { lowered[$0] })
        return faults.first(where: {
            let words = language == .id ? $0.id : $0.en
            return !(($0.kind == .unskilled && language == .id ? denied : predicate).isDisjoint(with: words))
                && isFitting($0.kind, object, language)
        })?.kind
    }

    /// The verb that opens a WO or WT sentence on a weakness whose label names a thing and nothing wrong with it
    /// ("server aplikasi", "gudang logistik", "fiskus & juru sita"), as a cut label often does: such a thing is put
    /// right ("Benahi") or, people, strengthened ("Perkuat", "Strengthen"), not overcome ("Atasi server aplikasi").
    /// Nil when the label may say what is wrong: a predicate, a marker of absence, a figure or a sign ("anggaran <
    /// 4%", "bandwidth 50 Mbps"), a verb, a noun that names a problem itself ("tunggakan PBB", "input ganda"); or
    /// when it is quoted.
    public static func opener(for label: ItemLabel, language: Language) -> String? {
        let words = label.text.split(separator: " ").map(String.init)
        var subject = words.drop { quantityWords.contains($0.lowercased()) }
        if subject.isEmpty { subject = words[...] }
        guard !label.marksAbsence, label.isOwn || label.isWritten(in: language), let first = subject.first,
              ItemLabel.leadingMarker(words) == nil,
              // Either language's predicate: a label of unknown language may be English ("budget is not absorbed").
              predicateStart(words, .id) == nil, predicateStart(words, .en) == nil,
              !problemHeads.contains(first.lowercased()),
              !words.contains(where: { word in
                  ItemLabel.negations.contains(word.lowercased())
                      || ItemLabel.isVerb(word) || ItemLabel.isBareVerb(word)
                      || word.contains(where: { $0.isNumber || "%<>≤≥±~".contains($0) })
                      || stateWords.contains(word.lowercased())
              })
        else { return nil }
        let head = (language == .id ? first : words[words.count - 1]).lowercased()
        switch language {
        case .id: return isPeople(head, .id) ? "Perkuat" : "Benahi"
        case .en: return isPeople(head, .en) ? "Strengthen" : nil
        }
    }

    /// Head nouns that name a problem themselves: "Atasi" fits them ("Atasi tunggakan PBB-P2").
    static let problemHeads: Set<String> = [
        "tunggakan", "piutang", "antrean", "antrian", "keluhan", "aduan", "kebocoran", "gangguan", "kendala",
        "hambatan", "masalah", "permasalahan", "pungli", "calo", "prank", "double", "input", "duplikasi",
        "kesenjangan", "ketergantungan", "kesalahan", "keterlambatan", "penumpukan", "kekurangan", "kerusakan",
        "backlog", "ego", "egosektoral",
    ]

    /// Words after a subject that say what is wrong with it, or whose or where it is, beside the faults' own words
    /// and the verbs ("laporan WBS sepi", "perangkat desa berumur", "SIMRS dari vendor", "basis data warisan").
    static let stateWords: Set<String> = [
        "sepi", "numpuk", "menumpuk", "tersebar", "berumur", "mahal", "lama", "kosong", "macet", "padat", "telat",
        "hilang", "baru", "mayoritas", "sebagian", "tinggal", "warisan", "vendor", "dari", "ditaruh",
    ]

    /// The repair's verb for a kind of fault of `object`: a budget that falls short is increased ("Tambah anggaran
    /// verifikasi lapangan"), not strengthened.
    static func verb(_ kind: Kind, _ object: [String], _ language: Language) -> String {
        let kind = effective(kind, object, language)
        guard let verbs = faults.first(where: { $0.kind == kind })?.verbs else { return "" }
        return language == .id ? verbs.id : verbs.en
    }

    /// Head nouns of a capacity that can be increased.
    static let capacityHeads: Set<String> = ["bandwidth", "kapasitas", "kuota", "capacity", "quota"]

    /// The kind as the object takes it: a budget that falls short is small.
    static func effective(_ kind: Kind, _ object: [String], _ language: Language) -> Kind {
        let head = (language == .id ? object.first : object.last)?.lowercased() ?? ""
        return kind == .short && budgetHeads.contains(head) ? .small : kind
    }

    /// Head nouns of a budget.
    static let budgetHeads: Set<String> = ["anggaran", "dana", "biaya", "pagu", "budget", "funding", "funds"]

    /// The repair of `object`: an English singular noun in lower case takes "the" ("Speed up the e-office
    /// system"); a plural, a mass noun ("staff", "data") or a name does not.
    static func repair(_ verb: String, _ object: [String], _ language: Language, _ kind: Kind) -> WeaknessRepair {
        let head = (language == .id ? object.first : object.last)?.lowercased() ?? ""
        let kind = kind == .short && isPeople(head, language) ? .understaffed
            : kind == .absent ? missing(object, head: head, language) : effective(kind, object, language)
        let phrase = object.joined(separator: " ")
        guard language == .en, let first = object.first, first.first?.isLowercase == true,
              !["the", "a", "an", "our", "its", "their"].contains(first.lowercased()),
              let head = object.last?.lowercased(), !head.hasSuffix("s"), !massNouns.contains(head)
        else { return WeaknessRepair(verb: verb, object: phrase, kind: kind) }
        return WeaknessRepair(verb: verb, object: "the " + phrase, kind: kind)
    }

    /// What a missing thing is, which says how it is put in place: a backup site is a backup to keep and test
    /// ("Siapkan DRC …: simpan salinan di lokasi lain …"), missing staff are staff too few, a missing link a place
    /// without signal; anything else is `absent`, a document among it (`absentDocumentMeans`). A blind reader called
    /// "tetapkan penanggung jawab dan tenggat" for all of them a step that says nothing of the thing.
    static func missing(_ object: [String], head: String, _ language: Language) -> Kind {
        let words = Set(object.map { $0.lowercased() })
        if !words.isDisjoint(with: StrengthForOpportunity.backupWords) { return .unbacked }
        if !words.isDisjoint(with: documentWords) { return .absent }
        if isPeople(head, language) { return .understaffed }
        return connectionHeads.contains(head) ? .unconnected : .absent
    }

    /// Head nouns of a connection a place lacks.
    static let connectionHeads: Set<String> = ["internet", "sinyal", "jaringan", "wifi", "koneksi", "signal"]

    /// English nouns that take no article ("Strengthen IT staff").
    static let massNouns: Set<String> = [
        "staff", "personnel", "data", "equipment", "software", "hardware", "infrastructure", "funding", "training",
        "information", "bandwidth", "connectivity", "capacity", "budget", "support", "leadership", "governance",
    ]

    /// Where the label's predicate starts: a word of fault ("aplikasi kepegawaian terpisah"), or in Indonesian
    /// "yang", a negation or a word that opens a predicate, in English a verb of being or having or a negation.
    static func predicateStart(_ words: [String], _ language: Language) -> Int? {
        // "kecil" is a fault of a budget or a capacity only: "pulau-pulau kecil" are small islands.
        let named = faults.filter { $0.kind != .small || isFitting(.small, words, language) }
            .map { language == .id ? $0.id : $0.en }
        return words.indices.dropFirst().first { index in
            let word = words[index].lowercased()
            if named.contains(where: { $0.contains(word) }) { return true }
            // "data DTKS banyak yang ganda": a word of quantity after the subject says how much of it is at fault.
            if quantityWords.contains(word) { return true }
            if language == .en { return englishOpeners.contains(word) }
            return word == "yang" || ItemLabel.negations.contains(word) || ItemLabel.opensPredicate(words[index])
        }
    }

    /// What an Indonesian predicate that says something is not done asks for: "yang belum ada" to put the thing in
    /// place ("arsitektur SPBE yang belum ada" → "Siapkan arsitektur SPBE"), "tidak ditindaklanjuti" to do it
    /// ("hasil SKM yang tidak ditindaklanjuti" → "Tindaklanjuti hasil SKM"): the passive verb without its di-.
    static func undoneVerb(_ predicate: [String]) -> String? {
        // "tdk pernah dimonitor": the verb may follow "pernah".
        let words = predicate.map { $0.lowercased() }.drop { $0 == "yang" }.filter { $0 != "pernah" }
        guard let negation = words.first, ItemLabel.negations.contains(negation), words.count > 1 else { return nil }
        let verb = words[words.startIndex + 1]
        if verb == "ada" { return "Siapkan" }
        guard verb.hasPrefix("di"), !LexicalData.indonesianRoots.contains(verb) else { return nil }
        let base = verb.dropFirst(2).drop { $0 == "-" }
        guard base.count >= 4, base.allSatisfy(\.isLetter) else { return nil }
        if let imperative = colloquialImperatives[String(base)] { return imperative }
        return base.prefix(1).uppercased() + base.dropFirst()
    }

    /// Passives planners write on a noun or an English word ("blm diarsip", "blm dimapping"), whose base is no
    /// imperative: the verb a plan says instead.
    static let colloquialImperatives: [String: String] = [
        "arsip": "Arsipkan", "mapping": "Petakan", "monitor": "Pantau", "update": "Mutakhirkan",
        "upgrade": "Tingkatkan", "publish": "Publikasikan", "input": "Masukkan", "backup": "Cadangkan",
        "review": "Tinjau", "cascade": "Jabarkan",
    ]

    /// What a predicate "belum ada X" / "tidak ada X" says is missing: X, up to where its phrase ends (a comma, a
    /// joining word), at most `missingWords` words. Nil when nothing follows "ada" (the subject itself is missing).
    static func missingThing(_ predicate: [String]) -> [String]? {
        let words = predicate.drop { $0.lowercased() == "yang" }
        guard words.count > 2, ItemLabel.negations.contains(words[words.startIndex].lowercased()),
              words[words.startIndex + 1].lowercased() == "ada" else { return nil }
        var missing: [String] = []
        for word in words.dropFirst(2) {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            if bare.isEmpty || ItemLabel.boundaryWords.contains(bare.lowercased()) { break }
            missing.append(bare)
            if word.last.map({ ",;:.".contains($0) }) == true || missing.count == missingWords { break }
        }
        return missing.isEmpty ? nil : missing
    }

    /// Most words `missingThing` takes.
    static let missingWords = 3

    /// The words of the item's first clause after its label, when the label is the clause's subject cut off before
    /// what it says ("jaringan internet | di 11 puskesmas wilayah selatan lambat", "pencatatan di pustu & posyandu |
    /// masih manual"): at most `predicateReach` of them, shorthand spelled out. Nil when the label is not the start of
    /// the clause (after at most three opening words, such as "Masih" or "Belum ada").
    static func wordsAfter(_ label: [String], in text: String, _ language: Language) -> [String]? {
        let wanted = label.map { $0.lowercased() }
        for joining in [true, false] {
            let clause = ItemLabel.firstClause(of: text, joiningAlternatives: joining)
                .map { (language == .id ? ItemLabel.spelledOut($0) : $0).lowercased() }
            guard clause.count > wanted.count else { continue }
            for offset in 0...min(3, clause.count - wanted.count) where Array(clause[offset..<(offset + wanted.count)])
                == wanted {
                return Array(clause[(offset + wanted.count)...].prefix(predicateReach))
            }
        }
        return nil
    }

    /// Most words after a label that `wordsAfter` reads: further on, a fault is seldom its subject's.
    static let predicateReach = 8

    /// The staff an Indonesian weakness counts short ("SDM TI dinas cuma 2 org" → "SDM TI dinas", "Hanya 3 orang
    /// pranata komputer" → "pranata komputer", "Seksi SIK hanya punya 2 staf IT" → "staf IT seksi SIK"): "hanya" or
    /// "cuma" within the clause's first words, "punya" or "memiliki" at most, then a figure; the staff are the
    /// subject when it names people, else the people after the figure, of the office the subject names. Nil when
    /// neither side names people ("anggaran hanya 2 miliar"). A WO or WT sentence on the weakness says to strengthen
    /// them, then the move's action (a label of six words loses the "hanya" or the staff: "Atasi Diskominfo punya 4
    /// ASN background IT"). Not a repair in place of the action: a blind reader preferred the action's step 9 to 2.
    public static func countedShortStaff(_ text: String) -> [String]? {
        let clause = ItemLabel.firstClause(of: ItemLabel.withoutParentheses(text)).map(ItemLabel.spelledOut)
        guard let shortage = clause.prefix(countedSubjectWords + 1).firstIndex(where: {
            ["hanya", "cuma"].contains($0.lowercased())
        }) else { return nil }
        var figure = shortage + 1
        if figure < clause.count, ["punya", "memiliki", "mempunyai"].contains(clause[figure].lowercased()) {
            figure += 1
        }
        guard figure < clause.count, clause[figure].first?.isNumber == true else { return nil }
        var subject = Array(clause[..<shortage])
        while subject.count > 1, quantityWords.contains(subject[0].lowercased()) { subject.removeFirst() }
        // Read over the whole clause: "Auditor cuma 42 org" opens with a common word, "Shopee" alone is a name.
        if !subject.isEmpty, ItemLabel.shouldLowercaseFirst(clause) { subject[0] = subject[0].lowercased() }
        var counted: [String] = []
        var place = false
        for word in clause.dropFirst(figure + 1) {
            let lowered = word.lowercased()
            // Where the staff work stays with them ("2 staf IT di dinas"), one word of it.
            if lowered == "di", !counted.isEmpty, !place {
                place = true
                counted.append(word)
                continue
            }
            if ItemLabel.boundaryWords.contains(lowered) || ItemLabel.clauseWords.contains(lowered)
                || ItemLabel.opensPredicate(word) { break }
            if counted.isEmpty, classifiers.contains(lowered) { continue }
            counted.append(word)
            if place || counted.count == countedWords { break }
        }
        if counted.last?.lowercased() == "di" { counted.removeLast() }
        let names = { (words: [String]) in words.first.map { isPeople($0.lowercased(), .id) } ?? false }
        if names(subject) { return subject }
        if names(counted) {
            let office = subject.first.map { units.contains($0.lowercased()) } ?? false
            return office ? counted + subject : (subject.isEmpty ? counted : nil)
        }
        return nil
    }

    /// Most words before "hanya" that `countedShortStaff` reads as the subject.
    static let countedSubjectWords = 4
    /// Most words of the staff after the figure.
    static let countedWords = 3
    /// Words that count people or things after a figure ("3 orang pranata komputer").
    static let classifiers: Set<String> = ["orang", "org", "buah", "unit"]
    /// Offices and their parts that a shortage of staff may name as its subject ("Seksi SIK hanya punya 2 staf").
    static let units: Set<String> = offices.union(["seksi", "bidang", "bagian", "subbagian", "upt", "uptd", "unit"])

    /// Whether a head noun in lower case names people: a kind of staff (`ItemObject.heads`) or `people`.
    static func isPeople(_ head: String, _ language: Language) -> Bool {
        let staff = ItemObject.heads[.staff].map { language == .id ? $0.id : $0.en } ?? []
        return staff.contains(head) || people.contains(head)
    }

    /// Words that open a label with its shortage, before a figure ("hanya 2 staf IT").
    static let shortageOpeners: Set<String> = ["hanya", "cuma", "only", "just"]

    /// The kinds of fault a weakness's predicate may name; besides them, a thing that is not there (`absent`,
    /// "Siapkan"), a thing not done (`undone`, "Tindaklanjuti hasil SKM") and people too few (`understaffed`).
    enum Kind {
        case paper, separate, inconsistent, uneven, outdated, worn, unbacked, exposed, unstable, unconnected
        case reluctant, unskilled, turnover, slow, unused, small, low, short
        case absent, undone, understaffed
    }

    /// How the repair is done, said after the colon of a WT sentence that opens with it, and of a WO one whose
    /// opportunity would only be agreed with on who does what (`StrategyText.closingStep`): "Percepat pokir DPRD (W3)
    /// untuk mengantisipasi …: tetapkan batas waktu tiap tahap dan pantau tiap bulan." A step for the fault, so it
    /// fits the weakness whatever the other item. Nil for a thing that falls short (`short`, not people): what it
    /// needs is not read from the label; and where the step would say the repair's verb again ("Pantau … lalu
    /// pantau …").
    public func means(_ language: Language) -> String? {
        let step = kind == .absent && namesDocument ? Self.absentDocumentMeans : Self.means[kind]
        guard let means = step.map({ language == .id ? $0.id : $0.en }), !saysVerb(means) else {
            return nil
        }
        return means
    }

    /// Whether the repaired thing is a document (a policy, an SOP, an architecture), which is drawn up rather than
    /// built or hired.
    var namesDocument: Bool {
        !Set(OpportunityUse.wordsOf(object)).isDisjoint(with: Self.documentWords)
    }

    static let documentWords: Set<String> = [
        "kebijakan", "sop", "arsitektur", "peta", "rencana", "dokumen", "regulasi", "pedoman", "standar", "roadmap",
        "masterplan", "juknis", "prosedur", "policy", "plan", "procedure", "procedures", "architecture", "guideline",
        "guidelines", "standard", "standards",
    ]

    /// Whether a step says the repair's verb again ("Pantau … lalu pantau …").
    func saysVerb(_ step: String) -> Bool {
        let verb = verb.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return step.split(separator: " ").contains {
            $0.lowercased().trimmingCharacters(in: .punctuationCharacters) == verb
        }
    }

    /// The step each kind of fault asks for, in both languages.
    static let means: [Kind: (id: String, en: String)] = [
        .paper: ("mulai dari yang paling sering dipakai, lalu hentikan cara manualnya",
                 "start with what is used most, then retire the manual way"),
        .separate: ("hubungkan lewat API atau SPLP, mulai dari layanan tersibuk",
                    "connect them through APIs or the SPLP bus, busiest service first"),
        .inconsistent: ("tetapkan satu acuan resmi dan cocokkan dengannya secara berkala",
                        "agree on one official reference and reconcile against it regularly"),
        .uneven: ("dahulukan wilayah yang paling tertinggal dalam anggaran tahunan",
                  "put the worst-served areas first in the yearly budget"),
        .outdated: ("tunjuk penanggung jawab dan jadwal pemutakhiran berkala",
                    "name an owner and a regular update schedule"),
        .worn: ("susun daftar aset beserta umurnya dan jadwal penggantiannya",
                "list the assets with their age and a replacement schedule"),
        .unbacked: ("simpan salinan di lokasi lain dan uji pemulihannya tiap triwulan",
                    "keep a copy off site and test restoring it every quarter"),
        .exposed: ("perbarui perangkat lunaknya rutin dan uji celah keamanannya tiap tahun",
                   "patch the software regularly and test it for security holes every year"),
        .unstable: ("pantau ketersediaannya dan tetapkan target waktu pemulihan",
                    "monitor its availability and set a time-to-restore target"),
        .unconnected: ("petakan titik tanpa sinyal dan dahulukan yang melayani warga terbanyak",
                       "map the places without signal and put those serving most people first"),
        .reluctant: ("beri pendamping tetap yang membantu langsung di tempat kerja",
                     "give them a named mentor who helps at their desks"),
        .unskilled: ("mulai dari praktik langsung, lalu uji dengan sertifikasi",
                     "start with hands-on practice, then test it with certification"),
        .turnover: ("tulis panduan kerjanya dan siapkan pengganti sebelum mutasi",
                    "write the work down and prepare successors before transfers"),
        .slow: ("tetapkan batas waktu tiap tahap dan pantau tiap bulan",
                "set a deadline for each stage and check it every month"),
        .unused: ("tetapkan target pemakaian dan laporkan capaiannya tiap triwulan",
                  "set usage targets and report them every quarter"),
        .small: ("hitung kebutuhannya dan ajukan dalam RKA tahun depan",
                 "cost what is needed and put it in next year's budget request"),
        .low: ("tetapkan target tahunan dan ukur capaiannya tiap triwulan",
               "set a yearly target and measure it every quarter"),
        .understaffed: ("isi lewat formasi ASN atau PPPK dan latih pegawai yang ada",
                        "fill posts through civil-service or PPPK hiring and train current staff"),
        .absent: ("tetapkan penanggung jawab dan tenggat penyelesaiannya",
                  "name an owner and a deadline for it"),
        .undone: ("tetapkan penanggung jawab dan tenggat, lalu laporkan kemajuannya tiap bulan",
                  "name an owner and a deadline, then report progress every month"),
    ]

    /// A missing document is drafted with those who will work by it and adopted by the leadership.
    static let absentDocumentMeans = (id: "susun drafnya bersama unit terkait, lalu tetapkan dengan keputusan pimpinan",
                                      en: "draft it with the units concerned, then have the leadership adopt it")

    /// Each kind of fault with the words that name it and the repair it asks for, in the order they are looked for:
    /// the first that the predicate names is the repair.
    static let faults: [(kind: Kind, id: Set<String>, en: Set<String>, verbs: (id: String, en: String))] = [
        (.paper, ["manual", "kertas", "excel", "karcis", "hardcopy", "tunai", "fisik"],
         ["manual", "manually", "paper", "paper-based", "spreadsheets", "cash"], ("Digitalkan", "Digitise")),
        (.separate, ["terpisah", "terpisah-pisah", "terintegrasi", "integrasi", "terhubung", "tersambung", "link",
                     "bridging", "standalone", "sendiri-sendiri", "interoperable"],
         ["separate", "siloed", "standalone", "stand-alone", "integrated", "linked", "connected"],
         ("Integrasikan", "Integrate")),
        (.inconsistent, ["beda", "berbeda", "sinkron", "selaras", "seragam"],
         ["inconsistent", "mismatched", "differ", "conflicting"], ("Selaraskan", "Align")),
        (.uneven, ["timpang", "merata"], ["uneven", "unevenly"], ("Ratakan", "Even out")),
        (.outdated, ["mutakhir", "outdated", "update", "di-update", "diperbarui", "ganda"],
         ["outdated", "out-of-date", "stale", "duplicated", "updated"], ("Mutakhirkan", "Update")),
        (.worn, ["tua", "rusak", "usang", "lawas"], ["old", "ageing", "aging", "obsolete", "broken"],
         ("Remajakan", "Replace")),
        (.unbacked, ["backup", "cadangan"], ["backup", "backups", "backed"], ("Cadangkan", "Back up")),
        (.exposed, ["rawan", "bocor", "rentan", "unpatched"], ["vulnerable", "unpatched", "exposed", "leaking"],
         ("Amankan", "Secure")),
        (.unstable, ["offline", "putus", "error", "down", "mati"], ["offline", "unstable", "unreliable", "down"],
         ("Stabilkan", "Stabilise")),
        (.unconnected, ["blank"], ["unconnected"], ("Sambungkan", "Connect")),
        (.reluctant, ["enggan", "malas", "takut", "ragu", "segan", "gaptek"],
         ["reluctant", "resist", "resists", "afraid", "wary"], ("Dampingi", "Coach")),
        // People who do not yet master a skill ("auditor belum mahir audit TI", "walidata blm paham metadata").
        (.unskilled, ["mahir", "paham", "menguasai", "terampil", "kompeten", "terlatih"],
         ["untrained", "unskilled"], ("Latih", "Train")),
        (.turnover, ["ganti", "diganti", "berganti", "mutasi", "dimutasi", "pindah", "keluar", "resign"],
         ["turnover", "leave", "leaves", "transferred", "quit"], ("Kurangi pergantian", "Reduce turnover of")),
        (.slow, ["lambat", "terlambat", "mepet"], ["slow", "late", "delayed"], ("Percepat", "Speed up")),
        (.unused, ["optimal", "maksimal"], ["underused", "underutilised", "underutilized"],
         ("Optimalkan", "Make full use of")),
        (.small, ["kecil"], ["small"], ("Tambah", "Increase")),
        (.low, ["rendah", "lemah", "buruk", "menurun"], ["low", "weak", "poor", "declining", "falling"],
         ("Tingkatkan", "Improve")),
        (.short, ["kurang", "terbatas", "minim", "hanya", "sedikit"],
         ["few", "only", "limited", "scarce", "insufficient", "understaffed", "short"], ("Perkuat", "Strengthen")),
    ]

    /// Markers of absence that say something is there but falls short ("belum maksimalnya", "kurangnya", "lack of"
    /// is absent): the repair of that kind of fault, not "Siapkan" (put in place).
    static let absences: [(kind: Kind, words: [String])] = [
        (.unused, ["optimal", "maksimal"]), (.low, ["tinggi"]), (.short, ["kurang", "minim", "terbatas", "lack"]),
    ]

    /// English words that open a predicate after the subject.
    static let englishOpeners: Set<String> = [
        "is", "are", "was", "were", "has", "have", "lacks", "lack", "not", "still", "remain", "remains", "keep",
        "keeps",
    ]

    /// Words of quantity a subject loses before its verb ("banyak SD", "many clerks").
    static let quantityWords: Set<String> = [
        "banyak", "beberapa", "sebagian", "separuh", "semua", "many", "most", "some", "half", "all",
    ]

    /// Whether the repair can be done to the object: people are coached or strengthened, not digitised or
    /// replaced; an office ("DPMD", "Diskominfo") is no object to repair. The head noun decides
    /// ("aplikasi kepegawaian guru" is an application): the first word in Indonesian, the last in English.
    static func isFitting(_ kind: Kind, _ object: [String], _ language: Language) -> Bool {
        guard let head = (language == .id ? object.first : object.last)?.lowercased() else { return false }
        // "input ganda" is double entry, not a record to update: what it asks for is integration, which the label
        // does not name.
        if offices.contains(head) || ["input", "entri", "entry"].contains(head) { return false }
        // Turnover is of people only; "kecil" says a budget or a capacity is small, not "pulau-pulau kecil".
        if kind == .small { return budgetHeads.union(capacityHeads).contains(head) }
        return isPeople(head, language) ? [.reluctant, .unskilled, .short, .turnover].contains(kind)
            : ![.turnover, .unskilled].contains(kind)
    }

    /// Offices a weakness may name as its subject ("DPMD hanya punya 1 staf"): what is wrong is in the office, not
    /// the office itself.
    static let offices: Set<String> = [
        "diskominfo", "dinas", "badan", "opd", "bappeda", "bapenda", "bpkad", "bkpsdm", "bkd", "dpmd", "dpmptsp",
        "disdukcapil", "dukcapil", "dinkes", "disdik", "dinsos", "dishub", "dlh", "bpbd", "inspektorat", "setwan",
        "setda", "sekretariat", "kecamatan", "kelurahan", "pemda", "pemkab", "pemkot", "pemprov", "agency", "office",
        "department", "ministry",
    ]

    /// People a weakness may name besides the staff kinds of `ItemObject`.
    static let people: Set<String> = [
        "dokter", "nakes", "fiskus", "walidata", "produsen", "warga", "masyarakat", "pejabat", "pimpinan", "kepala",
        "pengguna", "doctors", "citizens", "residents", "officials", "managers", "users", "heads",
    ]
}
