import Foundation
import Testing
@testable import SwotCore

@Suite("labelled examples: a third reading and the fallbacks' lead")
struct ExampleClassifierTests {
    static let tiny = ExampleClassifier(examples: [
        ("C05", "Only two programmers keep every system running"),
        ("C05", "Our programmers leave for banks that pay more"),
        ("C11", "Citizens find the portal confusing and slow"),
        ("C11", "Residents say the forms are confusing"),
    ])

    @Test func itemsThatReadLikeTheExamplesOfACategoryGetIt() throws {
        let reading = Self.tiny.reading("Two programmers cannot keep up")
        let best = try #require(reading.first)
        #expect(best.category == "C05" && best.share > 0.5)
        let words = Self.tiny.evidence("Two programmers cannot keep up", for: "C05")
        #expect(words.contains("programmers") && !words.contains("cannot"))
        #expect(abs(reading.map(\.share).reduce(0, +) - 1) < 1e-9)
        // No word any example used: no reading at all.
        #expect(Self.tiny.reading("zzz qqq").isEmpty)
    }

    @Test func anItemNoKeywordMatchesIsLedByTheExamplesGuessMarkedAsSuch() throws {
        let text = "Frobnicators confusing for residents"
        let withExamples = Matcher(knowledgeBase: .shipped, examples: .these(Self.tiny)).match(text).categories
        let without = Matcher(knowledgeBase: .shipped, examples: .none).match(text).categories
        let first = try #require(withExamples.first)
        #expect(first.category == "C11" && first.fallback == .examples && first.terms.contains("confusing"))
        #expect(first.score < 0.5, "a guess stays low confidence")
        #expect(!without.contains { $0.fallback == .examples })
        // An item a keyword matches with confidence keeps the keywords' reading.
        let staffed = Matcher(knowledgeBase: .shipped, examples: .these(Self.tiny)).match("Kurangnya SDM TI")
        #expect(staffed.categories.first?.category == "C05" && staffed.categories.first?.fallback == nil)
    }

    /// The examples read keyword matches a third time: a category they clearly agree on that no keyword found joins
    /// the keyword ones, marked as theirs; examples that agree only through words naming e-government itself do not.
    @Test func aCategoryTheExamplesAgreeOnJoinsTheKeywordOnes() throws {
        let text = "Budget cut: confusing for residents"
        let read = Matcher(knowledgeBase: .shipped, examples: .these(Self.tiny)).match(text).categories
        let users = try #require(read.first { $0.category == "C11" })
        #expect(users.fallback == .examples && users.terms.contains("confusing"), "\(read)")
        #expect(read.contains { $0.category == "C03" && $0.fallback == nil }, "the keyword's category stays")
        let keywordsOnly = Matcher(knowledgeBase: .shipped, examples: .none).match(text).categories
        #expect(!keywordsOnly.contains { $0.category == "C11" }, "\(keywordsOnly)")

        let general = ExampleClassifier(examples: [
            ("C18", "Layanan aplikasi online"), ("C18", "Aplikasi layanan digital"), ("C05", "Staf kurang"),
        ])
        let budget = Matcher(knowledgeBase: .shipped, examples: .these(general)).match("Anggaran layanan aplikasi")
        #expect(general.reading("Anggaran layanan aplikasi").first?.category == "C18")
        #expect(!budget.categories.contains { $0.category == "C18" }, "\(budget.categories)")
    }

    /// A word a keyword phrase of another category reads ("budaya organisasi": culture) does not bring the examples'
    /// category for the word alone ("organisasi": structure).
    @Test func wordsAKeywordPhraseReadDoNotBringTheExamplesCategory() throws {
        let structure = ExampleClassifier(examples: [
            ("C07", "Struktur organisasi belum jelas"), ("C07", "Organisasi perangkat daerah berubah lagi"),
            ("C07", "Tupoksi dan struktur organisasi tumpang tindih"), ("C05", "Staf kurang terlatih"),
        ])
        // The examples clearly read the item as structure, through "organisasi" alone.
        let reading = try #require(structure.reading("Budaya organisasi masih lemah").first)
        #expect(reading.category == "C07" && reading.share >= Matcher.leastExampleShare)
        let culture = Matcher(knowledgeBase: .shipped, examples: .these(structure))
            .match("Budaya organisasi masih lemah").categories
        #expect(culture.first?.category == "C09" && !culture.contains { $0.category == "C07" }, "\(culture)")
    }

