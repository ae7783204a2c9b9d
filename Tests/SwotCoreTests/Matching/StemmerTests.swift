import Testing
@testable import SwotCore

@Suite("Indonesian stemmer")
struct IndonesianStemmerTests {
    let stemmer = IndonesianStemmer()

    @Test(arguments: [
        // me- with nasal assimilation
        ("menyusun", "susun"), ("memberikan", "beri"), ("melatih", "latih"), ("mengelola", "kelola"),
        ("menulis", "tulis"), ("memakai", "pakai"), ("mendukung", "dukung"), ("menggunakan", "guna"),
        ("memiliki", "milik"), ("memanfaatkan", "manfaat"), ("memaksimalkan", "maksimal"), ("menguatkan", "kuat"),
        ("mengevaluasi", "evaluasi"), ("mengatasi", "atas"), ("menyediakan", "sedia"), ("meningkatkan", "tingkat"),
        ("merencanakan", "rencana"), ("memperkuat", "kuat"), ("mensosialisasikan", "sosialisasi"),
        // di-, ter-, ber-, ke-, se-
        ("dilatih", "latih"), ("diberikan", "beri"), ("dikelola", "kelola"), ("disosialisasikan", "sosialisasi"),
        ("terbatas", "batas"), ("tersedia", "sedia"), ("berkelanjutan", "lanjut"), ("bertahap", "tahap"),
        ("keamanan", "aman"), ("kebijakan", "bijak"), ("keuangan", "uang"), ("kemauan", "mau"),
        ("keterserapan", "serap"), ("ketersediaan", "sedia"), ("kepemimpinan", "pimpin"),
        // pe-/peng-/peny-/pem-/pen-/per-
        ("pelatihan", "latih"), ("pengelolaan", "kelola"), ("penganggaran", "anggar"), ("penyusunan", "susun"),
        ("pemanfaatan", "manfaat"), ("pemberdayaan", "daya"), ("pendampingan", "damping"), ("pendidikan", "didik"),
        ("penerapan", "terap"), ("pemerintah", "perintah"), ("pemerintahan", "perintah"), ("perencanaan", "rencana"),
        ("perubahan", "ubah"), ("peraturan", "atur"), ("perbaikan", "baik"), ("pengembangan", "kembang"),
        ("penyelenggaraan", "selenggara"), ("petugas", "tugas"), ("penggunaan", "guna"), ("pimpinan", "pimpin"),
        // suffixes -an, -kan, -i, -nya, -lah, -kah, -pun
        ("anggaran", "anggar"), ("layanan", "layan"), ("pelayanan", "layan"), ("dukungan", "dukung"),
        ("kurangnya", "kurang"), ("maksimalnya", "maksimal"), ("dukungannya", "dukung"), ("tingkatkanlah", "tingkat"),
        ("bagaimanakah", "bagaimana"), ("walaupun", "walau"),
    ])
    func stems(_ word: String, _ root: String) {
        #expect(stemmer.stem(word) == root)
    }

    @Test(arguments: [
        // Roots that only look affixed, short words, and loanwords stay as they are.
        "digital", "dinas", "masalah", "kepala", "kelola", "perintah", "sektor", "server", "kerja", "pemda", "perda",
        "aplikasi", "teknologi", "infrastruktur", "data", "jalan", "sistem", "sekolah", "ada", "akan", "peran",
        // Kept whole: a user is not a use, continuity is not "direct".
        "pengguna", "keberlangsungan",
    ])
    func leavesRootsAlone(_ word: String) {
        #expect(stemmer.stem(word) == word)
    }

    @Test func sameRootFromEveryForm() {
        let forms = ["latih", "melatih", "dilatih", "pelatihan", "terlatih"]
        #expect(Set(forms.map(stemmer.stem)) == ["latih"])
    }
}

@Suite("English stemmer")
struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    @Test(arguments: [
        ("trainings", "train"), ("training", "train"), ("trained", "train"), ("planning", "plan"),
        ("policies", "polici"), ("policy", "polici"), ("cities", "citi"), ("services", "servic"),
        ("organisation", "organis"), ("organization", "organis"), ("organise", "organis"),
        ("management", "manag"), ("manage", "manag"), ("government", "govern"), ("security", "secur"),
        ("secure", "secur"), ("regulations", "regul"), ("regulation", "regul"), ("protection", "protect"),
        ("effectiveness", "effect"), ("updated", "upd"), ("update", "upd"), ("accountability", "accountabl"),
        ("accountable", "accountabl"), ("programme", "program"), ("staff", "staff"), ("staffing", "staff"),
        ("budgets", "budget"), ("leaders", "leader"), ("skills", "skill"), ("process", "process"), ("data", "data"),
    ])
    func stems(_ word: String, _ stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    /// British and American spellings meet: `-our`/`-or`, `-tre`/`-ter`, `-bre`/`-ber`, in any inflection.
    @Test(arguments: [
        ("labour", "labor"), ("behaviours", "behavior"), ("favoured", "favor"), ("centres", "center"),
        ("centre", "center"), ("fibre", "fiber"), ("theatre", "theater"),
    ])
    func meetsAcrossSpellings(_ british: String, _ american: String) {
        #expect(stemmer.stem(british) == stemmer.stem(american))
    }

    @Test func shortWordsEndingInOurStay() {
        #expect(["hour", "four", "tour"].map(stemmer.stem) == ["hour", "four", "tour"])
    }

    @Test func wordsOfOtherCategoriesStayApart() {
        #expect(stemmer.stem("integrity") != stemmer.stem("integration"))
        #expect(stemmer.stem("integrated") == stemmer.stem("integration"))
        #expect(stemmer.stem("time") != "tim")
    }

    @Test func shortWordsStay() {
        #expect(stemmer.stem("ict") == "ict")
        #expect(stemmer.stem("it") == "it")
    }
}
