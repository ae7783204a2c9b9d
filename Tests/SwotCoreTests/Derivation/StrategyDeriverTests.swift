import Testing
@testable import SwotCore

/// A small knowledge base and plans with categories set by hand, so each rule of derivation shows on its own.
enum DerivationFixture {
    static func move(
        _ id: String, _ quadrant: TOWSQuadrant, _ inner: [String], _ outer: [String], _ action: String,
        basis: StrategyMove.Basis = .derived, line: Int = 10
    ) -> StrategyMove {
        StrategyMove(
            id: id, quadrant: quadrant, internal: inner, external: outer,
            action: LocalizedText(en: action, id: "melakukan \(action)"), basis: basis, paperStrategy: nil,
            citations: [Citation(source: "D003", from: line, to: line + 1, quote: "kutipan \(id)")]
        )
    }

    static let knowledgeBase = KnowledgeBase(
        sources: [
            SourceDocument(
                id: "D003",
                file: "003_2191fb8a32d3ea38.txt",
                title: LocalizedText(en: "Medan", id: "Medan"),
                summary: LocalizedText(en: "", id: "")
            )
        ],
        moves: [
            move("M1", .so, ["C01"], ["C02"], "align the plan with the vision", basis: .stated),
            move("M2", .so, ["C05"], ["C16"], "coach staff with consultants"),
            move("M3", .so, ["C01", "C05"], ["C02", "C16"], "lead capacity building"),
            move("M4", .st, ["C05"], ["C14"], "secure the servers"),
            move("M5", .wo, ["C03"], ["C02"], "improve budget absorption"),
            move("M6", .wt, ["C04"], ["C14"], "monitor security", basis: .stated),
            move("M7", .wt, ["C11"], ["C10"], "redesign the screens"),
        ]
    )

    static func match(_ category: String, _ score: Double, _ term: String) -> CategoryMatch {
        CategoryMatch(category: category, score: score, terms: [term])
    }

    /// S1 leadership, S2 staff, W1 budget, W2 infrastructure, O1 smart city, O2 consultants, T1 data theft.
    static func plan() throws -> Plan {
        var plan = Plan(name: "demo")
        plan.language = .en
        try plan.addItem(.strength, text: "Strong support from the mayor for e-government")
        try plan.addItem(.strength, text: "Adequate IT staff manage the applications")
        try plan.addItem(.weakness, text: "The budget is not fully absorbed")
        try plan.addItem(.weakness, text: "Infrastructure is not yet adequate")
        try plan.addItem(.opportunity, text: "Central smart-city programme")
        try plan.addItem(.opportunity, text: "Many consultancy firms for big cities")
        try plan.addItem(.threat, text: "High threat of data theft")
        let tags: [String: [CategoryMatch]] = [
            "S1": [match("C01", 0.8, "mayor")], "S2": [match("C05", 0.6, "it staff")],
            "W1": [match("C03", 0.7, "budget")], "W2": [match("C04", 0.5, "infrastructure")],
            "O1": [match("C02", 0.9, "smart-city programme")], "O2": [match("C16", 0.6, "consultancy firms")],
            "T1": [match("C14", 0.6, "data theft")],
        ]
        for index in plan.items.indices { plan.items[index].categories = tags[plan.items[index].id] ?? [] }
        return plan
    }

    static var deriver: StrategyDeriver { StrategyDeriver(knowledgeBase: knowledgeBase, examples: .none) }

    /// A deriver with only these moves.
    static func deriver(_ moves: [StrategyMove]) -> StrategyDeriver {
        StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: moves), examples: .none)
    }

    /// An English plan of these items, each with the one category and score `tag` gives it (by its id).
    static func taggedPlan(
        _ items: [(Quadrant, String)], tag: (String) -> (category: String, score: Double)
    ) throws -> Plan {
        var plan = Plan(name: "tagged")
        plan.language = .en
        for (quadrant, text) in items { try plan.addItem(quadrant, text: text) }
        for index in plan.items.indices {
            let (category, score) = tag(plan.items[index].id)
            plan.items[index].categories = [match(category, score, "x")]
        }
        return plan
    }

    /// An English plan of these weaknesses and opportunities, with two strengths and two threats besides (so that a
    /// word two items share is rare in the plan), each item tagged by `tag` as `taggedPlan` does.
    static func wordsPlan(
        weaknesses: [String], opportunities: [String], tag: (String) -> (category: String, score: Double)
    ) throws -> Plan {
        try taggedPlan(
            weaknesses.map { (.weakness, $0) } + opportunities.map { (.opportunity, $0) }
                + [(.strength, "Leaders back the plan"), (.strength, "Staff are keen"), (.threat, "Prices rise"),
                   (.threat, "Rules change often")],
            tag: tag)
    }

    /// The plan `wordsPlan` makes of these items, each under the category and score `tags` gives its id (any other
    /// item under C20 at 0.5), derived with `deriver` at the top 1.
    static func derivedWordsPlan(
        _ deriver: StrategyDeriver, tags: [String: (category: String, score: Double)],
        weaknesses: [String], opportunities: [String]
    ) throws -> Plan {
        var plan = try wordsPlan(weaknesses: weaknesses, opportunities: opportunities) { tags[$0] ?? ("C20", 0.5) }
        plan.deriveStrategies(using: deriver, top: 1)
        return plan
    }

    /// The plan `wordsPlan` makes of these items (internal ones under the move's internal category, external ones
    /// under its external one, all 0.95), derived with that one WO move at the top 1, and the WO strategy's items.
    static func bestWOPair(
        move categories: (internal: [String], external: [String]), weaknesses: [String], opportunities: [String],
        examples: Matcher.Examples = .none
    ) throws -> (plan: Plan, sources: [String]) {
        let deriver = StrategyDeriver(
            knowledgeBase: KnowledgeBase(
                sources: [], moves: [move("M1", .wo, categories.internal, categories.external, "act on both")]),
            examples: examples)
        var plan = try wordsPlan(weaknesses: weaknesses, opportunities: opportunities) { id in
            (id.hasPrefix("W") || id.hasPrefix("S") ? categories.internal[0] : categories.external[0], 0.95)
        }
        plan.deriveStrategies(using: deriver, top: 1)
        return (plan, plan.strategies(in: .wo).first?.sources ?? [])
    }

    /// Files the items under `category` as their second category (score 0.6), after the one they have.
    static func addSecondCategory(_ category: String, to ids: [String], in plan: inout Plan) throws {
        for id in ids {
            let index = try #require(plan.items.firstIndex { $0.id == id })
            plan.items[index].categories.append(match(category, 0.6, "x"))
        }
    }

    /// The factor by which the item's words raise its strength for the quadrant's move at `position`.
    static func relevance(of plan: Plan, _ id: String, move position: Int, in quadrant: TOWSQuadrant) -> Double {
        let moves = knowledgeBase.moves.filter { $0.quadrant == quadrant }
        let text = plan.items.first { $0.id == id }?.text ?? ""
        return MoveRelevance(moves: moves).factor(ContentStems.of(text), move: position)
    }
}

