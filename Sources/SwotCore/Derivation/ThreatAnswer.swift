/// What a strength does against a threat, read from the threat's own words: an attack or a fraud is fended off, a
/// group that resists is calmed, a deadline or a mandate is met, a policy that keeps changing is kept up with, a
/// rival is competed with, a change of leaders is carried through, public criticism is answered; any other threat
/// (a budget cut, a disaster, low literacy) has its impact softened. An ST strategy of one strength and one threat
/// whose move's action shares no word with either item says it in place of that action, in the form of
/// `research/strategy-writing.md`: "Gunakan posko pengaduan bansos (S5) untuk menjawab bansos salah sasaran yang
/// viral (T2).".
public enum ThreatAnswer {
    /// The kinds of threat by the words that name them, in the order they are looked for, with the verb that
    /// answers each.
    static let kinds: [(words: Set<String>, verbs: (id: String, en: String))] = [
        (["serangan", "ransomware", "malware", "peretasan", "diretas", "retas", "hacker", "phishing", "penipuan",
          "calo", "pungli", "judi", "injeksi", "deface", "fraud", "scam", "scams", "attack", "attacks", "hacking",
          "breach", "kebocoran", "bocor", "leak", "leaks", "hoaks", "hoax", "pencurian", "theft", "korupsi"],
         ("menangkal", "fend off")),
        (["menolak", "penolakan", "tolak", "resist", "resists", "resistance", "oppose", "opposes"],
         ("meredam", "defuse")),
        (["wajib", "mewajibkan", "tenggat", "deadline", "mandatory", "requires", "require"], ("memenuhi", "meet")),
        (["berubah", "perubahan", "ubah", "changes", "changing", "change"], ("mengikuti", "keep up with")),
        (["swasta", "bersaing", "pesaing", "gaji", "salaries", "salary", "private", "competitor", "competitors"],
         ("bersaing dengan", "compete with")),
        (["pilkada", "pemilu", "pergantian", "mutasi", "election", "elections", "turnover", "reshuffle"],
         ("menjaga program melewati", "carry the programme through")),
        (["viral", "medsos", "sorotan", "disorot", "soroti", "criticism", "media"], bodyVerbs),
    ]

    /// The verb for any other threat.
    static let softening = (id: "meredam dampak", en: "soften the impact of")

    /// The verb for a threat written `text`, in `language`. What the threat's `label` opens with comes first: a
    /// regulation is met ("UU PDP 27/2022 berlaku penuh", whatever its text says of leaks), a body's scrutiny answered
    /// ("KPK via MCSP yang menyoroti pokir", never fended off).
    public static func verb(for text: String, label: String? = nil, language: Language) -> String {
        let words = Set(OpportunityUse.wordsOf(text))
        let verbs: (id: String, en: String)
        switch label.flatMap(OpportunityUse.Head.of) {
        case .regulation?: verbs = regulationVerbs
        case .body?: verbs = bodyVerbs
        case .platform?, .data?, .plan?, nil:
            verbs = kinds.first { !$0.words.isDisjoint(with: words) }?.verbs ?? softening
        }
        return language == .id ? verbs.id : verbs.en
    }

    static let regulationVerbs = (id: "memenuhi", en: "comply with")
    static let bodyVerbs = (id: "menjawab", en: "answer")
}
