/// What a strength does with an opportunity, read from the opportunity's own words: a mandate is met, funds are
/// secured, a partner is worked with, a programme is joined, a regulation is applied, a platform is adopted, data is
/// analysed, a plan being drawn up is shaped. An SO
/// strategy of one strength and one opportunity says it in place of a move's action, in the form of
/// `research/strategy-writing.md`: "Gunakan puskesmas yang sudah memakai SIMPUS (S1) untuk memenuhi SATUSEHAT
/// Platform wajib nasional (O1).".
///
/// A blind reading of 30 SO strategies of the tuning and fresh cases judged the move's action wrong for its items 23
/// times (usable after a light edit 3) and this sentence wrong 2 times (never usable as written: it says no means);
/// the reader preferred this 23 times to 6. See `WeaknessRepair` for the same reading of WO and WT. Without a kind
/// its words name, the strategy keeps the move's action.
public enum OpportunityUse {
    /// What an opportunity is, as far as a strategy's sentence goes.
    enum Kind: CaseIterable {
        case mandate, funds, partner, programme, regulation, platform, data, plan
        /// A government body (a ministry, an agency, another regional office): a partner that supports rather than
        /// signs a contract. Known only from a label's head (`Head.agency`).
        case agency

        /// The words that name each kind; `kind(of:label:)` looks for them in this order.
        var words: Set<String> {
            switch self {
            case .mandate:
                ["wajib", "mewajibkan", "wajibkan", "diwajibkan", "kewajiban", "mandatory", "requires", "require",
                 "mandates"]
            case .funds:
                ["dak", "dbh", "hibah", "dana", "insentif", "grant", "grants", "csr", "beasiswa", "funding", "loan",
                 "pendanaan", "bantuan"]
            case .partner:
                ["universitas", "univ", "kampus", "politeknik", "poltek", "bank", "mitra", "swasta", "startup",
                 "komunitas", "university", "campus", "partner", "perguruan", "operator", "telco", "marketplace",
                 "fakultas", "faculty", "faculties"]
            case .programme:
                ["program", "bimtek", "pelatihan", "pendampingan", "kurasi", "onboarding", "training", "programme",
                 "coaching", "mooc", "lomba", "penghargaan", "kompetisi"]
            case .regulation:
                ["perpres", "permen", "permendagri", "permenkes", "pp", "uu", "inpres", "kebijakan", "regulasi",
                 "policy", "regulation", "law", "pergub", "perbup"]
            case .platform:
                ["platform", "api", "splp", "portal", "pdns", "pdn", "cloud", "aplikasi", "satusehat", "srikandi",
                 "dashboard", "sistem", "layanan", "data"]
            // Read from a label's head (`Head`; the platform's words come first otherwise): data offered as such
            // ("data e-Katalog yang bisa ditarik") is analysed, not adopted.
            case .data:
                ["data", "dataset", "datasets"]
            // A medium-term plan or Renstra being drawn up ("RPJMD 2025-2029 baru").
            case .plan:
                ["rpjmd", "rpjpd", "rpjmn", "renstra", "rkpd", "renja"]
            case .agency: []
            }
        }

        /// The verb with which a strength seizes it (SO): "Gunakan … untuk memenuhi …".
        var verbs: (id: String, en: String) {
            switch self {
            case .mandate: ("memenuhi", "meet")
            case .funds: ("mendapatkan", "secure")
            case .partner, .agency: ("bekerja sama dengan", "partner with")
            case .programme: ("mengikuti", "join")
            case .regulation: ("menerapkan", "apply")
            case .platform: ("mengadopsi", "adopt")
            case .data: ("mengolah", "analyse")
            case .plan: ("mengawal", "shape")
            }
        }