@Suite("strategy derivation")
struct StrategyDeriverTests {
    @Test func amongMovesOfTheSameCategoriesTheOneWhoseWordsTheItemsShareIsChosen() throws {
        // Three infrastructure × infrastructure moves; only the words tell that islands without a good connection
        // and a satellite programme want the satellite move, whatever the moves' order.
        let moves = [
            DerivationFixture.move("M1", .wo, ["C04"], ["C04"], "move applications to the national data centre"),
            DerivationFixture.move("M2", .wo, ["C04"], ["C04"], "ease permits for operators building towers"),
            DerivationFixture.move("M3", .wo, ["C04"], ["C04"], "register remote offices for satellite internet"),
        ]
        let plan = try DerivationFixture.taggedPlan([
            (.weakness, "Internet at clinics on small islands is slow"),
            (.opportunity, "A national satellite internet programme for remote areas"),
        ]) { _ in ("C04", 0.6) }
        for order in [moves, moves.reversed()] {
            let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: order), examples: .none)
            let chosen = deriver.proposals(for: plan, in: .wo, top: 1)
            #expect(chosen.map(\.move.id) == ["M3"])
        }
        #expect(!ContentStems.of("the satellites").isDisjoint(with: ContentStems.of("satellite")))
        #expect(ContentStems.of("the and of") == [])
    }

    @Test func anActionThatBringsASubjectNeitherItemNamesGivesWayToOneThatActsOnThem() throws {
        // Two moves of the same categories, neither sharing a word with the items: the one that brings satellite
        // internet (a subject of its own) loses to the plain one, in either order; once the items speak of remote
        // offices without internet, the satellite move is theirs.
        let moves = [
            DerivationFixture.move("M1", .wo, ["C04"], ["C04"], "register remote offices for satellite internet"),
            DerivationFixture.move("M2", .wo, ["C04"], ["C04"], "keep a spare unit ready for each site"),
            // Moves of another topic, so a word one move uses is rare among them (`MoveRelevance`).
            DerivationFixture.move("M3", .wo, ["C05"], ["C05"], "coach staff"),
            DerivationFixture.move("M4", .wo, ["C05"], ["C05"], "hire a second administrator"),
        ]
        let unrelated = try DerivationFixture.taggedPlan([
            (.weakness, "Old cameras fail often"), (.opportunity, "A vendor lends replacement cameras"),
        ]) { _ in ("C04", 0.6) }
        let remote = try DerivationFixture.taggedPlan([
            (.weakness, "Remote offices have no internet"), (.opportunity, "A satellite programme for islands"),
        ]) { _ in ("C04", 0.6) }
        for order in [moves, moves.reversed()] {
            let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: order), examples: .none)
            #expect(deriver.proposals(for: unrelated, in: .wo, top: 1).map(\.move.id) == ["M2"])
            #expect(deriver.proposals(for: remote, in: .wo, top: 1).map(\.move.id) == ["M1"])
        }
    }

    @Test func aFurtherItemIsNamedOnlyWhenTheActionSpeaksToIt() throws {
        // Three staff weaknesses of one category fit the campus move; those the action speaks to (the helpdesk, the
        // interns) are named, late pensions are not: a strategy names no item it does not act on.
        let moves = [
            DerivationFixture.move("M1", .wo, ["C05"], ["C16"], "take campus interns to run the helpdesk"),
            DerivationFixture.move("M2", .wo, ["C05"], ["C16"], "coach staff with consultants"),
            DerivationFixture.move("M3", .wo, ["C03"], ["C02"], "improve budget absorption"),
        ]
        let plan = try DerivationFixture.taggedPlan([
            (.weakness, "Understaffed helpdesk"),
            (.weakness, "Interns missing"),
            (.weakness, "Late pensions"),
            (.opportunity, "Campus interns"),
        ]) { $0 == "O1" ? ("C16", 0.6) : ("C05", 0.6) }
        let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: moves), examples: .none)
        let first = try #require(deriver.proposals(for: plan, in: .wo, top: 1).first)
        #expect(first.move.id == "M1")
        let named = Set((first.internalSupport + first.externalSupport).map { plan.items[$0.item].id })
        #expect(named == ["W1", "W2", "O1"])
    }

    @Test func aMoveThatNamesWordsForASideFitsOnlyItemsThatUseOne() throws {
        // Both weaknesses are budget ones; the absorption move fits the one about absorption, not the small budget,
        // in `derive` and in `StrategyFit` alike.
        var absorption = DerivationFixture.move("M1", .wo, ["C03"], ["C02"], "improve budget absorption")
        absorption.internalWords = ["absorption", "serapan"]
        let moves = [absorption, DerivationFixture.move("M2", .wo, ["C03"], ["C02"], "seek grants for the budget")]
        let plan = try DerivationFixture.taggedPlan([
            (.weakness, "The ICT budget is below one percent"),
            (.weakness, "Serapan anggaran TIK rendah"),
            (.opportunity, "A new national programme"),
        ]) { $0 == "O1" ? ("C02", 0.6) : ("C03", 0.6) }
        let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: moves), examples: .none)
        let proposals = deriver.proposals(for: plan, in: .wo, top: 4)
        let absorbing = proposals.filter { $0.move.id == "M1" }
            .flatMap { $0.internalSupport.map { plan.items[$0.item].id } }
        #expect(absorbing == ["W2"])
        #expect(!StrategyFit.fits(plan.items[0], absorption) && StrategyFit.fits(plan.items[1], absorption))

        // The same on the other side: the partner's data centre fits the opportunity that offers one.
        var hosting = DerivationFixture.move("M3", .wo, ["C03"], ["C02"], "host the data on the partner's cloud")
        hosting.externalWords = ["cloud"]
        let offers = try DerivationFixture.taggedPlan([
            (.weakness, "The ICT budget is below one percent"),
            (.opportunity, "A new national programme"), (.opportunity, "A provider offers free cloud space"),
        ]) { $0.hasPrefix("O") ? ("C02", 0.6) : ("C03", 0.6) }
        let hosted = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: [hosting]), examples: .none)
            .proposals(for: offers, in: .wo, top: 4)
        #expect(hosted.flatMap { $0.externalSupport.map { offers.items[$0.item].id } } == ["O2"])
        #expect(!StrategyFit.fits(offers.items[1], hosting) && StrategyFit.fits(offers.items[2], hosting))
    }

    @Test func shippedMovesThatPresupposeAThingFitOnlyItemsThatNameIt() throws {
        // Published fees answer illegal levies, not procurement fraud; answering complaints before they go viral
        // answers complaints, not a leak of whistleblowers' names; incident SOPs answer attacks, not floods; SRIKANDI
        // replaces a home-made e-office, not a library app; field officers verify residents' data, not a hospital's
        // interoperability standard; rebuilding a weak service needs a service, not tax arrears; a Perkada before the
        // head changes needs a change of head, not an election ahead that changes no one. Every item is filed
        // under its move's category.
        let moves = Dictionary(uniqueKeysWithValues: KnowledgeBase.shipped.moves.map { ($0.id, $0) })
        let cases: [(move: String, category: String, fits: String, misfits: String)] = [
            ("M118", "C24", "Isu pungli & calo uji KIR viral di medsos", "Modus fraud makin digital di e-Katalog"),
            ("M343", "C24", "Keluhan warga soal antrean cepat viral", "Identitas pelapor WBS bisa bocor ke terlapor"),
            ("M337", "C14", "Serangan ransomware ke instansi pemerintah naik", "Flooding threatens the paper records"),
            ("M144", "C12", "E-office buatan sendiri sering error, surat manual", "Library app has 65,000 members"),
            ("M406", "C13", "Transisi DTKS ke DTSEN butuh verifikasi data warga", "Standar interoperabilitas SIMRS"),
            ("M314", "C11", "Aplikasi perizinan sering error dan lambat", "Tunggakan PBB-P2 menumpuk"),
            // Anchoring a programme before the head changes answers a change of office, not an election as a date.
            ("M126", "C01", "Pergantian Bupati pasca Pilkada 2024", "Jelang Pilkada bansos rawan dipolitisasi"),
            // Server upkeep answers attacks and theft, not a data-protection law; removing steps prone to hidden fees
            // answers illegal levies, not residents' protests; phasing a change answers shifting budgets or rules;
            // visiting only high-risk sites answers a travel budget cut, not a network blackout; training staff
            // before a launch needs an application or a service to launch.
            ("M072", "C14", "Serangan ransomware ke instansi pemerintah", "UU PDP: data pribadi wajib dilindungi"),
            ("M120", "C24", "Pungli dan calo di loket perizinan", "Warga perumahan protes jalan rusak"),
            ("M354", "C03", "Efisiensi anggaran 2025 memangkas belanja TI", "Dana operasional selalu terlambat cair"),
            ("M398", "C03", "Efisiensi anggaran perjalanan dinas", "Jaringan seluler lumpuh saat bencana"),
            ("M051", "C10", "Aplikasi layanan baru akan diluncurkan", "Pelatihan digital marketing belum terukur"),
        ]
        for (id, category, fitting, misfitting) in cases {
            let move = try #require(moves[id])
            let side = move.externalWords == nil ? move.quadrant.internalSide : move.quadrant.externalSide
            let plan = try DerivationFixture.taggedPlan([(side, fitting), (side, misfitting)]) { _ in (category, 0.8) }
            #expect(StrategyFit.fits(plan.items[0], move), "\(id): \(fitting)")
            #expect(!StrategyFit.fits(plan.items[1], move), "\(id): \(misfitting)")
        }
    }

    @Test func aPairWhoseActionSpeaksToNeitherItemRanksBelowOneThatNamesWhatItDoes() throws {
        // The staff pair fits better, but its move is a stock action; the network's move speaks of the campus the
        // opportunity names, a word a few other moves use too, so it raises the items' fit only a little.
        let others = (3...16).map { number in
            DerivationFixture.move(
                "M\(number)", .so, ["C11"], ["C10"], number <= 6 ? "visit the campus" : "file form \(number)")
        }
        let moves = [
            DerivationFixture.move("M1", .so, ["C05"], ["C16"], "hold a monthly coordination meeting"),
            DerivationFixture.move("M2", .so, ["C04"], ["C16"], "extend the network with the campus"),
        ] + others
        let plan = try DerivationFixture.taggedPlan([
            (.strength, "Trained officers"), (.strength, "Fibre reaches every district"),
            (.opportunity, "The campus offers to work with the agency"),
        ]) { id in ["S1": ("C05", 0.9), "S2": ("C04", 0.6)][id] ?? ("C16", 0.6) }
        let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: moves), examples: .none)
        let first = try #require(deriver.proposals(for: plan, in: .so, top: 1).first)
        #expect(first.move.id == "M2")
    }

    /// The revenue and archive moves fit the items planners write about cash levies, under-reported turnover and
    /// paper archives, matched as `add` matches them, and not items that only share their categories.
    @Test func revenueAndArchiveMovesFitTheirItems() throws {
        let matcher = Matcher(knowledgeBase: .shipped)
        let deriver = StrategyDeriver(knowledgeBase: .shipped)
        func moves(_ quadrant: TOWSQuadrant, _ items: [(Quadrant, String)]) throws -> Set<String> {
            var plan = Plan(name: "revenue")
            for (side, text) in items { try plan.classify(plan.addItem(side, text: text).itemID, with: matcher) }
            return Set(deriver.candidates(for: plan, in: quadrant).map(\.move.id))
        }
        let cash = (Quadrant.weakness, "Setoran retribusi parkir masih tunai lewat jukir, kebocoran PAD tinggi")
        #expect(try moves(.wo, [cash, (.opportunity, "Bank daerah siap sediakan QRIS dan insentif elektronifikasi")])
            .contains("M413"))
        #expect(try moves(.wt, [cash, (.threat, "Pedagang dan juru pungut menolak pembayaran nontunai")])
            .contains("M415"))
        #expect(try moves(.st, [
            (.strength, "Transaksi hotel dan restoran terekam di dashboard monitoring pajak"),
            (.threat, "Wajib pajak hotel memanipulasi omzet yang dilaporkan"),
        ]).contains("M414"))
        #expect(try moves(.wo, [
            (.weakness, "Arsip lama masih kertas, belum dialihmediakan"),
            (.opportunity, "Kampus menawarkan mahasiswa magang ilmu perpustakaan"),
        ]).contains("M416"))
        // A budget weakness that speaks of no cash is not met by the QRIS move.
        #expect(try !moves(.wo, [
            (.weakness, "Transparansi anggaran dinas masih rendah"),
            (.opportunity, "Bank daerah siap sediakan QRIS dan insentif elektronifikasi"),
        ]).contains("M413"))
    }

    @Test func aGuessedCategoryDoesNotMakeTwoItemsOneTopic() {
        // The teachers' strength: staff by its keywords, applications only by the labelled examples' guess.
        let guess = CategoryMatch(category: "C12", score: 0.55, terms: [], fallback: .examples)
        let teachers = Item(id: "S1", quadrant: .strength, text: "120 guru penggerak tersertifikasi", categories: [
            guess, DerivationFixture.match("C05", 0.5, "guru"),
        ])
        let gambling = Item(id: "T1", quadrant: .threat, text: "Judi online lewat konten di gawai sekolah",
                            categories: [
                                DerivationFixture.match("C14", 0.7, "judi online"),
                                DerivationFixture.match("C12", 0.5, "konten"),
                            ])
        #expect(StrategyScoring.topics(of: teachers) == ["C05"])
        #expect(StrategyScoring.affinity(teachers, gambling) == 1)
        // A guess still counts where it is all the item has.
        let guessed = Item(id: "S2", quadrant: .strength, text: "Aktif berbagi", categories: [guess])
        #expect(StrategyScoring.topics(of: guessed) == ["C12"])
        #expect(StrategyScoring.affinity(guessed, gambling) == StrategyScoring.sameTopicFactor)
    }

    @Test func itemsLeftOutSayWhenTheMovesOfTheirCategoryNeedOtherWords() throws {
        // The small budget's only WO move is about absorption: the reason says so rather than "ranks below", and the
        // opportunity has no partner for it.
        var absorption = DerivationFixture.move("M1", .wo, ["C03"], ["C02"], "improve budget absorption")
        absorption.internalWords = ["absorption", "serapan"]
        let plan = try DerivationFixture.taggedPlan([
            (.weakness, "The ICT budget is below one percent"), (.opportunity, "A new national programme"),
        ]) { $0 == "O1" ? ("C02", 0.6) : ("C03", 0.6) }
        let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: [absorption]), examples: .none)
        let leftOut = plan.itemsLeftOut(using: deriver)
        #expect(leftOut == [
            LeftOutItem(id: "W1", reasons: [.otherWordsOnly(.wo, category: "C03"), .noMove(.wt, category: "C03")]),
            LeftOutItem(id: "O1", reasons: [.noMove(.so, category: "C02"), .noPartner(.wo)]),
        ])
        #expect(leftOut[0].explanation(.en).hasPrefix("WO: the moves for its category C03 are about things it does "
            + "not name;"))
        #expect(leftOut[0].explanation(.id).hasPrefix("WO: langkah untuk kategorinya C03 membahas hal yang tidak "
            + "disebutnya;"))
        #expect(leftOut[0].handWritten == .addStrategy(.wo, from: "W1"))
    }

    @Test func theItemsAPairingChoosesMeetWithTheMoveThatSpeaksOfThem() throws {
        // The weakness and the opportunity meet either way; the stated, narrow move ranks first on its basis and
        // focus, but its action names neither item, while the broad derived one speaks of their sensors.
        let moves = [
            DerivationFixture.move("M1", .wo, ["C04"], ["C16"], "publish service standards", basis: .stated),
            DerivationFixture.move(
                "M2", .wo, ["C04", "C12", "C13"], ["C16", "C15", "C13"], "calibrate the sensors with the partner lab"),
            DerivationFixture.move("M3", .wo, ["C05"], ["C05"], "coach staff"),
            DerivationFixture.move("M4", .wo, ["C05"], ["C05"], "hire a second administrator"),
        ]
        let plan = try DerivationFixture.taggedPlan([
            (.weakness, "Air quality sensors often go offline"),
            (.opportunity, "A university lab offers sensor calibration"),
            (.strength, "Waste collection trucks report by GPS"),
            (.threat, "Complaints about smog go viral"),
        ]) { id in id.hasPrefix("W") ? ("C04", 0.6) : ("C16", 0.6) }
        for order in [moves, moves.reversed()] {
            let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: order), examples: .none)
            #expect(deriver.proposals(for: plan, in: .wo, top: 1).map(\.move.id) == ["M2"])
            // With the relevant move decided on already, the pair still meets, through the other move.
            let rest = deriver.proposals(for: plan, in: .wo, top: 1, excluding: ["M2"])
            #expect(rest.map(\.move.id) == ["M1"])
        }
    }

    @Test func aLongSentenceLowersAPairsClaimButDoesNotSinkAClearlyBetterFit() throws {
        let long = Array(repeating: "and", count: 30).joined(separator: " ")
        let moves = [
            DerivationFixture.move("M1", .wo, ["C04"], ["C04"], "build towers \(long)"),
            DerivationFixture.move("M2", .wo, ["C05"], ["C05"], "coach staff"),
        ]
        let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: moves), examples: .none)
        // W1 × O1 fits the long M1, W2 × O2 the short M2; the one taken first depends on how much better M1 fits.
        for (infrastructure, taken) in [(0.9, "M1"), (0.55, "M2")] {
            // Texts that share no word with the actions, so only the scores and the length decide.
            let plan = try DerivationFixture.taggedPlan(
                [(.weakness, "Item"), (.weakness, "Item"), (.opportunity, "Item"), (.opportunity, "Item")]
            ) { $0.hasSuffix("1") ? ("C04", infrastructure) : ("C05", 0.5) }
            // Both pairs share their topic: 0.81 × 0.7 beats 0.25; 0.3025 × 0.7 does not.
            #expect(deriver.proposals(for: plan, in: .wo, top: 1).map(\.move.id) == [taken])
        }
    }

    @Test func aLeadersLongerOpenerCountsInTheLengthOfItsSTSentenceOnly() throws {
        let plan = try DerivationFixture.taggedPlan(
            [(.strength, "Bupati mendukung penuh"), (.strength, "Tim TI 5 orang"), (.threat, "Serangan siber")]
        ) { _ in ("C14", 0.8) }
        let words = StrategyDeriver.ItemWords(plan, examples: nil)
        // "Gunakan dukungan Bupati …" is one word longer than the form's "Gunakan" ("Enlist" as long as "Use").
        #expect(words.openers == [1, 0, 0])
        // An action that speaks of the threat, so the sentence keeps it (`ThreatAnswer` does not take over).
        let move = DerivationFixture.move("M1", .st, ["C14"], ["C14"], "tangkal serangan siber")
        let leader = StrategyDeriver.Support(item: 0, strength: 0.8)
        let team = StrategyDeriver.Support(item: 1, strength: 0.8)
        let threat = StrategyDeriver.Support(item: 2, strength: 0.8)
        var st = StrategyDeriver.SentenceLength(quadrant: .st, mentions: words.mentions, openers: words.openers)
        var withoutOpeners = StrategyDeriver.SentenceLength(quadrant: .st, mentions: words.mentions, openers: [0, 0, 0])
        #expect(st.words([leader], [threat], move) == withoutOpeners.words([leader], [threat], move) + 1)
        // With a second strength the form's verb opens the sentence again.
        #expect(st.words([leader, team], [threat], move) == withoutOpeners.words([leader, team], [threat], move))
        let so = StrategyDeriver.SentenceLength(quadrant: .so, mentions: words.mentions, openers: words.openers)
        #expect(so.opener(0) == 0)
        // Derived, the leader's sentence says it and stays within the length it was counted at.
        let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: [move]), examples: .none)
        var derived = plan
        derived.language = .id
        derived.deriveStrategies(using: deriver)
        let sentence = try #require(derived.strategies.first { $0.sources == ["S1", "T1"] }).text
        #expect(sentence.hasPrefix("Gunakan dukungan Bupati"), "\(sentence)")
        #expect(StrategyText.wordCount(sentence) <= st.words([leader], [threat], move), "\(sentence)")
    }

    @Test func itemsOnTheSameSubjectByTheirOwnWordsArePairedAndTheScoreStaysAFit() throws {
        // Two weaknesses and two opportunities of one category each side; only their words tell that the SIPD
        // weakness goes with the SIPD opportunity. The pair's raised score is kept as at most 1 in the plan.
        // A word counts as rare when at most a quarter of the plan's items use it: eight items, two with SIPD.
        let (plan, sources) = try DerivationFixture.bestWOPair(
            move: (["C12"], ["C13"]),
            weaknesses: ["The payroll application is old", "Officers type every entry twice into SIPD"],
            opportunities: ["A national portal is coming", "The ministry opens an API for SIPD"])
        // Without the words, the tie would go to the lower numbers, W1 × O1. (W1 may join as a second weakness of
        // the move's category; the opportunity named is the SIPD one.)
        #expect(sources.contains("W2") && sources.contains("O2") && !sources.contains("O1"))
        #expect(plan.strategies.allSatisfy { $0.score <= 1 })
        #expect(try PlanFile.decode(PlanFile.encode(plan)) == plan)
    }

    @Test func itemsOnTheSameSubjectInDifferentWordsArePaired() throws {
        // As above, but the two items share no word: "interns" and "university" are both a campus partnership
        // (`SubjectLexicon`), and that alone makes W2 × O2 the move's pair.
        let (_, sources) = try DerivationFixture.bestWOPair(
            move: (["C05"], ["C16"]),
            weaknesses: ["Officers rarely get new tasks", "We need interns for data entry"],
            opportunities: ["A bank offers a sponsorship", "The local university signs an agreement"])
        #expect(sources.contains("W2") && sources.contains("O2") && !sources.contains("O1"), "\(sources)")
    }

    @Test func itemsThatReadAlikeToTheLabelledExamplesArePaired() throws {
        // No shared word or subject, one category per side: only the labelled examples tell that "coders keep
        // leaving" and "a campus lends developers" are both about staff (`ItemWords.closeness`).
        let examples = ExampleClassifier(examples: [
            ("C05", "Coders keep leaving for banks"), ("C05", "Developers are scarce"),
            ("C11", "Citizens queue for forms"), ("C11", "Residents wait in long queues"),
        ])
        let plan = try DerivationFixture.wordsPlan(
            weaknesses: ["Citizens queue for forms", "Coders keep leaving"],
            opportunities: ["A hotel sponsors the town fair", "A campus lends developers"]
        ) { id in (id.hasPrefix("W") || id.hasPrefix("S") ? "C05" : "C16", 0.95) }
        let moves = [DerivationFixture.move("M1", .wo, ["C05"], ["C16"], "act on both")]
        func bestPair(_ examples: Matcher.Examples) throws -> [String] {
            let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: moves), examples: examples)
            let best = try #require(deriver.proposals(for: plan, in: .wo, top: 1).first)
            return [best.internalSupport[0].item, best.externalSupport[0].item].map { plan.items[$0].id }
        }
        #expect(try bestPair(.these(examples)) == ["W2", "O2"])
        // Without the examples every pair is alike and the tie goes to the lower numbers.
        #expect(try bestPair(.none) == ["W1", "O1"])
    }

    @Test func anItemLedByTheExamplesGuessStillFitsThroughItsBestKeywordCategory() throws {
        // W1's first category is only the labelled examples' guess (partnership); its keywords said staff. The one WO
        // move is staff × partnership: W1 fits it through its keyword category, W2 (guess only) does not.
        let deriver = DerivationFixture.deriver([DerivationFixture.move("M1", .wo, ["C05"], ["C16"], "act on both")])
        var plan = try DerivationFixture.wordsPlan(
            weaknesses: ["Interns from the campus leave each term", "Campus interns are rare"],
            opportunities: ["A campus offers interns"]
        ) { id in (id.hasPrefix("O") ? "C16" : "C20", 0.9) }
        let guess = CategoryMatch(category: "C16", score: 0.6, terms: ["campus"], fallback: .examples)
        plan.items[0].categories = [guess, DerivationFixture.match("C05", 0.5, "interns")]
        plan.items[1].categories = [guess]
        #expect(StrategyFit.topCategories(of: plan.items[0]).map(\.category) == ["C16", "C05"])
        plan.deriveStrategies(using: deriver, top: 2)
        #expect(plan.strategies(in: .wo).map(\.sources) == [["W1", "O1"]], "\(plan.strategies(in: .wo).map(\.sources))")
    }

    @Test func aPairThatIsBothItemsBestComesBeforeAStrongerPairThatIsNot() throws {
        // Pair scores (strengths multiplied, one move each): W1 × O1 1.0, W1 × O3 0.9, W3 × O3 0.6, W2 × O2 0.4.
        // W1 × O1 comes first. For the second place W3 × O3 outscores W2 × O2, but it is W3's best pair only (O3's
        // is with W1), while W2 × O2 is the best pair of both its items: the pair a planner makes, so it comes second.
        let deriver = DerivationFixture.deriver([
            DerivationFixture.move("M1", .wo, ["C01"], ["C11"], "alpha"),
            DerivationFixture.move("M2", .wo, ["C02"], ["C12"], "beta"),
            DerivationFixture.move("M3", .wo, ["C03"], ["C13"], "gamma"),
            DerivationFixture.move("M4", .wo, ["C01"], ["C13"], "delta"),
        ])
        let tags: [String: (category: String, score: Double)] = [
            "W1": ("C01", 1), "W2": ("C02", 0.632), "W3": ("C03", 0.667),
            "O1": ("C11", 1), "O2": ("C12", 0.632), "O3": ("C13", 0.9),
        ]
        var plan = try DerivationFixture.wordsPlan(
            weaknesses: ["Leaders rarely meet", "Forms are on paper", "Servers are old"],
            opportunities: ["Citizens ask for speed", "Ministry apps are free", "Vendors cut prices"]
        ) { tags[$0] ?? ("C20", 0.5) }
        plan.deriveStrategies(using: deriver, top: 2)
        let wo = plan.strategies(in: .wo)
        #expect(wo.map(\.sources) == [["W1", "O1"], ["W2", "O2"]], "\(wo.map(\.sources))")
    }

    @Test func itemsThatNameTheSameThingComeBeforeItemsThatOnlyFitTheirMovesMoreStrongly() throws {
        // W1 × O1 fit their move better (0.9 each) than W2 × O2 (0.6 each), but W2 and O2 both name the SIPD queue:
        // the order (`PairRanking`) weighs what two items share far above how strongly each fits, so the one
        // proposal is W2 × O2, while each strategy still shows how well its items fit (`StrategyScoring.pairScore`).
        let deriver = DerivationFixture.deriver([
            DerivationFixture.move("M1", .wo, ["C01"], ["C11"], "alpha"),
            DerivationFixture.move("M2", .wo, ["C02"], ["C12"], "beta"),
        ])
        var plan = try DerivationFixture.derivedWordsPlan(
            deriver, tags: ["W1": ("C01", 0.9), "W2": ("C02", 0.6), "O1": ("C11", 0.9), "O2": ("C12", 0.6)],
            weaknesses: ["Leaders rarely meet", "SIPD queue stalls"],
            opportunities: ["Citizens ask for speed", "The SIPD queue API opens"])
        let wo = plan.strategies(in: .wo)
        #expect(wo.map(\.sources) == [["W2", "O2"]], "\(wo.map(\.sources))")
        plan.deriveStrategies(using: deriver, top: 2)
        let scores = Dictionary(uniqueKeysWithValues: plan.strategies(in: .wo).map { ($0.sources, $0.score) })
        #expect(try #require(scores[["W1", "O1"]]) > #require(scores[["W2", "O2"]]))
    }

    @Test func aPairWhoseMoveSpeaksOfBothItemsComesBeforeOneThatFitsItsCategoriesMoreStrongly() throws {
        // W1 × O1 fit their move far more strongly (0.95 each) than W2 × O2 (0.5 each), and no two items share a
        // word; but M2's action names what W2 and O2 name (paper forms, the ministry's app) while M1's names the
        // leaders only. The order weighs how closely an action speaks to both items (`PairRanking.rank`'s
        // `speaking`), so the one proposal is W2 × O2. The other moves only make the words of M1 and M2 rare among
        // the moves.
        let fillers = ["gamma", "delta", "epsilon", "zeta", "theta", "kappa"].enumerated().map { index, word in
            DerivationFixture.move("M\(index + 3)", .wo, ["C20"], ["C21"], "\(word) drill")
        }
        let deriver = DerivationFixture.deriver([
            DerivationFixture.move("M1", .wo, ["C01"], ["C11"], "coach the leaders"),
            DerivationFixture.move("M2", .wo, ["C02"], ["C12"], "move the paper forms onto the ministry app"),
        ] + fillers)
        let plan = try DerivationFixture.derivedWordsPlan(
            deriver, tags: ["W1": ("C01", 0.95), "W2": ("C02", 0.5), "O1": ("C11", 0.95), "O2": ("C12", 0.5)],
            weaknesses: ["Leaders rarely meet", "Permits still use paper forms"],
            opportunities: ["Citizens ask for speed", "The ministry app is free"])
        let wo = plan.strategies(in: .wo)
        #expect(wo.map(\.sources) == [["W2", "O2"]], "\(wo.map(\.sources))")
    }

    @Test func itemsNamingTheSameThingMeetAMoveThroughOnesSecondCategoryAndOthersDoNot() throws {
        // The only WO move is interoperability × security. W1 and W2 are filed first under users, second under
        // interoperability; W3 under interoperability, the opportunities under security. W1 and O1 both name Mobile
        // JKN and the queue; W2 shares no word with anything: only W1 pairs outside its first category, the shared
        // words make W1 × O1 the move's pair rather than W3's, and the strategy lists the category W1 fits through.
        let deriver = DerivationFixture.deriver([
            DerivationFixture.move("M1", .wo, ["C13"], ["C14"], "secure the link"),
        ])
        var plan = try DerivationFixture.wordsPlan(
            weaknesses: [
                "Online queue not linked with Mobile JKN", "Patients dislike the old forms",
                "Agencies keep separate databases",
            ],
            opportunities: ["BPJS opens a secure Mobile JKN queue API", "A security standard is issued"]
        ) { $0.hasPrefix("O") ? ("C14", 0.9) : $0 == "W3" ? ("C13", 0.9) : ("C11", 0.9) }
        try DerivationFixture.addSecondCategory("C13", to: ["W1", "W2"], in: &plan)
        plan.deriveStrategies(using: deriver)
        let wo = plan.strategies(in: .wo)
        // O2 may join as a second opportunity of the move's category (as any same-topic item does).
        #expect(wo.count == 1, "\(wo.map(\.sources))")
        let strategy = try #require(wo.first)
        #expect(Set(strategy.sources).isSuperset(of: ["W1", "O1"]) && !strategy.sources.contains("W2"))
        #expect(Set(strategy.categories) == ["C13", "C14"])
    }

    @Test func eachQuadrantPairsItemsThatFitTheMoveOnBothSides() throws {
        var plan = try DerivationFixture.plan()
        let summary = plan.deriveStrategies(using: DerivationFixture.deriver)
        #expect(summary.added == ["SO1", "SO2", "SO3", "ST1", "WO1", "WT1"])
        let so = plan.strategies(in: .so)
        #expect(so.map(\.moveID) == ["M1", "M2", "M3"])
        // M1 (stated): S1 0.8 × O1 0.9 × 1.0.
        #expect(abs(so[0].score - 0.72) < 1e-9)
        #expect(so[0].sources == ["S1", "O1"])
        #expect(so[0].categories == ["C02", "C01"])
        #expect(so[0].text == "Combine strong support from the mayor (S1) with central smart-city programme (O1): "
            + "align the plan with the vision.")
        #expect(
            so[0].citations == [
                StrategyCitation(
                    source: "D003",
                    file: "003_2191fb8a32d3ea38.txt",
                    from: 10,
                    to: 11,
                    quote: "kutipan M1"
                )
            ]
        )
        // M2 (staff × consultants, one category each side) meets S2 and O2, the items SO1 left out, S2 raised by the
        // word it shares with the action ("staff"; "consultancy" and "consultants" have different stems). M3 fits S1,
        // S2, O1 and O2; S1 × O1 and S2 × O2 are named together already, so M3 takes the next best pair, S2 × O1,
        // its score lowered by the move's breadth (two categories each side).
        #expect(so[1].sources == ["S2", "O2"])
        let words = { (id: String, move: Int) in DerivationFixture.relevance(of: plan, id, move: move, in: .so) }
        #expect(words("S2", 1) > 1 && words("O2", 1) == 1)
        #expect(abs(so[1].score - 0.6 * words("S2", 1) * 0.6 * words("O2", 1) * StrategyScoring.derivedFactor) < 1e-9)
        #expect(so[2].sources == ["S2", "O1"])
        #expect(abs(so[2].score - 0.6 * 0.9 * StrategyScoring.derivedFactor * 2 / 3) < 1e-9)
        #expect(plan.strategies(in: .wo).first?.text == "Fix the budget not fully absorbed (W1) by drawing on central "
            + "smart-city programme (O1): improve budget absorption.")
        #expect(plan.strategies(in: .wt).first?.text == "Fix infrastructure not yet adequate (W2) ahead of high "
            + "threat of data theft (T1): monitor security.")
        #expect(plan.strategies(in: .st).first?.text == "Use adequate IT staff manage the applications (S2) to counter "
            + "high threat of data theft (T1): secure the servers.")
        #expect(summary.leftOut.isEmpty)
    }

    @Test func everyNamedItemFitsTheMoveOnItsSide() throws {
        var plan = try DerivationFixture.plan()
        // A second category below the top one does not make an item fit: S1 is leadership first, staff second.
        plan.items[0].categories.append(DerivationFixture.match("C05", 0.3, "staff"))
        plan.deriveStrategies(using: DerivationFixture.deriver)
        #expect(!plan.strategies.isEmpty)
        for strategy in plan.strategies {
            let move = DerivationFixture.knowledgeBase.moves.first { $0.id == strategy.moveID }!
            let items = strategy.sources.compactMap(plan.item)
            #expect(items.contains { $0.quadrant == strategy.quadrant.internalSide }, "\(strategy.id)")
            #expect(items.contains { $0.quadrant == strategy.quadrant.externalSide }, "\(strategy.id)")
            #expect(items.count <= StrategyDeriver.maximumItems, "\(strategy.id)")
            #expect(
                items.allSatisfy { StrategyFit.fits($0, move) },
                "\(strategy.id) names an item its move does not fit"
            )
            #expect(!strategy.citations.isEmpty, "\(strategy.id)")
        }
        #expect(plan.strategies(in: .st).allSatisfy { !$0.sources.contains("S1") })
    }

    @Test func indonesianPlansGetIndonesianSentences() throws {
        var plan = try DerivationFixture.plan()
        plan.language = .id
        try plan.setLabel("W2", label: "infrastruktur belum memadai")
        plan.deriveStrategies(using: DerivationFixture.deriver)
        // One strength and one opportunity that names a programme: the sentence says how the strength seizes it
        // (`OpportunityUse`) in the plan's language, and the step a programme asks for.
        #expect(plan.strategy("SO1")?.text == "Gunakan strong support from the mayor (S1) untuk mengikuti central "
            + "smart-city programme (O1): ajukan usulan keikutsertaan dan tunjuk penanggung jawabnya.")
        #expect(plan.strategy("WT1")?.text.hasPrefix("Atasi infrastruktur belum memadai (W2) untuk mengantisipasi "
            + "high threat of data theft (T1): ") == true)
        // One strength and one threat whose move's action speaks to neither: how the strength answers the threat
        // (`ThreatAnswer`).
        #expect(plan.strategy("ST1")?.text.hasSuffix(" untuk menangkal high threat of data theft (T1).") == true)
        #expect(plan.strategy("WO1")?.text.hasPrefix("Atasi budget is not fully absorbed (W1) dengan "
            + "memanfaatkan ") == true)
    }

    @Test func anSOSentenceCallsTheOpportunityOneUnlessItsLabelDoes() {
        func sentence(_ opportunity: String) -> String {
            StrategyText.sentence(
                .so, internal: [.init(id: "S1", label: ItemLabel(text: "SDM TI bersertifikat", language: .id))],
                external: [.init(id: "O1", label: ItemLabel(text: opportunity, language: .id))],
                action: "latih operator desa", language: .id)
        }
        #expect(sentence("Permen LHK P.75/2019")
            == "Padukan SDM TI bersertifikat (S1) dengan peluang Permen LHK P.75/2019 (O1): latih operator desa.")
        #expect(sentence("peluang kerja sama kampus")
            == "Padukan SDM TI bersertifikat (S1) dengan peluang kerja sama kampus (O1): latih operator desa.")
    }

    @Test func aQuadrantWithoutAnyFittingPairGetsAOneSidedFallbackMarkedAsSuch() throws {
        var plan = try DerivationFixture.plan()
        // A threat no move knows: WT falls back to a move that fits W2 alone, marked one-sided.
        try plan.removeItem("T1")
        try plan.addItem(.threat, text: "Something nobody categorised")
        let summary = plan.deriveStrategies(using: DerivationFixture.deriver)
        #expect(summary.fallbackQuadrants == [.st, .wt])
        let wt = plan.strategies(in: .wt)
        #expect(wt.count == 1)
        #expect(wt[0].oneSided && wt[0].sources == ["W2", "T2"])
        #expect(wt[0].text.hasSuffix(" (one-sided)."))
        #expect(wt[0].statusLabel == "proposed, one-sided")
        // Every fitting strategy ranks above every one-sided one.
        #expect(wt[0].score < plan.strategies.filter { !$0.oneSided }.map(\.score).min()!)
        plan.language = .id
        plan.deriveStrategies(using: DerivationFixture.deriver)
        #expect(plan.strategies(in: .wt)[0].text.hasSuffix(" (hanya satu sisi)."))

        // No categories at all: nothing is made up; both items are listed as left out, with the reason.
        var bare = Plan(name: "bare")
        try bare.addItem(.weakness, text: "Something")
        try bare.addItem(.threat, text: "Something else")
        let bareSummary = bare.deriveStrategies(using: DerivationFixture.deriver)
        #expect(bare.strategies.isEmpty)
        #expect(bareSummary.emptyQuadrants == [.so, .st, .wo])
        #expect(
            bareSummary.leftOut == [
                LeftOutItem(id: "W1", reasons: [.noCategory]), LeftOutItem(id: "T1", reasons: [.noCategory]),
            ]
        )
        #expect(bareSummary.leftOut[0].handWritten == .addStrategy(.wo, from: "W1"))
        #expect(bareSummary.leftOut[0].remedy(for: .noCategory) == .tagItem("W1"))
        #expect(bareSummary.leftOut[0].explanation(.en) == "it has no category")
    }

    @Test func itemsLeftOutSayWhy() throws {
        var plan = try DerivationFixture.plan()
        try plan.addItem(.strength, text: "Open data portal")       // S3: C24, no move has it
        try plan.addItem(.weakness, text: "Screens are hard to use") // W3: C11, WT's M7 needs a C10 threat
        plan.items[plan.items.count - 2].categories = [DerivationFixture.match("C24", 0.7, "open data")]
        plan.items[plan.items.count - 1].categories = [DerivationFixture.match("C11", 0.7, "screens")]
        let summary = plan.deriveStrategies(using: DerivationFixture.deriver)
        #expect(summary.leftOut == [
            LeftOutItem(id: "S3", reasons: [.noMove(.so, category: "C24"), .noMove(.st, category: "C24")]),
            LeftOutItem(id: "W3", reasons: [.noMove(.wo, category: "C11"), .noPartner(.wt)]),
        ])
        #expect(summary.leftOut[1].explanation(.en) == "WO: no move for its category C11; WT: no threat fits a move "
            + "for it")
        #expect(summary.leftOut[1].explanation(.id) == "WO: belum ada langkah untuk kategorinya C11; WT: tidak ada "
            + "ancaman yang cocok dengan langkahnya")
        #expect(summary.leftOut[1].handWritten == .addStrategy(.wo, from: "W3"))
        // A strategy of the planner's own that names it accounts for it.
        try plan.addStrategy(.wt, text: "Redesign the screens", sources: ["W3"])
        #expect(plan.itemsLeftOut(using: DerivationFixture.deriver).map(\.id) == ["S3"])
        // Only the best proposal is kept: the items of the others rank below it.
        var narrow = try DerivationFixture.plan()
        let narrowSummary = narrow.deriveStrategies(using: DerivationFixture.deriver, top: 1)
        #expect(
            narrowSummary.leftOut.contains(LeftOutItem(id: "O2", reasons: [.notInTop(.so), .notInTop(.wo)])) == false
        )
        // S1 (the mayor's support) shares no category or word with either opportunity: the view keeps only S2 × O2,
        // whose move speaks of the staff and the consultants.
        #expect(narrow.strategies(in: .so).map(\.sources) == [["S2", "O2"]])
        let mayor = try #require(narrowSummary.leftOut.first { $0.id == "S1" })
        #expect(mayor.reasons == [.noRelatedPartner(.so), .noMove(.st, category: "C01")])
        #expect(mayor.explanation(.en).hasPrefix("SO: no opportunity shares its topic, and its other pairs rank "
            + "below those kept"))
        #expect(mayor.remedy(for: .noRelatedPartner(.so)) == .deriveMore)
        // Once S1 meets O1 (the smart-city programme) on a second category, its pairs only rank below the one kept.
        let support = try #require(narrow.items.firstIndex { $0.id == "S1" })
        narrow.items[support].categories.append(DerivationFixture.match("C02", 0.3, "x"))
        #expect(narrow.itemsLeftOut(using: DerivationFixture.deriver).first { $0.id == "S1" }?.reasons.first
            == .notInTop(.so))
    }

    @Test func theTopOfAQuadrantNeverRepeatsAMoveOrAnItemSetAndSpreadsOverItsItems() throws {
        // Three strengths and three opportunities of one category pair, three moves on that pair.
        let knowledgeBase = KnowledgeBase(moves: [
            DerivationFixture.move("M1", .so, ["C05"], ["C16"], "train staff with partners"),
            DerivationFixture.move("M2", .so, ["C05"], ["C16"], "second staff move"),
            DerivationFixture.move("M3", .so, ["C05"], ["C16"], "third staff move"),
        ])
        var plan = Plan(name: "spread")
        plan.language = .en
        for (index, score) in [0.9, 0.8, 0.7].enumerated() {
            try plan.addItem(.strength, text: "Staff strength \(index + 1)")
            plan.items[plan.items.count - 1].categories = [DerivationFixture.match("C05", score, "staff")]
            try plan.addItem(.opportunity, text: "Partner offer \(index + 1)")
            plan.items[plan.items.count - 1].categories = [DerivationFixture.match("C16", score, "partner")]
        }
        let summary = plan.deriveStrategies(using: StrategyDeriver(knowledgeBase: knowledgeBase, examples: .none))
        let so = plan.strategies(in: .so)
        #expect(Set(so.compactMap(\.moveID)).count == so.count)
        #expect(Set(so.map { Set($0.sources) }).count == so.count)
        #expect(Set(so.flatMap(\.sources)) == ["S1", "S2", "S3", "O1", "O2", "O3"])
        #expect(summary.leftOut.isEmpty)
    }

    @Test func aStrongItemDoesNotHeadNearlyEveryStrategyOfAQuadrant() throws {
        // Two weaknesses, one much stronger, five threats and eight moves they all fit, every item of its own
        // category so none is merged in: of six strategies, the weak weakness should head more than the one it needs
        // to be in the view (each strategy already naming an item lowers a pair's claim by `repeatFactor`).
        let knowledgeBase = KnowledgeBase(moves: (1...8).map {
            DerivationFixture.move("M\($0)", .wt, ["C04", "C05"], ["C14", "C23", "C08", "C06", "C02"], "move \($0)")
        })
        var plan = Plan(name: "crowded")
        plan.language = .en
        for (quadrant, text, category, score) in [
            (Quadrant.weakness, "Servers in one room", "C04", 0.9), (.weakness, "Two IT staff", "C05", 0.5),
            (.threat, "Ransomware attacks", "C14", 0.9), (.threat, "Floods", "C23", 0.8),
            (.threat, "Procurement rules change", "C08", 0.7), (.threat, "A new regulation", "C06", 0.6),
            (.threat, "National plan shifts", "C02", 0.5),
        ] {
            try plan.addItem(quadrant, text: text)
            plan.items[plan.items.count - 1].categories = [DerivationFixture.match(category, score, "x")]
        }
        let wt = StrategyDeriver(knowledgeBase: knowledgeBase, examples: .none).proposals(for: plan, in: .wt, top: 6)
        let named = wt.map { $0.itemSet.map { plan.items[$0].id }.sorted() }
        #expect(wt.count == 6)
        #expect(named.count { $0.contains("W2") } >= 2, "\(named)")
    }

    @Test func aStrongPairOfNamedItemsMayComeBeforeAWeakOneThatOpensAnItemWhichStillGetsItsStrategy() throws {
        // Two strong weaknesses and opportunities (security, interoperability), a very weak infrastructure weakness
        // that also touches security. After the two same-topic pairs, security weakness × interoperability opportunity
        // (both named already) fits far better than the infrastructure weakness with anything: it takes the view's
        // third place, and W3 gets none: past the view's size, it shares a topic with no opportunity. Once it shares
        // one with O1, it gets its strategy with O1.
        let knowledgeBase = KnowledgeBase(moves: [
            DerivationFixture.move("M1", .wo, ["C14"], ["C14"], "harden the systems"),
            DerivationFixture.move("M2", .wo, ["C13"], ["C13"], "link the systems"),
            DerivationFixture.move("M3", .wo, ["C14"], ["C13"], "secure the exchange"),
            DerivationFixture.move("M4", .wo, ["C04"], ["C14"], "move the servers"),
        ])
        var plan = Plan(name: "openings")
        plan.language = .en
        for (quadrant, text, category, score) in [
            (Quadrant.weakness, "No security policy", "C14", 0.9), (.weakness, "Agencies keep apart data", "C13", 0.9),
            (.weakness, "Old servers in one room", "C04", 0.05), (.opportunity, "National security help", "C14", 0.9),
            (.opportunity, "A national data exchange", "C13", 0.9),
        ] {
            try plan.addItem(quadrant, text: text)
            plan.items[plan.items.count - 1].categories = [DerivationFixture.match(category, score, "x")]
        }
        let deriver = StrategyDeriver(knowledgeBase: knowledgeBase, examples: .none)
        let unrelated = deriver.proposals(for: plan, in: .wo).map { Set($0.itemSet.map { plan.items[$0].id }) }
        #expect(unrelated.contains(["W1", "O2"]) && !unrelated.contains { $0.contains("W3") }, "\(unrelated)")
        plan.items[2].categories.append(DerivationFixture.match("C14", 0.2, "x"))
        let named = deriver.proposals(for: plan, in: .wo).map { Set($0.itemSet.map { plan.items[$0].id }) }
        #expect(named.contains { $0.isSuperset(of: ["W3", "O1"]) }, "\(named)")
    }

    @Test func sentencesStayShortAndNameEachItemTheSameWay() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: DerivationFixture.deriver)
        for strategy in plan.strategies {
            #expect(StrategyText.wordCount(strategy.text) <= StrategyText.maximumWords, "\(strategy.text)")
            for id in strategy.sources {
                let label = ItemLabel.of(plan.item(written: id)!).phrase(.en)
                #expect(strategy.text.contains("\(label) (\(id))"), "\(strategy.id) names \(id) otherwise")
            }
        }
        #expect(StrategyText.wordCount("Use staff (S1) to counter the offer (O2): train them.") == 10)
    }

    @Test func movesThatNeedANationalMandateAreNeverProposed() throws {
        var knowledgeBase = DerivationFixture.knowledgeBase
        knowledgeBase.moves[0].authority = .national  // M1, the best SO move
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: StrategyDeriver(knowledgeBase: knowledgeBase, examples: .none))
        #expect(!plan.strategies.contains { $0.moveID == "M1" })
        #expect(plan.strategies(in: .so).first?.moveID == "M3")
    }

    @Test func movesThatDirectEveryAgencyAreLeftOutOfASectoralAgencysPlanOnly() throws {
        var knowledgeBase = DerivationFixture.knowledgeBase
        knowledgeBase.moves[0].authority = .government  // M1, the best SO move
        let deriver = StrategyDeriver(knowledgeBase: knowledgeBase, examples: .none)
        var plan = try DerivationFixture.plan()
        plan.title = "SWOT Layanan Digital Dinas Lingkungan Hidup Kota"
        plan.deriveStrategies(using: deriver)
        #expect(!plan.strategies.contains { $0.moveID == "M1" })
        #expect(plan.strategies(in: .so).first?.moveID == "M3")
        // The same items in the plan of the agency that coordinates for the government, or of no named agency.
        for title in ["SWOT SPBE Kabupaten: Diskominfo", ""] {
            var whole = try DerivationFixture.plan()
            whole.title = title
            whole.deriveStrategies(using: deriver)
            #expect(whole.strategies(in: .so).first?.moveID == "M1", "\(title)")
        }
        // An item whose category only such moves take is listed with that reason, not as having no move.
        knowledgeBase.moves[2].authority = .government  // M3, the other SO move for S1's leadership
        let summary = plan.deriveStrategies(using: StrategyDeriver(knowledgeBase: knowledgeBase, examples: .none))
        let leadership = try #require(summary.leftOut.first { $0.id == "S1" })
        #expect(leadership.reasons == [.governmentMovesOnly(.so, category: "C01"), .noMove(.st, category: "C01")])
        #expect(leadership.explanation(.en).hasPrefix("SO: the moves for its category C01 direct every agency, for "
            + "Diskominfo or Bappeda to propose"))
    }

    @Test func topLimitsTheProposalsPerQuadrant() throws {
        var plan = try DerivationFixture.plan()
        // The one kept: coaching the staff with the consultants, the move that speaks of both items.
        plan.deriveStrategies(using: DerivationFixture.deriver, top: 1)
        #expect(plan.strategies(in: .so).map(\.moveID) == ["M2"])
        plan.deriveStrategies(using: DerivationFixture.deriver, top: 3)
        #expect(plan.strategies(in: .so).count == 3)
        #expect(Set(plan.strategies(in: .so).map(\.id)) == ["SO1", "SO2", "SO3"])
    }

    @Test func weightsScaleTheScore() throws {
        var plan = try DerivationFixture.plan()
        for index in plan.items.indices {
            switch plan.items[index].id {
            case "S1": plan.items[index].weight = 0.1
            case "S2": plan.items[index].weight = 0.4
            default: break
            }
        }
        let scoring = StrategyScoring(plan: plan)
        #expect(scoring.weightFactor(plan.item("S2")!) == 1)
        #expect(scoring.weightFactor(plan.item("S1")!) == 0.25)
        // W1 has no weight: it counts with the internal side's mean weight.
        #expect(abs(scoring.weightFactor(plan.item("W1")!) - 0.625) < 1e-9)
        #expect(scoring.weightFactor(plan.item("O1")!) == 1)
        plan.deriveStrategies(using: DerivationFixture.deriver)
        // M2 (S2 staff 0.6 × O2 0.6 × 0.6) and M3 (S2 0.6 × O1 0.9 × 0.6 × 0.67 for its breadth) now outrank M1
        // (S1 0.8 × 0.25 × O1 0.9).
        #expect(plan.strategies(in: .so).map(\.moveID).last == "M1")
    }
}
