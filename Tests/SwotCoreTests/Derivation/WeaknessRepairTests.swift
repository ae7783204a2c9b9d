import Testing

@testable import SwotCore

@Suite("weakness repairs")
struct WeaknessRepairTests {
    func repair(_ text: String, _ language: Language = .id) -> String? {
        var label = ItemLabel.defaultLabel(text, language: language)
        label.language = language
        return WeaknessRepair.of(label, text: text, language: language).map { "\($0.verb) \($0.object)" }
    }

    @Test(arguments: [
        ("Laporan BOS masih manual dan sering terlambat", "Digitalkan laporan BOS"),
        ("Aplikasi kepegawaian guru terpisah dari SIMPEG BKPSDM", "Integrasikan aplikasi kepegawaian guru"),
        ("Data DTKS banyak yg ganda & tdk di update", "Mutakhirkan data DTKS"),
        ("Perangkat rekam KTP-el sudah tua, printer sering rusak", "Remajakan perangkat rekam KTP-el"),
        ("Guru senior enggan memakai platform pembelajaran digital", "Dampingi guru senior"),
        ("Sosialisasi layanan online minim, warga tetap antre di kantor", "Perkuat sosialisasi layanan online"),
        ("Hanya 2 staf IT di dinas, tidak ada programmer", "Perkuat staf IT di dinas"),
        ("Belum ada SOP penanganan kebocoran data pribadi", "Siapkan SOP penanganan kebocoran data pribadi"),
        ("Kualitas data rendah: laporan terlambat", "Tingkatkan kualitas data"),
        ("Klasifikasi arsip tiap OPD beda, retensi tidak dijalankan", "Selaraskan klasifikasi arsip tiap OPD"),
        ("CCTV & ATCS sering offline, link pakai 4G", "Stabilkan CCTV & ATCS"),
        ("±70 desa masih blank spot, sinyal lemah", "Sambungkan ±70 desa"),
        ("Distribusi nakes timpang, 9 puskesmas tanpa dokter gigi", "Ratakan distribusi nakes"),
        // A budget that is small or falls short is increased, not strengthened.
        ("Anggaran verifikasi lapangan kecil, hanya cukup untuk 30% desa", "Tambah anggaran verifikasi lapangan"),
        ("Anggaran pemeliharaan aplikasi terbatas", "Tambah anggaran pemeliharaan aplikasi"),
        // Small islands are no small budget: the link that keeps dropping is what is wrong.
        ("Internet puskesmas di pulau-pulau kecil sering putus", "Stabilkan internet puskesmas di pulau-pulau kecil"),
        // A label cut down to its subject is read with what follows it in the item's first clause.
        ("Jaringan internet di 11 puskesmas wilayah selatan lambat dan sering putus", "Percepat jaringan internet"),
        ("Pencatatan di pustu & posyandu msh manual di buku register", "Digitalkan pencatatan di pustu & posyandu"),
        ("Arsip kepegawaian masih fisik di lemari bidang", "Digitalkan arsip kepegawaian"),
        ("SIMPUS blm terintegrasi dgn aplikasi program", "Integrasikan SIMPUS"),
        ("Operator desa sering ganti tiap pergantian kades, hasil bimtek hilang", "Kurangi pergantian operator desa"),
        ("Server arsip tidak punya backup di luar gedung", "Cadangkan server arsip"),
        ("Server aplikasi tanpa backup di luar gedung", "Cadangkan server aplikasi"),
        // What is not done yet is to be done: the thing put in place, the passive verb without its di-.
        ("Arsitektur SPBE Pemda blm ada, >150 aplikasi OPD jalan sendiri2", "Siapkan arsitektur SPBE Pemda"),
        ("Hasil SKM tdk ditindaklanjuti, cuma jadi laporan tahunan", "Tindaklanjuti hasil SKM"),
        ("Basis data PBB belum dimutakhirkan sejak 2015", "Mutakhirkan basis data PBB"),
        // A passive on a noun or an English word takes the verb a plan says.
        ("Rekaman sidang tdk diarsip terstruktur, risalah digital blm searchable", "Arsipkan rekaman sidang"),
        ("Kode lab & obat blm dimapping ke LOINC/KFA", "Petakan kode lab & obat"),
        ("Indikator kinerja RPJMD blm di-cascade jelas", "Jabarkan indikator kinerja RPJMD"),
        ("Log akses user tdk pernah dimonitor", "Pantau log akses user"),
        // A clause that says something good of the subject is read on: the fault follows it.
        ("Staf yang sudah ikut pelatihan dan sertifikasi malah dimutasi ke OPD lain",
         "Kurangi pergantian staf yang sudah ikut pelatihan"),
        // People who do not yet master a skill are trained; an application not yet integrated is integrated.
        ("Auditor blm mahir audit TI & analisa data (CAAT, ACL/IDEA)", "Latih auditor"),
        ("Walidata OPD blm paham metadata & standar SDI", "Latih walidata OPD"),
        ("e-Audit blm integrasi dgn SIPD, e-SAKIP & SPSE", "Integrasikan e-Audit"),
        // The word that counts the staff is no part of them.
        ("Hanya 3 orang pranata komputer untuk mengurus server, jaringan dan aplikasi", "Perkuat pranata komputer"),
        // What is missing is named after "ada": the subject lacks it.
        ("142 sekolah di kecamatan hulu blm ada internet stabil, listrik PLN cuma nyala malam",
         "Siapkan internet stabil bagi 142 sekolah di kecamatan hulu"),
        // A marker of absence that says the thing falls short asks for that repair, not to put it in place.
        ("Belum maksimalnya infrastruktur layanan e-government", "Optimalkan infrastruktur layanan e-government"),
        ("Belum tingginya budaya digital organisasi", "Tingkatkan budaya digital organisasi"),
        ("Kurangnya SDM TI yang bersertifikat", "Perkuat SDM TI yang bersertifikat"),
    ])
    func anIndonesianWeaknessSaysWhatToDoToIt(text: String, expected: String) {
        #expect(repair(text) == expected)
    }

