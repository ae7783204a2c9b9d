/// How a strength is put to work against a threat, where both their kinds say it: an IT team against attacks
/// becomes the incident team, a leader against resistance opens a dialogue, a regulation against a change of regional
/// head keeps the programme running, an application against a vendor's hold keeps its source code and data. An ST
/// sentence of one strength and one threat ends with it in place of a move's action or the threat's own step
/// (`StrategyText.closingStep`), which a blind reading of 60 tuning ST strategies found answering the threat without
/// using the strength, or fitting neither item, more often than not.
/// Only pairs of kinds with a step that fits both are listed; others keep what they had.
enum StrengthAgainstThreat {
    /// The step for a strength labelled `strength` against a threat written `text` with label `label`, or nil.
    static func step(strength: StrategyText.Mention, threat text: String, label: String, language: Language)
        -> String? {
        guard let kind = StrengthKind.of(strength),
              let threat = ThreatAnswer.name(of: text, label: label) ?? regulationAsDeadline(kind, label),
              let step = steps[kind]?[threat] ?? (kind == .facility ? siteStep(strength, threat) : nil)
        else { return nil }
        // Statisticians or planners are no incident team: technical steps want a team that names IT work.
        if kind == .team, technicalThreats.contains(threat), !StrengthKind.namesITWork(strength) { return nil }
        return language == .id ? step.id : step.en
    }

    /// A regulation that threatens, for a leader, is met as a deadline is: an action plan with a deadline per unit
    /// ("PP 28/2025 yang mengubah alur perizinan", where a yearly roadmap review was judged wrong). A regulation or a
    /// team keeps the step its move or the regulation's own kind gives (a Perwal Satu Data against UU PDP: strip
    /// personal data before publishing).
    static func regulationAsDeadline(_ kind: StrengthKind, _ label: String) -> ThreatAnswer.Name? {
        kind == .leader && OpportunityUse.Head.of(label) == .regulation ? .deadline : nil
    }

    /// The step for service sites that residents visit ("180 titik layanan desa", "7 UPTD BLK"), which one
    /// command centre or a set of cameras is not.
    static func siteStep(_ strength: StrategyText.Mention, _ threat: ThreatAnswer.Name) -> (id: String, en: String)? {
        namesSites(strength) ? siteSteps[threat] : nil
    }

    /// Whether a strength's label names service sites residents visit.
    static func namesSites(_ strength: StrategyText.Mention) -> Bool {
        !Set(OpportunityUse.wordsOf(strength.label.text)).isDisjoint(with: siteWords)
    }

    static let siteWords: Set<String> = ["titik", "gerai", "uptd", "loket", "stations", "sites", "points", "outlets"]

    static let siteSteps: [ThreatAnswer.Name: (id: String, en: String)] = [
        // Where residents come in person, they learn the official way and where to report a fake one.
        .scam: ("umumkan di setiap lokasinya jalur resmi dan cara melaporkan penipuan",
                "post the official procedure and how to report fraud at each of its sites"),
        .budget: ("tunjukkan jumlah warga yang dilayani tiap lokasi agar anggarannya dipertahankan",
                  "show how many residents each site serves so that its budget is kept"),
        .surge: ("tambah jam layanannya dan buka antrean daring di setiap lokasi selama masa puncak",
                 "extend opening hours and take online bookings at each site for the peak"),
    ]

    /// Threats whose team step is technical work: an attack, a vendor's hold, restoring services after a disaster.
    static let technicalThreats: Set<ThreatAnswer.Name> = [.cyber, .vendor, .disaster]

