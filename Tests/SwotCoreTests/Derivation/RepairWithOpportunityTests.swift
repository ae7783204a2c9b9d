import Testing

@testable import SwotCore

@Suite("repairs with opportunities")
struct RepairWithOpportunityTests {
    func sentence(_ weakness: String, _ opportunity: String) -> String {
        onePairSentence(.wo, weakness, opportunity)
    }

    @Test(arguments: [
        ("Server aplikasi tanpa backup di luar gedung", "PDNS menyediakan layanan backup untuk pemda",
         "(O1): simpan salinan cadangannya di sana dan uji pemulihannya tiap triwulan."),
        ("Staf IT hanya 2 orang untuk 40 aplikasi", "Universitas negeri siap MoU magang",
         "(O1): terima mahasiswa magang dan libatkan dosen dalam pengembangan."),
        ("Belum ada SOP keamanan informasi", "BSSN siap membina pemda",
         "(O1): minta pendampingan instansi itu untuk menyusunnya."),
        ("42 desa masih blank spot tanpa sinyal", "BAKTI Komdigi membangun BTS 4G di desa",
         "(O1): usulkan titik tanpa sinyal lengkap dengan koordinat dan jumlah warganya."),
        // A body's network for unstable links, its integration for a manual service, its training for skills.
        ("CCTV & ATCS sering offline", "Diskominfo kabupaten siap berbagi jaringan FO",
         "(O1): pindahkan sambungannya ke jaringan instansi itu dengan target ketersediaan."),
        ("Antrean uji KIR manual", "Ditjen Hubdat dorong integrasi data uji",
         "(O1): bangun versi daringnya yang langsung terhubung ke sistem instansi itu."),
        ("Auditor belum mahir audit TI", "BPKP beri pendampingan & diklat JFA",
         "(O1): ikutkan mereka pada pelatihan instansi itu dan terapkan pada pekerjaan nyata."),
        // Separate systems are linked through the API a body provides.
        ("PACS radiologi standalone, blm link ke SIMRS", "Kemenkes sediakan SATUSEHAT sandbox, FHIR API & pendampingan",
         "(O1): hubungkan lewat API yang disediakan instansi itu, mulai dari layanan tersibuk."),
        // A DRC offered by a partner is a copy kept in its facility.
        ("No DRC; backup ada di ruang server yg sama", "Telco & cloud provider tawarkan skema KPBU utk DRC",
         "(O1): simpan salinannya di fasilitas mitra dengan perjanjian layanan dan uji pemulihannya."),
    ])
    func aFaultIsRepairedWithWhatTheOpportunityOffers(weakness: String, opportunity: String, ending: String) {
        let written = sentence(weakness, opportunity)
        #expect(written.hasSuffix(ending), "\(written)")
    }

    @Test func aStepThatDoesNotFitTheItemsIsNotWritten() {
        // A missing DRC is built, not drawn up with an agency's coaching.
        #expect(!sentence("Belum ada DRC", "BSSN siap membina pemda").contains("untuk menyusunnya"))
        // A body that offers none of what the fault needs lends no step of its own.
        #expect(!sentence("CCTV & ATCS sering offline", "Ditjen Hubdat dorong integrasi data uji")
            .contains("jaringan instansi itu"))
        #expect(!sentence("Antrean uji KIR manual", "Diskominfo kabupaten siap berbagi jaringan FO")
            .contains("versi daringnya"))
        #expect(!sentence("Auditor belum mahir audit TI", "Diskominfo kabupaten siap berbagi jaringan FO")
            .contains("pelatihan instansi itu"))
        #expect(!sentence("Walidata belum paham metadata", "Bappenas beri pendampingan Satu Data")
            .contains("pelatihan instansi itu"))
        // Interns come from a campus, not from any partner.
        #expect(!sentence("Staf IT hanya 2 orang untuk 40 aplikasi", "Bank daerah siap bermitra")
            .contains("mahasiswa magang"))
    }
}
