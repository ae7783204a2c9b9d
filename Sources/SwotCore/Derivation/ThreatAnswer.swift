/// What a strength does against a threat, read from the threat's own words: an attack or a fraud is fended off, a
/// group that resists is calmed, a deadline or a mandate is met, a policy that keeps changing is kept up with, a
/// rival is competed with, a programme bent to favour some is guarded, a change of leaders is carried through, a
/// surge of applications is absorbed, public criticism is answered; any other threat (a budget cut, a disaster, low
/// literacy) has its impact softened. An ST strategy of one strength and one threat
/// whose move's action shares no word with either item says it in place of that action, in the form of
/// `research/strategy-writing.md`: "Gunakan posko pengaduan bansos (S5) untuk menjawab bansos salah sasaran yang
/// viral (T2).".
public enum ThreatAnswer {
    /// A kind of threat: the words that name it, the verb that answers it and, where one step answers every threat of
    /// the kind, that step (see `OpportunityUse.Kind.step`).
    struct Kind {
        var name: Name
        var words: Set<String>
        var verbs: (id: String, en: String)
        var step: (id: String, en: String)?
        /// A change that may be of the regional head, whose step then is `leaderStep`.
        var mayBeLeaders = false
    }

    /// What a threat is: a kind of `kinds`, and besides them a change of regional head and a budget cut.
    enum Name {
        case theft, cyber, scam, leak, resistance, deadline, ruleChange, staffPoaching, competition, politicisation
        case staffTurnover, surge, media, vendor, disaster, literacy, evasion, newLeaders, budget
    }

    /// The threat's kind, as `step` reads it; nil for a regulation, a body and a threat whose words name no kind.
    static func name(of text: String, label: String? = nil) -> Name? {
        switch label.flatMap(OpportunityUse.Head.of) {
        case .regulation?, .body?, .agency?: return nil
        case .platform?, .data?, .plan?, nil: break
        }
        var words = Set(OpportunityUse.wordsOf(text))
        // "Banyak perantau tdk lapor pindah": residents who do not report are met like those who do not pay.
        if text.lowercased().range(of: #"\b(tidak|tdk|tak|belum|blm|enggan) (lapor|melapor)"#,
                                   options: .regularExpression) != nil {
            words.insert("mangkir")
        }
        words = withoutElectionAsDate(words)
        // "Lonjakan permohonan menjelang PPDB": a surge of those the agency serves, not of dengue cases.
        if !words.isDisjoint(with: surgeWords), !words.isDisjoint(with: demandWords) {
            words.insert("lonjakan-layanan")
        }
        // "Tekanan & intervensi politik": interference, not a health or nutrition intervention.
        if words.contains("intervensi"), words.contains("politik") { words.insert("politisasi") }
        // "Storage media" are no press.
        if words.contains("storage") || words.contains("penyimpanan") { words.remove("media") }
        let kind = kinds.first { !$0.words.isDisjoint(with: words) }
        let cut = !budgetWords.isDisjoint(with: words)
        // A budget cut outweighs the disaster work it takes money from ("pra-bencana kalah prioritas").
        guard let kind, !(kind.name == .disaster && cut) else { return cut ? .budget : nil }
        return kind.mayBeLeaders && !leaderWords.isDisjoint(with: words) ? .newLeaders : kind.name
    }

