import Testing
@testable import SwotCore

@Suite("plan editing")
struct PlanEditingTests {
    @Test func idsFollowTheQuadrantAndAreNeverReused() throws {
        var plan = Plan(name: "demo")
        #expect(try plan.addItem(.strength, text: "A").id == "S1")
        #expect(try plan.addItem(.strength, text: "B").id == "S2")
        #expect(try plan.addItem(.threat, text: "C").id == "T1")
        try plan.removeItem("s2")
        #expect(try plan.addItem(.strength, text: "D").id == "S3")
        let moved = try plan.moveItem("S1", to: .weakness)
        #expect(moved.id == "W1")
        #expect(plan.item("S1") == nil)
        #expect(plan.sortedItemIDs == ["S3", "W1", "T1"])
    }

    /// `items(in:)` answers from an index it keeps of each item's quadrant (`QuadrantIndex`): the answers must
    /// follow every way the list changes, an item changed in place right after a listing included, and a copy of the
    /// plan that shares the index must keep its own answers.
    @Test func quadrantListingsFollowEveryChangeOfTheList() throws {
        func expectFresh(_ plan: Plan, sourceLocation: SourceLocation = #_sourceLocation) {
            for quadrant in Quadrant.allCases {
                let walked = plan.items.filter { $0.quadrant == quadrant }.sorted { $0.number < $1.number }
                #expect(plan.items(in: quadrant) == walked, "\(quadrant)", sourceLocation: sourceLocation)
            }
        }
        var plan = Plan(name: "demo")
        for number in 1...5 {
            try plan.addItem(.strength, text: "Kekuatan \(number)")
            try plan.addItem(.opportunity, text: "Peluang \(number)")
        }
        expectFresh(plan)
        try plan.moveItem("S2", to: .weakness)
        expectFresh(plan)
        let copy = plan
        try plan.removeItem("O1")
        plan.items[0].quadrant = .threat
        plan.items[0].text = "Ancaman baru"
        expectFresh(plan)
        expectFresh(copy)
        #expect(copy.items(in: .strength).map(\.id) == ["S1", "S3", "S4", "S5"])
        plan.items.swapAt(1, 6)
        plan.items.removeLast(2)
        expectFresh(plan)
        plan.items.append(contentsOf: copy.items)
        expectFresh(plan)
    }

    /// Issue 13 B11: past S999999 `add` made a seven-digit id that nothing else accepted.
    @Test func whenAQuadrantsNumbersAreUsedUpAddAndMoveSaySoAndChangeNothing() throws {
        var plan = Plan(name: "demo")
        try plan.addItem(.weakness, text: "Anggaran terbatas")
        plan.nextNumber["S"] = ItemID.highestNumber
        #expect(try plan.addItem(.strength, text: "Pimpinan mendukung").id == "S999999")
        let before = plan
        #expect(throws: PlanError.numbersUsedUp(.strength)) { try plan.addItem(.strength, text: "Satu lagi") }
        #expect(throws: PlanError.numbersUsedUp(.strength)) { try plan.moveItem("W1", to: .strength) }
        #expect(plan == before)
        #expect(PlanError.numbersUsedUp(.strength).message.contains("S999999 is the highest id"))
        #expect(try PlanFile.decode(PlanFile.encode(plan)) == plan, "a plan whose numbers are used up still opens")
    }

    @Test func badInputChangesNothing() throws {
        var plan = Plan(name: "demo")
        try plan.addItem(.opportunity, text: "  Dana desa  ")
        let before = plan
        #expect(throws: PlanError.emptyText(what: "item text")) { try plan.addItem(.strength, text: "   ") }
        #expect(throws: PlanError.noSuchItem("O9", known: ["O1"])) { try plan.removeItem("o9") }
        #expect(throws: PlanError.sameQuadrant("O1", .opportunity)) { try plan.moveItem("O1", to: .opportunity) }
        #expect(plan == before)
        #expect(plan.items[0].text == "Dana desa")
    }

    /// A move keeps a rating the new quadrant allows and clears one it does not, so the plan stays valid.
    @Test func aMoveClearsARatingTheNewQuadrantDoesNotAllow() throws {
        var plan = Plan(name: "pindah")
        _ = try plan.addItem(.weakness, text: "SDM TIK kurang")
        _ = try plan.addItem(.opportunity, text: "Program nasional")
        try plan.setRating("W1", 2)
        try plan.setRating("O1", 3)
        #expect(try plan.moveItem("W1", to: .strength).rating == nil)
        #expect(try plan.moveItem("O1", to: .threat).rating == 3)
        try PlanFile.check(plan)
    }

    @Test func undoRestoresAndRedoReapplies() throws {
        var plan = Plan(name: "demo")
        var added = plan
        let item = try added.addItem(.strength, text: "A")
        let undo = try PlanEdit.addItem(item).apply(to: &plan)
        #expect(plan == added)
        let redo = try undo.apply(to: &plan)
        #expect(plan.items.isEmpty)
        #expect(plan.nextNumber["S"] == 2, "S1 stays retired after the undo")
        try redo.apply(to: &plan)
        #expect(plan == added)
    }

    @Test func quadrantsParseInBothLanguages() {
        #expect(Quadrant(parsing: "kekuatan") == .strength)
        #expect(Quadrant(parsing: "Weakness") == .weakness)
        #expect(Quadrant(parsing: "peluang") == .opportunity)
        #expect(Quadrant(parsing: "T") == .threat)
        #expect(Quadrant(parsing: "x") == nil)
    }
}
