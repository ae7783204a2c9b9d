/// How a strength seizes an opportunity, where both their kinds say it: a team is given the integration a platform
/// offers, data is linked to the national platform or analysed with a campus, a regulation is proof of readiness for
/// a donor, an achievement is reported against the criteria of an incentive it earns. An SO sentence of one strength
/// and one opportunity ends with it in place of the opportunity's own step (`StrategyText.closingStep`): two blind
/// readers judged none of 20 tuning SO strategies usable, most for a stock step that ignores the strength. Only
/// pairs of kinds with a step that fits both are listed; a blind A/B reading of the first table on the tuning cases
/// dropped those judged no better than the opportunity's own step (a leader "escorting" a competitive grant, an
/// application "developed" with disaster funds).
enum StrengthForOpportunity {
    /// The step for a strength labelled `strength` with an opportunity written `text` with label `label`, or nil.
    /// Village funds are the villages' to allocate, and an incentive is earned by performance, not applied for: only
    /// an achievement speaks to it.
    static func step(strength: StrategyText.Mention, opportunity text: String, label: String, language: Language)
        -> String? {
        guard let opportunity = OpportunityUse.kind(of: text, label: label), let kind = StrengthKind.of(strength)
        else { return nil }
        let words = Set(OpportunityUse.wordsOf(text))
        if opportunity == .agency {
            let sites = StrengthAgainstThreat.namesSites(strength)
            return agencyStep(kind, offer: words, sites: sites).map { language == .id ? $0.id : $0.en }
        }
        if opportunity == .funds, OpportunityUse.isVillageFunds(OpportunityUse.wordsOf(text)) {
            // Only where the funds may go to services, data or ICT: not for food security.
            guard !words.isDisjoint(with: villageServiceWords) else { return nil }
            return villageFundsSteps[kind].map { language == .id ? $0.id : $0.en }
        }
        // A partner that opens an API ("API bridging antrean") is linked to, not developed with.
        if opportunity == .partner, [.system, .channel].contains(kind), !words.isDisjoint(with: linkWords) {
            return language == .id ? partnerLink.id : partnerLink.en
        }
        guard let step = steps[kind]?[opportunity] else { return nil }
        // A national application ("SRIKANDI", "Siskeudes") is not the region's to change.
        if [.system, .channel].contains(kind), [.mandate, .regulation].contains(opportunity),
           !Set(OpportunityUse.wordsOf(strength.label.text)).isDisjoint(with: nationalApplications) { return nil }
        // Staff are enrolled in training, not in a programme for residents or for connectivity.
        if kind == .team, opportunity == .programme, words.isDisjoint(with: trainingWords) { return nil }
        if opportunity == .funds, kind != .achievement, !words.isDisjoint(with: incentiveWords) { return nil }
        return language == .id ? step.id : step.en
    }