        /// The step that says how, after the sentence's colon: a strategy of the repair or the verb alone says what
        /// is done but not through what, and a strict blind reading of 72 such default strategies judged 68 of them
        /// to need rewriting for that. Each step is what a region does with that kind of opportunity whatever the
        /// items: a partnership is written down, a grant applied for, a platform piloted.
        var step: (id: String, en: String) {
            switch self {
            case .mandate: ("tetapkan rencana aksi pemenuhannya dengan target tahunan",
                            "set a compliance action plan with yearly targets")
            case .funds: ("ajukan proposal berisi rincian kebutuhan dan target capaian",
                          "apply with a proposal that costs the needs and sets targets")
            case .partner: ("tuangkan dalam PKS berisi kegiatan, target dan jadwal",
                            "set out activities, targets and a timeline in a signed agreement")
            case .agency: ("minta pendampingan teknisnya dan sepakati jadwal kerja bersama",
                           "ask for their technical support and agree a joint work schedule")
            case .programme: ("ajukan usulan keikutsertaan dan tunjuk penanggung jawabnya",
                              "apply to take part and name who leads it")
            case .regulation: ("tuangkan ketentuannya ke dalam SOP, spesifikasi dan jadwal kerja",
                               "write its provisions into procedures, specifications and a work schedule")
            case .platform: ("mulai dari satu layanan percontohan, lalu perluas bertahap",
                             "start with one pilot service, then widen in stages")
            case .data: ("sajikan hasil olahannya kepada pimpinan secara berkala",
                         "report what the data shows to leaders on a fixed schedule")
            case .plan: ("pastikan program dan indikatornya masuk sebelum dokumen itu ditetapkan",
                         "make sure its programmes and indicators are in before the plan is adopted")
            }
        }

        /// The words by which a weakness's repair draws on it (WO), where they say more than the form's "dengan
        /// memanfaatkan": "Perkuat staf IT (W5) bersama Universitas Tadulako (O2)", "Siapkan arsitektur SPBE (W4)
        /// sesuai Perpres 132/2022 (O1)".
        var links: (id: String, en: String)? {
            switch self {
            case .mandate: ("untuk memenuhi", "to meet")
            case .funds, .data: nil
            case .partner, .agency: ("bersama", "together with")
            case .programme, .platform: ("lewat", "through")
            case .regulation: ("sesuai", "in line with")
            case .plan: ("dalam", "in")
            }
        }
    }

    /// What an opportunity written `text` is; nil when its words name none of the kinds. A mandate is met whoever
    /// of the government sets it; a partner that requires something of its own people ("kampus mitra yang mewajibkan
    /// KKN tematik") is worked with, not met. Otherwise what the opportunity's `label` opens with says what it is,
    /// however the rest of the text reads: a body or partner ("Diskominfo kabupaten punya tim enterprise architect",
    /// "Bank Indonesia dorong QRIS"), a regulation ("Permendes PDTT", whose text speaks of village funds). A blind
    /// reading found the verbs of the text's other words wrong for such labels.
    static func kind(of text: String, label: String?) -> Kind? {
        let words = Set(wordsOf(text))
        let head = label.flatMap(Head.of)
        if !Kind.mandate.words.isDisjoint(with: words) { return head == .body ? .partner : .mandate }
        switch head {
        case .regulation?: return .regulation
        case .body?: return .partner
        case .agency?: return .agency
        case .platform?: return .platform
        case .data?: return .data
        case .plan?: return .plan
        case nil: return Kind.allCases.first { !$0.words.isDisjoint(with: words) }
        }
    }

    /// The verb for an opportunity (`kind(of:label:)`), in `language`; nil when its words name no kind.
    /// Village funds are steered, not secured: the villages allocate them.
    public static func verb(for text: String, label: String? = nil, language: Language) -> String? {
        let kind = kind(of: text, label: label)
        if kind == .funds, isVillageFunds(wordsOf(text)) { return language == .id ? "mengarahkan" : "steer" }
        return kind.map { language == .id ? $0.verbs.id : $0.verbs.en }
    }

    /// The step for an opportunity (`kind(of:label:)`, `Kind.step`), in `language`; nil when its words name no kind,
    /// and for village funds, which the villages allocate themselves (a blind reader: no proposal goes to them).
    /// A government body that offers support (guidance, training, assessors) is asked for it; one that offers
    /// something else (hosting, towers, camera feeds) is agreed with on who does what.
    public static func step(for text: String, label: String? = nil, language: Language) -> String? {
        let words = wordsOf(text)
        let step: (id: String, en: String)?
        switch kind(of: text, label: label) {
        case .funds? where isVillageFunds(words): step = nil
        case .agency? where supportWords.isDisjoint(with: words): step = sharedWorkStep
        case let kind?: step = kind.step
        case nil: step = nil
        }
        return step.map { language == .id ? $0.id : $0.en }
    }

    /// Whether an opportunity's words speak of village funds ("dana desa"), which the villages allocate themselves.
    static func isVillageFunds(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { $0 == ("dana", "desa") }
    }

    /// Words of the support a government body gives.
    static let supportWords: Set<String> = [
        "pendampingan", "pembinaan", "bina", "membina", "bimtek", "pelatihan", "diklat", "asesor", "pedoman",
        "template", "supervisi", "asistensi", "konsultasi", "korsupgah", "mentoring", "guidance", "training",
        "assessors", "coaching", "support", "advice", "guidelines",
    ]

