import Testing
@testable import SwotCore

/// A small knowledge base of four categories, independent of the shipped data.
enum MatcherTestKB {
    static func category(_ id: String, _ code: String, en: [String], id idWords: [String]) -> SwotCore.Category {
        SwotCore.Category(
            id: id, code: code, name: LocalizedText(en: code, id: code), description: LocalizedText(en: "", id: ""),
            keywords: .init(en: en, id: idWords), question: LocalizedText(en: "", id: ""), citations: [])
    }

    static let kb = KnowledgeBase(
        acronyms: [
            Acronym(short: "SDM", expansion: LocalizedText(en: "human resources", id: "sumber daya manusia")),
            Acronym(short: "IT", expansion: LocalizedText(en: "information technology", id: "teknologi informasi")),
            Acronym(
                short: "TIK",
                expansion: LocalizedText(
                    en: "information and communication technology",
                    id: "teknologi informasi dan komunikasi"
                )
            ),
            Acronym(
                short: "SOP",
                expansion: LocalizedText(en: "standard operating procedure", id: "standar operasional prosedur")
            ),
        ],
        categories: [
            category("C03", "BUDGET", en: ["budget", "funding"], id: ["anggaran", "dana", "serapan anggaran"]),
            category(
                "C04",
                "INFRA",
                en: ["infrastructure", "network", "server"],
                id: ["infrastruktur", "jaringan", "server"]
            ),
            category("C05", "HR", en: ["human resources", "staff", "training", "IT staff"],
                     id: ["sumber daya manusia", "pegawai", "pelatihan", "kompetensi"]),
            category(
                "C08",
                "PROC",
                en: ["SOP", "procedure", "business process"],
                id: ["SOP", "prosedur", "proses bisnis"]
            ),
            category(
                "C12",
                "APP",
                en: ["application", "information technology"],
                id: ["aplikasi", "teknologi informasi"]
            ),
            category(
                "C14",
                "SEC",
                en: ["security", "data theft", "server"],
                id: ["keamanan", "pencurian data", "server"]
            ),
        ])

    /// Keyword rules alone: the shipped labelled examples would read these small test categories too.
    static let matcher = Matcher(knowledgeBase: kb, examples: .none)
}

@Suite("Matcher")
struct MatcherTests {
    let matcher = MatcherTestKB.matcher

    @Test func matchesStemmedWordsInBothLanguages() {
        #expect(matcher.match("Pelatihan pegawai belum rutin").categories.first?.category == "C05")
        #expect(matcher.match("Staff trainings are rare").categories.first?.category == "C05")
        #expect(matcher.match("Penganggaran untuk jaringan").categories.map(\.category).contains("C03"))
        #expect(matcher.match("Keamanan server lemah").categories.first?.category == "C14")
    }

    @Test func termsAreTheWordsOfTheItem() {
        let result = matcher.match("Pelatihan Pegawai belum rutin")
        #expect(result.categories.first?.terms == ["pelatihan", "pegawai"])
    }

    @Test func expandsAcronymsBeforeMatching() {
        let result = matcher.match("SDM IT masih kurang")
        #expect(result.categories.first?.category == "C05")
        #expect(result.categories.first?.terms.contains("sdm") == true)
        // The pronoun "it" is not the acronym IT.
        #expect(matcher.match("it is slow").categories.isEmpty)
        #expect(matcher.match("Belum ada SOP helpdesk").categories.first?.category == "C08")
    }

    @Test func anAcronymMatchesAsAWholeAndCountsAsOneWord() {
        // TIK expands to "teknologi informasi dan komunikasi"; "teknologi informasi" (APP) is only part of it.
        let result = matcher.match("Anggaran TIK terbatas")
        #expect(result.categories.map(\.category) == ["C03"])
        // SDM → "sumber daya manusia" (a three-word keyword) counts like the one word typed.
        let sdm = matcher.match("SDM").categories.first
        let pegawai = matcher.match("pegawai").categories.first
        #expect(sdm?.category == "C05" && sdm?.score == pegawai?.score)
    }

    @Test func phrasesCountMoreThanSingleWords() {
        // "pencurian data" (SEC, a phrase) outweighs "dana" (BUDGET, one word).
        let result = matcher.match("Risiko pencurian data dan dana")
        #expect(result.categories.first?.category == "C14")
        let phrase = result.categories.first { $0.category == "C14" }!.score
        let word = result.categories.first { $0.category == "C03" }!.score
        #expect(phrase > word)
        #expect(result.categories.first?.terms == ["pencurian data"])
    }

