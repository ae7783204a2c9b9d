import Testing

@testable import SwotCore

@Suite("repairs against threats")
struct RepairAgainstThreatTests {
    func sentence(_ weakness: String, _ threat: String) -> String {
        onePairSentence(.wt, weakness, threat)
    }

    @Test(arguments: [
        ("Server aplikasi tanpa backup di luar gedung", "Serangan ransomware ke instansi pemerintah meningkat",
         "(T1): simpan salinan luring yang tak terjangkau serangan dan uji pemulihannya."),
        ("Setoran parkir masih tunai dan manual", "Isu pungli oleh oknum juru parkir",
         "(T1): pindahkan pembayaran ke kanal nontunai dan umumkan tarif resminya."),
        ("Belum ada SOP keamanan informasi", "Serangan ransomware ke instansi pemerintah meningkat",
         "(T1): susun prosedur tanggap insiden dan uji lewat latihan."),
        // Linked systems against a vendor's hold, a leak or a budget cut; records on paper against a leak and the
        // people who resist the change.
        ("Aplikasi pajak terpisah-pisah dari vendor berbeda", "Ketergantungan vendor aplikasi pajak, source code "
            + "tidak diserahkan", "(T1): hubungkan lewat API berstandar terbuka dan pastikan datanya milik pemda."),
        ("Aplikasi online belum terintegrasi dengan sistem rumah sakit", "Kasus kebocoran data kependudukan marak",
         "(T1): hubungkan lewat SPLP dengan hak akses per layanan dan catat setiap pertukaran data."),
        ("Database inovasi tidak terhubung dengan SIPD", "Efisiensi anggaran memangkas belanja riset",
         "(T1): dahulukan sambungan yang paling banyak memangkas kerja ganda."),
        ("Aspirasi reses dicatat manual di form kertas", "Data pribadi konstituen rawan bocor",
         "(T1): pindahkan ke sistem daring berakses terbatas dan hapus salinan lamanya sesuai jadwal retensi."),
        ("Setoran parkir masih tunai via jukir", "Jukir dan ormas menolak parkir non-tunai",
         "(T1): uji coba bersama mereka dan tunjukkan manfaatnya sebelum cara manual dihentikan."),
        // Devices that drop out against theft and against a cut upkeep budget; work not done against a change of
        // officials.
        ("CCTV & ATCS sering offline", "Pencurian kabel & panel surya CCTV di ruas jalan utama",
         "(T1): amankan kabel dan tiangnya, pasang alarm dan siapkan suku cadang untuk pemulihan cepat."),
        ("CCTV & ATCS sering offline", "Efisiensi anggaran memangkas belanja pemeliharaan",
         "(T1): dahulukan perangkat di titik terpenting dan masukkan pemeliharaannya ke kontrak tahunan."),
        ("Rekaman sidang tdk diarsip terstruktur", "Sekwan & pejabat struktural sering dimutasi",
         "(T1): tuangkan dalam keputusan pimpinan dan SOP agar tetap berjalan saat pejabat berganti."),
    ])
    func aFaultIsRepairedSoThatTheThreatIsMetToo(weakness: String, threat: String, ending: String) {
        let written = sentence(weakness, threat)
        #expect(written.hasSuffix(ending), "\(written)")
    }

    @Test func aStepThatDoesNotFitTheItemsIsNotWritten() {
        // Notes kept on paper and a hoax: no payment moves anywhere; the fault's own means says how.
        let hoax = sentence("Aspirasi reses masih dicatat manual", "Hoaks potongan video sidang viral")
        #expect(!hoax.contains("pembayaran"), "\(hoax)")
        #expect(hoax.hasSuffix(": mulai dari yang paling sering dipakai, lalu hentikan cara manualnya."), "\(hoax)")
        // A queue is no payment, even against touts.
        #expect(!sentence("Antrean uji KIR masih manual", "Isu pungli oleh calo").contains("pembayaran"))
    }
}