    static let sharedWorkStep = (id: "sepakati pembagian peran dan jadwal kerja bersama",
                                 en: "agree who does what and a joint work schedule")

    /// Whether a step is only to agree who does what with a government body (`sharedWorkStep`), in either language.
    static func isSharedWork(_ step: String) -> Bool {
        step == sharedWorkStep.id || step == sharedWorkStep.en
    }

    /// The words by which a repair draws on an opportunity (`kind(of:label:)`), in `language`; nil when its words
    /// name no kind.
    /// Nil too for funds, which the form's "dengan memanfaatkan" already draws on: a blind reader preferred it to
    /// "dengan dana dari", which turns an award into a source of money.
    public static func link(for text: String, label: String? = nil, language: Language) -> String? {
        kind(of: text, label: label).flatMap { $0.links }.map { language == .id ? $0.id : $0.en }
    }

    /// What an external item's label opens with, when that says what the item is: a body (an agency, a partner, a
    /// firm), a regulation or a national platform. `ThreatAnswer` reads it too.
    enum Head {
        case body, agency, regulation, platform, data, plan

        static func of(_ label: String) -> Head? {
            let words = wordsOf(label).filter { !["the", "a", "an"].contains($0) }
            guard let head = words.first else { return nil }
            if regulationHeads.contains(head) || head.hasPrefix("permen") { return .regulation }
            if platformHeads.contains(head) { return .platform }
            if Kind.plan.words.contains(head) { return .plan }
            // "Data center Pemkot" is a platform, "data matching dengan BPN" an activity: neither is data as such.
            if Kind.data.words.contains(head) && !(words.dropFirst().first.map(dataCompounds.contains) ?? false) {
                return .data
            }
            let ministry = head.hasPrefix(CueDetector.ministryPrefix) && !CueDetector.notMinistries.contains(head)
            // An English name of a body ends with its noun ("national government", "local university"), which may
            // go on with what the body does ("local universities that offer interns").
            let englishBody = words.count > 1 && words.prefix(3).indices.dropFirst().contains { index in
                englishBodies.contains(words[index])
                    && (index == words.count - 1 || ["that", "who", "which"].contains(words[index + 1])
                        || LexicalData.englishVerbs.contains(words[index + 1]))
            }
            guard partnerHeads.contains(head) || ministry || englishBody else { return nil }
            let government = ministry || agencyHeads.contains(head)
                || words.prefix(3).contains { ["government", "ministry", "agency", "agencies"].contains($0) }
            return government ? .agency : .body
        }
    }

    static func wordsOf(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

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
        "apdesi", "swasta", "pemerintah", "kementerian", "government", "ministry", "agency", "firm", "firms",
        "company", "companies",
    ]

    /// The `partnerHeads` that name a government body.
    static let agencyHeads: Set<String> = [
        "diskominfo", "dinas", "badan", "balai", "bappeda", "bapenda", "bpkad", "bps", "bpk", "bpkp", "bssn", "bkn",
        "lkpp", "anri", "bakti", "komdigi", "kominfo", "pemprov", "pemkot", "pemkab", "bi", "ojk", "ditjen", "dirjen",
        "pusdatin", "polres", "polda", "polri", "kejaksaan", "kpk", "ombudsman", "bmkg", "bnpb", "bpbd", "dishub",
        "dukcapil", "disdukcapil", "perpusnas", "pemerintah", "kementerian", "government", "ministry", "agency",
    ]

    /// English nouns of bodies, which end their names ("national government", "local university").
    static let englishBodies: Set<String> = [
        "government", "ministry", "agency", "agencies", "university", "universities", "campus", "firm", "firms",
        "company", "companies", "bank", "banks", "association", "community", "provider", "providers", "operators",
        "donors", "partners",
    ]

    /// First words of an opportunity that is a national platform or service ("SPLP nasional", "PDNS").
    static let platformHeads: Set<String> = [
        "splp", "pdns", "pdn", "satusehat", "srikandi", "sipd", "siasn", "api", "platform", "portal", "inarisk",
    ]

    /// Words that make "data" before them part of another thing's name.
    static let dataCompounds: Set<String> = [
        "center", "centre", "centers", "centres", "matching", "sharing", "exchange", "warehouse", "lake",
    ]

    /// First words of an opportunity that is a regulation (and any "permen…").
    static let regulationHeads: Set<String> = [
        "perpres", "pp", "uu", "inpres", "keppres", "kepmen", "perda", "pergub", "perbup", "perwal", "se",
        "regulation", "law",
    ]
}