    @Test func phraseNeedsConsecutiveWords() {
        let result = matcher.match("serapan dana dan anggaran")
        #expect(result.categories.first?.terms.contains("serapan dana dan anggaran") == false)
    }

    @Test func aPhraseMayHaveOneWordBetween() {
        // "serapan anggaran" still matches with one word between, for a little less than when consecutive.
        let gapped = matcher.match("Serapan dana anggaran rendah").categories.first
        #expect(gapped?.category == "C03" && gapped?.terms == ["serapan dana anggaran"])
        let whole = matcher.match("Serapan anggaran rendah").categories.first
        #expect(whole != nil && gapped != nil && whole!.score > gapped!.score)
    }

    @Test func aTwoWordKeywordMatchesInTheOtherOrder() {
        // "data theft" (SEC) as "theft of data", a little weaker than in its own order.
        let reversed = matcher.match("Theft of data is rising").categories.first
        #expect(reversed?.category == "C14" && reversed?.terms == ["theft of data"])
        let direct = matcher.match("Data theft is rising").categories.first
        #expect(direct != nil && reversed != nil && direct!.score > reversed!.score)
    }

    @Test func wordsThatNameEGovernmentItselfCountLess() {
        // "aplikasi" says what the item is about; "pelatihan" says which aspect.
        #expect(matcher.match("Aplikasi pelatihan").categories.first?.category == "C05")
        #expect(matcher.match("Aplikasi belum ada").categories.first?.category == "C12")
    }

    @Test func aSpelledOutAcronymCountsLikeTheAcronym() {
        let typedOut = matcher.match("sumber daya manusia").categories.first
        let acronym = matcher.match("SDM").categories.first
        #expect(typedOut?.category == "C05" && typedOut?.score == acronym?.score)
    }

    @Test func theLongestReadingWinsAcrossCategories() {
        let kb = KnowledgeBase(categories: [
            MatcherTestKB.category("C24", "TRANSP", en: ["financial reports"], id: ["laporan keuangan"]),
            MatcherTestKB.category("C20", "MONEV", en: ["reporting", "LAKIP"], id: ["laporan", "LAKIP"]),
            MatcherTestKB.category("C03", "BUDGET", en: ["finance"], id: ["keuangan"]),
        ])
        let matcher = Matcher(knowledgeBase: kb, examples: .none)
        #expect(matcher.match("Laporan keuangan belum dipublikasikan").categories.map(\.category) == ["C24"])
        #expect(matcher.match("Laporan belum lengkap").categories.first?.category == "C20")
    }