    @Test func anEnglishWeaknessSaysItInEnglish() {
        #expect(repair("The e-office system is slow and crashes weekly", .en) == "Speed up the e-office system")
        #expect(repair("We still have no approved e-government master plan", .en)
            == "Set up the approved e-government master plan")
        #expect(repair("Budget reports are still prepared manually in spreadsheets", .en) == "Digitise budget reports")
        #expect(repair("Lack of IT staff to maintain the applications", .en) == "Strengthen IT staff")
    }

    @Test(arguments: [
        // A label that names a thing and nothing wrong with it: the thing is put right, people strengthened.
        ("server aplikasi", "Benahi"), ("gudang logistik", "Benahi"), ("banyak server OPD", "Benahi"),
        ("fiskus & juru sita", "Perkuat"), ("operator sekolah", "Perkuat"),
        // What is wrong is in the label: a problem noun, a figure or sign, a predicate, a state, a verb.
        ("tunggakan PBB-P2", nil), ("input ganda", nil), ("anggaran digitalisasi UMKM < 4% belanja", nil),
        ("bandwidth gedung DPRD 50 Mbps", nil), ("operator desa sering ganti", nil), ("laporan WBS sepi", nil),
        ("bridging SATUSEHAT baru kirim encounter", nil), ("budget is not fully absorbed", nil),
    ] as [(String, String?)])
    func aWeaknessNamedByItsSubjectAloneIsPutRight(label: String, opener: String?) {
        #expect(WeaknessRepair.opener(for: ItemLabel(text: label), language: .id) == opener)
    }

    @Test(arguments: [
        // The subject when it names people, else the people after the figure, with the office that has them.
        ("SDM TI dinas cuma 2 org (1 PNS, 1 PPPK), admin aplikasi merangkap operator SIPD", "SDM TI dinas"),
        ("Seksi SIK hanya punya 2 staf IT untuk mendampingi 300 lebih puskesmas", "staf IT seksi SIK"),
        ("Diskominfo cuma punya 4 ASN background IT", "ASN background IT Diskominfo"),
        ("Hanya 3 orang pranata komputer untuk mengurus server, jaringan dan aplikasi", "pranata komputer"),
        ("Auditor cuma 42 org utk 48 OPD + UPTD", "auditor"),
        ("Hanya 2 staf IT di dinas, tidak ada programmer", "staf IT di dinas"),
        ("Anggaran TIK hanya 2 miliar per tahun", nil),
    ] as [(String, String?)])
    func staffCountedShortAreReadFromTheWholeClause(text: String, staff: String?) {
        #expect(WeaknessRepair.countedShortStaff(text)?.joined(separator: " ") == staff)
    }

    @Test func aSentenceOnOneWeaknessNamedByItsSubjectPutsItRight() {
        let mention = { (id: String, text: String) in StrategyText.Mention(id: id, label: ItemLabel(text: text)) }
        let one = StrategyText.sentence(
            .wo, internal: [mention("W6", "server aplikasi")], external: [mention("O3", "hosting data center")],
            action: "pindahkan layanan ke pusat data", language: .id)
        #expect(one == "Benahi server aplikasi (W6) dengan memanfaatkan hosting data center (O3): pindahkan layanan "
            + "ke pusat data.")
        // Two weaknesses: the form's own verb.
        let two = StrategyText.sentence(
            .wt, internal: [mention("W1", "server aplikasi"), mention("W2", "input ganda")],
            external: [mention("T1", "serangan siber")], action: "pindahkan layanan ke pusat data", language: .id)
        #expect(two.hasPrefix("Atasi server aplikasi (W1) dan input ganda (W2) untuk mengantisipasi"))
    }

    @Test func noRepairWhereTheLabelDoesNotSayOne() {
        // No kind of fault named; people are not digitised; a lone office is no object; the other language and the
        // planner's own label are said as they are.
        #expect(repair("Banyak SD di lereng Merapi belum punya internet stabil") == nil)
        #expect(repair("Server aplikasi masih di ruang kantor DLH, belum migrasi ke data center") == nil)
        #expect(repair("Dokter masih tulis resep manual") == nil)
        #expect(repair("DPMD kurang SDM") == nil)
        #expect(repair("Input ganda: data diketik ke e-planning lalu ke SIPD RI") == nil)
        #expect(repair("Diskominfo belum dilibatkan sejak perencanaan") == nil)
        #expect(WeaknessRepair.of(ItemLabel(text: "laporan BOS masih manual", language: .id), language: .en) == nil)
        let own = ItemLabel(text: "laporan BOS manual", language: .id, isOwn: true)
        #expect(WeaknessRepair.of(own, language: .id) == nil)
    }

    @Test func aWeaknessWithARepairOpensItsStrategyAndNoStockActionFollows() {
        let weakness = Item(id: "W5", quadrant: .weakness, text: "Laporan BOS masih manual", language: .id)
        let opportunity = Item(id: "O5", quadrant: .opportunity, text: "ARKAS dan SIPLah tersedia gratis",
                               language: .id)
        let threat = Item(id: "T5", quadrant: .threat, text: "Bencana erupsi Merapi", language: .id)
        let move = StrategyMove(
            id: "M900", quadrant: .wo, internal: ["C12"], external: ["C13"],
            action: LocalizedText(en: "review programmes each semester", id: "evaluasi program tiap semester"),
            basis: .derived, citations: [])
        let wo = StrategyText.sentence(.wo, move: move, internal: [weakness], external: [opportunity], language: .id)
        #expect(wo.text
            == "Digitalkan laporan BOS (W5) dengan memanfaatkan ARKAS dan SIPLah tersedia gratis (O5).")
        #expect(wo.action == "digitalkan laporan BOS dengan memanfaatkan ARKAS dan SIPLah tersedia gratis")
        var wt = move
        wt.quadrant = .wt
        #expect(StrategyText.sentence(.wt, move: wt, internal: [weakness], external: [threat], language: .id).text
            == "Digitalkan laporan BOS (W5) untuk mengantisipasi bencana erupsi Merapi (T5): mulai dari yang paling "
                + "sering dipakai, lalu hentikan cara manualnya.")
        // Two weaknesses in one strategy: the form and the move's action, as before.
        let other = Item(id: "W6", quadrant: .weakness, text: "Guru senior enggan", language: .id)
        let two = StrategyText.sentence(
            .wo, move: move, internal: [weakness, other], external: [opportunity], language: .id)
        #expect(two.text.hasPrefix("Atasi ") && two.text.hasSuffix(": evaluasi program tiap semester."))
    }

    /// The WO sentence of one weakness and one opportunity with a move whose action is `action`.
    func woSentence(_ weakness: String, _ opportunity: String, action: LocalizedText,
                    objects: [MoveObject]? = nil) -> String {
        let move = StrategyMove(
            id: "M900", quadrant: .wo, internal: ["C05"], external: ["C16"], action: action,
            basis: .derived, citations: [], objects: objects)
        return StrategyText.sentence(
            .wo, move: move, internal: [Item(id: "W4", quadrant: .weakness, text: weakness, language: .id)],
            external: [Item(id: "O3", quadrant: .opportunity, text: opportunity, language: .id)], language: .id).text
    }

    @Test func aRepairWithAGovernmentBodySaysHowRatherThanWhoDoesWhat() {
        let action = LocalizedText(en: "review programmes each semester", id: "evaluasi program tiap semester")
        #expect(woSentence("CCTV & ATCS sering offline, link pakai 4G",
                           "Diskominfo kab punya command center & jaringan FO, siap berbagi link/server",
                           action: action)
            == "Stabilkan CCTV & ATCS (W4) bersama Diskominfo kabupaten yang punya command center (O3): pindahkan "
                + "sambungannya ke jaringan instansi itu dengan target ketersediaan.")
        // A body that shares no network leaves the fault's own means.
        #expect(woSentence("CCTV & ATCS sering offline, link pakai 4G", "Diskominfo kab siap kolaborasi",
                           action: action).hasSuffix(": pantau ketersediaannya dan tetapkan target waktu pemulihan."))
        // A fault that says no step keeps agreeing who does what.
        #expect(woSentence("Sosialisasi layanan online minim", "Diskominfo kota menyediakan hosting di data center",
                           action: action).hasSuffix(": sepakati pembagian peran dan jadwal kerja bersama."))
    }

    @Test func anActionInTheItemsOwnWordsStaysAndTheRepairOpensTheSentence() {
        let text = woSentence(
            "Staf yang sudah ikut pelatihan dan sertifikasi malah dimutasi ke OPD lain",
            "Universitas negeri menawarkan MoU magang",
            action: LocalizedText(en: "sign an MoU with the campus for interns and training",
                                  id: "jalin MoU dengan kampus untuk magang dan pelatihan"),
            objects: [MoveObject(kind: .partner, side: .external, id: "kampus", en: "the campus")])
        #expect(text.hasPrefix("Kurangi pergantian staf yang sudah ikut pelatihan (W4) "), "\(text)")
        #expect(text.hasSuffix(": jalin MoU dengan universitas negeri untuk magang dan pelatihan."), "\(text)")
    }

    @Test func anActionThatDoesTheIntegratingItselfStays() {
        let text = woSentence(
            "e-Audit blm integrasi dgn SIPD", "Data SIPD bisa diakses via SPLP",
            action: LocalizedText(en: "integrate applications through SPLP, busiest services first",
                                  id: "integrasikan aplikasi lewat SPLP, layanan tersibuk dulu"))
        #expect(text.hasSuffix(": integrasikan aplikasi lewat SPLP, layanan tersibuk dulu."), "\(text)")
    }
}