    /// The step for a strength with what a government body builds or opens up, where the strength can take it: the
    /// service points without signal for the towers it builds, a system hosted in (or backed up to) the data centre
    /// it offers, a system or facility linked to the integration it opens, data matched with it. Nil for an offer of
    /// support without an API (`OpportunityUse.supportWords`), which the body is asked for, and for other offers,
    /// whose shared work is agreed (`OpportunityUse.sharedWorkStep`): a blind reading judged that step without a
    /// concrete step whenever the strength could have been put to the offer.
    static func agencyStep(_ kind: StrengthKind, offer words: Set<String>, sites: Bool)
        -> (id: String, en: String)? {
        // A team takes the training a body offers and passes it on ("BSSN buka capacity building CSIRT").
        if kind == .team, !words.isDisjoint(with: trainingWords) {
            return ("ikutkan mereka pada pelatihannya, lalu minta mereka melatih rekan-rekannya",
                    "enrol them in its training, then have them train their colleagues")
        }
        // An API on offer is used whatever help comes with it ("SATUSEHAT sandbox, FHIR API & pendampingan").
        guard OpportunityUse.supportWords.isDisjoint(with: words) || !words.isDisjoint(with: apiWords) else {
            return nil
        }
        // A leader meets a body that pushes a national target ("KPK lewat MCP dorong integrasi") with targets per
        // unit, and one that offers its part ("Polres & Dishub bersedia sharing feed CCTV") with a signed agreement.
        if kind == .leader {
            return words.isDisjoint(with: pushWords)
                ? ("minta pimpinan meneken kesepakatannya dan meninjau hasilnya tiap triwulan",
                   "have the leadership sign the agreement and review its results every quarter")
                : steps[.leader]?[.mandate]
        }
        if !words.isDisjoint(with: connectivityWords) {
            switch kind {
            case .facility, .channel:
                return ("usulkan titik layanannya yang belum bersinyal sebagai lokasi pembangunan",
                        "put forward its service points without signal as sites for the build")
            case .network:
                return ("petakan titik yang belum terjangkau dan usulkan sebagai lokasi pembangunan",
                        "map the places it does not reach and put them forward as sites")
            default: return nil
            }
        }
        if isHosting(words) {
            switch kind {
            case .system, .channel:
                // A data centre offered for backups takes the copies, not the live servers (a blind reader).
                return words.isDisjoint(with: backupWords)
                    ? ("pindahkan servernya ke pusat data itu dengan perjanjian layanan",
                       "host it in that data centre under a service agreement")
                    : ("simpan cadangannya di pusat data itu dan uji pemulihannya",
                       "keep its backups in that data centre and test restoring them")
            // Devices (cameras, traffic control) need its network and servers; service sites and backups do not.
            case .facility where !sites && words.isDisjoint(with: backupWords):
                return ("sambungkan ke jaringan dan server instansi itu dengan perjanjian layanan",
                        "connect it to that body's network and servers under a service agreement")
            default: return nil
            }
        }
        // Cameras a body wants for its own work (electronic ticketing) are shared, not rebuilt; a network carries
        // the body's own.
        if !words.isDisjoint(with: cameraWords) {
            if kind == .facility, !sites {
                return ("bagikan tayangan kameranya ke sistem instansi itu lewat perjanjian akses",
                        "share its camera feeds with that body's system under an access agreement")
            }
            if kind == .network {
                return ("sambungkan kamera instansi itu lewat jaringan ini dengan pembagian biaya",
                        "carry that body's cameras on this network and share the costs")
            }
        }
        // Access a body grants to its data ("hak akses data kependudukan (NIK)") is used to match records.
        if [.system, .channel, .data].contains(kind), !words.isDisjoint(with: ["akses", "access"]) {
            return ("padankan datanya dengan data instansi itu lewat hak akses yang diberikan",
                    "match its records with that body's data through the access granted")
        }
        guard !words.isDisjoint(with: linkWords) else { return nil }
        switch kind {
        case .system, .channel, .facility:
            return ("hubungkan datanya ke sistem instansi itu lewat API, mulai dari satu layanan",
                    "link its data to that body's system through an API, one service first")
        case .data:
            return ("padankan datanya dengan data instansi itu lewat perjanjian pertukaran data",
                    "match the data with that body's data under a data-sharing agreement")
        default: return nil
        }
    }

    /// How a strength steers village funds, which the villages allocate themselves: the region sets priorities and
    /// helps villages budget, it does not apply for them (the sentence says "mengarahkan", not "mendapatkan").
    static let villageFundsSteps: [StrengthKind: (id: String, en: String)] = [
        .regulation: ("jadikan dasar edaran kepala daerah tentang prioritas belanja digital desa",
                      "cite it in a circular from the regional head on villages' digital spending priorities"),
        .leader: ("minta pimpinan menerbitkan edaran prioritas belanja digital desa",
                  "have the leadership issue a circular on villages' digital spending priorities"),
        .facility: ("dorong desa menganggarkan operator dan internet bagi titik layanannya",
                    "encourage villages to budget for the operators and internet of their service points"),
        .team: ("tugaskan mereka mendampingi desa menyusun belanja digital dalam APBDes",
                "have them help villages plan digital spending in their budgets"),
    ]

