import Testing
@testable import SwotCore

@Suite("word-level diff")
struct WordDiffTests {
    @Test func keepsTheLongestCommonRunAndMarksTheRest() {
        #expect(WordDiff.pieces(from: "Terdapat 25 layanan aplikasi", to: "Terdapat 30 layanan aplikasi terpadu") == [
            .same("Terdapat"), .removed("25"), .added("30"), .same("layanan aplikasi"), .added("terpadu"),
        ])
        #expect(WordDiff.pieces(from: "", to: "baru") == [.added("baru")])
        #expect(WordDiff.pieces(from: "lama sekali", to: "") == [.removed("lama sekali")])
        #expect(WordDiff.pieces(from: "sama", to: "sama") == [.same("sama")])
    }

    @Test func aReplacedPhraseReadsAsOne() {
        let text = PlanDiffText(language: .en, knowledgeBase: .shipped, quote: { $0 })
        #expect(text.wordChange("a b c d", "a x y d") == "a [-b c-]{+x y+} d")
        let markdown = PlanDiffText(language: .id, knowledgeBase: .shipped, marks: .markdown, quote: { $0 })
        #expect(markdown.wordChange("a b", "a c") == "a ~~b~~**c**")
    }
}
