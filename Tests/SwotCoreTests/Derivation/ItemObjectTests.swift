import Testing
@testable import SwotCore

@Suite("an item's own name for what a move speaks of")
struct ItemObjectTests {
    func staff(_ text: String, _ language: Language = .id) -> String? {
        ItemObject.phrase(in: text, kind: .staff, language: language)
    }

    func system(_ text: String, _ language: Language = .id) -> String? {
        ItemObject.phrase(in: text, kind: .system, language: language)
    }

    @Test func anIndonesianNameIsTheHeadAndTheWordsThatQualifyIt() {
        #expect(staff("Tiap desa sdh punya operator SIKS-NG yg dilatih Pusdatin Kemensos") == "operator SIKS-NG")
        #expect(staff("Pendamping PKH 148 org sampai tingkat kecamatan") == "pendamping PKH")
        #expect(staff("SDM bidang data cuma 2 org yg ngerti olah data") == "SDM bidang data")
        #expect(staff("Tenaga IT susah dipertahankan, pindah ke swasta") == "tenaga IT")
        #expect(system("Website OPD pakai CMS lama unpatched") == "website OPD")
        #expect(system("Kemenkes mewajibkan integrasi rekam medis elektronik ke platform SATUSEHAT (PMK 24/2022)")
            == "platform SATUSEHAT")
        // A name stays as written; a name never runs past a comma or into a quotation.
        #expect(system("Aplikasi Cek Bansos Kemensos punya fitur usul & sanggah") == "Aplikasi Cek Bansos Kemensos")
        #expect(system("Aplikasi lapor warga 'Kota Siaga' ±95 rb pengguna") == "aplikasi lapor warga")
        #expect(staff("Akun dipakai bareng, password ditulis di meja operator desa") == nil)
        // A name cut at four words does not end on a word whose owner was cut off.
        #expect(system("Aplikasi pajak daerah buatan vendor, source code tidak diserahkan") == "aplikasi pajak daerah")
    }

    @Test func aHeadAloneOrACompanyIsNoName() {
        #expect(staff("DPMD cuma punya 1 staf yg paham IT") == nil)
        #expect(staff("Operator seluler siap bantu caller location") == nil)
        #expect(system("Banyak aplikasi, tiap OPD bikin sendiri") == nil)
        #expect(staff("Anggaran pemeliharaan kecil") == nil)
        // A thing the item says is missing is not there to act on.
        #expect(system("The BPKAD server room has no fire suppression system and no offsite backup", .en) == nil)
        #expect(system("Data warga disimpan di PC loket tanpa aplikasi pengaman") == nil)
        #expect(system("Data warga disimpan di PC loket dengan aplikasi pengaman") == "aplikasi pengaman")
        #expect(system("The BPKAD server room has an old fire suppression system", .en)
            == "old fire suppression system")
    }

    @Test func anEnglishNameIsTheHeadAndTheWordsBeforeIt() {
        #expect(staff("Senior clerks quietly resist the new case system", .en) == "senior clerks")
        #expect(staff("IT staff leave for private firms", .en) == "IT staff")
        #expect(staff("Only two programmers keep every system running", .en) == nil)
        #expect(system("Our online queue app is already used by 40% of outpatients", .en) == "online queue app")
    }

    func name(_ kind: MoveObject.Kind, _ text: String, _ language: Language = .id) -> String? {
        ItemObject.phrase(in: text, kind: kind, language: language)
    }

    @Test func servicesDataAndPartnersAreNamedTheSameWay() {
        #expect(name(.service, "Aplikasi layanan adminduk online jalan 3 thn") == "layanan adminduk online")
        #expect(name(.data, "PKS hak akses data kependudukan dgn 12 OPD") == "data kependudukan")
        #expect(name(.partner, "Politeknik negeri setempat buka magang MBKM") == "politeknik negeri setempat")
        #expect(name(.partner, "Poltekesos Bandung tawarkan pendampingan") == "Poltekesos Bandung")
        #expect(name(.partner, "The state university offers interns", .en) == "state university")
        #expect(name(.data, "Population records are duplicated across offices", .en) == "population records")
        // A later head is tried when the first makes no name ("data" alone, then "data sektoral OPD").
        #expect(name(.data, "Data beda, data sektoral OPD berbeda versi") == nil)
        #expect(name(.data, "Data & data sektoral OPD berbeda versi") == "data sektoral OPD")
    }

    @Test func dataOrAServiceSpokenOfInPassingIsNotTheItemsOwn() {
        // After the predicate has begun (a figure, an aspect word, a verb): often another agency's.
        #expect(name(.data, "NIK di DTKS 96% sudah padan dengan data kependudukan") == nil)
        #expect(name(.data, "e-retribusi blm link dgn data PBB/PDAM") == nil)
        #expect(name(.service, "Sudah ada 180 titik layanan desa dgn operator desa") == nil)
        // Before it, a head after the noun it qualifies still names the item's own ("hak akses data kependudukan").
        #expect(name(.data, "Belum ada data sektoral yang mutakhir") == "data sektoral")
        #expect(name(.service, "Indeks Kepuasan Masyarakat layanan adminduk 88") == "layanan adminduk")
        // Whose data it is says no more than the move does.
        #expect(name(.data, "Portal data kota udh publish 600+ dataset") == nil)
        // Staff stay named wherever they are: the village operators are the item's people.
        #expect(name(.staff, "Sudah ada 180 titik layanan desa dgn operator desa") == "operator desa")
    }

    @Test func aProgrammeABuildingOrATradeIsNoServiceDataOrPartner() {
        #expect(name(.data, "Perpres 39/2019 Satu Data Indonesia wajibkan walidata") == nil)
        #expect(name(.service, "Mal Pelayanan Publik kabupaten diresmikan 2025") == nil)
        #expect(name(.data, "Data center kantor sering mati listrik") == nil)
        #expect(name(.data, "The city's data centre floods every rainy season", .en) == nil)
        #expect(name(.partner, "Bank sampah desa aktif di 40 desa") == nil)
    }

    @Test func aPartnerStandsOnlyForOneOfItsKind() {
        var move = Self.move
        move.action = LocalizedText(en: "sign a partnership with campuses and hire their graduates",
                                    id: "teken kemitraan dengan kampus dan buka formasi bagi lulusannya")
        move.objects = [MoveObject(kind: .partner, side: .external, id: "kampus", en: "campuses")]
        let weakness = Item(id: "W1", quadrant: .weakness, text: "Programmer cuma 2 org", language: .id)
        let bank = Item(id: "O1", quadrant: .opportunity, text: "Bank Daerah siap biayai kios layanan",
                        language: .id)
        let campus = Item(id: "O2", quadrant: .opportunity, text: "Universitas negeri tawarkan magang",
                          language: .id)
        #expect(ItemObject.action(of: move, internal: [weakness], external: [bank], language: .id)
            == move.action[.id])
        #expect(ItemObject.action(of: move, internal: [weakness], external: [bank, campus], language: .id)
            == "teken kemitraan dengan universitas negeri dan buka formasi bagi lulusannya")
        // English: a singular name gets the article the plural general word did not need.
        let english = Item(id: "O3", quadrant: .opportunity, text: "The state university offers interns",
                           language: .en)
        #expect(ItemObject.action(of: move, internal: [weakness], external: [english], language: .en)
            == "sign a partnership with the state university and hire their graduates")
    }

    static let move = StrategyMove(
        id: "M900", quadrant: .so, internal: ["C05"], external: ["C12"],
        action: LocalizedText(en: "make trained staff the local team for each national platform",
                              id: "jadikan staf terlatih tim lokal setiap platform nasional"),
        basis: .derived, citations: [])

    @Test func theActionSaysTheItemsOwnNamesWhereTheMoveAllowsIt() {
        var move = Self.move
        move.objects = [
            MoveObject(kind: .staff, side: .internal, id: "staf terlatih", en: "trained staff"),
            MoveObject(kind: .system, side: .external, id: "setiap platform nasional", en: "each national platform"),
        ]
        let strength = Item(id: "S1", quadrant: .strength, text: "Tiap desa sdh punya operator SIKS-NG yg dilatih",
                            language: .id)
        let opportunity = Item(id: "O1", quadrant: .opportunity,
                               text: "Aplikasi Cek Bansos Kemensos punya fitur usul & sanggah", language: .id)
        #expect(ItemObject.action(of: move, internal: [strength], external: [opportunity], language: .id)
            == "jadikan operator SIKS-NG tim lokal Aplikasi Cek Bansos Kemensos")
        // Only items in the sentence's language lend their words; an item naming nothing leaves the move's own.
        #expect(ItemObject.action(of: move, internal: [strength], external: [opportunity], language: .en)
            == "make trained staff the local team for each national platform")
        let plain = Item(id: "S2", quadrant: .strength, text: "Bupati mendukung penuh", language: .id)
        #expect(ItemObject.action(of: move, internal: [plain], external: [opportunity], language: .id)
            == "jadikan staf terlatih tim lokal Aplikasi Cek Bansos Kemensos")
        // An outside system lends its words only when it is named: not "integrasi aplikasi daerah".
        let offer = Item(id: "O2", quadrant: .opportunity, text: "SPLP dibuka utk integrasi aplikasi daerah",
                         language: .id)
        #expect(ItemObject.action(of: move, internal: [strength], external: [offer], language: .id)
            == "jadikan operator SIKS-NG tim lokal setiap platform nasional")
        // A move without marked words is said as written.
        #expect(ItemObject.action(of: Self.move, internal: [strength], external: [opportunity], language: .id)
            == Self.move.action[.id])
    }

    @Test func anEnglishNameKeepsTheArticleTheMoveHad() {
        var move = Self.move
        move.action = LocalizedText(en: "connect the system to the national bus", id: "hubungkan sistem ke SPLP")
        move.objects = [MoveObject(kind: .system, side: .internal, id: "sistem", en: "the system")]
        let weakness = Item(id: "W1", quadrant: .weakness, text: "Our online queue app is not linked", language: .en)
        #expect(ItemObject.action(of: move, internal: [weakness], external: [], language: .en)
            == "connect the online queue app to the national bus")
    }

    @Test func longerNamesNeverCarryASentencePastThirtyWords() {
        var move = Self.move
        move.objects = [
            MoveObject(kind: .staff, side: .internal, id: "staf terlatih", en: "trained staff"),
            MoveObject(kind: .system, side: .external, id: "setiap platform nasional", en: "each national platform"),
        ]
        // Staff of no kind that `StrengthForOpportunity` has a step for (an "SDM" team has one, which comes first).
        let staff = Item(id: "S1", quadrant: .strength, text: "Pengelola data statistik cuma 2 org", language: .id)
        let other = Item(id: "S2", quadrant: .strength, text: "Perbup Satu Data kabupaten sudah terbit", language: .id)
        let opportunity = Item(id: "O1", quadrant: .opportunity,
                               text: "Aplikasi Cek Bansos Kemensos punya fitur usul", language: .id)
        let mentions = { (items: [Item]) in items.map(StrategyText.Mention.init) }
        // One strength: the sentence with the names keeps within thirty words.
        let one = StrategyText.sentence(.so, move: move, internal: [staff], external: [opportunity], language: .id)
        #expect(one.action == "jadikan pengelola data statistik tim lokal Aplikasi Cek Bansos Kemensos")
        #expect(StrategyText.wordCount(one.text) <= StrategyText.maximumWords)
        // Two: the names would carry it further past thirty words than the move's own, so the move's own stay.
        let two = StrategyText.sentence(
            .so, move: move, internal: [other, staff], external: [opportunity], language: .id)
        #expect(two.action == move.action[.id])
        #expect(two.text == StrategyText.sentence(
            .so, internal: mentions([staff, other]), external: mentions([opportunity]), action: move.action[.id],
            language: .id))
    }
}
