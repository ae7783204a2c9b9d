import Testing
@testable import SwotCore

@Suite("a strategy for items the planner pairs")
struct StrategyForChosenItemsTests {
    let deriver = DerivationFixture.deriver

    @Test func swotWritesTheStrategyFromAMoveThatFitsEveryNamedItem() throws {
        var plan = try DerivationFixture.plan()
        let added = try plan.addStrategy(.so, naming: ["S2", "O2"], using: deriver)
        #expect(added.id == "SO1")
        #expect(added.sources == ["S2", "O2"])
        // M2 (C05 × C16) and M3 (C01, C05 × C02, C16) both fit; M2 is written for exactly these topics.
        #expect(added.moveID == "M2")
        #expect(added.status == .accepted && added.origin == .derived)
        #expect(added.text.contains("(S2)") && added.text.contains("(O2)"))
        #expect(added.citations.map(\.source) == ["D003"])
        #expect(plan.strategies == [added])
    }

    @Test func theStrategyStaysThroughDeriveAndItsMoveIsNotProposedAgain() throws {
        var plan = try DerivationFixture.plan()
        let added = try plan.addStrategy(.so, naming: ["S2", "O2"], using: deriver)
        plan.deriveStrategies(using: deriver)
        #expect(plan.strategy(written: added.id) == added)
        let soMoves = plan.strategies(in: .so).compactMap(\.moveID)
        #expect(soMoves.filter { $0 == "M2" }.count == 1)
        #expect(!plan.strategies(in: .so).contains { $0.id != added.id && Set($0.sources) == ["S2", "O2"] })
    }

    @Test func aMoveNoStrategyOfTheQuadrantUsesComesFirst() throws {
        // Two moves fit every pair alike; the second pair gets the move the first does not hold, so the quadrant
        // does not show one action twice.
        let deriver = DerivationFixture.deriver([
            DerivationFixture.move("M1", .wt, ["C14"], ["C14"], "back up data daily off-site"),
            DerivationFixture.move("M2", .wt, ["C14"], ["C14"], "run a drill on the incident plan"),
        ])
        var plan = try DerivationFixture.taggedPlan([
            (.weakness, "No security policy"), (.weakness, "Passwords are shared"), (.threat, "Ransomware attacks"),
        ]) { _ in ("C14", 0.6) }
        let first = try plan.addStrategy(.wt, naming: ["W1", "T1"], using: deriver)
        let second = try plan.addStrategy(.wt, naming: ["W2", "T1"], using: deriver)
        #expect(first.moveID == "M1")
        #expect(second.moveID == "M2")
        #expect(second.id == "WT2")
    }

    @Test func anActionThatNamesAnItemsSubjectComesBeforeAStockOne() throws {
        // "interns" and "campus" share no word but one subject (`SubjectLexicon`): the second move speaks to O1.
        let deriver = DerivationFixture.deriver([
            DerivationFixture.move("M1", .wo, ["C05"], ["C16"], "enrol staff in free online courses"),
            DerivationFixture.move("M2", .wo, ["C05"], ["C16"], "have interns build and test systems"),
        ])
        var plan = try DerivationFixture.taggedPlan([
            (.weakness, "Only two people can process data"), (.opportunity, "A nearby campus offers a partnership"),
        ]) { $0.hasPrefix("W") ? ("C05", 0.6) : ("C16", 0.6) }
        #expect(try plan.addStrategy(.wo, naming: ["W1", "O1"], using: deriver).moveID == "M2")
    }

    @Test func badRequestsSayWhatToDoAndChangeNothing() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: deriver)
        let before = plan
        #expect(throws: StrategyError.needsBothSides(.so)) {
            try plan.addStrategy(.so, naming: ["S1", "S2"], using: deriver)
        }
        #expect(throws: StrategyError.sourceOutsideQuadrant("T1", .so)) {
            try plan.addStrategy(.so, naming: ["S1", "T1"], using: deriver)
        }
        #expect(throws: StrategyError.noMoveFits(.wo, ["W2", "O2"])) {
            try plan.addStrategy(.wo, naming: ["W2", "O2"], using: deriver)
        }
        let taken = try #require(plan.strategies(in: .so).first)
        let takenItems = taken.sources.compactMap(ItemID.init)
        #expect(throws: StrategyError.alreadyNamed(taken.id, taken.sources)) {
            try plan.addStrategy(.so, naming: takenItems, using: deriver)
        }
        #expect(throws: PlanError.self) { try plan.addStrategy(.so, naming: ["S9", "O1"], using: deriver) }
        #expect(plan == before)
        #expect(StrategyError.noMoveFits(.wo, ["W2", "O2"]).message.contains("own words"))
        #expect(StrategyError.noMoveFits(.wo, ["W2", "O2"]).remedies == [.addStrategy(.wo, from: "W2 O2")])
    }

    @Test func atMostFourItems() throws {
        let deriver = DerivationFixture.deriver([DerivationFixture.move("M1", .wo, ["C05"], ["C16"], "train staff")])
        var plan = try DerivationFixture.taggedPlan(
            [(.weakness, "a"), (.weakness, "b"), (.weakness, "c"), (.opportunity, "d"), (.opportunity, "e")]
        ) { $0.hasPrefix("W") ? ("C05", 0.6) : ("C16", 0.6) }
        #expect(throws: StrategyError.tooManyItems(["W1", "W2", "W3", "O1", "O2"])) {
            try plan.addStrategy(.wo, naming: ["W1", "W2", "W3", "O1", "O2"], using: deriver)
        }
        let added = try plan.addStrategy(.wo, naming: ["W1", "W3", "O2"], using: deriver)
        #expect(added.sources == ["W1", "W3", "O2"])
    }
}