    /// The step for each kind of strength against each kind of threat it can answer, in our words.
    static let steps: [StrengthKind: [ThreatAnswer.Name: (id: String, en: String)]] = [
        .team: [
            .cyber: ("jadikan mereka tim tanggap insiden dengan SOP dan latihan berkala",
                     "make them the incident team, with a procedure and regular drills"),
            .leak: ("tugaskan mereka mengaudit hak akses data pribadi tiap triwulan",
                    "have them audit access to personal data every quarter"),
            .scam: ("tugaskan mereka memantau dan menjawab setiap laporan lewat kanal resmi",
                    "have them watch for and answer every report through an official channel"),
            .resistance: ("tugaskan mereka mendampingi kelompok yang menolak sejak uji coba",
                          "have them coach the groups who resist from the trial on"),
            .deadline: ("tugaskan mereka memetakan kekurangan dan mengawal jadwal pemenuhannya",
                        "have them map the gaps and drive the schedule that meets the deadline"),
            .ruleChange: ("tugaskan mereka memantau perubahan aturan dan menyesuaikan sistemnya",
                          "have them track rule changes and adjust the systems"),
            .staffTurnover: ("pasangkan tiap orang dengan rekan cadangan dan tulis panduan kerjanya",
                             "pair each of them with a back-up colleague and write the work down"),
            .budget: ("tunjukkan hasil kerja mereka agar formasi dan anggarannya dipertahankan",
                      "show their results so that their posts and budget are kept"),
            .staffPoaching: ("beri jenjang karier, sertifikasi dan tunjangan yang terikat jabatan",
                             "offer a career path, certification and an allowance tied to the post"),
            .newLeaders: ("minta mereka memaparkan capaian dan rencana kepada pimpinan baru",
                          "have them brief the new leaders on results and plans"),
            .vendor: ("alihkan pengetahuan dari vendor ke mereka dan pegang kode sumbernya",
                      "move the vendor's know-how to them and keep the source code"),
            .media: ("tugaskan mereka memantau medsos dan menjawab keluhan dengan data",
                     "have them watch social media and answer complaints with facts"),
            .literacy: ("tugaskan mereka mendampingi warga lewat kelas literasi digital",
                        "have them coach residents through digital literacy classes"),
            .disaster: ("latih mereka menjalankan rencana pemulihan layanan saat bencana",
                        "train them to run the plan that restores services after a disaster"),
        ],
        .leader: [
            .resistance: ("buka dialog langsung antara pimpinan dan kelompok yang menolak",
                          "open a direct dialogue between the leadership and those who resist"),
            .deadline: ("tetapkan rencana aksi dengan tenggat per unit yang dipantau pimpinan",
                        "set an action plan with a deadline per unit, followed by the leadership"),
            .newLeaders: ("kukuhkan programnya dalam Perkada dan RPJMD",
                          "anchor the programme in a regional regulation and the medium-term plan"),
            .budget: ("jadikan anggaran layanan inti prioritas yang dikawal langsung pimpinan",
                      "make core-service budgets a priority the leadership guards itself"),
            .media: ("sampaikan capaian dan klarifikasi langsung oleh pimpinan",
                     "have the leadership present results and clarifications itself"),
            .vendor: ("tetapkan bahwa kode sumber dan data menjadi milik pemda",
                      "rule that source code and data belong to the government"),
            .staffTurnover: ("tetapkan masa tugas minimal dan serah terima wajib bagi pengelola sistem",
                             "set a minimum term and a mandatory handover for those who run the systems"),
            .staffPoaching: ("perjuangkan tunjangan dan jenjang karier bagi tenaga TI",
                             "secure an allowance and a career path for IT staff"),
            .ruleChange: ("tunjuk satu tim yang menyesuaikan sistem tiap kali aturan pusat berubah",
                          "name one team to adjust the systems whenever central rules change"),
            .competition: ("tetapkan target mutu layanan yang dipantau langsung pimpinan",
                           "set service-quality targets that the leadership follows itself"),
            .politicisation: ("minta pimpinan menetapkan kriteria tertulis dan menolak setiap titipan",
                              "have the leadership set written criteria and turn down every favour asked"),
            .surge: ("minta pimpinan menambah petugas dan jam layanan selama masa puncak",
                     "have the leadership add staff and opening hours for the peak"),
            .disaster: ("minta pimpinan menetapkan rencana kelangsungan layanan saat bencana",
                        "have the leadership adopt a plan that keeps services running in a disaster"),
        ],
        .regulation: [
            .newLeaders: ("jadikan dasar agar program tetap berjalan setelah pergantian pimpinan",
                          "cite it to keep the programme running after the change of leaders"),
            .budget: ("jadikan dasar untuk mempertahankan anggaran layanan inti",
                      "cite it to keep the budget of core services"),
            .resistance: ("jadikan dasar kewajiban, disertai sosialisasi dan masa transisi",
                          "cite it as the obligation, with briefings and a transition period"),
            .cyber: ("jadikan dasar standar keamanan wajib bagi setiap sistem dan situs",
                     "cite it to make security standards binding on every system and site"),
            .leak: ("jadikan dasar aturan hak akses dan pengamanan data pribadi",
                    "cite it to set access rules and protection for personal data"),
            .ruleChange: ("tinjau dan selaraskan isinya setiap ada aturan pusat yang baru",
                          "review it and bring it in line whenever a new central rule appears"),
            .vendor: ("jadikan dasar kewajiban kode sumber dan data menjadi milik pemda",
                      "cite it to require that source code and data belong to the government"),
            .deadline: ("jadikan dasar pembagian tugas tiap OPD dan jadwal pemenuhannya",
                        "cite it to give each office its part and a schedule"),
            .staffTurnover: ("jadikan dasar kewajiban serah terima dan kader pengganti",
                             "cite it to require handovers and trained successors"),
            .scam: ("umumkan tarif dan prosedur resminya serta buka kanal aduan",
                    "publish its official fees and procedures and open a reporting channel"),
        ],
        .channel: systemSteps.merging([
            .evasion: ("permudah caranya lewat kanal ini dan kirim pengingat berkala kepada warga",
                       "make it easy through this channel and send residents regular reminders"),
            .scam: ("umumkan informasi resmi dan terima laporan warga lewat kanal ini",
                    "publish official information and take citizens' reports through it"),
            .media: ("tanggapi sorotan dan keluhan lewat kanal ini, lalu umumkan tindak lanjutnya",
                     "answer criticism and complaints through it and publish what was done"),
            .resistance: ("sederhanakan langkahnya dan dampingi pengguna yang enggan",
                          "simplify its steps and coach reluctant users"),
            .literacy: ("sediakan petugas pendamping dan panduan sederhana bagi yang belum terbiasa",
                        "provide helpers and simple guides for those new to it"),
            .competition: ("perbaiki layanan yang paling dikeluhkan dan ukur kepuasan tiap triwulan",
                           "fix the most complained-of services and measure satisfaction every quarter"),
            .budget: ("alihkan layanan tatap muka ke kanal ini untuk menekan biaya",
                      "move face-to-face services onto it to cut costs"),
        ]) { $1 },
        .system: systemSteps,
        .network: [
            .cyber: ("pisahkan jaringan layanan penting dan siapkan jalur cadangan",
                     "separate the network of key services and keep a back-up route"),
            .disaster: ("siapkan jalur cadangan, misalnya radio atau satelit, untuk saat bencana",
                        "keep a back-up route, such as radio or satellite, for disasters"),
            .theft: guardedPoints,
            .budget: ("pakai bersama oleh semua OPD untuk menghemat biaya langganan",
                      "share it across all offices to save on subscriptions"),
        ],
        .facility: [
            .theft: guardedPoints,
            .cyber: ("pisahkan jaringannya dari jaringan umum dan siapkan cara kerja manual cadangan",
                     "separate its network from the general one and keep a manual fallback"),
            .newLeaders: ("paparkan manfaatnya bagi warga agar pimpinan baru tetap mendanainya",
                          "show the new leaders what it does for residents so that they keep funding it"),
            .disaster: ("siapkan daya dan jaringan cadangan agar tetap beroperasi saat bencana",
                        "give it back-up power and links so that it runs through a disaster"),
        ],
        .data: [
            .evasion: ("pakai datanya untuk menemukan dan menindaklanjuti yang belum patuh",
                       "use the data to find and follow up those who have not complied"),
            .leak: ("klasifikasikan datanya dan batasi akses ke data pribadi",
                    "classify the data and limit access to personal data"),
            .cyber: ("simpan cadangannya terpisah dan uji pemulihannya secara berkala",
                     "keep a separate backup and test restoring it regularly"),
            .budget: ("pakai datanya untuk memilih program yang dipertahankan",
                      "use the data to choose which programmes to keep"),
            .disaster: ("petakan warga dan aset rawan bencana dari data ini",
                        "map the people and assets at risk from these data"),
            .media: ("jadikan satu versi data resmi yang dirujuk untuk menjawab sorotan",
                     "make it the one official version of the data to answer criticism"),
            .newLeaders: ("jadikan bahan paparan capaian bagi pimpinan baru",
                          "turn it into a results briefing for the new leaders"),
            .politicisation: ("tetapkan penerima hanya dari data yang diverifikasi dan umumkan daftarnya",
                              "choose recipients only from verified data and publish the list"),
        ],
        .achievement: [
            .budget: ("jadikan bukti kinerja untuk mempertahankan anggarannya",
                      "cite it as proof of performance to keep the budget"),
            .newLeaders: ("paparkan capaian ini agar pimpinan baru melanjutkan programnya",
                          "present it so that the new leaders continue the programme"),
            .media: ("umumkan capaian ini sebagai jawaban atas sorotan publik",
                     "publish it as the answer to public criticism"),
            .resistance: ("tunjukkan capaian ini untuk meyakinkan pihak yang menolak",
                          "show it to win over those who resist"),
            .staffTurnover: ("tulis cara kerja di balik capaian ini dan siapkan penggantinya",
                             "write down how it was achieved and prepare successors"),
        ],
        .partner: [
            .budget: ("ajak mitra berbagi biaya dan sumber daya lewat kerja sama ini",
                      "ask the partner to share costs and resources"),
            .leak: ("cantumkan kewajiban perlindungan data pribadi dalam perjanjiannya",
                    "write personal-data protection duties into the agreement"),
            .literacy: ("adakan pelatihan bersama mitra bagi warga yang belum terbiasa",
                        "run training with the partner for those new to digital services"),
            .cyber: ("sepakati bantuan teknis mitra saat terjadi insiden",
                     "agree on the partner's technical help during an incident"),
        ],
    ]

