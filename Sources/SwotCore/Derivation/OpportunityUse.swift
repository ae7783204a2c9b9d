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
    public static func verb(for text: String, language: Language) -> String? {
        let words = Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
        return kinds.first { !$0.words.isDisjoint(with: words) }.map { language == .id ? $0.verbs.id : $0.verbs.en }
    }
}
