import Testing
import SwotCore
@testable import SwotShell

/// `list` keeps each item's line from one call to the next; after any change its listing must be byte for byte what
/// a listing written from nothing shows.
@Suite("listed lines")
struct ListedLinesTests {
    static func listing(_ plan: Plan, _ knowledgeBase: KnowledgeBase, _ lines: ListedLines) -> String {
        var listing = ItemListing(plan, knowledgeBase: knowledgeBase, lines: lines)
        for quadrant in Quadrant.allCases { listing.append(quadrant) }
        return listing.text
    }

    @Test func aKeptListingEqualsAFreshOneAfterEveryKindOfChange() throws {
        let shipped = KnowledgeBase.shipped
        var plan = Plan(name: "cache")
        for (quadrant, text) in [(Quadrant.strength, "Dukungan pimpinan kuat"), (.weakness, "SDM TI kurang"),
                                 (.opportunity, "Program SPLP nasional"), (.threat, "Serangan siber meningkat")] {
            _ = try plan.addItem(quadrant, text: text)
        }
        let kept = ListedLines()
        var knowledgeBase = shipped
        var history: [Plan] = []
        func check(_ change: String) {
            #expect(Self.listing(plan, knowledgeBase, kept) == Self.listing(plan, knowledgeBase, ListedLines()),
                    "after \(change)")
        }
        check("the first listing")
        let changes: [(String, (inout Plan) throws -> Void)] = [
            ("add", { _ = try $0.addItem(.weakness, text: "Anggaran TIK dipangkas") }),
            ("edit", { $0.items[0].text = "Dukungan kepala daerah sangat kuat" }),
            ("tag", { $0.items[1].categories = [CategoryMatch(category: "C03", score: 0.7, terms: ["x"])] }),
            ("untag", { $0.items[1].categories = [] }),
            ("label", { $0.items[2].label = "SPLP" }),
            ("a line break and a control character", { $0.items[3].text = "Serangan\nsiber \u{1B}[31m" }),
            ("remove", { _ = try $0.removeItem(try #require(ItemID("W1"))) }),
        ]
        for (name, change) in changes {
            history.append(plan)
            try change(&plan)
            check(name)
        }
        // Undo goes back to earlier plans, whose items the kept lines saw before.
        while let earlier = history.popLast() {
            plan = earlier
            check("undo")
        }
        // Another knowledge base names the categories otherwise.
        knowledgeBase.categories[0].code = "LEADER"
        plan.items[0].categories = [CategoryMatch(category: "C01", score: 0.8, terms: ["x"])]
        check("a knowledge base change")
        #expect(Self.listing(plan, knowledgeBase, kept).contains("[C01 LEADER]"))
    }
}
