import Testing
@testable import SwotCore

@Suite("Knowledge-base search")
struct KnowledgeBaseSearchTests {
    static let search = KnowledgeBaseSearch(knowledgeBase: .shipped)

    @Test func anIndonesianWordFindsItsStem() {
        // "pelatihan" and "latih" share the stem; the HR category names training among its keywords.
        let hits = Self.search.search("pelatihan")
        #expect(hits.first?.kind == .category)
        #expect(hits.first?.id == "C05")
        #expect(Self.search.search("latih").contains { $0.id == "C05" })
    }

    @Test func englishWordsAreStemmedToo() {
        #expect(Self.search.search("trainings").contains { $0.id == "C05" })
        #expect(Self.search.search("budgets").first?.id == "C03")
    }

    @Test func everyWordMustMatchWhenSomeEntryHasThemAll() {
        let hits = Self.search.search("anggaran pelatihan")
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.matchedWords == 2 })
    }

    @Test func frameworksAndMovesAreFound() {
        #expect(Self.search.search("KPMG").first?.id == "kpmg")
        #expect(Self.search.search("Edward").contains { $0.kind == .framework && $0.id == "edward" })
        #expect(Self.search.search("server keamanan").contains { $0.kind == .move })
        #expect(Self.search.search("F001").first?.id == "F001")
    }

    @Test func resultsAreStable() {
        let first = Self.search.search("data")
        #expect(first == Self.search.search("data"))
        #expect(Self.search.search("").isEmpty)
        #expect(Self.search.search("zzzqqq").isEmpty)
    }
}