    /// The kinds of threat in the order they are looked for.
    static let kinds: [Kind] = [
        // Physical theft and vandalism: no one step answers them.
        Kind(name: .theft, words: ["pencurian", "theft", "vandalisme", "vandalism"], verbs: ("menangkal", "fend off"),
             step: nil),
        Kind(name: .cyber,
             words: ["serangan", "ransomware", "malware", "peretasan", "diretas", "retas", "hacker", "injeksi",
                     "deface", "judi", "attack", "attacks", "hacking"],
             verbs: ("menangkal", "fend off"),
             step: ("siapkan tim tanggap insiden, SOP dan cadangan data yang diuji",
                    "set up an incident team, a procedure and tested backups")),
        Kind(name: .scam,
             words: ["phishing", "penipuan", "calo", "pungli", "fraud", "scam", "scams", "hoaks", "hoax", "korupsi",
                     "ilegal", "illegal", "sindikat", "palsu", "fake"],
             verbs: ("menangkal", "fend off"),
             step: ("buka kanal aduan resmi dan tanggapi setiap laporan dengan cepat",
                    "open an official reporting channel and answer every report fast")),
        Kind(name: .leak, words: ["kebocoran", "bocor", "leak", "leaks", "breach"],
             verbs: ("menangkal", "fend off"),
             step: ("batasi hak akses data pribadi dan catat setiap pemakaiannya",
                    "limit who can reach personal data and log every use")),
        Kind(name: .resistance,
             words: ["menolak", "penolakan", "tolak", "resist", "resists", "resistance", "oppose", "opposes"],
             verbs: ("meredam", "defuse"),
             step: ("libatkan mereka sejak awal lewat sosialisasi dan uji coba bersama",
                    "involve them early through briefings and a joint trial")),
        Kind(name: .deadline,
             words: ["wajib", "mewajibkan", "tenggat", "deadline", "mandatory", "requires", "require"],
             verbs: ("memenuhi", "meet"),
             step: ("petakan kekurangannya dan tetapkan jadwal pemenuhan sebelum tenggat",
                    "map the gaps and set a schedule that meets the deadline")),
        Kind(name: .ruleChange, words: ["berubah", "perubahan", "ubah", "changes", "changing", "change"],
             verbs: ("mengikuti", "keep up with"),
             step: ("tunjuk pemantau perubahan aturan dan tinjau rencana tiap tahun",
                    "name someone to track rule changes and review the plan yearly"),
             mayBeLeaders: true),
        // Rivals for staff and rivals for users want different steps: staff are kept with a career and pay.
        Kind(name: .staffPoaching,
             words: ["gaji", "salaries", "salary", "dipertahankan", "resign", "poached", "poaching"],
             verbs: ("menghadapi", "counter"), step: nil),
        Kind(name: .competition,
             words: ["swasta", "bersaing", "pesaing", "private", "competitor", "competitors", "agresif"],
             verbs: ("bersaing dengan", "compete with"), step: nil),
        // A programme bent to favour some (a bansos list with names slipped in): fixed criteria and open results.
        Kind(name: .politicisation,
             words: ["politisasi", "dipolitisasi", "titipan", "politicised", "politicized", "politicisation",
                     "politicization", "interference"],
             verbs: ("menangkal", "fend off"),
             step: ("tetapkan kriterianya secara tertulis, putuskan dari data dan umumkan hasilnya",
                    "set written criteria, decide from the data and publish the results")),
        // A new regional head and transferred staff want different steps: `leaderStep`, `staffStep`.
        Kind(name: .staffTurnover,
             words: ["pilkada", "pemilu", "pergantian", "mutasi", "dimutasi", "rotasi", "election", "elections",
                     "turnover", "reshuffle"],
             verbs: ("menjaga program melewati", "carry the programme through"), step: staffStep,
             mayBeLeaders: true),
        Kind(name: .surge, words: ["lonjakan-layanan"], verbs: ("menampung", "absorb"),
             step: ("buka layanan daring dan antrean terjadwal untuk masa puncak",
                    "open online applications and booked slots for the peak")),
        Kind(name: .media, words: ["viral", "medsos", "sorotan", "disorot", "soroti", "criticism", "media"],
             verbs: bodyVerbs,
             step: ("siapkan juru bicara dan rilis capaian secara rutin",
                    "name a spokesperson and publish results regularly")),
        // A vendor's hold, a disaster and residents not used to digital services: only a strength says the step.
        // A vendor as such may be a partner: its hold on the agency is what threatens.
        Kind(name: .vendor,
             words: ["lock", "ketergantungan", "bergantung", "dependence", "dependency", "stopped", "berhenti"],
             verbs: ("menghadapi", "counter"), step: nil),
        Kind(name: .disaster,
             words: ["bencana", "banjir", "longsor", "gempa", "tsunami", "likuifaksi", "kebakaran", "rob", "abrasi",
                     "cuaca", "erupsi", "sesar", "disaster", "disasters", "flood", "flooding", "floods", "earthquake",
                     "earthquakes", "wildfire", "storm"],
             verbs: softening, step: nil),
        Kind(name: .literacy, words: ["literasi", "gaptek", "lansia", "literacy", "elderly"],
             verbs: ("menghadapi", "counter"), step: nil),
        // Residents who do not pay or report what they owe: a channel or data reaches them, no one step does.
        Kind(name: .evasion, words: ["enggan", "tunggakan", "menunggak", "mangkir", "arrears", "evasion"],
             verbs: ("menghadapi", "counter"), step: nil),
    ]

    /// The verb for any other threat.
    static let softening = (id: "meredam dampak", en: "soften the impact of")

