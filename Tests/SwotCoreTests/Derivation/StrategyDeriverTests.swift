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
        sources: [SourceDocument(id: "D003", file: "003_2191fb8a32d3ea38.txt", title: LocalizedText(en: "Medan", id: "Medan"), summary: LocalizedText(en: "", id: ""))],
        moves: [
            move("M1", .so, ["C01"], ["C02"], "align the plan with the vision", basis: .stated),
            move("M2", .so, ["C05"], ["C16"], "train staff with consultants"),
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

    static var deriver: StrategyDeriver { StrategyDeriver(knowledgeBase: knowledgeBase) }
}

@Suite("strategy derivation")
struct StrategyDeriverTests {
    @Test func eachQuadrantPairsItsSidesThroughTheMovesCategories() throws {
        var plan = try DerivationFixture.plan()
        let summary = plan.deriveStrategies(using: DerivationFixture.deriver)
        #expect(summary.added == ["SO1", "SO2", "SO3", "ST1", "WO1", "WT1"])
        let so = plan.strategies(in: .so)
        #expect(so.map(\.moveID) == ["M1", "M3", "M2"])
        // M1 (stated): S1 0.8 × O1 0.9 × 1.0.
        #expect(abs(so[0].score - 0.72) < 1e-9)
        #expect(so[0].sources == ["S1", "O1"])
        #expect(so[0].categories == ["C02", "C01"])
        #expect(so[0].text == "Use S1 (mayor for e-government) and O1 (smart-city programme) to align the plan with the vision.")
        #expect(so[0].citations == [StrategyCitation(source: "D003", file: "003_2191fb8a32d3ea38.txt", from: 10, to: 11, quote: "kutipan M1")])
        // M3 merges every pair that selects it: both strengths, both opportunities.
        #expect(so[1].sources == ["S1", "S2", "O1", "O2"])
        #expect(abs(so[1].score - 0.8 * 0.9 * StrategyScoring.derivedFactor) < 1e-9)
        #expect(plan.strategies(in: .wo).first?.text == "Overcome W1 (budget is not fully…) through O1 (smart-city programme): improve budget absorption.")
        #expect(plan.strategies(in: .wt).first?.text == "Reduce W2 (Infrastructure is not yet…) and guard against T1 (data theft): monitor security.")
        #expect(plan.strategies(in: .st).first?.text == "Use S2 (IT staff manage the…) against T1 (data theft) to secure the servers.")
    }

    @Test func everyDerivedStrategyNamesBothSidesAndCitesAPaper() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: DerivationFixture.deriver)
        #expect(!plan.strategies.isEmpty)
        for strategy in plan.strategies {
            let sides = strategy.sources.compactMap { plan.item($0)?.quadrant }
            #expect(sides.contains(strategy.quadrant.internalSide), "\(strategy.id)")
            #expect(sides.contains(strategy.quadrant.externalSide), "\(strategy.id)")
            #expect(!strategy.citations.isEmpty, "\(strategy.id)")
        }
    }

    @Test func indonesianPlansGetIndonesianSentences() throws {
        var plan = try DerivationFixture.plan()
        plan.language = .id
        plan.deriveStrategies(using: DerivationFixture.deriver)
        #expect(plan.strategy("SO1")?.text == "Manfaatkan S1 (mayor for e-government) dan O1 (smart-city programme) untuk melakukan align the plan with the vision.")
        #expect(plan.strategy("WT1")?.text.hasPrefix("Kurangi W2 (") == true)
        #expect(plan.strategy("ST1")?.text.contains(" untuk menghadapi T1 (data theft) dengan melakukan ") == true)
    }

    @Test func aQuadrantWithItemsOnBothSidesIsNeverEmpty() throws {
        var plan = try DerivationFixture.plan()
        // A threat no move knows: WT falls back to a move that fits one side; W1 and T2 alone still get one.
        try plan.removeItem("T1")
        try plan.addItem(.threat, text: "Something nobody categorised")
        let summary = plan.deriveStrategies(using: DerivationFixture.deriver)
        #expect(summary.fallbackQuadrants.contains(.wt))
        let wt = plan.strategies(in: .wt)
        #expect(!wt.isEmpty)
        #expect(wt.allSatisfy { $0.sources.contains("T2") && !$0.citations.isEmpty })
        #expect(wt.first?.sources.first == "W2")

        // No categories at all: the quadrant's most general move stands in.
        var bare = Plan(name: "bare")
        try bare.addItem(.weakness, text: "Something")
        try bare.addItem(.threat, text: "Something else")
        let bareSummary = bare.deriveStrategies(using: DerivationFixture.deriver)
        #expect(bare.strategies.map(\.id) == ["WT1"])
        #expect(bare.strategies[0].sources == ["W1", "T1"])
        #expect(bareSummary.emptyQuadrants == [.so, .st, .wo])
    }

    @Test func topLimitsTheProposalsPerQuadrant() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: DerivationFixture.deriver, top: 1)
        #expect(plan.strategies(in: .so).map(\.moveID) == ["M1"])
        plan.deriveStrategies(using: DerivationFixture.deriver, top: 3)
        #expect(plan.strategies(in: .so).map(\.id) == ["SO1", "SO2", "SO3"])
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
        // M3 (S2 0.6 × O1 0.9 × 0.6) and M2 (S2 staff 0.6 × O2 0.6 × 0.6) now outrank M1 (S1 0.8 × 0.25 × O1 0.9).
        #expect(plan.strategies(in: .so).first?.moveID == "M3")
        #expect(plan.strategies(in: .so).map(\.moveID).firstIndex(of: "M2")! < plan.strategies(in: .so).map(\.moveID).firstIndex(of: "M1")!)
    }

    @Test func excerptsStartAtTheMatchedWords() {
        #expect(StrategyText.excerpt("Banyak lembaga konsultan dalam pengembangan sistem", terms: ["lembaga konsultan"]) == "lembaga konsultan dalam pengembangan…")
        #expect(StrategyText.excerpt("Tersedianya SDM.", terms: ["sdm"]) == "SDM")
        #expect(StrategyText.excerpt("One two three four five", terms: []) == "One two three four…")
        #expect(StrategyText.list([.init(id: "S1", excerpt: "a"), .init(id: "S2", excerpt: "")], more: 2, .id) == "S1 (a), S2 dan 2 lainnya")
    }
}
