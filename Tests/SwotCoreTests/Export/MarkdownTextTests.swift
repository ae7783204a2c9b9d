import Testing
@testable import SwotCore

@Suite("Markdown escaping")
struct MarkdownTextTests {
    @Test func markupCharactersAreEscaped() {
        #expect(MarkdownText.escape("a | b * c _ d") == "a \\| b \\* c \\_ d")
        #expect(MarkdownText.escape("<b>&</b>") == "\\<b\\>\\&\\</b\\>")
        #expect(MarkdownText.escape("`x` [y](z) #h ~s~") == "\\`x\\` \\[y\\](z) \\#h \\~s\\~")
    }

    /// No raw HTML ever: a safe renderer would drop it (issue 12). Text stays on one line.
    @Test func lineBreaksBecomeSpaces() {
        #expect(MarkdownText.escape("one\ntwo\r\nthree") == "one two three")
    }

    @Test func schemesAndBlockStartsCannotBecomeLinksOrLists() {
        #expect(MarkdownText.escape("javascript:alert(1)") == "javascript\\:alert(1)")
        #expect(MarkdownText.escape("Tujuan: satu") == "Tujuan: satu")
        // Letters and spaces beyond ASCII are read as such on each side of the colon.
        #expect(MarkdownText.escape("café:x") == "café\\:x")
        #expect(MarkdownText.escape("Tujuan:\u{3000}satu") == "Tujuan:\u{3000}satu")
        #expect(MarkdownText.escape("Ω*é|ü") == "Ω\\*é\\|ü")
        #expect(MarkdownText.escape("1. bukan daftar", atLineStart: true) == "1\\. bukan daftar")
        #expect(MarkdownText.escape("- bukan daftar", atLineStart: true) == "\\- bukan daftar")
    }

    @Test func controlCharactersAreShownAsCodes() {
        #expect(MarkdownText.escape("a\u{1B}b") == "aU+001Bb")
        #expect(MarkdownText.escape("a\u{202E}b\u{85}") == "aU+202EbU+0085")
        #expect(MarkdownText.escape("C1\u{9B}31m and \u{202E}txt.exe") == "C1U+009B31m and U+202Etxt.exe")
    }

    @Test func reportDatesAreISO() {
        #expect(ReportDate.today(environment: ["SOURCE_DATE_EPOCH": "0"]) == "1970-01-01")
        #expect(ReportDate.today(environment: ["SOURCE_DATE_EPOCH": "1763856000"]) == "2025-11-23")
    }
}
