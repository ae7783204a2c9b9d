import Testing

@testable import SwotCore

@Suite("strengths seizing opportunities")
struct StrengthForOpportunityTests {
    func sentence(_ strength: String, _ opportunity: String) -> String {
        onePairSentence(.so, strength, opportunity)
    }

    @Test(arguments: [
        ("Tim IT internal 7 orang", "SPLP nasional dibuka untuk integrasi layanan daerah",
         "(O1): tugaskan mereka mengerjakan integrasinya, mulai dari satu layanan."),
        ("Portal data kota sudah memuat 600 dataset", "Universitas negeri siap MoU riset bersama",
         "(O1): olah datanya bersama mitra menjadi kajian untuk kebijakan."),
        ("Nilai SAKIP naik ke B dalam dua tahun", "Insentif fiskal dari pusat untuk daerah berkinerja baik",
         "(O1): laporkan capaian ini dengan bukti dukung lengkap sesuai kriteria penilaiannya."),
        ("Walikota mendukung penuh SPBE", "Universitas negeri siap MoU magang mahasiswa",
         "(O1): minta pimpinan meneken kerja samanya dan meninjau hasilnya tiap triwulan."),
        ("Pergub rencana kontinjensi bencana sudah terbit", "Pendanaan Bank Dunia untuk ketangguhan bencana",
         "(O1): jadikan bukti kesiapan daerah dalam usulan."),
        ("Tim IT internal 7 orang", "Program bimtek keamanan siber gratis dari pusat",
         "(O1): ikutkan mereka, lalu jadikan pelatih bagi pegawai OPD lain."),
    ])
    func aStrengthOfAKnownKindSeizesTheOpportunityItsWay(strength: String, opportunity: String, ending: String) {
        let written = sentence(strength, opportunity)
        #expect(written.hasSuffix(ending), "\(written)")
    }

