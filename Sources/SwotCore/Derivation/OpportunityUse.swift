/// What a strength does with an opportunity, read from the opportunity's own words: a mandate is met, funds are
/// secured, a partner is worked with, a programme is joined, a regulation is applied, a platform is adopted. An SO
/// strategy of one strength and one opportunity says it in place of a move's action, in the form of
/// `research/strategy-writing.md`: "Gunakan puskesmas yang sudah memakai SIMPUS (S1) untuk memenuhi SATUSEHAT
/// Platform wajib nasional (O1).".
///
/// A blind reading of 30 SO strategies of the tuning and fresh cases judged the move's action wrong for its items 23
/// times (usable after a light edit 3) and this sentence wrong 2 times (never usable as written: it says no means);
/// the reader preferred this 23 times to 6. See `WeaknessRepair` for the same reading of WO and WT. Without a kind
/// its words name, the strategy keeps the move's action.
public enum OpportunityUse {
    /// The kinds of opportunity by the words that name them, in the order they are looked for, with the verb that
    /// seizes each.
    static let kinds: [(words: Set<String>, verbs: (id: String, en: String))] = [
        (["wajib", "mewajibkan", "wajibkan", "diwajibkan", "kewajiban", "mandatory", "requires", "require",
          "mandates"], ("memenuhi", "meet")),
        (["dak", "hibah", "dana", "insentif", "grant", "grants", "csr", "beasiswa", "funding", "loan", "pendanaan",
          "bantuan"], ("mendapatkan", "secure")),
        (["universitas", "univ", "kampus", "politeknik", "poltek", "bank", "mitra", "swasta", "startup", "komunitas",
          "university", "campus", "partner", "perguruan", "operator", "telco", "marketplace"],
         ("bekerja sama dengan", "partner with")),
        (["program", "bimtek", "pelatihan", "pendampingan", "kurasi", "onboarding", "training", "programme",
          "coaching", "mooc", "lomba", "penghargaan", "kompetisi"], ("mengikuti", "join")),
        (["perpres", "permen", "permendagri", "permenkes", "pp", "uu", "inpres", "kebijakan", "regulasi", "policy",
          "regulation", "law", "pergub", "perbup"], ("menerapkan", "apply")),
        (["platform", "api", "splp", "portal", "pdns", "pdn", "cloud", "aplikasi", "satusehat", "srikandi",
          "dashboard", "sistem", "layanan", "data"], ("mengadopsi", "adopt")),
    ]

    /// The verb for an opportunity written `text`, in `language`; nil when its words name none of the kinds.
    /// A mandate is met whoever sets it. Otherwise what the opportunity's `label` opens with says what it is, however
    /// the rest of the text reads: a body or partner is worked with ("Diskominfo kabupaten punya tim enterprise
    /// architect", "Bank Indonesia dorong QRIS", not adopted or secured), a regulation is applied ("Permendes PDTT",
    /// whose text speaks of village funds). A blind reading found those verbs wrong for such labels.
    public static func verb(for text: String, label: String? = nil, language: Language) -> String? {
        let words = Set(wordsOf(text))
        let say = { (verbs: (id: String, en: String)) in language == .id ? verbs.id : verbs.en }
        if let mandate = kinds.first, !mandate.words.isDisjoint(with: words) { return say(mandate.verbs) }
        switch label.flatMap(Head.of) {
        case .regulation?: return say(regulationVerbs)
        case .body?: return say(partnerVerbs)
        case nil: return kinds.first { !$0.words.isDisjoint(with: words) }.map { say($0.verbs) }
        }
    }

    /// What an external item's label opens with, when that says what the item is: a body (an agency, a partner, a
    /// firm) or a regulation. `ThreatAnswer` reads it too.
    enum Head {
        case body, regulation

        static func of(_ label: String) -> Head? {
            guard let head = wordsOf(label).first(where: { !["the", "a", "an"].contains($0) }) else { return nil }
            if regulationHeads.contains(head) || head.hasPrefix("permen") { return .regulation }
            let ministry = head.hasPrefix(CueDetector.ministryPrefix) && !CueDetector.notMinistries.contains(head)
            return partnerHeads.contains(head) || ministry ? .body : nil
        }
    }

    static func wordsOf(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    static let partnerVerbs = (id: "bekerja sama dengan", en: "partner with")
    static let regulationVerbs = (id: "menerapkan", en: "apply")

    /// First words of an opportunity that is a body or a partner: agencies, banks, campuses, firms, communities.
    static let partnerHeads: Set<String> = [
        "diskominfo", "dinas", "badan", "balai", "bappeda", "bapenda", "bpkad", "bps", "bpk", "bpkp", "bssn", "bkn",
        "lkpp", "anri", "bakti", "komdigi", "kominfo", "pemprov", "pemkot", "pemkab", "bank", "bi", "ojk", "bpjs",
        "pln", "telkom", "telkomsel", "telco", "telcos", "operator", "operators", "provider", "providers", "vendor",
        "vendors", "universitas", "univ", "university", "universities", "kampus", "campus", "politeknik", "poltek",
        "perguruan", "startup", "startups", "komunitas", "community", "asosiasi", "association", "forum", "ota",
        "marketplace", "shopee", "tokopedia", "gojek", "grab", "google", "microsoft", "bumn", "bumd", "lsm", "ngo",
        "donor", "donors", "unicef", "usaid", "ditjen", "dirjen", "pusdatin", "polres", "polda", "polri",
        "kejaksaan", "kpk", "ombudsman", "bmkg", "bnpb", "bpbd", "dishub", "dukcapil", "disdukcapil", "perpusnas",
        "apdesi", "swasta",
    ]

    /// First words of an opportunity that is a regulation (and any "permen…").
    static let regulationHeads: Set<String> = [
        "perpres", "pp", "uu", "inpres", "keppres", "kepmen", "perda", "pergub", "perbup", "perwal", "se",
        "regulation", "law",
    ]
}
