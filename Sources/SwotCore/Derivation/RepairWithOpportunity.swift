/// How a weakness's fault is repaired with what an opportunity offers, where both their kinds say it: servers
/// without backup keep their copy on the national data centre, villages without signal are proposed to the
/// connectivity programme with their coordinates, staff too few take a campus's interns. A WO sentence that opens
/// with the repair ends with it in place of the opportunity's own step or the fault's own means
/// (`StrategyText.closingStep`): two blind readers judged 1 and 2 of 20 tuning WO strategies usable, asking for the
/// means the opportunity actually offers rather than a stock ending. Only pairs of kinds with a step that fits both
/// are listed; a blind A/B reading of the first table on the tuning cases dropped those judged no better than what
/// the sentence said before (agreeing a data standard with a ministry that sets it, "mulai dari layanan tersibuk" for
/// a data set).
enum RepairWithOpportunity {
    /// The step for `repair` with an opportunity written `text` with label `label`, or nil. Nil too where the step
    /// would say the repair's verb again.
    static func step(_ repair: WeaknessRepair, opportunity text: String, label: String, language: Language)
        -> String? {
        guard let opportunity = OpportunityUse.kind(of: text, label: label),
              !(opportunity == .funds && OpportunityUse.isVillageFunds(OpportunityUse.wordsOf(text))),
              let step = steps[repair.kind]?[opportunity].map({ language == .id ? $0.id : $0.en }) else { return nil }
        let words = Set(OpportunityUse.wordsOf(text))
        let campus = !words.isDisjoint(with: ItemObject.campusWords)
        switch (repair.kind, opportunity) {
        // Interns and lecturers come from a campus; a campus signs no service-level agreement.
        case (.understaffed, .partner) where !campus, (.unstable, .partner) where campus: return nil
        // A missing thing is drawn up with an agency's help only when it is a document: a DRC or staff are not.
        case (.absent, .agency) where !repair.namesDocument: return nil
        // What a body offers decides what it can do for the fault: training for skills and successors, a network
        // for unstable links, an integration for a manual service. Coaching alone is asked for as such ("minta
        // pendampingan teknisnya"), which a blind reader preferred to sending staff to training.
        case (.unskilled, .agency) where words.isDisjoint(with: StrengthForOpportunity.trainingWords),
             (.turnover, .agency) where words.isDisjoint(with: StrengthForOpportunity.trainingWords),
             (.unstable, .agency) where words.isDisjoint(with: networkWords),
             (.paper, .agency) where words.isDisjoint(with: StrengthForOpportunity.linkWords),
             (.separate, .agency) where words.isDisjoint(with: StrengthForOpportunity.apiWords):
            return nil
        default: break
        }
        return repair.saysVerb(step) ? nil : step
    }

    typealias Steps = [OpportunityUse.Kind: (id: String, en: String)]

