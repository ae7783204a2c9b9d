import Testing
@testable import SwotCore

@Suite("re-deriving and deciding on strategies")
struct StrategyRefreshTests {
    let deriver = DerivationFixture.deriver

    @Test func reDerivingKeepsAcceptedAndEditedStrategiesAndTheirIDs() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: deriver)
        try plan.acceptStrategy("so1")
        try plan.editStrategy("SO2", text: "Our own wording of SO2")
        try plan.rejectStrategy("SO3")
        let before = plan.strategies
        let summary = plan.deriveStrategies(using: deriver)
        #expect(summary.added.isEmpty)
        #expect(Set(summary.kept) == ["SO1", "SO2", "SO3"])
        #expect(plan.strategy("SO1") == before.first { $0.id == "SO1" })
        #expect(plan.strategy("SO2")?.text == "Our own wording of SO2")
        #expect(plan.strategy("SO2")?.edited == true)
        #expect(plan.strategy("SO3")?.status == .rejected)
        // Undecided proposals come back with the same ids.
        #expect(plan.strategy("ST1")?.moveID == "M4")
        #expect(summary.updated.contains("ST1"))
    }

    @Test func anAcceptedStrategysItemsAreNotProposedTogetherAgainWithAnotherMove() throws {
        // Two moves fit the only pair: once the planner accepts the first, re-deriving must not propose the same two
        // items with the second beside it (a duplicate in the view), while a rejected one leaves the pair free.
        let deriver = StrategyDeriver(knowledgeBase: KnowledgeBase(sources: [], moves: [
            DerivationFixture.move("M1", .wt, ["C14"], ["C14"], "back up data daily off-site"),
            DerivationFixture.move("M2", .wt, ["C14"], ["C14"], "run a drill on the incident plan"),
        ]), examples: .none)
        var plan = try DerivationFixture.taggedPlan([
            (.weakness, "No security policy for patient data"), (.threat, "Ransomware attacks on hospitals"),
        ]) { _ in ("C14", 0.6) }
        plan.deriveStrategies(using: deriver)
        let first = try #require(plan.strategies(in: .wt).first)
        try plan.acceptStrategy(try #require(StrategyID(first.id)))
        plan.deriveStrategies(using: deriver)
        #expect(plan.strategies(in: .wt).map(\.id) == [first.id])
        try plan.rejectStrategy(try #require(StrategyID(first.id)))
        plan.deriveStrategies(using: deriver)
        let proposed = plan.strategies(in: .wt).filter { $0.status == .proposed }
        #expect(proposed.map(\.sources) == [["W1", "T1"]])
        #expect(proposed.first?.moveID != first.moveID)
    }

    @Test func strategiesWhoseItemsAreGoneAreMarkedStaleNotDropped() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: deriver)
        try plan.acceptStrategy("WT1")          // W2 × T1, M6
        try plan.removeItem("T1")
        let summary = plan.deriveStrategies(using: deriver)
        // ST1 (S2 × T1) was only proposed, but its item is gone: kept, marked stale.
        #expect(plan.strategy("ST1")?.stale == true)
        #expect(plan.strategy("WT1")?.stale == true)
        #expect(plan.strategy("WT1")?.status == .accepted)
        #expect(summary.stale.contains("ST1") && summary.stale.contains("WT1"))
        #expect(summary.emptyQuadrants.contains(.wt))
        // The item comes back under a new id: ST1's move is proposed again in place of the stale proposal.
        try plan.addItem(.threat, text: "Data theft again")
        plan.items[plan.items.count - 1].categories = [DerivationFixture.match("C14", 0.6, "data theft")]
        plan.deriveStrategies(using: deriver)
        #expect(plan.strategy("ST1")?.stale == false)
        #expect(plan.strategy("ST1")?.sources == ["S2", "T2"])
        #expect(plan.strategy("WT1")?.stale == true, "accepted strategies keep their text and sources")
    }

    @Test func idsAreNeverReused() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: deriver, top: 3)
        #expect(plan.strategies(in: .so).map(\.id) == ["SO1", "SO2", "SO3"])
        let narrowed = plan.deriveStrategies(using: deriver, top: 1)
        let kept = try #require(plan.strategies(in: .so).first?.id)
        #expect(plan.strategies(in: .so).count == 1)
        #expect(Set(narrowed.withdrawn) == Set(["SO1", "SO2", "SO3"]).subtracting([kept]))
        plan.deriveStrategies(using: deriver, top: 3)
        #expect(Set(plan.strategies(in: .so).map(\.id)) == [kept, "SO4", "SO5"],
                "withdrawn ids are not given out again")

        try plan.rejectStrategy("WO1")
        plan.deriveStrategies(using: deriver)
        #expect(plan.strategies(in: .wo).map(\.id) == ["WO1"], "a rejected move is not proposed again")
        let added = try plan.addStrategy(.wo, text: "Ask the province for budget help", sources: ["o1", "W2"])
        #expect(added.id == "WO2")
        #expect(added.status == .accepted && added.origin == .manual)
        #expect(added.sources == ["W2", "O1"])
        #expect(abs(added.score - 0.5 * 0.9) < 1e-9)
        #expect(try plan.addStrategy(.wo, text: "Another").id == "WO3")
    }

    @Test func aQuadrantThatLostItsOnlyMatchFallsBackRatherThanEmptying() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: deriver)
        #expect(plan.strategy("WO1")?.sources == ["W1", "O1"])
        try plan.removeItem("W1")
        let summary = plan.deriveStrategies(using: deriver)
        #expect(summary.fallbackQuadrants == [.wo])
        #expect(plan.strategy("WO1")?.sources == ["W2", "O1"], "same move, same id, W2 stands in")
        #expect(plan.strategy("WO1")?.stale == false)
    }

    @Test func theTopLimitKeepsDecisionsAndWithdrawsTheRest() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: deriver, top: 3)
        try plan.acceptStrategy("SO3")
        let summary = plan.deriveStrategies(using: deriver, top: 1)
        // The accepted one stays beside the one proposal kept; the third is withdrawn.
        let kept = plan.strategies(in: .so).map(\.id)
        #expect(kept.count == 2 && kept.contains("SO3"))
        #expect(summary.withdrawn.count == 1 && summary.withdrawn.allSatisfy { !kept.contains($0) })
    }

    @Test func decisionsCheckTheirInput() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: deriver)
        let before = plan
        #expect(throws: StrategyError.noSuchStrategy("WT9", known: plan.sortedStrategyIDs)) {
            try plan.rejectStrategy("wt9")
        }
        #expect(throws: StrategyError.badDate("2026-02-30")) { try plan.setStrategyDue("SO1", date: "2026-02-30") }
        #expect(throws: StrategyError.badDate("30/06/2026")) { try plan.setStrategyDue("SO1", date: "30/06/2026") }
        #expect(throws: PlanError.emptyText(what: "strategy text")) { try plan.editStrategy("SO1", text: "  ") }
        #expect(throws: StrategyError.sourceOutsideQuadrant("W1", .so)) {
            try plan.addStrategy(.so, text: "x", sources: ["W1"])
        }
        #expect(throws: PlanError.noSuchItem("O9", known: plan.sortedItemIDs)) {
            try plan.addStrategy(.so, text: "x", sources: ["O9"])
        }
        #expect(plan == before)
        try plan.setStrategyDue("SO1", date: "2028-02-29")
        try plan.assignStrategy("SO1", owner: "Diskominfo, Bidang e-Gov")
        try plan.setStrategyKPI("SO1", text: "Renstra 2026–2030 memuat e-government")
        #expect(plan.strategy("SO1")?.due == "2028-02-29")
        #expect(plan.strategy("SO1")?.isDecided == true)
        try plan.setStrategyDue("SO1", date: "-")
        #expect(plan.strategy("SO1")?.due == nil)
    }

    @Test func strategiesSurviveThePlanFile() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: deriver)
        try plan.acceptStrategy("SO1")
        try plan.setStrategyDue("SO1", date: "2026-12-31")
        let decoded = try PlanFile.decode(PlanFile.encode(plan))
        #expect(decoded == plan)

        func corrupt(_ change: (inout Plan) -> Void) -> String? {
            var copy = plan
            change(&copy)
            do { _ = try PlanFile.decode(PlanFile.encode(copy)); return nil } catch { return error.message }
        }
        #expect(corrupt { $0.strategies[1].id = "SO1" } == "strategy id SO1 appears twice")
        #expect(corrupt { $0.strategies[0].id = "WT7" } == "strategy id \"WT7\" does not fit its quadrant SO")
        #expect(corrupt { $0.strategies[0].score = 3 } == "strategy SO1 has a score outside 0…1")
        // Ids are read as swot writes them (issue 13 A): a source in lower case was let through and then shown as is.
        #expect(corrupt { $0.strategies[0].sources[0] = $0.strategies[0].sources[0].lowercased() }
            == "strategy SO1 names source \"\(plan.strategies[0].sources[0].lowercased())\", which is not an item id")
        #expect(corrupt { $0.spbe.raises["so1"] = [1] } == "spbe.raises names \"so1\", which is not a strategy id")
        #expect(corrupt { $0.strategies[0].due = "tomorrow" } == "strategy SO1 has due date \"tomorrow\", which is not "
            + "a YYYY-MM-DD date")
        let badStatus = String(decoding: PlanFile.encode(plan), as: UTF8.self).replacing(
            "\"accepted\"",
            with: "\"maybe\""
        )
        #expect(throws: PlanFileProblem.self) { try PlanFile.decode(Array(badStatus.utf8)) }
        // Plans written before strategies existed still open.
        let old = #"{"schemaVersion": 1, "name": "old", "items": []}"#
        #expect(try PlanFile.decode(Array(old.utf8)).strategies.isEmpty)
    }

    @Test func whyTracesItemsCategoriesMoveAndScore() throws {
        var plan = try DerivationFixture.plan()
        plan.deriveStrategies(using: deriver)
        let trace = StrategyTrace(
            strategy: plan.strategy("SO3")!,
            plan: plan,
            knowledgeBase: DerivationFixture.knowledgeBase
        )
        #expect(trace.move?.id == "M3")
        #expect(trace.items.map(\.id) == ["S2", "O1"])
        #expect(trace.items[0].matches.map(\.terms) == [["it staff"]])
        #expect(trace.bestInternal?.id == "S2" && trace.bestExternal?.id == "O1")
        #expect(trace.basisFactor == StrategyScoring.derivedFactor)
        #expect(abs((trace.focusFactor ?? 0) - 2.0 / 3) < 1e-9)
        #expect(trace.affinity == 1)
        #expect(!trace.isFallback)
    }
}