    @Test func aStrengthIsPutToWhatAGovernmentBodyBuildsOrOpensUp() {
        // Towers for the service points without signal; a system linked to the integration the body opens.
        #expect(sentence("Sudah ada 95 titik layanan desa dengan operator", "BAKTI Kemkomdigi bangun BTS 4G di desa "
            + "blank spot").hasSuffix("(O1): usulkan titik layanannya yang belum bersinyal sebagai lokasi "
            + "pembangunan."))
        #expect(sentence("Aplikasi perizinan online sudah dipakai 3 tahun", "Kemendagri buka integrasi API data "
            + "perizinan nasional").hasSuffix("(O1): hubungkan datanya ke sistem instansi itu lewat API, mulai dari "
            + "satu layanan."))
        // A body's data centre hosts a system's servers; a facility is connected to its network and servers.
        #expect(sentence("SIMRS sudah jalan", "Diskominfo kota punya data center terhubung PDNS")
            .hasSuffix("(O1): pindahkan servernya ke pusat data itu dengan perjanjian layanan."))
        #expect(sentence("ATCS di 12 simpang sudah online", "Diskominfo kabupaten siap berbagi server")
            .hasSuffix("(O1): sambungkan ke jaringan dan server instansi itu dengan perjanjian layanan."))
        // A partner that opens an API is linked to, not developed with.
        #expect(sentence("Aplikasi antrean online sudah jalan", "BPJS Kesehatan menyediakan API bridging "
            + "antrean").hasSuffix("(O1): hubungkan ke sistem mitra lewat API, mulai dari satu layanan."))
        // Service sites need no body's servers; a data centre for backups connects no device.
        #expect(!sentence("Sudah ada 180 titik layanan desa", "Diskominfo kabupaten siap berbagi server")
            .contains("sambungkan ke jaringan"))
        #expect(!sentence("ATCS di 12 simpang sudah online", "Diskominfo punya data center untuk backup & DRC")
            .contains("sambungkan ke jaringan"))
        #expect(sentence("SIMRS sudah jalan", "Diskominfo punya data center untuk backup & DRC")
            .hasSuffix("(O1): simpan cadangannya di pusat data itu dan uji pemulihannya."))
        // An API on offer is used whatever guidance comes with it; guidance alone is asked for; an offer of neither
        // link nor towers is agreed on.
        #expect(sentence("Aplikasi perizinan online sudah dipakai 3 tahun", "Kemendagri beri pendampingan "
            + "integrasi API").contains("hubungkan datanya"))
        // A bridging to another system is a system of the agency's own.
        #expect(sentence("Bridging V-Claim & Antrean Online BPJS sudah stabil", "Kemenkes sediakan SATUSEHAT sandbox, "
            + "FHIR API & pendampingan").contains("hubungkan datanya"))
        #expect(!sentence("Aplikasi perizinan online sudah dipakai 3 tahun", "Kemendagri beri pendampingan "
            + "integrasi layanan").contains("hubungkan datanya"))
        #expect(!sentence("Aplikasi perizinan online sudah dipakai 3 tahun", "Kemenparekraf buka kurasi produk "
            + "desa wisata").contains("hubungkan datanya"))
    }

    @Test func aLeaderATeamAndCamerasMeetWhatABodyOffersOrPushes() {
        // A body that offers its part is met with a signed agreement; one that pushes a national target with
        // targets per unit.
        #expect(sentence("Walikota pimpin rapat evaluasi command centre tiap bulan", "Polres & Dishub bersedia "
            + "sharing feed CCTV").hasSuffix("(O1): minta pimpinan meneken kesepakatannya dan meninjau hasilnya tiap "
            + "triwulan."))
        #expect(sentence("Gubernur komitmen pencegahan korupsi", "KPK lewat MCP dorong integrasi e-planning")
            .hasSuffix("(O1): tetapkan target pemenuhan per unit yang dipantau langsung pimpinan."))
        // A team takes the training a body offers and passes it on; coaching alone is still asked for.
        #expect(sentence("Tim CSIRT 4 orang bersertifikat", "BSSN buka capacity building CSIRT gratis")
            .hasSuffix("(O1): ikutkan mereka pada pelatihannya, lalu minta mereka melatih rekan-rekannya."))
        #expect(sentence("Tim CSIRT 4 orang bersertifikat", "BSSN beri pendampingan penyusunan SOP")
            .hasSuffix("(O1): minta pendampingan teknisnya dan sepakati jadwal kerja bersama."))
        // Cameras are shared with a body that wants them for its own work; service sites have none to share.
        #expect(sentence("ATCS di 12 simpang + 40 CCTV sdh online", "Polres siap kerjasama ETLE, CCTV Dishub bisa "
            + "dipakai utk tilang elektronik").hasSuffix("(O1): bagikan tayangan kameranya ke sistem instansi itu "
            + "lewat perjanjian akses."))
        #expect(!sentence("Sudah ada 95 titik layanan desa dengan operator", "Polres siap kerjasama ETLE")
            .contains("tayangan kameranya"))
        // A network carries a body's cameras; access a body grants to its data is used to match records.
        #expect(sentence("Jaringan fiber optic milik Pemkot 142 km", "Polda siap berbagi biaya perluasan ETLE")
            .hasSuffix("(O1): sambungkan kamera instansi itu lewat jaringan ini dengan pembagian biaya."))
        #expect(sentence("Siskeudes dipakai seluruh desa", "Disdukcapil bersedia memberi hak akses data NIK")
            .hasSuffix("(O1): padankan datanya dengan data instansi itu lewat hak akses yang diberikan."))
    }

    @Test func villageFundsAreSteeredByTheRegionNotSecured() {
        // The villages allocate them: a regulation or a leader sets priorities, service points are budgeted for.
        let regulation = sentence("Perbup 9/2024 tentang desa digital sudah terbit", "Dana Desa boleh dipakai untuk "
            + "belanja TIK desa")
        #expect(regulation.contains("untuk mengarahkan Dana Desa"), "\(regulation)")
        #expect(!regulation.contains("mendapatkan"))
        #expect(regulation.hasSuffix("jadikan dasar edaran kepala daerah tentang prioritas belanja digital desa."))
        #expect(sentence("Sudah ada 95 titik layanan desa dengan operator", "Dana desa boleh dipakai untuk belanja TIK")
            .hasSuffix("dorong desa menganggarkan operator dan internet bagi titik layanannya."))
        // An application has no service points of its own.
        #expect(!sentence("Aplikasi antrean online punya 30 ribu pengguna", "Dana desa boleh dipakai untuk belanja TIK")
            .contains("titik layanannya"))
        // Not for funds that go to food security rather than services or data.
        #expect(!sentence("Perbup 9/2024 tentang desa digital sudah terbit", "Dana Desa boleh dipakai untuk "
            + "ketahanan pangan").contains("edaran"))
        // Other funds are still secured.
        #expect(sentence("Perbup 9/2024 tentang desa digital sudah terbit", "DAK nonfisik untuk transformasi digital")
            .contains("untuk mendapatkan DAK"))
    }

    @Test func aStepTheOpportunityDoesNotAllowIsNotWritten() {
        // An incentive is earned by performance: a team does not apply for it.
        #expect(!sentence("Tim IT internal 7 orang", "Insentif fiskal dari pusat untuk daerah berkinerja baik")
            .contains("tugaskan mereka menyusun usulan"))
        // A programme for residents is no training for the agency's staff.
        #expect(!sentence("Tim IT internal 7 orang", "Program Kartu Prakerja terbuka bagi pencari kerja")
            .contains("ikutkan mereka"))
        // Village funds are the villages' to allocate: a system does not apply for them.
        #expect(StrengthForOpportunity.step(
            strength: StrategyText.Mention(id: "S1", label: ItemLabel(text: "sistem informasi desa")),
            opportunity: "Dana desa boleh dipakai untuk pendataan", label: "dana desa boleh dipakai",
            language: .id) == nil)
        // A national application is not the region's to change.
        #expect(StrengthForOpportunity.step(
            strength: StrategyText.Mention(id: "S1", label: ItemLabel(text: "siskeudes yang dipakai seluruh desa")),
            opportunity: "Permendes PDTT 7/2023 tentang pembangunan desa", label: "Permendes PDTT 7/2023",
            language: .id) == nil)
        // The English step for an English plan.
        #expect(StrengthForOpportunity.step(
            strength: StrategyText.Mention(id: "S1", label: ItemLabel(text: "mayor", language: .en)),
            opportunity: "A local university offers interns", label: "local university", language: .en)
            == "have the leadership sign the partnership and review its results every quarter")
    }
}