@Suite("opportunity uses")
struct OpportunityUseTests {
    @Test(arguments: [
        ("Kemenkes mewajibkan integrasi rekam medis elektronik ke SATUSEHAT", "memenuhi"),
        ("Program DAK fisik pendidikan mendanai laboratorium komputer", "mendapatkan"),
        ("Universitas di Yogyakarta menawarkan mahasiswa KKN", "bekerja sama dengan"),
        ("ANRI memberikan bimtek SRIKANDI gratis", "mengikuti"),
        ("PDNS dapat dipakai pemda tanpa biaya sewa", "mengadopsi"),
        ("Perpres 39/2019 Satu Data Indonesia", "menerapkan"),
    ])
    func anOpportunitySaysHowItIsSeized(text: String, verb: String) {
        #expect(OpportunityUse.verb(for: text, language: .id) == verb)
    }

    @Test(arguments: [
        ("Bank Indonesia perwakilan provinsi dorong perluasan QRIS dan bantuan EDC", "bekerja sama dengan"),
        ("Diskominfo kabupaten punya tim enterprise architect dan dana pelatihan", "bekerja sama dengan"),
        ("KemenPANRB sediakan pedoman dan program pendampingan", "bekerja sama dengan"),
        ("Permendes PDTT membolehkan dana desa untuk digitalisasi", "menerapkan"),
        ("Kemenkes mewajibkan integrasi rekam medis elektronik", "memenuhi"),
        // Data offered as such is analysed; a data centre stays a platform.
        ("Data e-Katalog v6 dan SPSE LKPP bisa ditarik untuk analitik audit", "mengolah"),
        ("Data center Pemkot sediakan hosting gratis untuk OPD", "mengadopsi"),
        // A plan being drawn up is shaped, not adopted.
        ("RPJMD 2025-2029 baru: momentum menata ulang indikator kinerja", "mengawal"),
    ])
    func whatTheLabelOpensWithSaysWhatTheOpportunityIs(text: String, verb: String) {
        let label = ItemLabel.defaultLabel(text, language: .id).text
        #expect(OpportunityUse.verb(for: text, label: label, language: .id) == verb)
    }