    /// Words of what village funds may pay for that the region's services and data need (village funds are told by
    /// Indonesian words alone, `OpportunityUse.isVillageFunds`).
    static let villageServiceWords: Set<String> = [
        "digital", "tik", "ti", "internet", "wifi", "operator", "peralatan", "komputer", "website", "sistem",
        "aplikasi", "pendataan", "data", "layanan",
    ]

    static let partnerLink = (id: "hubungkan ke sistem mitra lewat API, mulai dari satu layanan",
                              en: "link it to the partner's system through an API, one service first")

    /// Words of towers and connections a body builds.
    static let connectivityWords: Set<String> = [
        "bts", "sinyal", "internet", "vsat", "4g", "5g", "satelit", "blank", "connectivity", "signal", "towers",
    ]

    /// Whether a body offers to host others' systems: a data centre, servers, cloud.
    static func isHosting(_ words: Set<String>) -> Bool {
        !words.isDisjoint(with: hostingWords) || words.contains("data") && !words.isDisjoint(with: ["center", "centre"])
    }

    static let hostingWords: Set<String> = ["hosting", "pdns", "server", "servers", "cloud", "colocation", "drc"]

    static let apiWords: Set<String> = ["api", "fhir"]

    /// Words of a body that pushes a target on the regions rather than offering its part.
    static let pushWords: Set<String> = ["dorong", "mendorong", "push", "pushes", "encourages", "targetkan"]

    /// Words of cameras and what they are shared for.
    static let cameraWords: Set<String> = ["cctv", "etle", "kamera", "feed", "camera", "cameras", "tilang"]

    /// Words of backups and a recovery site.
    static let backupWords: Set<String> = ["backup", "backups", "cadangan", "drc", "pemulihan", "recovery"]

    /// Words of a link a body opens to others' systems.
    static let linkWords: Set<String> = [
        "integrasi", "terintegrasi", "integrasikan", "mengintegrasikan", "diintegrasikan", "api", "dashboard",
        "dasbor", "interoperabilitas", "splp", "integration", "interoperability", "integrate",
    ]

    /// Applications the central government runs for every region.
    static let nationalApplications: Set<String> = [
        "srikandi", "siskeudes", "sipd", "siasn", "sakti", "dapodik", "siks", "sikd", "epurchasing",
    ]

    /// Words of a programme that trains staff.
    static let trainingWords: Set<String> = [
        "bimtek", "pelatihan", "diklat", "kursus", "sertifikasi", "beasiswa", "training", "course", "courses",
        "certification", "scholarship", "scholarships", "mooc", "coaching", "capacity",
    ]

    /// Words of funds awarded for performance.
    static let incentiveWords: Set<String> = ["insentif", "penghargaan", "incentive", "incentives", "award", "awards"]

