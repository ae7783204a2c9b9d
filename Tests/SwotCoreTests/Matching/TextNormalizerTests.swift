import Testing
@testable import SwotCore

@Suite("Text normaliser")
struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test func lowerCasesAndTurnsPunctuationIntoSpaces() {
        #expect(normalizer.normalize("SDM IT masih kurang!") == "sdm it masih kurang")
        #expect(normalizer.normalize("Belum ada SOP (helpdesk), ya?") == "belum ada sop helpdesk ya")
    }

    @Test func stripsDiacritics() {
        #expect(normalizer.normalize("Café naïve résumé") == "cafe naive resume")
        // Combining acute accent typed as its own scalar.
        #expect(normalizer.normalize("cafe\u{0301}") == "cafe")
    }

    @Test func hyphenatedWords() {
        #expect(normalizer.normalize("e-government dan e-Gov") == "egovernment dan egov")
        #expect(normalizer.normalize("e government") == "egovernment")
        #expect(normalizer.normalize("kota-kota besar, masing-masing OPD") == "kota besar masing opd")
        #expect(normalizer.normalize("koordinasi pusat-daerah") == "koordinasi pusat daerah")
        #expect(normalizer.normalize("step-by-step - gradual") == "step by step gradual")
    }

    @Test func digitsStayInWords() {
        #expect(
            normalizer.normalize("Jaringan 5G sejak 2017; UU No. 43/2020") == "jaringan 5g sejak 2017 uu no 43 2020"
        )
    }

    @Test func apostrophesAreDroppedInsideWords() {
        #expect(normalizer.normalize("don’t ignore citizens' needs") == "dont ignore citizens needs")
    }

    @Test func tokensKnowWhereTheyStandAndWhetherTheyAreCapitals() {
        let tokens = normalizer.tokenize("Staf IT kurang")
        #expect(tokens.map(\.text) == ["staf", "it", "kurang"])
        #expect(tokens.map(\.isUpperCase) == [false, true, false])
        #expect(tokens[1].start == 5 && tokens[1].end == 7)
    }
}

@Suite("Stop words")
struct StopWordsTests {
    @Test func bothLanguages() {
        for word in ["yang", "dan", "untuk", "dengan", "belum", "yg", "utk"] {
            #expect(StopWords.indonesian.contains(word))
        }
        for word in ["the", "and", "of", "not", "is"] { #expect(StopWords.english.contains(word)) }
        for word in ["anggaran", "budget", "pelatihan", "security"] { #expect(!StopWords.contains(word)) }
    }
}
