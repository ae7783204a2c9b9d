import Testing
@testable import SwotShell

@Suite("wrapping")
struct WrappingTests {
    @Test func wordsFillLinesUpToTheWidth() {
        #expect(Wrapping.lines("Dukungan pimpinan daerah terhadap SPBE sangat kuat", width: 20)
            == ["Dukungan pimpinan", "daerah terhadap SPBE", "sangat kuat"])
        #expect(Wrapping.lines("", width: 20) == [""])
        #expect(Wrapping.lines("  spaced   out  ", width: 20) == ["spaced out"])
    }

    @Test func aWordLongerThanTheWidthIsCut() {
        #expect(Wrapping.lines("ab https://spbe.example.go.id/very/long/path cd", width: 10)
            == ["ab", "https://sp", "be.example", ".go.id/ver", "y/long/pat", "h cd"])
    }

    @Test func charactersNotBytesAreCounted() {
        #expect(Wrapping.lines("Médan “kuat” Łódź", width: 12) == ["Médan “kuat”", "Łódź"])
        #expect(Wrapping.wrap("satu dua tiga", width: 12, indent: "    ") == "    satu dua\n    tiga")
    }
}