    @Test func aPhraseOfOneWordAndFunctionWordsCountsAsOneWord() {
        let kb = KnowledgeBase(categories: [
            MatcherTestKB.category("C16", "PARTNER", en: [], id: ["kerja sama"]),
            MatcherTestKB.category("C15", "COORD", en: [], id: ["koordinasi"]),
        ])
        let matcher = Matcher(knowledgeBase: kb, examples: .none)
        #expect(
            matcher.match("kerja sama").categories.first?.score == matcher.match("koordinasi").categories.first?.score
        )
    }

    @Test func linkWordsDoNotMakeAPhrase() {
        let kb = KnowledgeBase(categories: [
            MatcherTestKB.category("C15", "COORD", en: ["between agencies"], id: ["antar dinas"]),
            MatcherTestKB.category("C08", "PROC", en: ["procedure"], id: ["prosedur"]),
        ])
        let matcher = Matcher(knowledgeBase: kb, examples: .none)
        let between = matcher.match("antar dinas").categories.first?.score
        #expect(between != nil && between == matcher.match("prosedur").categories.first?.score)
        #expect(between == matcher.match("between agencies").categories.first?.score)
    }

    @Test func aKeywordSaidAgainAddsALittle() {
        #expect(matcher.match("Pelatihan jaringan").categories.first?.category == "C05")
        let again = matcher.match("Pelatihan jaringan, jaringan kantor").categories
        #expect(again.first?.category == "C04" && again.first?.terms == ["jaringan"])
        #expect(again.first!.score < matcher.match("jaringan dan server").categories.first!.score)
    }

    @Test func sharedKeywordsCountLess() {
        // "server" is listed under INFRA and SEC, so it is weaker than "jaringan" (INFRA only).
        let result = matcher.match("server dan jaringan")
        #expect(result.categories.first?.category == "C04")
        let sec = result.categories.first { $0.category == "C14" }
        #expect(sec != nil && sec!.score < result.categories[0].score)
    }

    @Test func scoresAreBetweenZeroAndOneBestFirst() {
        let result = matcher.match("anggaran pelatihan pegawai dan keamanan server jaringan")
        #expect(!result.categories.isEmpty)
        #expect(result.categories.allSatisfy { $0.score > 0 && $0.score <= 1 && !$0.setByUser })
        #expect(result.categories.map(\.score) == result.categories.map(\.score).sorted(by: >))
    }

    @Test func forgivesTypingSlipsInLongWords() {
        #expect(matcher.match("Infrastuktur masih kurang").categories.first?.category == "C04")
        #expect(matcher.match("anggran terbatas").categories.first?.category == "C03")
    }

    @Test func noMatchForUnrelatedText() {
        let result = matcher.match("Cuaca hari ini cerah")
        #expect(result.categories.isEmpty)
    }

    @Test func detectsLanguage() {
        #expect(matcher.match("Anggaran untuk pelatihan pegawai masih terbatas").language == .id)
        #expect(matcher.match("The budget for staff training is limited").language == .en)
        #expect(matcher.match("Budget untuk lisensi belum dianggarkan").language == .id)
        // System names with a letter prefix are written so in both languages and tell neither.
        let mixed = "KPK lewat MCP & Korsup dorong integrasi e-planning, e-budgeting, e-procurement"
        #expect(matcher.match(mixed).language == .id)
        #expect(matcher.match("The e-procurement and e-budgeting portals are not linked").language == .en)
    }

    @Test func worksWithAnyKnowledgeBase() {
        let empty = Matcher(knowledgeBase: KnowledgeBase())
        #expect(empty.match("anggaran").categories.isEmpty)
    }
}

@Suite("Cues and misfile warnings")
struct CueTests {
    let matcher = MatcherTestKB.matcher

    @Test func findsLackCues() {
        #expect(matcher.match("SDM IT masih kurang").lackCues == ["kurang"])
        #expect(matcher.match("Belum ada SOP helpdesk").lackCues == ["belum ada"])
        #expect(matcher.match("No budget for training, staff not yet trained").lackCues == ["no", "not yet"])
        #expect(matcher.match("Lack of funding and limited network").lackCues == ["lack of", "limited"])
        #expect(matcher.match("Anggaran cukup besar").lackCues.isEmpty)
        // "No" before a number is "nomor".
        #expect(matcher.match("Sesuai UU No 43 tahun 2020").lackCues.isEmpty)
    }

    @Test func findsExternalCues() {
        #expect(matcher.match("Dukungan dana dari pemerintah pusat").externalCues == ["pemerintah pusat"])
        #expect(matcher.match("Hackers target our servers").externalCues == ["hackers"])
        #expect(matcher.match("Swasta membangun menara di desa").externalCues == ["swasta"])
        #expect(matcher.match("Regulation from above changes yearly").externalCues == ["regulation from above"])
        #expect(matcher.match("Pelatihan pegawai rutin").externalCues.isEmpty)
    }

    @Test func strengthThatReadsAsALack() {
        let result = matcher.match("SDM IT masih kurang")
        let en = matcher.misfileWarning(for: .strength, result: result, language: .en)
        let id = matcher.misfileWarning(for: .strength, result: result, language: .id)
        #expect(en?.contains("Weaknesses") == true && en?.contains("“kurang”") == true)
        #expect(id?.contains("Kelemahan") == true)
        #expect(matcher.misfileWarning(for: .weakness, result: result, language: .en) == nil)
    }