    @Test func anEnglishNameOfABodyEndsWithItsNoun() {
        // "adopt the national government" took the platform it offers for the opportunity.
        let text = "The national government offers a free interoperability platform (SPLP)"
        #expect(OpportunityUse.verb(for: text, label: "national government", language: .en) == "partner with")
        // The name may go on with what the body does; a body's noun that only qualifies another does not count.
        #expect(OpportunityUse.verb(for: "Local universities offer health informatics interns",
                                    label: "local universities offer health informatics interns", language: .en)
            == "partner with")
        #expect(OpportunityUse.verb(for: "A national government platform for data exchange",
                                    label: "national government platform", language: .en) == "adopt")
        // "program BAKTI Komdigi" is a programme, though an agency's name ends it.
        #expect(OpportunityUse.verb(for: "Program BAKTI Komdigi buka akses internet satelit", label:
            "program BAKTI Komdigi", language: .id) == "mengikuti")
    }

    @Test(arguments: [
        ("Dana DAK & hibah BNPB untuk sarpras damkar", nil),
        ("Universitas Tadulako siap MoU magang", "bersama"),
        ("SPLP nasional wajib dipakai sesuai Perpres 132/2022", "untuk memenuhi"),
        ("SPLP nasional siap dipakai pemda", "lewat"),
        ("UU 1/2022 HKPD menggabungkan pajak restoran dan hotel", "sesuai"),
        ("Warga makin aktif", nil),
        ("Data e-Katalog v6 dan SPSE LKPP bisa ditarik untuk analitik audit", nil),
        ("RPJMD 2025-2029 baru: momentum menata ulang indikator kinerja", "dalam"),
    ] as [(String, String?)])
    func aRepairDrawsOnAnOpportunityByItsKind(text: String, link: String?) {
        let label = ItemLabel.defaultLabel(text, language: .id).text
        #expect(OpportunityUse.link(for: text, label: label, language: .id) == link)
    }

    @Test func aWOStrategyOfOneWeaknessAndOneOpportunitySaysHowTheRepairDrawsOnIt() {
        let weakness = Item(id: "W2", quadrant: .weakness, text: "Sirine peringatan dini rusak", language: .id)
        let opportunity = Item(id: "O3", quadrant: .opportunity, text: "Universitas Tadulako, mitra teknis yang siap",
                               language: .id)
        let move = StrategyMove(
            id: "M900", quadrant: .wo, internal: ["C04"], external: ["C03"],
            action: LocalizedText(en: "combine grants with regional funds", id: "gabungkan hibah dengan dana daerah"),
            basis: .derived, citations: [])
        let sentence = StrategyText.sentence(.wo, move: move, internal: [weakness], external: [opportunity],
                                             language: .id)
        // The step a partner asks for says through what.
        #expect(sentence.text == "Remajakan sirine peringatan dini (W2) bersama Universitas Tadulako (O3): tuangkan "
            + "dalam PKS berisi kegiatan, target dan jadwal.")
    }

    @Test func anSOStrategyOfOneStrengthAndOneOpportunitySaysHowAndNoStockAction() {
        // A strength of no kind with a step for funds (`StrengthForOpportunity`): the opportunity's own step.
        let strength = Item(id: "S1", quadrant: .strength, text: "Gerai layanan Diskominfo di semua kecamatan",
                            language: .id)
        let opportunity = Item(id: "O2", quadrant: .opportunity, text: "Program DAK fisik pendidikan tersedia",
                               language: .id)
        let move = StrategyMove(
            id: "M900", quadrant: .so, internal: ["C04"], external: ["C03"],
            action: LocalizedText(en: "combine DAK with regional funds", id: "gabungkan DAK dengan dana daerah"),
            basis: .derived, citations: [])
        let sentence = StrategyText.sentence(.so, move: move, internal: [strength], external: [opportunity],
                                             language: .id)
        #expect(sentence.text.hasPrefix("Gunakan gerai layanan Diskominfo"))
        #expect(sentence.text.hasSuffix(" (S1) untuk mendapatkan program DAK fisik pendidikan tersedia (O2): ajukan "
            + "proposal berisi rincian kebutuhan dan target capaian."))
        #expect(OpportunityUse.verb(for: "Warga makin aktif", language: .id) == nil)
    }

    @Test func aLeadersSupportIsUsedNotTheLeader() {
        let move = StrategyMove(
            id: "M900", quadrant: .so, internal: ["C01"], external: ["C03"],
            action: LocalizedText(en: "combine grants with regional funds", id: "gabungkan hibah dengan dana daerah"),
            basis: .derived, citations: [])
        let opportunity = Item(id: "O1", quadrant: .opportunity, text: "Universitas negeri siap MoU magang",
                               language: .id)
        let mayor = Item(id: "S5", quadrant: .strength, text: "Walikota terpilih 2025 berkomitmen pada SPBE",
                         language: .id)
        #expect(StrategyText.sentence(.so, move: move, internal: [mayor], external: [opportunity], language: .id)
            .text.hasPrefix("Gunakan dukungan Walikota terpilih 2025 berkomitmen pada SPBE (S5) untuk bekerja sama"))
        let english = Item(id: "S1", quadrant: .strength, text: "The mayor chairs the SPBE team", language: .en)
        let university = Item(id: "O1", quadrant: .opportunity, text: "A local university offers interns",
                              language: .en)
        #expect(StrategyText.sentence(.so, move: move, internal: [english], external: [university], language: .en)
            .text.hasPrefix("Enlist the mayor who chairs the SPBE team (S1) to partner with"))
        // A thing is still used.
        let portal = Item(id: "S2", quadrant: .strength, text: "Portal data kota sudah terbit", language: .id)
        #expect(StrategyText.sentence(.so, move: move, internal: [portal], external: [opportunity], language: .id)
            .text.hasPrefix("Gunakan portal data kota"))
        // An achievement is built on.
        let score = Item(id: "S3", quadrant: .strength, text: "Nilai SAKIP naik dari CC ke B dlm 2 thn", language: .id)
        #expect(StrategyText.sentence(.so, move: move, internal: [score], external: [opportunity], language: .id)
            .text.hasPrefix("Jadikan nilai SAKIP yang naik ke B (S3) modal untuk bekerja sama dengan"))
        let award = Item(id: "S3", quadrant: .strength, text: "Award for the best public service in 2024",
                         language: .en)
        let built = StrategyText.sentence(.so, move: move, internal: [award], external: [university], language: .en)
        #expect(built.text.hasPrefix("Build on "), "\(built.text)")
        #expect(built.text.contains("(S3) to partner with"), "\(built.text)")
        // An action that enlists others keeps its verb: the leader's support opens the sentence.
        let enlisting = StrategyMove(
            id: "M901", quadrant: .st, internal: ["C01"], external: ["C11"],
            action: LocalizedText(en: "involve restaurant taxpayers from the design on",
                                  id: "libatkan WP restoran sejak merancang proses baru"),
            basis: .derived, citations: [])
        let head = Item(id: "S4", quadrant: .strength, text: "Kaban Bapenda mendukung penuh optimalisasi PAD",
                        language: .id)
        let compliance = Item(id: "T1", quadrant: .threat, text: "Kepatuhan WP restoran rendah", language: .id)
        let twice = StrategyText.sentence(.st, move: enlisting, internal: [head], external: [compliance], language: .id)
        #expect(twice.text.hasPrefix("Gunakan dukungan Kaban Bapenda"), "\(twice.text)")
        #expect(twice.text.hasSuffix(": libatkan WP restoran sejak merancang proses baru."), "\(twice.text)")
    }

    @Test(arguments: [
        ("Universitas Tadulako siap MoU magang", "tuangkan dalam PKS berisi kegiatan, target dan jadwal"),
        // A partner that requires something of its own students is worked with, not met.
        ("Kampus mitra mewajibkan KKN tematik di desa", "tuangkan dalam PKS berisi kegiatan, target dan jadwal"),
        ("KemenPANRB sediakan pedoman dan program pendampingan",
         "minta pendampingan teknisnya dan sepakati jadwal kerja bersama"),
        // A government body that offers something other than support: who does what.
        ("Diskominfo kota menyediakan hosting di data center", "sepakati pembagian peran dan jadwal kerja bersama"),
        ("Dana DAK & hibah BNPB untuk sarpras damkar", "ajukan proposal berisi rincian kebutuhan dan target capaian"),
        // Villages allocate their own funds: no proposal goes to them.
        ("Dana desa boleh dipakai untuk digitalisasi", nil),
        ("Kemenkes mewajibkan integrasi rekam medis elektronik",
         "tetapkan rencana aksi pemenuhannya dengan target tahunan"),
        ("SPLP nasional siap dipakai pemda", "mulai dari satu layanan percontohan, lalu perluas bertahap"),
        ("Warga makin aktif", nil),
    ] as [(String, String?)])
    func anOpportunitysKindSaysTheStep(text: String, step: String?) {
        let label = ItemLabel.defaultLabel(text, language: .id).text
        #expect(OpportunityUse.step(for: text, label: label, language: .id) == step)
    }
}

