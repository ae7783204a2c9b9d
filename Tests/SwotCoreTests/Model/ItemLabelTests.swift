import Testing
@testable import SwotCore

@Suite("item labels")
struct ItemLabelTests {
    func label(_ text: String) -> String { ItemLabel.defaultLabel(text).text }

    @Test func openingMarkersAreDropped() {
        #expect(label("Terdapat sebanyak 25 Layanan Aplikasi e-government") == "25 Layanan Aplikasi e-government")
        #expect(label("Masih terdapat layanan e-government yang belum maksimal dalam "
            + "pemanfaatannya.") == "layanan e-government yang belum maksimal")
        #expect(label("Adanya dukungan pemerintah pusat terkait perwujudan kota "
            + "cerdas.") == "dukungan pemerintah pusat")
        #expect(label("There is strong support from the regent for digital "
            + "services") == "strong support from the regent")
        #expect(label("The budget is not fully absorbed") == "budget is not fully absorbed")
    }

    @Test func aCommaLeftBehindByAParenthesisEndsTheClause() {
        // Was "SDM TI dinas 2 orang admin": the words after the comma ran on.
        #expect(label("SDM TI dinas cuma 2 org (1 PNS, 1 PPPK), admin aplikasi merangkap operator SIPD")
            == "SDM TI dinas hanya 2 orang")
    }

    @Test func theShortNamesOfMinistriesAndRegionalOfficesKeepTheirCapital() {
        #expect(label("Kemenkes mewajibkan integrasi rekam medis") == "Kemenkes mewajibkan integrasi rekam medis")
        #expect(label("Diskominfo cuma punya 4 ASN") == "Diskominfo hanya punya 4 ASN")
        #expect(label("Semua puskesmas sudah memakai SIMPUS") == "semua puskesmas sudah memakai SIMPUS")
    }

    @Test func absenceMarkersAreDroppedButTheSentenceStillSaysSomethingIsMissing() {
        let staff = ItemLabel.defaultLabel("Kurangnya SDM TI untuk memelihara aplikasi")
        #expect(staff.text == "SDM TI" && staff.marksAbsence && staff.absenceMarker == "kurangnya")
        #expect(staff.phrase(.id) == "kurangnya SDM TI")
        let sop = ItemLabel.defaultLabel("Belum ada SOP penanganan insiden keamanan")
        #expect(sop.text == "SOP penanganan insiden keamanan" && sop.marksAbsence)
        #expect(
            ItemLabel.defaultLabel("Lack of IT staff to maintain the applications").phrase(.en)
                == "the lack of IT staff"
        )
        #expect(!ItemLabel.defaultLabel("Masih rendahnya literasi digital aparatur").marksAbsence)
        // Planners' shorthand for the same markers.
        let policy = ItemLabel.defaultLabel("Blm ada kebijakan keamanan informasi")
        #expect(policy.text == "kebijakan keamanan informasi" && policy.marksAbsence)
        // Shorthand the marker list does not spell: read as the word it stands for ("gak" is "tidak").
        let computerStaff = ItemLabel.defaultLabel("Gak ada pranata komputer, website diurus 1 PPPK")
        #expect(computerStaff.text == "pranata komputer" && computerStaff.marksAbsence)
        #expect(ItemLabel.defaultLabel("Nggak punya server cadangan").marksAbsence)
    }

    @Test func aPlusJoinsAlternativesAsAnAmpersandDoes() {
        #expect(label("Bandwidth 20 Mbps dibagi 40 PC + Wi-Fi tamu, loket lemot") == "bandwidth 20 Mbps dibagi 40 PC")
        #expect(label("ATCS di 12 simpang + 40 CCTV terhubung ke command center") == "ATCS di 12 simpang")
    }

    @Test func aNeedIsSaidWithWhatIsNeededOrNotAtAll() {
        #expect(label("Operator desa butuh pelatihan ulang tiap tahun") == "operator desa butuh pelatihan ulang")
        #expect(said("Operator desa butuh pelatihan ulang tiap tahun") == "operator desa yang butuh pelatihan ulang")
        #expect(label("±5 rb PPPK paruh waktu butuh gaji, belanja pegawai dekati batas") == "±5 rb PPPK paruh waktu")
        // Wanting is said as a predicate too, and a name before "&" and another name keeps its capital.
        #expect(said("Vendor e-ticketing mau lock-in") == "vendor e-ticketing yang mau lock-in")
        #expect(said("Dekranasda & Bank Daerah mau co-funding kurasi produk")
            == "Dekranasda & Bank Daerah yang mau co-funding")
    }

    @Test func aCommonOpeningWordStartsInLowerCaseEvenBeforeANumberOrASlash() {
        // Inside a sentence: "Atasi hanya 3 orang pranata komputer (W1) …", not "Atasi Hanya 3 orang …".
        #expect(label("Hanya 3 orang pranata komputer untuk mengurus server") == "hanya 3 orang pranata komputer")
        #expect(label("Musdes/muskel utk verval DTKS gak rutin") == "musdes/muskel untuk verval DTKS tidak rutin")
        #expect(label("Penyesuaian NJOP/kenaikan PBB bikin warga protes").hasPrefix("penyesuaian NJOP/kenaikan PBB"))
        // A word joined to its alternative by "&" is judged by its own letters, as is an acronym joined so.
        #expect(label("Banjir & longsor tiap musim hujan") == "banjir & longsor tiap musim hujan")
        #expect(label("Efisiensi APBD & pemotongan TKD 2026").hasPrefix("efisiensi APBD"))
        #expect(label("Walikota & Sekda strong support SPBE").hasPrefix("Walikota & Sekda"))
        // A regulation named by its number stays as written, its "No." no end of the phrase.
        #expect(label("Perbup No. 17 Tahun 2023 ttg Penanganan Fakir Miskin") == "Perbup No. 17 Tahun 2023")
        #expect(label("Inpres 4/2025 mengalihkan DTKS ke DTSEN") == "Inpres 4/2025 mengalihkan DTKS ke DTSEN")
    }

    @Test func longTextsAreCutWhereAPhraseEndsNeverInsideOne() {
        #expect(label("Terdapat dukungan yang kuat dari pimpinan dalam memaksimalkan layanan "
            + "e-government.") == "dukungan yang kuat dari pimpinan")
        #expect(label("Tersedianya SDM yang memadai dalam mengelola aplikasi layanan "
            + "e-government.") == "SDM yang memadai")
        #expect(label("Regulasi terkait e-government di Indonesia yang masih terbatas sebagai payung "
            + "hukum.") == "regulasi terkait e-government di Indonesia")
        // A clause ends at a comma; an aside in parentheses is left out.
        #expect(label("Jaringan fiber optik menjangkau semua OPD, kecuali dua "
            + "kecamatan") == "jaringan fiber optik menjangkau semua OPD")
        #expect(label("Kurangnya SDM TI (hanya 3 orang)") == "SDM TI")
        // A number keeps its dot; a label never ends on a word that opens a phrase.
        #expect(label("Perpres 95.2018 mewajibkan arsitektur SPBE dan peta "
            + "rencana") == "Perpres 95.2018 mewajibkan arsitektur SPBE")
        // A cut before an aspect word keeps the word it says something of, so the label still names the problem.
        #expect(label("Operator desa sering ganti tiap pergantian kades, hasil bimtek hilang")
            == "operator desa sering ganti")
        #expect(label("Data bank sampah masih manual per unit, rekap ke DLH tiap bulan")
            == "data bank sampah masih manual")
        // Only a whole Indonesian word: a compound in another language is not cut in two.
        #expect(label("PBJT hotel dan restoran masih self assessment tanpa alat perekam transaksi")
            == "PBJT hotel dan restoran")
        // "via" and "lewat" open a phrase of means, as "melalui" does.
        #expect(label("Ritase truk sampah tercatat harian via GPS tracker armada & timbangan "
            + "TPA") == "ritase truk sampah tercatat harian")
        for text in ["Banyak aplikasi OPD yang dibangun sendiri-sendiri oleh vendor berbeda tanpa standar",
                     "Villages in the hills without any mobile signal at all for the services"] {
            let words = label(text).split(separator: " ")
            #expect(words.count <= ItemLabel.maximumWords, "\(text)")
            #expect(!ItemLabel.danglingWords.contains(String(words.last!).lowercased()), "\(text)")
        }
    }

    @Test func aLabelEndsWhereThePredicateStartsAndDropsWhatIsNoWord() {
        // A modal or an aspect word opens the predicate: the name ends before it.
        #expect(label("Pergantian bupati setelah Pilkada bisa mengubah prioritas program "
            + "SPBE") == "pergantian bupati setelah Pilkada")
        #expect(label("Roadmap transformasi digital kesehatan 2024-2026 sudah ditetapkan dengan "
            + "Pergub") == "roadmap transformasi digital kesehatan 2024-2026")
        // Without a phrase end in reach, words that only colour the phrase go; a "/" that would make the label
        // longer than six words is left out; "Ada" opens.
        #expect(label("Diskominfo cuma punya 4 ASN background IT") == "Diskominfo punya 4 ASN background IT")
        // "makin", "semakin", "kian" open a predicate of growth: the name ends before them.
        #expect(label("Serangan ransomware ke pemda makin sering") == "serangan ransomware ke pemda")
        #expect(label("Cyber attacks on local governments increasingly target backups")
            == "cyber attacks on local governments")
        // Alternatives that do not fit whole end the label as "dan" would, never run together without their "/".
        #expect(label("Semua puskesmas sudah memakai SIMPUS / e-Puskesmas untuk pelayanan "
            + "harian") == "semua puskesmas sudah memakai SIMPUS")
        #expect(label("Kemenpar kembangkan Satu Data Pariwisata & dashboard statistik kunjungan, buka API")
            == "Kemenpar kembangkan Satu Data Pariwisata")
        #expect(label("Ada 12 data officer dan programmer kesehatan yang "
            + "terlatih") == "12 data officer dan programmer kesehatan")
    }

    @Test func aCutLabelDoesNotEndOnAFigureOrAParticipleWhoseNounOrAgentWasCutOff() {
        #expect(label("Perpustakaan digital iKediri punya 15 ribu anggota aktif") == "perpustakaan digital iKediri")
        #expect(label("Two certified archivists trained by ANRI lead the records team") == "two certified archivists")
        #expect(label("Anggaran alih media hanya cukup untuk 5% arsip per tahun") == "anggaran alih media")
        // A passive predicate, a year and a figure that ends the clause stay.
        #expect(label("Our online queue app is already used by about 40% of outpatients")
            == "online queue app is already used")
        #expect(label("Pemotongan TKD 2026 memangkas belanja modal semua OPD") == "pemotongan TKD 2026")
    }

    @Test func aLabelCutBeforeANegationKeepsItSoTheMeaningIsNotTurnedRound() {
        // "pemanfaatan hak akses oleh OPD" alone reads as if the use were in order: the negation stays, the subject
        // gives up its preposition.
        #expect(label("Pemanfaatan hak akses oleh OPD blm dimonitor, log akses user tdk pernah diaudit")
            == "pemanfaatan hak akses OPD belum dimonitor")
        #expect(label("Bupati baru blm menaruh perhatian pd SPBE, arahan ke OPD masih minim")
            == "Bupati baru belum menaruh perhatian")
        // A place between the subject and its negation goes, and the predicate may take three words after it.
        #expect(label("Pasokan blangko KTP-el dari pusat tidak menentu") == "pasokan blangko KTP-el tidak menentu")
        #expect(label("Banyak SD di lereng Merapi belum punya internet stabil")
            == "banyak SD belum punya internet stabil")
        // A predicate that runs on, or a subject without room, keeps the label as it was: no short label says it.
        #expect(label("Renstra dinas belum memuat sasaran transformasi digital yg jelas") == "Renstra dinas")
        #expect(label("Temuan BPK/APIP soal penerima BSPS tdk tepat sasaran, risiko hukum bagi PPK")
            == "temuan BPK/APIP soal penerima BSPS")
    }

    @Test func aLabelCutDownToItsSubjectKeepsAWholePredicate() {
        // "Gunakan Bupati (S2)" or "Atasi operator SIPD (W3)" names a thing and drops what the item says of it.
        #expect(label("Bupati sangat mendukung dan selalu menanyakan progres aplikasi layanan di rapat pimpinan")
            == "Bupati sangat mendukung")
        #expect(label("Operator SIPD di OPD ganti hampir tiap tahun, kebanyakan blm pernah bimtek")
            == "operator SIPD ganti hampir tiap tahun")
        #expect(label("Kepercayaan warga menurun karena pengaduan sebelumnya tidak pernah ditindaklanjuti")
            == "kepercayaan warga menurun")
        // A clause word is no predicate, and a predicate that runs past six words is left out.
        #expect(label("Masih ada pungli di loket meskipun layanan daring sudah tersedia") == "pungli di loket")
        #expect(label("Server aplikasi masih di ruang kantor DLH, belum migrasi ke data center Pemkot")
            == "server aplikasi")
    }

    @Test func anEnglishLabelEndsBeforeAPrepositionOrAVerbWhoseObjectWasCut() {
        func english(_ text: String) -> String { ItemLabel.defaultLabel(text, language: .en).text }
        #expect(english("Cybercrime and ransomware attacks against public institutions are rising in the region")
            == "cybercrime and ransomware attacks")
        // "with" between two capitalised words is inside a name, so the verb after it ends the subject.
        #expect(english("Contracts with IT suppliers give the government little leverage over service levels")
            == "contracts with IT suppliers")
        #expect(english("Waze for Cities partnership offers free real-time congestion and incident data sharing")
            == "Waze for Cities partnership")
        #expect(english("No SOP yet for CCTV footage retention and sharing") == "SOP for CCTV footage retention")
        // An Indonesian predicate that goes on past a modal is not whole: the subject stays alone.
        #expect(label("Refocusing anggaran dari pusat bikin proyek TIK bisa ditunda atau dipotong")
            == "refocusing anggaran")
    }

    @Test func anEnglishLabelDropsWhatWeLackAndSaysItIsAbsent() {
        let lacking = ItemLabel.defaultLabel("We still have no approved e-government master plan beyond 2025",
                                             language: .en)
        #expect(lacking.text == "approved e-government master plan beyond 2025")
        #expect(lacking.marksAbsence)
    }

    @Test func aLabelIsNeverCutInsideANameOrBeforeWhatARegulationIsAbout() {
        // "tentang" opens what a regulation is about: the regulation's name is the label.
        #expect(label("Permendes PDTT tentang prioritas penggunaan Dana Desa membolehkan belanja desa digital")
            == "Permendes PDTT")
        // Without a phrase end, six words, less the start of a name the seventh word would have continued, and
        // less a verb whose object was cut off.
        #expect(label("Kemenkes mendorong rumah sakit daerah mengadopsi Satu Data Kesehatan Indonesia segera")
            == "Kemenkes mendorong rumah sakit daerah")
        #expect(label("Pemprov mendorong kabupaten ikut program Dana Alokasi Khusus digital")
            == "Pemprov mendorong kabupaten ikut program")
    }

    @Test func aLabelNeverEndsOnAVerbCutFromItsObjectAndKeepsWhatAnAmpersandJoins() {
        #expect(label("Efisiensi anggaran & pemotongan TKD 2026 memangkas belanja TIK OPD")
            == "efisiensi anggaran & pemotongan TKD 2026")
        #expect(label("Walikota & Sekda strong support SPBE, indeks naik") == "Walikota & Sekda strong support SPBE")
        // Where joining would leave a long name out whole, the "&" ends the phrase instead; not inside a name.
        #expect(label("Bupati sdh teken Perbup SPBE & Perbup Peta Proses Bisnis Pemda thn 2023")
            == "Bupati sudah teken Perbup SPBE")
        #expect(label("Univ negeri setempat (FH & Ilmu Politik) siap MoU magang & kajian naskah akademik")
            == "univ negeri setempat siap MoU magang")
        #expect(label("Poltekkes setempat punya prodi Rekam Medis & Informasi Kesehatan (RMIK) siap magang")
            == "poltekkes setempat punya prodi")
        // A whole text keeps its verb; a root is no verb.
        #expect(label("Anggaran TIK terus dipotong") == "anggaran TIK terus dipotong")
        #expect(label("Kemenkes mewajibkan RME") == "Kemenkes mewajibkan RME")
        // A ministry's short name keeps its capital although the next word is a common one; "kemenangan" is no name.
        #expect(label("Kemenag wajibkan SIMPEG terpusat") == "Kemenag wajibkan SIMPEG terpusat")
        #expect(label("Dishub pasang CCTV baru") == "Dishub pasang CCTV baru")
        #expect(label("Kemenangan petahana di Pilkada") == "kemenangan petahana di Pilkada")
        // A common word before a title is lower case; a sign that changes a figure stays.
        #expect(label("Pergantian Gubernur hasil Pilkada 2024, prioritas bisa berubah")
            == "pergantian Gubernur hasil Pilkada 2024")
        #expect(label("Anggaran digitalisasi UMKM < 4% belanja dinas, habis utk event")
            == "anggaran digitalisasi UMKM < 4% belanja")
        #expect(ItemLabel.isVerb("memangkas") && ItemLabel.isVerb("dipakai"))
        #expect(!ItemLabel.isVerb("menteri") && !ItemLabel.isVerb("media") && !ItemLabel.isVerb("dinas"))
        // "boleh" opens a predicate as "bisa" does; a verb after the object of "siap" ends the name.
        #expect(label("Dana desa boleh dipakai membiayai pendataan honor operator desa") == "dana desa")
        #expect(label("Polres siap kerjasama ETLE memakai CCTV Dishub di simpang") == "Polres siap kerjasama ETLE")
        // A text ending on "&" keeps the word before it.
        #expect(label("Bupati &") == "Bupati")
    }

    @Test func anEnglishLabelCutInsideItsPredicateIsItsSubject() {
        func english(_ text: String) -> String { ItemLabel.defaultLabel(text, language: .en).text }
        // A verb whose object was cut off, or an object cut in the middle: the subject names the item.
        #expect(english("BSSN and the city CSIRT offer free security assessments (ITSA) and incident support to "
            + "hospitals") == "BSSN and the city CSIRT")
        #expect(english("An online grievance redress system lets citizens lodge complaints and track responses")
            == "online grievance redress system")
        #expect(english("Citizens and local media increasingly ask for open budget data and APBD dashboards")
            == "citizens and local media")
        // A noun the verb follows is the subject's; so is an adverb's verb ("routinely overrun").
        #expect(english("The national e-government master plan gives counties a ready template for their own plans")
            == "national e-government master plan")
        #expect(english("Large IT projects routinely overrun their budgets and schedules without any risk register")
            == "large IT projects")
        // Kept: a verb with its object whole, a verb that needs none, a subject of one word, an auxiliary.
        #expect(english("Ministries run dozens of stand-alone applications with duplicated functions")
            == "ministries run dozens of stand-alone applications")
        #expect(english("Skilled IT staff leave for the private sector because civil service salaries are too low")
            == "skilled IT staff leave")
        #expect(english("Petty corruption persists at service counters where fees are not published")
            == "petty corruption persists")
        // A time clause is not cut into ("goes viral whenever CCTV | is dead").
        let viral = english("Public criticism goes viral whenever CCTV is dead during floods or street crime")
        #expect(viral.hasPrefix("public criticism") && !viral.contains("whenever"), "\(viral)")
        #expect(english("Frequent power cuts in rural areas knock out connectivity for days at a time")
            == "frequent power cuts in rural areas")
        #expect(english("The country climbed twenty places in the UN E-Government Development Index")
            == "country climbed twenty places")
        #expect(english("Many employees have never been briefed on the aims of the e-government programme")
            == "many employees have never been briefed")
    }

    @Test func aLabelNeverEndsWhereWhatFollowsIsNeeded() {
        // A colon after a regulation's number ends the clause; a condition ("kalau", "if") ends the name.
        #expect(label("Permen LHK P.75/2019: produsen wajib kurangi sampah, siap danai bank sampah via EPR/CSR")
            == "Permen LHK P.75/2019")
        #expect(label("Mindset pegawai masih 'kalau bisa dipersulit kenapa dipermudah'") == "mindset pegawai")
        #expect(label("Project delays if the sole contractor goes bankrupt") == "project delays")
        // A modal, a limit or an amount never ends a label; a passive verb needs no object.
        #expect(label("RPJMD 2025-2029 wajib ditetapkan paling lambat 6 bulan setelah pelantikan wali kota")
            == "RPJMD 2025-2029 wajib ditetapkan")
        #expect(label("Fiscal austerity measures are expected to cut capital spending on digital projects")
            == "fiscal austerity measures")
        // Nor a bare verb, "but" or "become" whose object or content was cut off.
        #expect(label("Telco & cloud provider nasional tawarkan skema KPBU/CSR utk DRC")
            == "telco & cloud provider nasional")
        #expect(label("capaian kinerja dicatat tiap bln tp tdk prnah dievaluasi pimpinan")
            == "capaian kinerja dicatat tiap bulan")
        #expect(label("Perpres 132/2022 Arsitektur SPBE Nasional jadi acuan yang jelas bagi daerah")
            == "Perpres 132/2022 Arsitektur SPBE Nasional")
        #expect(!ItemLabel.isBaseVerb("kebijakan") && !ItemLabel.isBaseVerb("informasi"))
        #expect(ItemLabel.isBaseVerb("kurangi") && ItemLabel.isBaseVerb("tawarkan"))
        // Cut where a phrase ends, an active verb has its object: it stays.
        #expect(label("BPK berulang kali mencatat ketidaksesuaian antara dokumen perencanaan dan penganggaran")
            == "BPK berulang kali mencatat ketidaksesuaian")
    }

    @Test func plannersShorthandEndsAPhraseAsTheFullWordDoes() {
        // "yg" is "yang", "dgn" "dengan", "utk" "untuk", "tapi" "tetapi": a label is not cut between "paham" and
        // what is understood.
        #expect(label("DPMD cuma punya 1 staf yg paham IT dan tidak ada anggaran pemeliharaan aplikasi desa di "
            + "APBD") == "DPMD hanya punya 1 staf")
        #expect(label("Koordinasi data dgn BPS dan OPD penghasil data belum berjalan rutin")
            == "koordinasi data dengan BPS")
        #expect(label("Layanan perizinan sdh online tapi verifikasi berkas masih manual")
            == "layanan perizinan sudah online")
        #expect(label("Operator blm pernah ikut bimtek utk aplikasi baru dari kementerian")
            == "operator belum pernah ikut bimtek")
    }

    @Test func aLabelNeverEndsOnAnIndonesianWordThatQualifiesTheNextOne() {
        // "tiap", "per", "terlalu" belong to the word after them: cut there, the label is left hanging.
        #expect(label("Harga paket data naik terus tiap tahun") == "harga paket data naik")
        #expect(label("Forum Satu Data rutin rapat per triwulan, tapi notulen tidak ditindaklanjuti")
            == "Forum Satu Data rutin rapat")
        #expect(label("Formulir daring terlalu panjang sehingga warga gagal mengirim")
            == "formulir daring terlalu panjang")
    }

    @Test func aLabelNeverEndsWhereItsPhraseGoesOnInTheText() {
        // A figure with its sign whose noun was cut off, and the word that took it.
        #expect(label("Aplikasi antrean puskesmas punya ±30 rb pengguna terdaftar, ada notifikasi WA")
            == "aplikasi antrean puskesmas")
        // A preposition of time or topic, a month before its year, a word that needs the next one.
        #expect(label("Aksi massa soal tarif retribusi pasca kenaikan Perda menekan dinas dan DPRD")
            == "aksi massa soal tarif retribusi")
        #expect(label("Permendagri 3/2025 SIPD berlaku penuh Januari 2026, OPD harus migrasi data")
            == "Permendagri 3/2025 SIPD berlaku penuh")
        #expect(label("Kepala daerah baru hasil Pilkada fokus program populis, anggaran TIK terancam")
            == "kepala daerah baru hasil Pilkada")
        // What something makes happen, cut after its first word; a noun made from a verb, cut from its object.
        #expect(label("Pembayaran lewat aplikasi swasta bikin data retribusi pasar sulit direkonsiliasi dgn kas "
            + "daerah") == "pembayaran lewat aplikasi swasta")
        #expect(label("Bank Indonesia kantor perwakilan dorong perluasan QRIS di pasar tradisional dan terminal")
            == "Bank Indonesia kantor perwakilan")
    }

    @Test func aDefaultLabelSpellsOutChatShorthandAndKeepsWhatHasTwoReadings() {
        // A strategy sentence goes into a Renstra: "sdh", "blm", "kab" are written out, at the start capitalised as
        // typed; "dr" may be "dari" or "dokter" and stays. The item's text is not touched.
        #expect(label("Diskominfo kab punya command center & jaringan FO")
            == "Diskominfo kabupaten punya command center")
        #expect(label("SDM IT Dishub cuma 1 org PPPK") == "SDM IT Dishub 1 orang PPPK")
        #expect(label("Jadwal dr spesialis msh manual") == "jadwal dr spesialis masih manual")
        #expect(ItemLabel.spelledOut("Blm") == "Belum")
        #expect(ItemLabel.spelledOut("BLM") == "belum")
        #expect(ItemLabel.spelledOut("dr") == "dr")
        // Spoken words are written as a Renstra writes them.
        #expect(label("Tiap OPD bikin aplikasi sendiri, tidak terintegrasi") == "tiap OPD membuat aplikasi sendiri")
        #expect(label("Evaluasi SPBE cuma formalitas") == "evaluasi SPBE hanya formalitas")
        #expect(ItemLabel.defaultLabel("Our org has two IT staff", language: .en).text == "org has two IT staff")
        var plan = Plan(name: "shorthand")
        let item = try? plan.addItem(.weakness, text: "Antrean uji KIR msh manual")
        #expect(item?.text == "Antrean uji KIR msh manual")
        #expect(item.map { ItemLabel.of($0).text } == "antrean uji KIR masih manual")
    }

    @Test func anEnglishLabelEndsWhereItsPredicateOrANewSubjectStartsAndNotOnAQualifier() {
        // "are", "we": the predicate or a new subject starts; "As the …" opens with the role the item names.
        #expect(label("Local medical and informatics faculties are ready for research and data collaboration")
            == "local medical and informatics faculties")
        #expect(label("As the provincial referral hospital we already run teleconsultation with 12 district hospitals")
            == "provincial referral hospital")
        // A cut label does not end on a word that qualifies the next one, or on a preposition.
        #expect(label("Senior clerks quietly resist the new case system and keep parallel paper registers")
            == "senior clerks quietly resist")
        #expect(label("Private firms pay IT specialists three times more, so our best people leave")
            == "private firms pay IT specialists")
        #expect(label("Staff pushed back against the new case management system and quietly went back to paper")
            == "staff pushed back")
    }

    @Test func aLabelInTheOtherLanguageIsQuotedAndThePlannersOwnIsNot() throws {
        var plan = Plan(name: "labels")
        try plan.addItem(.weakness, text: "Belum ada SOP penanganan insiden keamanan")
        plan.items[0].language = .id
        let label = ItemLabel.of(plan.items[0])
        #expect(label.phrase(.id) == "kurangnya SOP penanganan insiden keamanan")
        #expect(label.phrase(.en) == "the lack of “SOP penanganan insiden keamanan”")
        try plan.setLabel("W1", label: "no incident SOP")
        #expect(ItemLabel.of(plan.items[0]).phrase(.en) == "no incident SOP")
    }

    @Test func anIndonesianLabelOfAnItemReadAsEnglishIsSaidAsTheSentencesOwnWords() {
        let read = { (text: String) in
            ItemLabel.of(Item(id: "W1", quadrant: .weakness, text: text, language: .en))
        }
        // The English terms around it made the item English; its label is Indonesian (acronyms and IT loanwords
        // tell neither language).
        let server = read("Server rekaman CCTV di ruang command centre tanpa backup & DRC, storage cuma 7 hari")
        #expect(server.text == "server rekaman CCTV")
        #expect(server.phrase(.id) == "server rekaman CCTV")
        // An English label stays English, and so does one whose words tell neither.
        #expect(read("Vendor lock-in: the CCTV analytics licence is controlled by one vendor").phrase(.id)
            == "“vendor lock-in”")
        #expect(read("SIMRS server backup").language == .en)
    }

    @Test func anEnglishSentenceSaysALabelAsANounPhraseWithItsArticle() {
        let said = { (text: String) in
            ItemLabel.of(Item(id: "S1", quadrant: .strength, text: text, language: .en)).phrase(.en)
        }
        // "that" or, for people, "who" before a verb that agrees with the subject; the text's article before it.
        #expect(said("The office already runs a portal") == "the portal") // what it holds names the item
        #expect(said("The county already runs a single sign-on portal")
            == "the county that runs a single sign-on portal")
        #expect(said("A local university offers interns and joint development")
            == "a local university that offers interns")
        #expect(said("The mayor chairs a monthly steering meeting")
            == "the mayor who chairs a monthly steering meeting")
        #expect(said("Citizens increasingly use mobile apps") == "citizens who increasingly use mobile apps")
        // Without an article of its own, one countable thing takes "the"; plurals and mass nouns take none.
        #expect(said("Open data portal publishes 300 datasets") == "the open data portal that publishes 300 datasets")
        #expect(said("IT staff runs the helpdesk") == "IT staff who runs the helpdesk")
        // Nouns, not verbs: after an acronym, before a preposition, a noun compound without agreement.
        #expect(said("Central DAK grants fund digital infrastructure")
            == "central DAK grants fund digital infrastructure")
        #expect(said("Ransomware attacks on local governments") == "ransomware attacks on local governments")
        #expect(said("IT support desk open on weekdays") == "IT support desk open on weekdays")
        #expect(said("Immunization records for 98 percent of children are entered") == "immunization records")
        // A modal or a perfect makes a clause after any subject; after an acronym, a verb seldom a noun does too.
        #expect(said("Diskominfo will connect all OPD to SPLP next year") == "Diskominfo that will connect all OPD")
        #expect(said("Trained honorary IT staff may leave when contracts end")
            == "trained honorary IT staff who may leave")
        #expect(said("All 42 OPD have prepared budgets in SIPD-RI since 2023")
            == "all 42 OPD that have prepared budgets")
        #expect(said("PDNS offers free government cloud hosting for regional applications")
            == "PDNS that offers free government cloud hosting")
        #expect(said("The 2024 APBD gave only Rp 450 million for IT") == "the 2024 APBD that gave Rp 450 million")
        #expect(said("SPLP from Komdigi allows data exchange") == "SPLP from Komdigi that allows data exchange")
        // The absence marker's "yet" goes wherever it follows the noun.
        #expect(said("No API link yet between SIPD-RI and the data portal") == "the lack of API link")
        // A name in mixed case tells no language: the label stays English, unquoted.
        #expect(said("MenPAN-RB plans to shut down duplicate applications") == "MenPAN-RB plans")
        // "is" and "are" go, as before; the planner's own label is said as written.
        #expect(said("The budget is not fully absorbed") == "the budget not fully absorbed")
    }

    /// The organisation is what every strength and weakness is about: what it holds or runs names the item.
    @Test func whatTheOrganisationHoldsNamesTheItem() {
        #expect(said("Pemkot sudah punya data center sendiri") == "data center sendiri")
        #expect(said("Dinas sudah memiliki aplikasi SIMPEG yang terintegrasi") == "aplikasi SIMPEG yang terintegrasi")
        let english = { (text: String) in
            ItemLabel.of(Item(id: "S1", quadrant: .strength, text: text, language: .en)).phrase(.en)
        }
        // What it runs is its own: "the", whatever article the text gave it.
        #expect(english("The city already runs a single sign-on portal used by 40 agencies")
            == "the single sign-on portal")
        #expect(english("Our agency has 12 certified network engineers") == "12 certified network engineers")
        // The subject is often left out; a bare "run" or "own" opening a text is not a verb of holding.
        #expect(said("Sudah memiliki Perbup SPBE sejak 2021") == "Perbup SPBE sejak 2021")
        #expect(said("Punya 4 pranata komputer yg paham API SIASN").hasPrefix("4 pranata komputer"))
        #expect(english("Has a help desk team of 5 people").hasPrefix("the help desk team"))
        #expect(english("Run by a single vendor without source code").hasPrefix("run by"))
        // Only before a verb of holding, and never leaving nothing to name.
        #expect(said("Kota Layak Anak sudah diraih tiga tahun").hasPrefix("Kota Layak Anak"))
        #expect(said("Kabupaten tetangga punya MPP digital").hasPrefix("kabupaten tetangga"))
        #expect(said("Pemkot punya").hasPrefix("Pemkot"))
    }

    func said(_ text: String, _ language: Language = .id) -> String {
        ItemLabel.of(Item(id: "W1", quadrant: .weakness, text: text, language: .id)).phrase(language)
    }

    @Test(arguments: [
        ("sediakan", "menyediakan"), ("siapkan", "menyiapkan"), ("kembangkan", "mengembangkan"),
        ("targetkan", "menargetkan"), ("tawarkan", "menawarkan"), ("wajibkan", "mewajibkan"), ("dorong", "mendorong"),
        ("beri", "memberi"), ("buka", "membuka"), ("pakai", "memakai"), ("kelola", "mengelola"), ("ubah", "mengubah"),
        ("latih", "melatih"), ("terbitkan", "menerbitkan"), ("cek", "mengecek"), ("transfer", "mentransfer"),
    ])
    func aBareVerbHasItsActiveForm(bare: String, active: String) {
        #expect(ItemLabel.activeForm(bare) == active)
    }

    @Test func aLabelCutInsideAChangeNamesWhereTheChangeWent() {
        let label = { (text: String, language: Language) in ItemLabel.defaultLabel(text, language: language).text }
        #expect(label("Indeks SPBE naik dari 1,9 ke 2,6 (predikat Baik) dalam dua tahun", .id)
            == "indeks SPBE naik ke 2,6")
        #expect(label("Nilai SAKIP naik dari CC ke B dlm 2 thn, Inspektorat aktif", .id) == "nilai SAKIP naik ke B")
        // A route is not a change; a change that fits whole stays whole.
        #expect(label("Transfer dari pusat ke daerah naik", .id) == "transfer dari pusat ke daerah naik")
        #expect(label("Index rose from 1.9 to 2.6 in two years", .en) == "index rose from 1.9 to 2.6")
        // A preposition whose object was cut off ends no label.
        #expect(label("UU 18/2017 memberi tugas provinsi atas pelatihan dan pelindungan CPMI", .id)
            == "UU 18/2017 memberi tugas provinsi")
    }

    @Test func anIndonesianSentenceSaysALabelAsANounPhrase() {
        #expect(said("Operator desa sering ganti tiap pergantian kades") == "operator desa yang sering ganti")
        #expect(said("Kemenkes mewajibkan RME") == "Kemenkes yang mewajibkan RME")
        #expect(said("DPMD cuma punya 1 staf") == "DPMD yang hanya punya 1 staf")
        #expect(said("Anggaran SIK kurang") == "anggaran SIK yang kurang")
        #expect(said("Guru senior enggan memakai platform pembelajaran digital") == "guru senior yang enggan")
        // An adverb of frequency belongs to the predicate: "yang" goes before it, not between it and the verb.
        #expect(said("BPK berulang kali mencatat ketidaksesuaian antara dokumen perencanaan dan penganggaran")
            == "BPK yang berulang kali mencatat ketidaksesuaian")
        // Not where "yang" would attach to a figure or a place, nor inside a name.
        #expect(said("NIK di DTKS 96% sudah padan") == "NIK di DTKS 96% sudah padan")
        #expect(said("Ransomware ke instansi pemerintah naik") == "ransomware ke instansi pemerintah naik")
        // A label of six words takes it too: a clause is no name for an item.
        #expect(said("Pokir DPRD kabupaten sering masuk terlambat")
            == "pokir DPRD kabupaten yang sering masuk terlambat")
        #expect(said("Wali Kota mewajibkan semua usulan program masuk e-planning")
            == "Wali Kota yang mewajibkan semua usulan program")
        // A bare verb is said in its active form after "yang".
        #expect(said("Gubernur jadikan UMKM Naik Kelas") == "Gubernur yang menjadikan UMKM Naik Kelas")
        #expect(said("KemenPANRB sediakan pedoman evaluasi") == "KemenPANRB yang menyediakan pedoman evaluasi")
        #expect(said("Ditjen Hubdat dorong integrasi data") == "Ditjen Hubdat yang mendorong integrasi data")
        #expect(said("Kemenpar kembangkan Satu Data Pariwisata") == "Kemenpar yang mengembangkan Satu Data Pariwisata")
        #expect(said("Kemendagri targetkan aktivasi IKD") == "Kemendagri yang menargetkan aktivasi IKD")
        #expect(said("Komdigi beri pendampingan") == "Komdigi yang memberi pendampingan")
        #expect(said("Bridging SATUSEHAT baru kirim encounter") == "bridging SATUSEHAT yang baru mengirim encounter")
        // A regulation's number is part of its name, not a figure that "yang" would attach to.
        #expect(said("Permenkes 24/2022 wajibkan RME") == "Permenkes 24/2022 yang mewajibkan RME")
        #expect(said("PP 28/2025 ubah alur perizinan berusaha") == "PP 28/2025 yang mengubah alur perizinan berusaha")
        #expect(said("TPA tinggal ±2 tahun umur pakai") == "TPA tinggal ±2 tahun umur pakai")
        // Nor on a currency or a word of amount whose figure was cut off, and "Kaban" is a title like "Kadis".
        #expect(said("Tunggakan PBB-P2 numpuk sekitar Rp 180 M, piutang lama sulit ditagih")
            == "tunggakan PBB-P2 numpuk")
        #expect(said("Fiskus & juru sita banyak mendekati pensiun, regenerasi lambat") == "fiskus & juru sita")
        #expect(said("Kaban Bapenda dukung penuh digitalisasi") == "Kaban Bapenda yang mendukung penuh digitalisasi")
        // A label cut after a bare verb has lost what follows it: the verb goes.
        #expect(said("RS swasta jaringan nasional buka di ibu kota provinsi dgn layanan digital lebih bagus")
            == "RS swasta jaringan nasional")
        #expect(said("Data UMKM yang masih Excel") == "data UMKM yang masih Excel")
        // The label itself and an English sentence stay as cut.
        #expect(said("Operator desa sering ganti", .en) == "“operator desa sering ganti”")
    }

    func saidInEnglish(_ text: String) -> String {
        ItemLabel.of(Item(id: "W1", quadrant: .weakness, text: text, language: .en)).phrase(.en)
    }

    @Test func anEnglishSentenceSaysALabelWithoutItsIsOrAre() {
        #expect(saidInEnglish("Agency applications are not integrated") == "agency applications not integrated")
        #expect(saidInEnglish("ICT budget is below 1% of the regional budget and is cut every year")
            == "ICT budget below 1%")
        // A label never ends on an adverb whose verb was cut off.
        #expect(saidInEnglish("Villages in the hills still have no mobile signal") == "villages in the hills")
    }

    @Test func anEnglishLabelNamesTheThingAndKeepsWholePhrases() {
        // What each unit has is named per unit; a thing placed somewhere, with its place.
        #expect(saidInEnglish("Each puskesmas has one trained data officer who checks SATUSEHAT entries every week")
            == "one trained data officer per puskesmas")
        #expect(saidInEnglish("Our servers are hosted in the Diskominfo data center with backup power and guards")
            == "servers in the Diskominfo data center")
        #expect(saidInEnglish("The app is used in all 31 puskesmas and by 2 hospitals every day")
            != "the app in all 31 puskesmas")
        // What an outside body gave the organisation is the strength, not the body.
        #expect(saidInEnglish("BPK has given the province an unqualified (WTP) audit opinion for nine years in a row")
            == "an unqualified audit opinion for nine years")
        // A cut predicate leaves its subject: after an adverb in -ly, after a name, a verb that needs its preposition.
        #expect(saidInEnglish("The Head of Office personally chairs a monthly data review meeting with all heads")
            == "the Head of Office")
        #expect(saidInEnglish("The Head of BPKAD sits on the provincial SPBE coordination team and backs projects")
            == "the Head of BPKAD")
        // A share or an amount is never cut from what it is of; "between" never keeps one end only.
        #expect(saidInEnglish("Immunization records for 98 percent of children are already entered in ASIK")
            == "immunization records")
        #expect(saidInEnglish("Provincial static archive holds 1.8 km of records, incl. colonial-era maps")
            == "provincial static archive")
        #expect(saidInEnglish("No API link yet between SIPD-RI and the provincial Satu Data portal and dashboard")
            == "the lack of API link")
        #expect(label("Probis level OPD baru 12 dari 48 OPD yang sudah dipetakan") == "probis level OPD baru 12")
        // "to" before a name is a preposition; a verb after six words closes a whole subject.
        #expect(saidInEnglish("Frequent Permendagri changes to budget codes and the chart of accounts force rework")
            == "frequent Permendagri changes to budget codes")
        #expect(saidInEnglish("University history and information science departments seek archive internships")
            == "university history and information science departments")
        #expect(saidInEnglish("Ransomware attacks on regional government servers keep rising every year")
            == "ransomware attacks on regional government servers")
        // A subject joined by "and" takes a plural verb; a passive reaches its agent; an adjective after "are" stays.
        #expect(saidInEnglish("Google Maps and Moovit accept GTFS feeds, so rural routes can show in their apps")
            == "Google Maps and Moovit")
        #expect(saidInEnglish("The e-planning server is run by a vendor on a yearly contract")
            == "the e-planning server run by a vendor")
        #expect(saidInEnglish("Eight accounting staff are certified SIPD trainers from the Ministry of Home Affairs")
            == "eight accounting staff")
        // A counting word or a common word's possessive starts in lower case, "own" is the organisation's.
        #expect(saidInEnglish("Many OPDs still print SRIKANDI letters and keep paper files, causing duplicates")
            == "many OPDs that still print SRIKANDI letters")
        #expect(saidInEnglish("Province's ANRI archive supervision score is only 'C', below the RPJMD target")
            == "the province's ANRI archive supervision score")
        #expect(saidInEnglish("Own digitisation room with two book scanners and one large-format map scanner")
            == "our own digitisation room")
        // A month keeps its capital.
        #expect(saidInEnglish("The June 2024 PDNS ransomware showed single hosting can halt services for weeks")
            == "the June 2024 PDNS ransomware")
        #expect(label("Banjir Maret 2024 merusak server kantor") == "banjir Maret 2024 merusak server kantor")
        #expect(label("Januari 2025 SIPD berganti versi dan kode rekening") == "Januari 2025 SIPD berganti versi")
    }

    @Test func theSameItemGetsTheSameLabelAndThePlannersOwnWins() throws {
        var plan = Plan(name: "labels")
        try plan.addItem(.weakness, text: "Belum ada integrasi 60 aplikasi OPD melalui SPLP")
        #expect(ItemLabel.of(plan.items[0]) == ItemLabel.of(plan.items[0]))
        try plan.setLabel("W1", label: "60 aplikasi OPD belum terintegrasi")
        #expect(ItemLabel.of(plan.items[0]) == ItemLabel(text: "60 aplikasi OPD belum terintegrasi", isOwn: true))
        // The planner's own words are said as written, never made into a noun phrase.
        #expect(ItemLabel.of(plan.items[0]).phrase(.id) == "60 aplikasi OPD belum terintegrasi")
        try plan.setLabel("w1", label: "-")
        #expect(plan.items[0].label == nil)
        #expect(throws: PlanError.self) { try plan.setLabel("W1", label: "   ") }
        #expect(throws: PlanError.self) { try plan.setLabel("W1", label: String(repeating: "x", count: 81)) }
        #expect(throws: PlanError.self) { try plan.setLabel("W9", label: "x") }
        #expect(plan.items[0].label == nil)
    }

    @Test func labelsSurviveThePlanFileAndABadOneIsRefused() throws {
        var plan = Plan(name: "labels")
        try plan.addItem(.strength, text: "Tim Koordinasi SPBE sudah dibentuk")
        try plan.setLabel("S1", label: "Tim Koordinasi SPBE")
        #expect(try PlanFile.decode(PlanFile.encode(plan)).items[0].label == "Tim Koordinasi SPBE")
        var bad = plan
        bad.items[0].label = "two\nlines"
        #expect(throws: PlanFileProblem.self) { try PlanFile.decode(PlanFile.encode(bad)) }
    }
}