    /// The step for each kind of strength with each kind of opportunity it can seize, in our words.
    static let steps: [StrengthKind: [OpportunityUse.Kind: (id: String, en: String)]] = [
        .team: [
            .mandate: ("tugaskan mereka memetakan yang diwajibkan dan mengerjakan pemenuhannya",
                       "have them map what is required and do the work to meet it"),
            .funds: ("tugaskan mereka menyusun usulan dengan data kebutuhan dan target yang terukur",
                     "have them write the application with measured needs and targets"),
            .partner: ("pasangkan mereka dengan tenaga mitra dalam proyek bersama yang bertarget",
                       "pair them with the partner's people on a joint project with targets"),
            .programme: ("ikutkan mereka, lalu jadikan pelatih bagi pegawai OPD lain",
                         "enrol them, then make them trainers for other offices' staff"),
            .regulation: ("tugaskan mereka menerjemahkan ketentuannya ke dalam SOP dan sistem kerja",
                          "have them turn its provisions into procedures and working systems"),
            .platform: ("tugaskan mereka mengerjakan integrasinya, mulai dari satu layanan",
                        "have them build the integration, one service first"),
            .data: ("tugaskan mereka mengolahnya menjadi bahan keputusan pimpinan",
                    "have them turn it into evidence for the leadership's decisions"),
            .plan: ("tugaskan mereka menyiapkan usulan program dan indikatornya",
                    "have them draft the programmes and indicators to put in"),
        ],
        .leader: [
            .mandate: ("tetapkan target pemenuhan per unit yang dipantau langsung pimpinan",
                       "set targets per unit that the leadership follows itself"),
            .partner: ("minta pimpinan meneken kerja samanya dan meninjau hasilnya tiap triwulan",
                       "have the leadership sign the partnership and review its results every quarter"),
            .regulation: ("terbitkan aturan pelaksanaannya dengan tenggat per unit",
                          "issue the implementing rule with a deadline per unit"),
        ],
        .regulation: [
            .mandate: ("jadikan dasar pembagian tugas tiap unit untuk pemenuhannya",
                       "cite it to give each unit its part in meeting the requirement"),
            .regulation: ("selaraskan isinya dengan ketentuan baru itu",
                          "bring it in line with the new provisions"),
            .funds: ("jadikan bukti kesiapan daerah dalam usulan",
                     "cite it as proof of the region's readiness in the application"),
            .plan: ("jadikan acuan program yang dimasukkan ke dokumen itu",
                    "cite it as the basis of the programmes put into the plan"),
        ],
        .channel: systemSteps,
        .system: systemSteps,
        .network: [
            .funds: ("usulkan perluasannya dengan peta titik yang belum terjangkau",
                     "apply to extend it with a map of the places it does not yet reach"),
        ],
        .data: [
            .mandate: ("petakan kesenjangannya dengan standar yang diwajibkan dan lengkapi bertahap",
                       "map its gaps against the required standard and fill them in stages"),
            .platform: ("hubungkan datanya ke platform itu lewat API dengan jadwal pembaruan",
                        "link the data to the platform through an API on a refresh schedule"),
            .funds: ("pakai datanya sebagai bukti kebutuhan dalam usulan",
                     "use the data as evidence of need in the application"),
            .partner: ("olah datanya bersama mitra menjadi kajian untuk kebijakan",
                       "analyse it with the partner into studies for policy"),
            .regulation: ("sesuaikan kode dan metadatanya dengan ketentuan itu",
                          "bring its codes and metadata in line with the provisions"),
            .plan: ("jadikan dasar target dan indikator dalam dokumen itu",
                    "use it to set the targets and indicators in the plan"),
        ],
        .achievement: [
            .funds: ("laporkan capaian ini dengan bukti dukung lengkap sesuai kriteria penilaiannya",
                     "report it with full evidence against the award's criteria"),
            .programme: ("jadikan bukti kesiapan saat mendaftar",
                         "cite it as proof of readiness when applying"),
            .plan: ("jadikan dasar target lanjutan dalam dokumen itu",
                    "set the next target from it in the plan"),
        ],
        .partner: [
            .funds: ("ajukan usulan bersama mitra dengan pembagian peran yang jelas",
                     "apply together with the partner, with clear roles"),
        ],
    ]

    /// Steps for an application or a system, whether it serves the public or not.
    static let systemSteps: [OpportunityUse.Kind: (id: String, en: String)] = [
        .platform: ("hubungkan lewat API ke platform itu, mulai dari layanan tersibuk",
                    "connect it to the platform through an API, busiest service first"),
        .mandate: ("sesuaikan fiturnya dengan yang diwajibkan dan laporkan pemenuhannya",
                   "adjust its features to what is required and report compliance"),
        .regulation: ("sesuaikan fitur dan datanya dengan ketentuan itu",
                      "bring its features and data in line with the provisions"),
        .partner: ("kembangkan fiturnya bersama mitra dengan target dan jadwal",
                   "develop its features with the partner to targets and a timeline"),
    ]
}