@Suite("threat answers")
struct ThreatAnswerTests {
    @Test(arguments: [
        ("Serangan ransomware ke instansi pemerintah naik", "menangkal"),
        ("Jukir & ormas menolak parkir non-tunai", "meredam"),
        ("Tenggat integrasi SATUSEHAT & RME akhir 2025", "memenuhi"),
        ("Kebijakan pusat sering berubah di tengah tahun", "mengikuti"),
        ("RS swasta jaringan nasional buka di ibu kota provinsi", "bersaing dengan"),
        ("Pergantian Gubernur hasil Pilkada 2024", "menjaga program melewati"),
        ("Bansos salah sasaran gampang viral di medsos", "menjawab"),
        ("Efisiensi APBD 2026 memangkas belanja modal", "meredam dampak"),
        ("Banjir musiman merendam ruang server", "meredam dampak"),
        ("Ketergantungan pada vendor aplikasi pajak", "menghadapi"),
        // An election ahead that changes no one is only a date; "siswa baru" is no new head.
        ("Lonjakan permohonan menjelang pemilu dan PPDB (penerimaan siswa baru)", "menampung"),
        ("Jelang Pilkada bansos rawan dipolitisasi; ada titipan nama dari kades", "menangkal"),
        ("Tekanan & intervensi politik terhadap hasil audit", "menangkal"),
        ("Lonjakan kasus DBD saat musim hujan", "meredam dampak"),
        ("Jelang Pilkada 2029 kepala daerah terpilih bisa beda prioritas", "menjaga program melewati"),
    ])
    func aThreatSaysHowItIsAnswered(text: String, verb: String) {
        let label = ItemLabel.defaultLabel(text, language: .id).text
        #expect(ThreatAnswer.verb(for: text, label: label, language: .id) == verb)
    }

