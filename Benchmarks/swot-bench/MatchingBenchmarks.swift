import SwotCore

/// Matching SWOT items to KB categories: `size` varied items (Indonesian, English, mixed) through one matcher.
enum MatchingBenchmarks {
    static let subjects = [
        "Dukungan pimpinan daerah terhadap SPBE", "Komitmen kepala dinas", "Strong political will from the regent",
        "Anggaran TIK", "Serapan anggaran e-government", "Budget for the data centre",
        "Jaringan internet di kecamatan", "Server dan pusat data", "Network coverage in rural villages",
        "SDM IT", "Pelatihan pegawai operator aplikasi", "Skilled programmers and IT staff",
        "Perwal tentang SPBE", "Regulasi perlindungan data pribadi", "Legal basis for electronic signatures",
        "Struktur organisasi dinas kominfo", "Tupoksi bidang aplikasi", "Unclear roles between units",
        "SOP helpdesk", "Proses bisnis perizinan", "Lengthy procedures for permits",
        "Budaya kerja aparatur", "Mindset pegawai", "Sharing culture among officials",
        "Resistensi terhadap perubahan", "Transformasi digital layanan", "Staff resistance to new systems",
        "Tampilan aplikasi layanan publik", "Kepuasan masyarakat terhadap layanan online", "Usability of the portal",
        "Aplikasi mobile pemkot", "Website OPD", "Online permit applications",
        "Integrasi data kependudukan", "Interoperabilitas antar aplikasi", "Data exchange between agencies",
        "Keamanan siber", "Kebocoran data pribadi", "Hackers targeting servers",
        "Koordinasi lintas OPD", "Tim koordinasi SPBE", "Coordination with the provincial office",
        "Kemitraan dengan swasta", "Kerja sama dengan perguruan tinggi", "Partnership with telecom operators",
        "Partisipasi masyarakat melalui kanal pengaduan", "Aspirasi warga", "Citizen feedback and complaints",
        "Sosialisasi aplikasi ke masyarakat", "Kampanye media sosial", "Awareness of the new services",
        "Literasi digital warga lansia", "Kesenjangan digital di desa", "Digital literacy of older people",
        "Monitoring dan evaluasi SPBE", "Indeks SPBE", "Performance indicators for the agency",
        "Pengembangan secara bertahap", "Uji coba layanan", "Pilot project in two districts",
        "Insentif bagi pengelola aplikasi", "Tunjangan kinerja", "Rewards for innovative staff",
        "Manajemen risiko proyek TIK", "Ketergantungan vendor", "Project delays and cost overruns",
        "Transparansi pengadaan", "Pungli dalam pelayanan", "Accountability of budget reports",
    ]
    static let predicates = [
        "masih kurang", "belum optimal", "sudah berjalan baik", "is still weak", "has improved since last year",
        "belum ada sejak tahun 2019", "sangat kuat dan konsisten", "remains a serious concern for planners",
        "perlu ditingkatkan secara berkelanjutan", "not yet aligned with the RPJMD", "kurang concern sama e-gov",
        "masih jadi masalah utama di beberapa OPD",
    ]

    /// `size` items: every subject with every predicate in turn, numbered.
    static func items(size: Int) -> [String] {
        (0..<size).map { i in
            "\(subjects[i % subjects.count]) \(predicates[(i / subjects.count + i) % predicates.count])"
        }
    }

    nonisolated(unsafe) static var sink = 0

    static func match(size: Int) -> () -> Void {
        let matcher = Matcher(knowledgeBase: .shipped)
        let texts = items(size: size)
        return {
            var total = 0
            for text in texts { total &+= matcher.match(text).categories.count }
            sink &+= total
        }
    }

    /// Reading the shipped labelled examples into a classifier: what the first item matched in a session pays once
    /// (`size` is not used).
    static func examples(size: Int) -> () -> Void {
        {
            sink &+= ExampleClassifier.readingShippedExamples().reading("SDM TI kurang").count
        }
    }
}