    /// Cables, poles and cameras in the open are guarded where they are exposed.
    static let guardedPoints = (id: "pasang pengaman di titik rawan dan pantau bersama warga sekitar",
                                en: "protect the exposed points and watch them with nearby residents")

    /// Steps for an application or a system against what threatens it, whether it serves the public or not.
    static let systemSteps: [ThreatAnswer.Name: (id: String, en: String)] = [
        .cyber: ("uji keamanannya berkala, pasang pembaruan dan cadangkan datanya",
                 "test its security regularly, patch it and back up its data"),
        .leak: ("batasi data pribadi yang ditampilkan dan catat setiap aksesnya",
                "show only the personal data needed and log every access"),
        .ruleChange: ("tunjuk pengelola yang menyesuaikannya setiap ada aturan baru",
                      "name an owner who adjusts it whenever a rule changes"),
        .vendor: ("pastikan kode sumber dan datanya milik pemda dan terdokumentasi",
                  "make sure its source code and data are the government's and documented"),
        .disaster: ("siapkan cadangannya di lokasi lain agar layanan tetap jalan saat bencana",
                    "keep a copy elsewhere so the service runs through a disaster"),
        .deadline: ("petakan fitur yang belum sesuai dan selesaikan sebelum tenggat",
                    "list the features that fall short and finish them before the deadline"),
    ]
}