    @Test func internalQuadrantThatReadsAsExternal() {
        let result = matcher.match("Hackers sering menyerang server")
        #expect(matcher.misfileWarning(for: .weakness, result: result, language: .en)?.contains("Threats") == true)
        #expect(matcher.misfileWarning(for: .weakness, result: result, language: .id)?.contains("Ancaman") == true)
        let support = matcher.match("Dukungan dana dari pemerintah pusat")
        #expect(
            matcher.misfileWarning(for: .strength, result: support, language: .en)?.contains("Opportunities") == true
        )
        #expect(matcher.misfileWarning(for: .opportunity, result: support, language: .en) == nil)
    }

    @Test func externalQuadrantThatReadsAsInternal() {
        let result = matcher.match("Pelatihan pegawai rutin setiap tahun")
        let en = matcher.misfileWarning(for: .opportunity, result: result, language: .en)
        #expect(en?.contains("Strengths") == true)
        #expect(matcher.misfileWarning(for: .threat, result: result, language: .id)?.contains("Kelemahan") == true)
        // An outside party named: no warning.
        let vendor = matcher.match("Pelatihan pegawai oleh vendor")
        #expect(matcher.misfileWarning(for: .opportunity, result: vendor, language: .en) == nil)
        // Not an internal category: no warning.
        let sec = matcher.match("Pencurian data meningkat")
        #expect(matcher.misfileWarning(for: .threat, result: sec, language: .en) == nil)
    }

    /// Items as planners file them, from the kinds of note that fired on a third of the labelled cases'
    /// opportunities and threats: a body, a mandate, an offer, a trend or a risk is the environment; the vendor that
    /// built an application, the operators an office employs and the market it runs are the organisation's own.
    @Test(arguments: [
        (Quadrant.opportunity, "ARKAS and SIPLah make BOS reporting and school purchasing online nationwide"),
        (.opportunity, "Kemenkes mewajibkan integrasi rekam medis elektronik ke platform SATUSEHAT"),
        (.opportunity, "BKN membuka API SIASN untuk integrasi dengan aplikasi daerah"),
        (.opportunity, "The regional bank offers cash management and virtual accounts"),
        (.threat, "Judi online dan konten negatif menyasar pelajar lewat gawai sekolah"),
        (.threat, "Pergantian kepala daerah 2029 bisa mengubah prioritas program"),
        (.threat, "TKD (DAU/DAK) turun krn efisiensi, ruang fiskal makin sempit"),
        (.threat, "Ransomware attacks on regional government servers keep rising"),
        (.strength, "Aplikasi e-BPHTB sudah dipakai notaris, validasi tanpa datang ke kantor"),
        (.strength, "Pengaduan SP4N-LAPOR ditindaklanjuti kurang dari 5 hari"),
        (.strength, "Retribusi pasar non-tunai sudah jalan di 5 pasar lewat QRIS"),
        (.weakness, "Operator kelurahan honorer, sering ganti, beban kerja tinggi"),
        (.weakness, "Aplikasi dibangun vendor, source code belum diserahkan ke dinas"),
    ])
    func noNoteForAnItemWhereItsPlannerPutIt(quadrant: Quadrant, text: String) {
        #expect(matcher.misfileWarning(for: quadrant, result: matcher.match(text), language: .en) == nil, "\(text)")
    }

    @Test func aMinistryByItsShortNameIsAnOutsideActor() {
        #expect(matcher.match("Kemendikdasmen menyediakan pelatihan guru").outsideActorCues.contains("kemendikdasmen"))
        #expect(matcher.match("Kemenangan tim inovasi daerah").outsideActorCues.isEmpty)
    }

    @Test func noWarningForAWellFiledItem() {
        let result = matcher.match("Pelatihan pegawai rutin setiap tahun")
        #expect(matcher.misfileWarning(for: .strength, result: result, language: .en) == nil)
    }
}

@Suite("Matcher: false hits and fallbacks")
struct MatcherFalseHitTests {
    let shipped = Matcher(knowledgeBase: .shipped)
    /// The shipped keywords without the labelled examples' reading: for what the keyword rules do on their own.
    let keywordsOnly = Matcher(knowledgeBase: .shipped, examples: .none)

    @Test func shortAcronymsThatAreOrdinaryWordsCountOnlyInCapitals() {
        // `it` and `ti` are words; `IT` and `TI` are information technology.
        #expect(!shipped.match("Staff say it is slow to open").categories.contains { $0.category == "C12" })
        #expect(shipped.match("IT").categories.first?.category == "C12")
        // `tik` (a typing sound, `mengetik`) is not TIK; `TIK` is.
        #expect(!shipped.match("bunyi tik mesin ketik").categories.contains { $0.category == "C04" })
        #expect(shipped.match("Infrastruktur TIK di kecamatan").categories.first?.category == "C04")
        // A one-letter prefix leaves no short acronym behind: `e-tik` is not `TIK`.
        #expect(!shipped.match("e-tik").categories.contains { $0.category == "C04" })
    }

