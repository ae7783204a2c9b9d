/// A small lexicon of Indonesian root words, used by `IndonesianStemmer` the way Nazief–Adriani uses its dictionary:
/// a word found here is not stemmed further, and where a nasal prefix can hide two roots (`memiliki`: `pilik` or
/// `milik`?) the one found here wins. It also protects words that only look affixed (`digital`, `dinas`, `masalah`,
/// `kepala`, `perintah`).
///
/// It is deliberately small — planning and e-government vocabulary — and not a full dictionary: words not listed here
/// still stem by rule.
public enum IndonesianLexicon {
    public static let roots: Set<String> = Set(words.split(separator: " ").map(String.init))

    /// Whole words that are not stemmed although they are not roots: `pengguna` (user) is kept apart from `guna`
    /// (use), since a user is not a use; `penggunaan` (usage) still stems to `guna`; `keberlangsungan` (continuity)
    /// is kept apart from `langsung` (direct, face to face).
    public static let unstemmed: Set<String> = ["pengguna", "keberlangsungan"]

    private static let words = """
    ada adil adu ahli ajar akses aktif akhir akibat akun akurat alam alat alih alur aman ambil amat anggar angkat \
    antar apa arah arsip arti asal atas atur awas badan bagi baik baku bangun banyak batas bayar beda beban \
    bekal belanja benar bentuk beri berita berkas bersih besar biasa biaya bijak bina bisnis buat budaya buka \
    bukti bulan butuh cakap capai cari catat cegah cepat cerdas cipta cocok cukup curi daerah dalam damping dampak \
    dana dapat dasar data daya dekat desa desain didik digital digitalisasi dinas dinamis diri direktur diskusi \
    distribusi diklat dialog dimensi dokumen dorong dukung edukasi efektif efisien ekonomi eksekusi elektronik \
    evaluasi fasilitas fokus fungsi gabung gagal gaji ganti gerak giat guna hadap hambat hasil hati hemat hilang \
    hubung hukum ikut ilmu informasi inovasi instansi integrasi isi jabat jadi jalan jalin jamin jangkau jaring \
    jelas jumlah kaji kait kantor karang kata keluar kelola kelompok kembang kenal kepala keras kerja ketat kirim \
    kode kolaborasi komitmen komunikasi konsultan kontrol koordinasi kota kuasa kuat kumpul kunjung kurang laku \
    lalu lambat langkah lanjut laksana latih layan lembaga lengkap libat lindung lingkung lola luas lupa madya \
    main maju maksimal makna malas mampu manfaat masa masalah masuk masyarakat matang mau media mekanisme mental \
    menteri mentor milik minat minim minta mitra modal model modern monitor motivasi mudah mulai muncul murah \
    mutasi mutu nama nasional nilai norma nyata oleh olah operasi optimal paham pakai pandang pantau pasti \
    pedoman pegang peka peluang penting percaya perda perintah periode perlu permen perpres persen personel \
    personil pergub perbup perwal pemda pemkot pemkab pemprov pemilu pilih pimpin pindah pola potensi proses \
    program proyek publik pusat putus ragam rangka rata rawan realisasi rencana retas risiko rupa rusak sadar \
    salur sama sampai sandi saring sasar satu sebar sedia sehat sekolah sekretariat sekda selaras selenggara \
    selesai semangat serah serap sesuai siap sikap simpan sistem situs sosialisasi standar strategi struktur \
    suai sulit sumber susun tahap tahu tambah tangan tanggap tanggung tata teknologi tempat tentu terap terima \
    tiba tindak tingkat tinggi tugas tuju tukar tulis tumbuh uang ubah uji ukur ulang umum unggul urus usaha \
    utama wajib waktu wenang wilayah
    """
}