    /// The step for each kind of fault with each kind of opportunity that helps repair it, in our words.
    static let steps: [WeaknessRepair.Kind: Steps] = [
        .paper: [
            .platform: ("pindahkan prosesnya ke platform itu, mulai dari layanan tersibuk",
                        "move the process onto the platform, busiest service first"),
            .funds: ("ajukan sistemnya dengan hitungan waktu dan biaya yang dihemat",
                     "apply for the system with the time and cost it saves"),
            .agency: ("bangun versi daringnya yang langsung terhubung ke sistem instansi itu",
                      "build its online version linked straight to that body's system"),
        ].merging(required(("jadwalkan peralihan ke digital sesuai tenggat yang diwajibkan",
                            "schedule the move to digital to meet the required deadline"))) { $1 },
        .separate: [
            .partner: ("minta mitra membangun penghubungnya dengan target dan jadwal",
                       "have the partner build the links to targets and a timeline"),
            .agency: ("hubungkan lewat API yang disediakan instansi itu, mulai dari layanan tersibuk",
                      "connect them through the API that body provides, busiest service first"),
        ].merging(required(("petakan aplikasi yang belum terhubung dan jadwalkan integrasinya",
                            "list the applications not yet connected and schedule their integration"))) { $1 },
        .inconsistent: [
            .data: ("cocokkan dengan data itu dan perbaiki selisihnya tiap triwulan",
                    "check it against those data and fix the differences every quarter"),
        ],
        .outdated: [.platform: latestFromSource, .data: latestFromSource],
        .worn: [
            .funds: ("ajukan peremajaannya dengan daftar perangkat dan umurnya",
                     "apply for the replacement with a list of the equipment and its age"),
            .platform: ("pindahkan layanannya ke platform itu dan pensiunkan perangkat lama",
                        "move the services onto the platform and retire the old equipment"),
        ],
        .unbacked: [
            .platform: ("simpan salinan cadangannya di sana dan uji pemulihannya tiap triwulan",
                        "keep a backup copy there and test restoring it every quarter"),
            .agency: ("titipkan salinan cadangannya di pusat data instansi itu dan uji pemulihannya",
                      "keep a backup copy in that agency's data centre and test restoring it"),
            .partner: ("simpan salinannya di fasilitas mitra dengan perjanjian layanan dan uji pemulihannya",
                       "keep the copy in the partner's facility under a service agreement and test restoring it"),
        ],
        .exposed: [
            .agency: ("minta uji celah keamanan dan tindak lanjuti temuannya",
                      "ask for a security test and act on its findings"),
            .partner: ("minta mitra menguji celah keamanannya sebelum setiap rilis",
                       "have the partner test it for security holes before each release"),
        ].merging(required(("audit sistemnya terhadap standar keamanan itu dan tutup celahnya",
                            "audit the systems against that security standard and close the gaps"))) { $1 },
        .unstable: [
            .platform: ("pindahkan layanan penting ke platform itu dengan target ketersediaan",
                        "move key services onto the platform with an availability target"),
            .partner: ("cantumkan target ketersediaan dan waktu pemulihan dalam perjanjian",
                       "write availability and time-to-restore targets into the agreement"),
            .funds: ("ajukan perangkat cadangan dengan catatan gangguan sebagai bukti",
                     "apply for back-up equipment with the outage record as evidence"),
            .agency: ("pindahkan sambungannya ke jaringan instansi itu dengan target ketersediaan",
                      "move its links onto that body's network with an availability target"),
        ],
        .unconnected: [
            .programme: placesWithoutSignal,
            .agency: placesWithoutSignal,
            .partner: ("tawarkan lokasi dan izin menara bagi mitra di titik tanpa sinyal",
                       "offer sites and tower permits to the partner where there is no signal"),
            .funds: ("ajukan jaringannya dengan peta titik tanpa sinyal",
                     "apply for the network with a map of the places without signal"),
        ],
        .reluctant: [
            .programme: ("ikutkan mereka dan tunjuk satu pendamping di tiap unit",
                         "enrol them and name one mentor in each unit"),
            .partner: ("minta mitra mendampingi langsung di tempat kerja pada bulan-bulan awal",
                       "have the partner coach them at their desks in the first months"),
        ],
        .unskilled: [
            .programme: ("kirim yang paling membutuhkan dan minta mereka melatih rekannya sesudahnya",
                         "send those who need it most and have them train colleagues afterwards"),
            .partner: ("minta mitra melatih mereka lewat pendampingan pada pekerjaan nyata",
                       "have the partner train them on real work"),
            .agency: ("ikutkan mereka pada pelatihan instansi itu dan terapkan pada pekerjaan nyata",
                      "enrol them in that body's training and apply it to real work"),
        ],
        .turnover: [
            .programme: ("latih calon pengganti lewat program itu sebelum mutasi",
                         "train successors through the programme before transfers"),
            .agency: ("latih calon pengganti lewat pelatihan instansi itu sebelum mutasi",
                      "train successors through that body's training before transfers"),
        ],
        .slow: [
            .platform: ("alihkan prosesnya ke platform itu dan pantau waktu tiap tahap",
                        "move the process onto the platform and track each stage's time"),
        ].merging(required(("tetapkan batas waktu tiap tahap sesuai ketentuan itu",
                            "set a deadline for each stage in line with its provisions"))) { $1 },
        .unused: [
            .partner: ("promosikan bersama mitra dan ukur pemakaiannya tiap triwulan",
                       "promote it with the partner and measure use every quarter"),
        ],
        .small: [
            .partner: ("bagi biayanya dengan mitra lewat kerja sama",
                       "share the cost with the partner"),
        ],
        .understaffed: [
            .partner: ("terima mahasiswa magang dan libatkan dosen dalam pengembangan",
                       "take interns and involve lecturers in the development work"),
        ],
        .absent: [
            .agency: ("minta pendampingan instansi itu untuk menyusunnya",
                      "ask that agency to coach its drafting"),
            .platform: ("pakai yang disediakan platform itu daripada membangun sendiri",
                        "use what the platform provides rather than build one"),
        ],
    ]

    /// Words of a network or servers a body shares.
    static let networkWords: Set<String> = [
        "jaringan", "fo", "fiber", "link", "server", "backbone", "intra", "network", "bandwidth",
    ]

    /// Data kept up to date from a platform or a data set that offers it.
    static let latestFromSource = (id: "tarik data terbaru dari sumber itu secara berkala",
                                   en: "pull the latest data from that source on a schedule")
    /// Places without signal put to a connectivity programme or the agency that runs one.
    static let placesWithoutSignal = (id: "usulkan titik tanpa sinyal lengkap dengan koordinat dan jumlah warganya",
                                      en: "propose the places without signal with their coordinates and population")

    /// One step for both a mandate and a regulation, which ask alike of a repair.
    static func required(_ step: (id: String, en: String)) -> Steps {
        [.mandate: step, .regulation: step]
    }
}