    /// A guess from general words alone ("aplikasi", "online") says the item is about e-government; the examples'
    /// guess says which part of it and leads, unless it too rests only on such words.
    @Test func theExamplesGuessLeadsAGuessFromGeneralWordsUnlessItRestsOnThemToo() throws {
        let confusing = Matcher(knowledgeBase: .shipped, examples: .these(Self.tiny))
            .match("Aplikasi online confusing for residents").categories
        #expect(confusing.first?.category == "C11" && confusing.first?.fallback == .examples, "\(confusing)")
        #expect(confusing.contains { $0.fallback == .generalWords }, "\(confusing)")

        let general = ExampleClassifier(examples: [
            ("C18", "Layanan aplikasi online"), ("C18", "Aplikasi layanan online"), ("C05", "Staf kurang"),
        ])
        let services = Matcher(knowledgeBase: .shipped, examples: .these(general)).match("Layanan aplikasi online")
            .categories
        #expect(services.first?.fallback == .generalWords, "\(services)")
        #expect(services.dropFirst().first?.category == "C18", "\(services)")
    }

    /// The shipped examples are the matcher's tuning items, word for word (`scripts/make-labelled-items.py`), and
    /// none of the locked ones: the locked figures stay a measure of items the examples never saw.
    @Test func theShippedExamplesAreTheTuningItemsAndNoLockedOne() throws {
        let shipped = EmbeddedKnowledgeBase.labelledItems.split(whereSeparator: \.isNewline).map(String.init)
        let tuning = try MatcherEvaluationTests.tuningFiles.flatMap { try MatcherEvaluationTests.cases($0) }
        let expected = tuning.map { item in
            item.expected[0] + "\t" + item.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        #expect(shipped == expected, "run scripts/make-labelled-items.py")
        for locked in ["matcher-evaluation-locked.json", "matcher-evaluation-locked2.json"] {
            let texts = try MatcherEvaluationTests.cases(locked).map(\.text)
            #expect(!shipped.contains { line in texts.contains { line.hasSuffix("\t" + $0) } }, "\(locked)")
        }
    }
}

/// The categories `show` offers beside an item's own (`Matcher.suggestions`).
@Suite("category suggestions")
struct CategorySuggestionTests {
    static let matcher = Matcher(knowledgeBase: .shipped, examples: .these(ExampleClassifierTests.tiny))

    @Test func anItemWithFewCategoriesIsOfferedTheExamplesCategoriesUpToThree() throws {
        let text = "Two programmers and a confusing portal"
        let suggestions = Self.matcher.suggestions(for: text, beside: ["C12"])
        #expect(suggestions.map(\.category) == ["C05", "C11"])
        #expect(suggestions.allSatisfy { $0.fallback == .examples && $0.score < 0.5 && !$0.setByUser })
        #expect(suggestions[0].terms.contains("programmers"))
        // Already three of its own: nothing more; a category the planner removed is never offered.
        #expect(Self.matcher.suggestions(for: text, beside: ["C12", "C13", "C14"]).isEmpty)
        #expect(Self.matcher.suggestions(for: text, beside: ["C12"], rejected: ["C05"]).map(\.category) == ["C11"])
        // An item's own category is not offered again; without examples there is nothing to offer.
        #expect(!Self.matcher.suggestions(for: text, beside: ["C05"]).map(\.category).contains("C05"))
        let bare = Matcher(knowledgeBase: .shipped, examples: .none)
        #expect(bare.suggestions(for: text, beside: []).isEmpty)
    }

    @Test func aCategoryTheReadingBarelyReachesIsNotOffered() throws {
        // Every word an example of C05 used: C11's share is left over, under the least share.
        let reading = ExampleClassifierTests.tiny.reading("programmers programmers keep every system running")
        let leftover = try #require(reading.first { $0.category == "C11" })
        let offered = Self.matcher.suggestions(for: "programmers programmers keep every system running", beside: [])
        #expect(offered.contains { $0.category == "C11" } == (leftover.share >= Matcher.leastSuggestionShare))
        #expect(offered.allSatisfy { candidate in
            (reading.first { $0.category == candidate.category }?.share ?? 0) >= Matcher.leastSuggestionShare
        })
    }
}
