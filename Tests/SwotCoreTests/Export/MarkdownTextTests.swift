import Testing
@testable import SwotCore

@Suite("Markdown escaping")
struct MarkdownTextTests {
    @Test func markupCharactersAreEscaped() {
        #expect(MarkdownText.escape("a | b * c _ d") == "a \\| b \\* c \\_ d")
        #expect(MarkdownText.escape("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;")
        #expect(MarkdownText.escape("`x` [y](z) #h ~s~") == "\\`x\\` \\[y\\](z) \\#h \\~s\\~")
    }

    @Test func lineBreaksBecomeBreakTags() {
        #expect(MarkdownText.escape("one\ntwo\r\nthree") == "one<br>two<br>three")
    }

    @Test func controlCharactersAreShownAsCodes() {
        #expect(MarkdownText.escape("a\u{1B}b") == "aU+1Bb")
        #expect(MarkdownText.escape("C1\u{9B}31m and \u{202E}txt.exe") == "C1U+9B31m and U+202Etxt.exe")
    }

    @Test func reportDatesAreISO() {
        #expect(ReportDate.today(environment: ["SOURCE_DATE_EPOCH": "0"]) == "1970-01-01")
        #expect(ReportDate.today(environment: ["SOURCE_DATE_EPOCH": "1763856000"]) == "2025-11-23")
    }
}
