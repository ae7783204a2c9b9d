import Testing
@testable import SwotCore

/// One number convention per language: decimal comma and thousands dot in Indonesian, the reverse in English,
/// rounded once, half away from zero.
@Suite("number format")
struct NumberFormatTests {
    let id = NumberFormat(.id)
    let en = NumberFormat(.en)

    @Test func decimalsFollowTheLanguage() {
        #expect(id.score(2.845) == "2,85")
        #expect(en.score(2.845) == "2.85")
        #expect(id.score(0.2) == "0,20")
        #expect(en.fine(0.3814) == "0.381")
        #expect(id.decimal(1234.5) == "1.234,50")
        #expect(en.decimal(1234.5) == "1,234.50")
        #expect(id.score(-0.125) == "-0,13")
        #expect(en.score(-0.001) == "0.00")
        #expect(id.number(3) == "3")
        #expect(id.number(3.5) == "3,50")
        #expect(en.percent(0.385, places: 1) == "38.5%")
        #expect(id.band(2.0, 2.99) == "2,0–2,99")
        #expect(en.band(3.0, 4.0) == "3.0–4.0")
    }

    @Test func moneyIsWholeRupiahGroupedInThousands() {
        #expect(id.rupiah(1_250_000_000) == "Rp1.250.000.000")
        #expect(en.rupiah(1_250_000_000) == "IDR 1,250,000,000")
        #expect(id.rupiah(0) == "Rp0")
        #expect(en.whole(999) == "999")
        #expect(id.whole(1000) == "1.000")
        #expect(id.rupiahShort(1_250_000_000) == "Rp1,25 miliar")
        #expect(en.rupiahShort(1_250_000_000) == "IDR 1.25 billion")
        #expect(id.rupiahShort(750_000_000) == "Rp750 juta")
        #expect(id.rupiahShort(1_500_000) == "Rp1,5 juta")
        #expect(en.rupiahShort(2_000_000_000_000) == "IDR 2 trillion")
        #expect(id.rupiahShort(500_000) == "Rp500.000")
    }
}
