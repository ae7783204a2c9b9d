import Testing
@testable import SwotCore

/// How typed amounts of money are read: the forms planners write are accepted exactly, and every form whose meaning
/// is unclear is refused with what to type instead (a 1000× misreading of a budget is the error to avoid).
@Suite("rupiah amounts")
struct RupiahAmountTests {
    @Test func theFormsPlannersWriteAreReadExactly() throws {
        let cases: [(String, Int64)] = [
            ("1250000000", 1_250_000_000), ("1.250.000.000", 1_250_000_000), ("1,250,000,000", 1_250_000_000),
            ("Rp1.250.000.000", 1_250_000_000), ("Rp 1.250.000.000,-", 1_250_000_000),
            ("IDR 1,250,000,000", 1_250_000_000),
            ("Rp. 500.000", 500_000), ("1,25 M", 1_250_000_000), ("1,25M", 1_250_000_000), ("1.25 M", 1_250_000_000),
            ("1,25 miliar", 1_250_000_000), ("1,25 milyar", 1_250_000_000), ("750 juta", 750_000_000),
            ("750jt", 750_000_000), ("0,5 juta", 500_000), ("1.25 billion", 1_250_000_000),
            ("2 triliun", 2_000_000_000_000),
            ("500 ribu", 500_000), ("7,5 Juta", 7_500_000), ("0", 0), ("1.000", 1_000), ("12,5 rb", 12_500),
        ]
        for (text, amount) in cases {
            #expect(try RupiahAmount.parse(text) == amount, "\(text)")
        }
    }

    @Test func unclearOrImpossibleAmountsAreRefused() {
        #expect(throws: ActionPlanError.negativeAmount("-5 juta")) { try RupiahAmount.parse("-5 juta") }
        #expect(throws: ActionPlanError.negativeAmount("Rp -1.000")) { try RupiahAmount.parse("Rp -1.000") }
        #expect(throws: ActionPlanError.decimalWithoutUnit("1,25")) { try RupiahAmount.parse("1,25") }
        #expect(throws: ActionPlanError.decimalWithoutUnit("1.5")) { try RupiahAmount.parse("1.5") }
        #expect(throws: ActionPlanError.decimalWithoutUnit("12.50.000")) { try RupiahAmount.parse("12.50.000") }
        #expect(throws: ActionPlanError.ambiguousAmount("1.250 juta")) { try RupiahAmount.parse("1.250 juta") }
        #expect(throws: ActionPlanError.notWholeRupiah("1,2345678 juta")) { try RupiahAmount.parse("1,2345678 juta") }
        #expect(throws: ActionPlanError.amountTooLarge("2000 triliun")) { try RupiahAmount.parse("2000 triliun") }
        #expect(throws: ActionPlanError.amountTooLarge("99999999999999999999")) {
            try RupiahAmount.parse("99999999999999999999")
        }
        for bad in [
            "", "Rp", "juta", "1,5 dolar", "1.250.000,50", "1..25 juta", "1,2,3 juta", ",5 juta", "5, juta",
            "lima juta",
        ] {
            #expect(throws: ActionPlanError.self, "\(bad)") { try RupiahAmount.parse(bad) }
        }
    }

    @Test func theMessagesSayWhatToType() {
        #expect(ActionPlanError.decimalWithoutUnit("1,25").message.contains("1,25 miliar"))
        #expect(ActionPlanError.ambiguousAmount("1.250 juta").message.contains("1250 juta"))
        #expect(ActionPlanError.negativeAmount("-5").message.contains("give it 0"))
    }
}