    @Test func parentsAreNotTheElderlyOfDigitalLiteracy() {
        // "orang tua" is mostly parents (of pupils, of newborns); the elderly are `lansia`. As a literacy keyword it
        // filed a school's online admission, whose parents complain less, under digital literacy.
        let admission = keywordsOnly.match("PPDB online sdh jalan 3 thn dgn aplikasi mandiri, keluhan orang tua turun")
        #expect(!admission.categories.contains { $0.category == "C19" })
        #expect(keywordsOnly.match("Warga lansia kesulitan memakai layanan online").categories.first?.category
            == "C19")
    }

    @Test func revenueLeakageIsTransparencyAndADataLeakIsSecurity() {
        // "kebocoran PAD" is money that never reaches the treasury, not a breach: transparency, not security.
        let revenue = keywordsOnly.match("Setoran parkir msh tunai via jukir, kebocoran PAD >40%").categories
        #expect(revenue.first?.category == "C24")
        #expect(!revenue.contains { $0.category == "C14" })
        #expect(keywordsOnly.match("Ada kebocoran data pribadi warga di situs dinas").categories.first?.category
            == "C14")
    }

    @Test func aDerivedKeywordWhoseRootMeansSomethingElseMatchesOnlyItself() {
        func categories(_ text: String) -> [String] {
            shipped.match(text).categories.filter { $0.fallback == nil }.map(\.category)
        }
        // `keterbukaan` (openness) and `pengumuman` (announcement) are transparency; `membuka` (to open) and `umum`
        // (general) are not.
        #expect(!categories("Universitas membuka program magang bagi mahasiswa TI").contains("C24"))
        #expect(!categories("Kepentingan umum didahulukan dalam penataan ruang").contains("C24"))
        #expect(categories("Keterbukaan informasi anggaran masih rendah").first == "C24")
        #expect(categories("Pengumuman hasil seleksi tidak dipublikasikan").contains("C24"))
        // `penyimpangan` (an irregularity) is transparency; `simpang` (a road junction) is not.
        #expect(!categories("ATCS di 12 simpang + 40 CCTV sdh online ke ruang kontrol Dishub").contains("C24"))
        #expect(categories("Banyak penyimpangan dalam pengadaan barang").first == "C24")
        // `kebijakan` (a policy) is regulation; `bijak` (wise) is not.
        #expect(!categories("Bupati bijak dan tegas").contains("C06"))
        #expect(categories("Kebijakan keamanan informasi belum ditetapkan").contains("C06"))
        // `undang-undang` (a law) is regulation; `undangan` (an invitation to a meeting) is not.
        #expect(!categories("Jadwal, undangan & bahan rapat masih dikirim manual lewat WA").contains("C06"))
        #expect(categories("Undang-undang PDP berlaku penuh").contains("C06"))
        // `pegawai` (an employee) is staff; `gawai` (a device) is not, and `kepegawaian` (personnel records) still is.
        #expect(!categories("Judi online dan konten negatif menyasar pelajar lewat gawai sekolah").contains("C05"))
        #expect(categories("Pegawai dinas belum terlatih memakai aplikasi").first == "C05")
        #expect(categories("Aplikasi kepegawaian belum terhubung dengan SIMPEG").contains("C05"))
    }

    @Test func aSectorsOwnWorkersAreStaff() {
        // Teachers, health workers and field officers are the agency's people, as its IT staff are; beside what else
        // the item says of them (a habit is culture too).
        func categories(_ text: String) -> [String] {
            shipped.match(text).categories.filter { $0.fallback == nil }.map(\.category)
        }
        #expect(categories("120 guru penggerak sudah tersertifikasi dan aktif berbagi praktik baik").first == "C05")
        #expect(categories("Most nurses and midwives have never used the referral application").first == "C05")
        #expect(categories("Nakes puskesmas belum terbiasa mengisi rekam medis elektronik").contains("C05"))
    }

    @Test func anAcronymInsideAPhraseOfAnotherCategoryIsReadAsThePhraseHasIt() {
        // KKN alone is corruption, collusion and nepotism; `KKN tematik` is students' community service.
        let students = shipped.match("Universitas negeri membuka program magang dan KKN tematik digital")
        #expect(students.categories.first?.category == "C16")
        #expect(!students.categories.contains { $0.category == "C24" })
        let corruption = shipped.match("Praktik KKN dalam pelayanan perizinan masih terjadi")
        #expect(corruption.categories.first?.category == "C24")
        // `SDM IT` is staff either way: SDM is still expanded.
        #expect(shipped.match("SDM IT masih kurang").categories.first?.category == "C05")
    }

    @Test func textSwotWroteIsNotMatched() {
        let proposal = "Kompetensi e-Government masih pada tahap awal pengembangan (KPMG ORG.1: level 2, tahap awal "
            + "pengembangan)"
        let result = shipped.match(proposal)
        #expect(!result.categories.contains { $0.category == "C21" })
        #expect(result.categories.first?.category == "C05")
        // A planner's own parenthesis is read as usual.
        #expect(shipped.match("Uji coba bertahap (pilot) di dua kecamatan").categories.first?.category == "C21")
    }

    @Test func generalWordsAloneGiveOnlyALowConfidenceCategory() {
        let result = shipped.match("aplikasi")
        #expect(result.categories.first?.category == "C12")
        #expect(result.categories.first?.fallback == .generalWords)
        #expect(result.categories.first!.score < Matcher.minimumScore)
        // With a word of its own, the category is confident.
        #expect(shipped.match("Aplikasi perizinan sering error").categories.first?.fallback == nil)
    }

    /// WordNet's other forms of a keyword word that the stemmer does not join to it match as the keyword does:
    /// `bribers` is a form of `bribe` (transparency), `meritorious` of `merit` (incentives). Before, both items
    /// got only a low-confidence guess in another category.
    @Test func otherFormsOfEnglishKeywordWordsMatchWithConfidence() {
        let bribers = shipped.match("Bribers still approach officers at the land office").categories.first
        #expect(bribers?.category == "C24" && bribers?.fallback == nil)
        #expect(bribers?.terms.contains("bribers") == true)
        let merit = shipped.match("Meritorious officers are seldom singled out").categories.first
        #expect(merit?.category == "C22" && merit?.fallback == nil)
    }

    /// Chat shorthand reads as the function word it stands for: `gk` as `tdk`, `udh` as `sdh`.
    @Test func plannersShorthandReadsAsTheWordItStandsFor() {
        for (short, full) in [("gk", "tdk"), ("msh", "masih"), ("jd", "jadi")] {
            let a = shipped.match("Data penduduk \(short) sinkron dengan data bansos").categories
            let b = shipped.match("Data penduduk \(full) sinkron dengan data bansos").categories
            #expect(a.map(\.category) == b.map(\.category) && a.map(\.score) == b.map(\.score), "\(short)")
        }
    }

    /// Words planners anywhere use for a category, not only the KB's first phrasing: the regulation of a mayor
    /// as most cities spell it (`Perwali`), policy implementers, specialists, the UN's development index.
    @Test func commonWordsOfACategoryMatchWithConfidence() {
        for (text, category) in [
            ("Perwali tentang SPBE sudah terbit", "C06"), ("Instructions reach implementers late", "C15"),
            ("Agencies lack specialists", "C05"), ("We rank low on the development index", "C20"),
            ("Intermediaries charge citizens for forms", "C24"),
        ] {
            let top = keywordsOnly.match(text).categories.first
            #expect(top?.category == category && top?.fallback == nil, "\(text)")
        }
    }

    /// `antar dinas` after a word only says whose the word is: data of several agencies out of step is a data
    /// matter; coordination across agencies, or agencies across each other, stays coordination.
    @Test func aLinkPhraseAfterAWordQualifiesIt() {
        #expect(shipped.match("Data antar dinas beda2, gk sinkron satu sm lain").categories.first?.category == "C13")
        #expect(shipped.match("Koordinasi antar OPD lemah").categories.first?.category == "C15")
        #expect(shipped.match("Antar OPD belum kompak").categories.first?.category == "C15")
    }

    /// An ordinary English word one letter away from a keyword word is what the planner meant, not a slip:
    /// `country` is not `counter` (a service counter), while `Infrastucture` still is `infrastructure`.
    @Test func anOrdinaryEnglishWordIsNotATypingSlip() {
        let country = keywordsOnly.match("The country climbed twenty places").categories
        #expect(country.allSatisfy { !$0.terms.contains("country") })
        #expect(shipped.match("Infrastucture is weak").categories.first?.category == "C04")
    }

    @Test func paperItselfIsSharedByProcessAndCultureSoTheOtherWordsDecide() {
        // Staff's habit of printing is culture; paper forms replaced by a shorter digital flow are a process.
        let habit = shipped.match("Pegawai masih terbiasa print out dokumen dan kertas")
        #expect(habit.categories.first?.category == "C09")
        #expect(shipped.match("Formulir kertas diganti alur digital yang lebih ringkas").categories.first?.category
            == "C08")
    }

    @Test func anIndonesianDictionaryWordIsNotATypingSlip() {
        // `farmasi` (pharmacy) is a word of its own, not `formasi` (civil-service posts) mistyped.
        let pharmacy = shipped.match("SIMRS sudah jalan di rawat jalan, farmasi dan billing").categories
        #expect(pharmacy.allSatisfy { !$0.terms.contains("farmasi") })
        #expect(pharmacy.first?.category == "C12")
        #expect(shipped.match("Anggran TIK kecil").categories.first?.category == "C03")
    }

    @Test func anItemNoKeywordMatchesGetsTheNearestCategoryMarkedLowConfidence() {
        let synonym = shipped.match("The edict is old").categories.first
        #expect(synonym?.category == "C06" && synonym?.fallback == .synonym)
        #expect(synonym?.terms == ["edict"])
        let partial = shipped.match("sertifikat habis").categories.first
        #expect(partial?.category == "C14" && partial?.fallback == .partialPhrase)
        #expect(shipped.match("zzz qqq").categories.isEmpty)
    }

    /// Two categories of one keyword each, described in words of their own.
    static let describedKB = KnowledgeBase(categories: [
        SwotCore.Category(
            id: "C05", code: "HR", name: LocalizedText(en: "Staff", id: "SDM"),
            description: LocalizedText(en: "Skills, training and competence of staff", id: ""),
            keywords: .init(en: ["staff"], id: []), question: LocalizedText(en: "", id: ""), citations: []),
        SwotCore.Category(
            id: "C04", code: "INFRA", name: LocalizedText(en: "Infrastructure", id: "Infrastruktur"),
            description: LocalizedText(en: "Servers and networks that are slow, unstable or down", id: ""),
            keywords: .init(en: ["server"], id: []), question: LocalizedText(en: "", id: ""), citations: []),
    ])

    @Test func aKeywordTieGoesToTheCategoryWhoseTextTheItemSharesMost() {
        let matcher = Matcher(knowledgeBase: Self.describedKB, examples: .none)
        // One keyword each (the staff one named first); the item's other words are the infrastructure category's.
        let result = matcher.match("Slow and unstable: staff say the server is down").categories
        #expect(result.map(\.category) == ["C04", "C05"])
        #expect(result.allSatisfy { $0.fallback == nil })
        #expect(result[0].score > result[1].score)
        // Where the other words are the staff category's, it keeps the lead.
        #expect(matcher.match("Staff say the server needs skills and training").categories.first?.category == "C05")
    }

    @Test func anItemNoKeywordReachesIsGuessedFromTheCategoriesText() {
        let matcher = Matcher(knowledgeBase: Self.describedKB, examples: .none)
        let guess = matcher.match("The network is slow and unstable").categories
        #expect(guess.map(\.category) == ["C04"])
        #expect(guess.first?.fallback == .relatedWords && guess.first!.score > 0)
        #expect(guess.first?.terms == ["network", "slow", "unstable"])
        #expect(matcher.match("The budget is late").categories.isEmpty)
    }

    @Test func opportunitiesNamingThePublicOrARegulationAreNotCalledInternal() {
        for text in ["Masyarakat menuntut budaya kerja aparatur yang lebih cepat melayani",
                     "New civil service regulation changes the organisational structure of every agency"] {
            let result = shipped.match(text)
            #expect(shipped.misfileWarning(for: .opportunity, result: result, language: .en) == nil, "\(text)")
        }
        // Without an outside actor the note stays.
        let inside = shipped.match("Budaya kerja aparatur yang lebih disiplin")
        #expect(shipped.misfileWarning(for: .opportunity, result: inside, language: .en) != nil)
        // The public in a weakness does not make it a threat.
        let weakness = shipped.match("Masyarakat belum memahami layanan daring")
        #expect(shipped.misfileWarning(for: .weakness, result: weakness, language: .en) == nil)
    }
}