    @Test func whatTheLabelOpensWithComesFirst() {
        // A law is complied with, whatever its text says of leaks; a body's scrutiny is answered, never fended off.
        #expect(ThreatAnswer.verb(for: "UU PDP 27/2022 berlaku penuh, kebocoran data kena sanksi",
                                  label: "UU PDP 27/2022 berlaku penuh", language: .id) == "memenuhi")
        #expect(ThreatAnswer.verb(for: "KPK via MCSP soroti pokir rawan korupsi",
                                  label: "KPK via MCSP soroti pokir", language: .en) == "answer")
    }

    @Test func anSTStrategyWhoseActionSpeaksToNeitherItemSaysTheAnswerInstead() {
        // A strength of no kind with a step against the threat (`StrengthAgainstThreat`).
        let strength = Item(id: "S4", quadrant: .strength, text: "Dokumen KK sudah ber-TTE", language: .id)
        let threat = Item(id: "T1", quadrant: .threat, text: "Maraknya penipuan online", language: .id)
        let silent = StrategyMove(
            id: "M900", quadrant: .st, internal: ["C16"], external: ["C14"],
            action: LocalizedText(en: "spread IT work over several partners",
                                  id: "sebar pekerjaan TIK ke beberapa mitra"),
            basis: .derived, citations: [])
        let sentence = StrategyText.sentence(.st, move: silent, internal: [strength], external: [threat],
                                             language: .id)
        #expect(sentence.text
            == "Gunakan dokumen KK yang sudah ber-TTE (S4) untuk menangkal maraknya penipuan online (T1).")
        // An action that speaks of an item stays.
        var speaking = silent
        speaking.action = LocalizedText(en: "warn bank customers of online fraud",
                                        id: "peringatkan nasabah bank tentang penipuan online")
        let kept = StrategyText.sentence(.st, move: speaking, internal: [strength], external: [threat], language: .id)
        #expect(kept.text.hasSuffix(": peringatkan nasabah bank tentang penipuan online."))
    }

    @Test(arguments: [
        ("Serangan ransomware ke instansi pemerintah naik",
         "siapkan tim tanggap insiden, SOP dan cadangan data yang diuji"),
        ("Banyak website desa diretas dan disisipi iklan judi online",
         "siapkan tim tanggap insiden, SOP dan cadangan data yang diuji"),
        ("Phishing & link pembayaran pajak palsu", "buka kanal aduan resmi dan tanggapi setiap laporan dengan cepat"),
        ("Data pribadi konstituen rawan bocor", "batasi hak akses data pribadi dan catat setiap pemakaiannya"),
        // No one step answers a theft of cables, or a rival.
        ("Pencurian kabel CCTV", nil),
        ("RS swasta jaringan nasional buka di ibu kota provinsi", nil),
        // A change of the regional head or of staff.
        ("Prioritas bisa berubah setelah pergantian Bupati", "kukuhkan programnya dalam Perkada dan RPJMD"),
        ("Kebijakan pusat sering berubah di tengah tahun",
         "tunjuk pemantau perubahan aturan dan tinjau rencana tiap tahun"),
        ("Mutasi operator terlatih ke OPD lain", "dokumentasikan pengetahuannya dan siapkan kader pengganti"),
        ("Efisiensi APBD 2026 memangkas belanja modal", "dahulukan layanan inti dan cari sumber dana lain"),
        ("UU PDP 27/2022 berlaku penuh, kebocoran data kena sanksi",
         "audit kepatuhan dan tutup celahnya sesuai tenggat"),
        // A body's scrutiny: no one step.
        ("KPK via MCSP soroti pokir rawan korupsi", nil),
        // A surge of those served opens more service; a programme bent to favour some fixes its criteria.
        ("Lonjakan permohonan menjelang pemilu dan PPDB",
         "buka layanan daring dan antrean terjadwal untuk masa puncak"),
        ("Jelang Pilkada bansos rawan dipolitisasi",
         "tetapkan kriterianya secara tertulis, putuskan dari data dan umumkan hasilnya"),
    ] as [(String, String?)])
    func aThreatsKindSaysTheStep(text: String, step: String?) {
        let label = ItemLabel.defaultLabel(text, language: .id).text
        #expect(ThreatAnswer.step(for: text, label: label, language: .id) == step)
    }

    @Test func aStrengthOfAKnownKindIsPutToWorkAgainstTheThreat() {
        // A stock action that speaks of the threat only; the strength's and the threat's kinds say the step.
        let move = StrategyMove(
            id: "M900", quadrant: .st, internal: ["C05"], external: ["C15"],
            action: LocalizedText(en: "scan government sites daily against ransomware",
                                  id: "pindai situs pemerintah setiap hari dari serangan ransomware"),
            basis: .derived, citations: [])
        func sentence(_ strength: String, _ threat: String, _ language: Language = .id) -> String {
            StrategyText.sentence(
                .st, move: move, internal: [Item(id: "S1", quadrant: .strength, text: strength, language: language)],
                external: [Item(id: "T1", quadrant: .threat, text: threat, language: language)], language: language
            ).text
        }
        let attack = "Serangan ransomware ke instansi pemerintah meningkat"
        #expect(sentence("Tim IT internal 7 orang bersertifikat", attack)
            .hasSuffix("(T1): jadikan mereka tim tanggap insiden dengan SOP dan latihan berkala."))
        let resisted = sentence("Kaban Bapenda mendukung penuh optimalisasi PAD",
                                "WP restoran menolak pasang tapping box")
        #expect(resisted.hasPrefix("Gunakan dukungan Kaban Bapenda"), "\(resisted)")
        #expect(resisted.hasSuffix(": buka dialog langsung antara pimpinan dan kelompok yang menolak."), "\(resisted)")
        // A change of regional head is carried through, whatever change its words also name.
        #expect(sentence("Perbup Arsitektur SPBE sudah ditetapkan",
                         "Pergantian bupati setelah Pilkada bisa berubah arah").hasSuffix(
            "untuk menjaga program melewati pergantian bupati setelah Pilkada (T1): jadikan dasar agar program tetap "
                + "berjalan setelah pergantian pimpinan."))
        // A leader meets a surge with staff and hours, favours with written criteria, a new regulation with a plan.
        #expect(sentence("Wali Kota mendukung layanan adminduk", "Lonjakan permohonan menjelang pemilu dan PPDB")
            .hasSuffix(": minta pimpinan menambah petugas dan jam layanan selama masa puncak."))
        #expect(sentence("Kadis dekat dengan Bupati", "Jelang Pilkada bansos rawan dipolitisasi")
            .hasSuffix(": minta pimpinan menetapkan kriteria tertulis dan menolak setiap titipan."))
        #expect(sentence("Walikota komit kejar Adipura", "PP 28/2025 ubah alur perizinan berusaha")
            .hasSuffix(": tetapkan rencana aksi dengan tenggat per unit yang dipantau pimpinan."))
        // Service sites stay open longer; a regulation against a law gets no leader's plan.
        #expect(sentence("Gerai Dukcapil di 12 kecamatan", "Lonjakan permohonan menjelang PPDB")
            .hasSuffix(": tambah jam layanannya dan buka antrean daring di setiap lokasi selama masa puncak."))
        #expect(sentence("Perwal Satu Data sudah terbit", "UU PDP 27/2022 berlaku penuh")
            == "Gunakan Perwal Satu Data yang sudah terbit (S1) untuk memenuhi UU PDP 27/2022 berlaku penuh (T1).")
        // A strength whose kind has no step against this threat (an achievement against an attack) keeps the action.
        #expect(sentence("Predikat Sangat Inovatif IGA 2023", attack)
            .hasSuffix(": pindai situs pemerintah setiap hari dari serangan ransomware."))
        // A threat quoted in the planners' English still gets the step, which is in the sentence's language.
        let quoted = StrategyText.sentence(
            .st, move: move,
            internal: [Item(id: "S1", quadrant: .strength, text: "Tim IT internal 7 orang", language: .id)],
            external: [Item(id: "T1", quadrant: .threat, text: "Private-sector IT salaries are much higher",
                            language: .en)], language: .id).text
        #expect(quoted.contains("“") && quoted.hasSuffix(
            "(T1): beri jenjang karier, sertifikasi dan tunjangan yang terikat jabatan."), "\(quoted)")
        let english = StrengthAgainstThreat.step(
            strength: StrategyText.Mention(id: "S1", label: ItemLabel(text: "mayor", language: .en)),
            threat: "Budget cuts in 2026 hit every agency", label: "budget cuts", language: .en)
        #expect(english == "make core-service budgets a priority the leadership guards itself")
    }

    @Test(arguments: [
        // Data, an achievement, a partner, a system, a team named by what it does, a channel, a network.
        ("NIK di DTKS 96% sudah padan", "Data pribadi KPM rawan bocor",
         "(T1): klasifikasikan datanya dan batasi akses ke data pribadi."),
        ("Indeks SPBE naik ke 2,6", "Pergantian bupati setelah Pilkada",
         "(T1): paparkan capaian ini agar pimpinan baru melanjutkan programnya."),
        ("PKS hak akses data kependudukan dengan Dukcapil", "Kasus kebocoran data kependudukan marak",
         "(T1): cantumkan kewajiban perlindungan data pribadi dalam perjanjiannya."),
        ("Data center kota sudah operasional", "Serangan ransomware ke instansi pemerintah naik",
         "(T1): uji keamanannya berkala, pasang pembaruan dan cadangkan datanya."),
        ("12 data officer dan programmer kesehatan", "Serangan ransomware ke instansi pemerintah naik",
         "(T1): jadikan mereka tim tanggap insiden dengan SOP dan latihan berkala."),
        ("Aplikasi layanan online sudah berjalan", "Literasi digital warga desa rendah",
         "(T1): sediakan petugas pendamping dan panduan sederhana bagi yang belum terbiasa."),
        ("Jaringan fiber optik milik Pemkot", "Pencurian kabel & vandalisme tiang CCTV",
         "(T1): pasang pengaman di titik rawan dan pantau bersama warga sekitar."),
        // A vendor's hold, staff lured away by pay, a disaster.
        ("SIMRS terintegrasi klinis & non-klinis", "Ketergantungan vendor aplikasi lama",
         "(T1): pastikan kode sumber dan datanya milik pemda dan terdokumentasi."),
        ("Tim IT internal 7 orang", "Tenaga IT susah dipertahankan karena gaji swasta lebih tinggi",
         "(T1): beri jenjang karier, sertifikasi dan tunjangan yang terikat jabatan."),
        ("Data RTLH by name", "Banjir rob dan abrasi tiap tahun",
         "(T1): petakan warga dan aset rawan bencana dari data ini."),
        // Service sites residents visit, against a budget cut and against fraud in the agency's name.
        ("Sudah ada 180 titik layanan desa dengan operator", "Efisiensi APBD memotong anggaran layanan",
         "(T1): tunjukkan jumlah warga yang dilayani tiap lokasi agar anggarannya dipertahankan."),
        ("7 UPTD BLK provinsi sudah jadi TUK", "Sindikat penempatan PMI ilegal via medsos",
         "(T1): umumkan di setiap lokasinya jalur resmi dan cara melaporkan penipuan."),
        // A complaints channel named after itself; a leader against a rival; an achievement against transfers.
        ("SP4N-LAPOR sudah terhubung, tindak lanjut aduan 86%", "Kritik publik viral di medsos",
         "(T1): tanggapi sorotan dan keluhan lewat kanal ini, lalu umumkan tindak lanjutnya."),
        ("Gubernur menetapkan RSUD sebagai pilot smart hospital", "RS swasta dengan layanan digital lebih bagus",
         "(T1): tetapkan target mutu layanan yang dipantau langsung pimpinan."),
        ("Indeks SPBE naik ke 2,6", "Mutasi pejabat struktural tiap tahun",
         "(T1): tulis cara kerja di balik capaian ini dan siapkan penggantinya."),
        // Residents who do not report or pay what they owe.
        ("Aplikasi layanan adminduk online sudah jalan", "Banyak perantau tdk lapor pindah",
         "(T1): permudah caranya lewat kanal ini dan kirim pengingat berkala kepada warga."),
        ("Data wajib retribusi by name sudah lengkap", "Tunggakan retribusi sampah naik",
         "(T1): pakai datanya untuk menemukan dan menindaklanjuti yang belum patuh."),
    ])
    func aStrengthOfEachKindHasAStepAgainstTheThreatsItCanAnswer(strength: String, threat: String, ending: String) {
        let move = StrategyMove(
            id: "M900", quadrant: .st, internal: ["C05"], external: ["C15"],
            action: LocalizedText(en: "hold a yearly review", id: "adakan tinjauan tahunan"),
            basis: .derived, citations: [])
        let sentence = StrategyText.sentence(
            .st, move: move, internal: [Item(id: "S1", quadrant: .strength, text: strength, language: .id)],
            external: [Item(id: "T1", quadrant: .threat, text: threat, language: .id)], language: .id).text
        #expect(sentence.hasSuffix(ending), "\(sentence)")
    }

    @Test func aStrengthsOwnStepComesBeforeAnActionThatNamesIt() {
        // Two blind readers judged the strength's step better than a move's action carrying the strength's name
        // ("tugaskan operator desa membina unit" for village service points against a budget cut).
        let sentence = onePairSentence(
            .st, "SDM TIK 5 orang bersertifikat", "Serangan ransomware ke instansi pemerintah naik",
            action: LocalizedText(en: "have the staff coach units in place of paid consultants",
                                  id: "tugaskan staf membina unit, gantikan konsultan berbayar"),
            objects: [MoveObject(kind: .staff, side: .internal, id: "staf", en: "the staff")])
        #expect(sentence.hasSuffix("(T1): jadikan mereka tim tanggap insiden dengan SOP dan latihan berkala."),
                "\(sentence)")
    }

    @Test func anEnglishStrengthIsKnownByTheNounItsPhraseEndsWith() {
        let threat = Item(id: "T1", quadrant: .threat, text: "Pergantian walikota 2025 bisa ubah prioritas",
                          language: .id)
        func step(_ strength: String) -> String? {
            let item = Item(id: "S1", quadrant: .strength, text: strength, language: .en)
            return StrategyText.strengthStep(.st, [item], [threat], language: .id)
        }
        #expect(step("All 14 fire stations have GPS-tracked fire trucks")
            == "paparkan manfaatnya bagi warga agar pimpinan baru tetap mendanainya")
        #expect(StrengthKind.of(StrategyText.Mention(
            id: "S1", label: ItemLabel(text: "online queue app is already used", language: .en))) == .channel)
        // An Indonesian label is named by its first word alone.
        #expect(StrengthKind.of(StrategyText.Mention(id: "S1", label: ItemLabel(text: "pengelolaan aplikasi"))) == nil)
    }

    @Test func oneCommandCentreOrASetOfCamerasIsNoServiceSite() {
        let cut = onePairSentence(.st, "Command center beroperasi 24/7", "Efisiensi APBD memotong anggaran layanan")
        #expect(!cut.contains("tiap lokasi"), "\(cut)")
        let cameras = onePairSentence(.st, "420 CCTV kota terhubung", "Penipuan mengatasnamakan dinas via WA")
        #expect(!cameras.contains("setiap lokasinya"), "\(cameras)")
    }

    @Test func whatAThreatAndAStrengthAreIsReadWithCare() {
        // A budget cut outweighs the disaster work it takes money from; a vendor as such is no hold on the agency.
        #expect(ThreatAnswer.name(of: "Pemangkasan anggaran daerah, pra-bencana kalah prioritas") == .budget)
        #expect(ThreatAnswer.name(of: "Banjir musiman Kapuas merendam kantor") == .disaster)
        // Storage media are no press.
        #expect(ThreatAnswer.name(of: "Fast obsolescence of file formats and storage media") == nil)
        #expect(ThreatAnswer.name(of: "Public criticism on social media") == .media)
        #expect(ThreatAnswer.name(of: "Kab/kota punya aplikasi dan vendor sendiri") == nil)
        // Not reporting is evasion; a late report is not.
        #expect(ThreatAnswer.name(of: "Banyak perantau tidak lapor pindah") == .evasion)
        #expect(ThreatAnswer.name(of: "Laporan realisasi sering terlambat") == nil)
        // An election ahead is a date; one after which someone changes is a change of leaders.
        #expect(ThreatAnswer.name(of: "Lonjakan permohonan menjelang pemilu dan PPDB") == .surge)
        #expect(ThreatAnswer.name(of: "Jelang Pilkada 2029 kepala daerah terpilih bisa beda prioritas") == .newLeaders)
        #expect(ThreatAnswer.name(of: "Pergantian bupati setelah Pilkada") == .newLeaders)
        // A governor's regulation is a regulation, not the governor.
        let regulation = StrategyText.Mention(
            id: "S1", label: ItemLabel(text: "governor regulation on e-archiving", language: .en))
        #expect(!StrategyText.isLeader(regulation))
        #expect(StrengthKind.of(regulation) == .regulation)
    }

    @Test func aThreatsStepEndsTheSentenceOnlyWhereBothItemsAreOfItsTopic() {
        func item(_ id: String, _ quadrant: Quadrant, _ text: String, _ category: String) -> Item {
            var item = Item(id: id, quadrant: quadrant, text: text, language: .id)
            item.categories = [CategoryMatch(category: category, score: 0.8, terms: [])]
            return item
        }
        let silent = StrategyMove(
            id: "M900", quadrant: .st, internal: ["C15"], external: ["C15"],
            action: LocalizedText(en: "spread IT work over several partners",
                                  id: "sebar pekerjaan TIK ke beberapa mitra"),
            basis: .derived, citations: [])
        let threat = item("T1", .threat, "Serangan ransomware ke instansi pemerintah naik", "C15")
        // A strength of no known kind (`StrengthAgainstThreat`) of the threat's topic: the threat's step.
        let csirtLaunched = item("S1", .strength, "Kota-CSIRT sudah diluncurkan BSSN", "C15")
        let building = item("S2", .strength, "Gedung kantor baru di pusat kota", "C07")
        #expect(StrategyText.sentence(.st, move: silent, internal: [csirtLaunched], external: [threat], language: .id)
            .text.hasSuffix("(T1): siapkan tim tanggap insiden, SOP dan cadangan data yang diuji."))
        // A new office building has no part in an incident team: the sentence says no step rather than a wrong one.
        #expect(StrategyText.sentence(.st, move: silent, internal: [building], external: [threat], language: .id).text
            .hasSuffix("untuk menangkal serangan ransomware ke instansi pemerintah naik (T1)."))
        // A step that repeats what the items say is left out.
        let csirt = item("S3", .strength, "CSIRT dan SOP insiden siber sudah ada", "C15")
        #expect(!StrategyText.sentence(.st, move: silent, internal: [csirt], external: [threat], language: .id).text
            .contains(": siapkan tim tanggap insiden"))
        // In WT the weakness's repair says what is done, and the step how its fault is repaired so that the threat is
        // met too (`RepairAgainstThreat`), not the threat's own step.
        var repair = silent
        repair.quadrant = .wt
        let weakness = item("W1", .weakness, "Server aplikasi tanpa backup di luar gedung", "C15")
        let wt = StrategyText.sentence(.wt, move: repair, internal: [weakness], external: [threat], language: .id).text
        #expect(wt == "Cadangkan server aplikasi (W1) untuk mengantisipasi serangan ransomware ke instansi pemerintah "
            + "naik (T1): simpan salinan luring yang tak terjangkau serangan dan uji pemulihannya.", "\(wt)")
    }

    @Test(arguments: [
        ("Pokir DPRD sering masuk terlambat dan diluar sistem",
         "tetapkan batas waktu tiap tahap dan pantau tiap bulan"),
        ("Operator SIPD di OPD ganti hampir tiap tahun", "tulis panduan kerjanya dan siapkan pengganti sebelum mutasi"),
        ("Aplikasi pajak terpisah-pisah dari vendor berbeda",
         "hubungkan lewat API atau SPLP, mulai dari layanan tersibuk"),
        ("Hanya 3 orang pranata komputer untuk mengurus server",
         "isi lewat formasi ASN atau PPPK dan latih pegawai yang ada"),
        ("Anggaran verifikasi lapangan kecil", "hitung kebutuhannya dan ajukan dalam RKA tahun depan"),
        ("Hasil SKM tdk ditindaklanjuti, cuma jadi laporan tahunan",
         "tetapkan penanggung jawab dan tenggat, lalu laporkan kemajuannya tiap bulan"),
        // A missing thing is put in place by what it is: a document drafted and adopted, a backup site kept and
        // tested, staff hired, a link mapped; anything else has an owner and a deadline.
        ("Belum ada SOP penanganan kebocoran data pribadi",
         "susun drafnya bersama unit terkait, lalu tetapkan dengan keputusan pimpinan"),
        ("Belum ada DRC; backup harian ke NAS di ruang server yg sama",
         "simpan salinan di lokasi lain dan uji pemulihannya tiap triwulan"),
        ("Tdk ada SDM pengelola data/statistik pariwisata",
         "isi lewat formasi ASN atau PPPK dan latih pegawai yang ada"),
        ("142 sekolah di kecamatan hulu blm ada internet stabil",
         "petakan titik tanpa sinyal dan dahulukan yang melayani warga terbanyak"),
        ("Belum ada dashboard kumuh", "tetapkan penanggung jawab dan tenggat penyelesaiannya"),
        // A thing that falls short says no step: what it needs is not in its label.
        ("Sosialisasi layanan online minim, warga tetap antre di kantor", nil),
        // "Pantau log akses user": a step that does not say "pantau" again.
        ("Log akses user tdk pernah dimonitor",
         "tetapkan penanggung jawab dan tenggat, lalu laporkan kemajuannya tiap bulan"),
    ] as [(String, String?)])
    func aWeaknesssFaultSaysHowItIsRepaired(text: String, means: String?) {
        var label = ItemLabel.defaultLabel(text, language: .id)
        label.language = .id
        #expect(WeaknessRepair.of(label, text: text, language: .id)?.means(.id) == means)
    }

    @Test func anEnglishFaultSaysHowInEnglishAndNoStepRepeatsTheRepairsVerb() {
        var label = ItemLabel.defaultLabel("The e-office system is slow and crashes weekly", language: .en)
        label.language = .en
        #expect(WeaknessRepair.of(label, language: .en)?.means(.en) == "set a deadline for each stage and check it "
            + "every month")
        #expect(WeaknessRepair(verb: "Percepat", object: "log akses", kind: .slow).means(.id)
            == "tetapkan batas waktu tiap tahap dan pantau tiap bulan")
        #expect(WeaknessRepair(verb: "Pantau", object: "log akses", kind: .slow).means(.id) == nil)
        #expect(WeaknessRepair(verb: "Tetapkan", object: "jadwal", kind: .undone).means(.id) == nil)
    }
}