    /// The verb for a threat written `text`, in `language`. What the threat's `label` opens with comes first: a
    /// regulation is met ("UU PDP 27/2022 berlaku penuh", whatever its text says of leaks), a body's scrutiny answered
    /// ("KPK via MCSP yang menyoroti pokir", never fended off).
    public static func verb(for text: String, label: String? = nil, language: Language) -> String {
        let verbs: (id: String, en: String)
        switch label.flatMap(OpportunityUse.Head.of) {
        case .regulation?: verbs = regulationVerbs
        case .body?, .agency?: verbs = bodyVerbs
        case .platform?, .data?, .plan?, nil:
            // A change of regional head is carried through, whatever other change its words name.
            let name = name(of: text, label: label).map { $0 == .newLeaders ? .staffTurnover : $0 }
            verbs = kinds.first { $0.name == name }?.verbs ?? softening
        }
        return language == .id ? verbs.id : verbs.en
    }

    /// The step that answers a threat written `text`, after the sentence's colon, in `language`; nil where no one
    /// step answers every threat of its kind (a rival, a body's scrutiny, most threats whose impact is softened).
    /// A regulation is complied with; a budget cut is met by protecting core services.
    public static func step(for text: String, label: String? = nil, language: Language) -> String? {
        let step: (id: String, en: String)?
        if label.flatMap(OpportunityUse.Head.of) == .regulation {
            step = regulationStep
        } else {
            switch name(of: text, label: label) {
            case .newLeaders?: step = leaderStep
            case .budget?: step = budgetStep
            case let name?: step = kinds.first { $0.name == name }?.step
            case nil: step = nil
            }
        }
        return step.map { language == .id ? $0.id : $0.en }
    }

    /// A new regional head is met by anchoring the programme in regulation and the medium-term plan.
    static let leaderStep = (id: "kukuhkan programnya dalam Perkada dan RPJMD",
                             en: "anchor the programme in a regional regulation and the medium-term plan")
    /// Transferred staff are met by written know-how and successors.
    static let staffStep = (id: "dokumentasikan pengetahuannya dan siapkan kader pengganti",
                            en: "write the know-how down and train successors")

    static let leaderWords: Set<String> = [
        "pilkada", "pemilu", "bupati", "walikota", "wali", "gubernur", "kepala", "kada", "pimpinan", "election",
        "elections", "mayor", "regent", "governor", "head", "leadership",
    ]
    static let electionWords: Set<String> = ["pilkada", "pemilu", "election", "elections"]
    static let surgeWords: Set<String> = ["lonjakan", "melonjak", "membludak", "surge", "surges", "spike", "spikes"]
    /// Those an agency serves and what they ask of it, whose surge is met by opening more service.
    static let demandWords: Set<String> = [
        "permohonan", "pemohon", "pengajuan", "antrean", "antrian", "pengunjung", "pendaftar", "pendaftaran",
        "pengguna", "pelanggan", "requests", "applications", "applicants", "visitors", "users", "demand",
    ]
    static let aheadWords: Set<String> = ["menjelang", "jelang", "ahead", "before"]
    /// Words that make an election a change of office. Not "baru" alone: "PPDB (penerimaan siswa baru)".
    static let changeWords: Set<String> = [
        "pergantian", "ganti", "berganti", "pasca", "setelah", "hasil", "mutasi", "terpilih", "dilantik", "lantik",
        "new", "after", "change", "incoming", "elected",
    ]

    /// Words (or stems) of a threat without its election when the election is only a date: "lonjakan permohonan
    /// menjelang pemilu" or "jelang Pilkada bansos rawan dipolitisasi" change no one, so neither the step for new
    /// leaders nor a move that asks for a change of office (`StrategyFit.offered`) meets them.
    static func withoutElectionAsDate(_ words: Set<String>) -> Set<String> {
        guard !words.isDisjoint(with: aheadWords), words.isDisjoint(with: changeWords) else { return words }
        return words.subtracting(electionWords)
    }
    static let budgetWords: Set<String> = [
        "anggaran", "efisiensi", "pemotongan", "pemangkasan", "dipangkas", "dipotong", "tkd", "apbd", "dana",
        "budget", "budgets", "cut", "cuts", "austerity",
    ]
    static let regulationStep = (id: "audit kepatuhan dan tutup celahnya sesuai tenggat",
                                 en: "audit compliance and close the gaps on schedule")
    static let budgetStep = (id: "dahulukan layanan inti dan cari sumber dana lain",
                             en: "protect core services first and seek other funding")

    static let regulationVerbs = (id: "memenuhi", en: "comply with")
    static let bodyVerbs = (id: "menjawab", en: "answer")
}
