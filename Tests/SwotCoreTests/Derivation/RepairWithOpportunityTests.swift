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
    ])
    func aFaultIsRepairedWithWhatTheOpportunityOffers(weakness: String, opportunity: String, ending: String) {
        let written = sentence(weakness, opportunity)
        #expect(written.hasSuffix(ending), "\(written)")
    }

    @Test func aStepThatDoesNotFitTheItemsIsNotWritten() {
        // A missing DRC is built, not drawn up with an agency's coaching.
        #expect(!sentence("Belum ada DRC", "BSSN siap membina pemda").contains("untuk menyusunnya"))
        // Interns come from a campus, not from any partner.
        #expect(!sentence("Staf IT hanya 2 orang untuk 40 aplikasi", "Bank daerah siap bermitra")
            .contains("mahasiswa magang"))
    }
}
