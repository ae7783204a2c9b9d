import Foundation
import Testing
@testable import SwotCore

/// The action plan in the plan: the period, budget lines, targets, baseline and programme are set per strategy,
/// refused with nothing changed when a value is bad, kept through re-derives, journaled, checked when a file is
/// opened, and totalled per year, source and strategy.
@Suite("action plan")
struct ActionPlanEditingTests {
    /// A plan with three strategies: SO1 accepted, SO2 proposed, SO3 rejected.
    static func plan() throws -> Plan {
        var plan = Plan(name: "renstra")
        try plan.addItem(.strength, text: "Pimpinan mendukung SPBE")
        try plan.addItem(.opportunity, text: "Program nasional satu data")
        for text in ["Satu data daerah", "Pelatihan ASN", "Pusat data bersama"] {
            _ = try plan.addStrategy(.so, text: text, sources: ["S1", "O1"])
        }
        plan.strategies[1].status = .proposed
        try plan.rejectStrategy("SO3")
        return plan
    }

    @Test func budgetLinesAreKeptPerSourceAndYearInOrder() throws {
        var plan = try Self.plan()
        try plan.setPeriod(start: 2025, end: 2029)
        try plan.setBudget("so1", amount: 750_000_000, source: .apbd, year: 2026)
        try plan.setBudget("SO1", amount: 2_000_000_000, source: .dak, year: 2025)
        try plan.setBudget("SO1", amount: 100_000_000, source: .csr, year: nil)
        try plan.setBudget("SO1", amount: 500_000_000, source: .apbd, year: 2025)
        try plan.setBudget("SO1", amount: 800_000_000, source: .apbd, year: 2026)  // replaces the 750 juta
        #expect(plan.strategies[0].budget == [
                BudgetLine(amount: 500_000_000, source: .apbd, year: 2025),
                BudgetLine(amount: 2_000_000_000, source: .dak, year: 2025),
                BudgetLine(amount: 800_000_000, source: .apbd, year: 2026),
                BudgetLine(amount: 100_000_000, source: .csr, year: nil),
        ])
        try plan.setBudget("SO1", amount: 0, source: .dak, year: 2025)
        #expect(plan.strategies[0].budget.count == 3)
        #expect(plan.strategies[0].isDecided)
        try PlanFile.check(plan)
    }

    @Test func badValuesAreRefusedAndChangeNothing() throws {
        var plan = try Self.plan()
        #expect(throws: ActionPlanError.noPeriod) {
            try plan.setBudget("SO1", amount: 1, source: .apbd, year: 2026)
        }
        #expect(throws: ActionPlanError.noPeriod) {
            try plan.setTarget("SO1", year: 2026, value: "80%")
        }
        try plan.setPeriod(start: 2025, end: 2029)
        let before = plan
        #expect(throws: ActionPlanError.yearOutsidePeriod(2030, PlanPeriod(start: 2025, end: 2029))) {
            try plan.setBudget("SO1", amount: 1, source: .apbd, year: 2030)
        }
        #expect(throws: ActionPlanError.yearOutsidePeriod(2024, PlanPeriod(start: 2025, end: 2029))) {
            try plan.setTarget("SO1", year: 2024, value: "80%")
        }
        #expect(throws: ActionPlanError.negativeAmount("-1")) {
            try plan.setBudget("SO1", amount: -1, source: .apbd, year: nil)
        }
        #expect(throws: ActionPlanError.rejectedStrategy("SO3")) { try plan.setBaseline("so3", value: "40%") }
        #expect(throws: ActionPlanError.rejectedStrategy("SO3")) {
            try plan.setBudget("SO3", amount: 5, source: .apbd, year: nil)
        }
        #expect(throws: StrategyError.noSuchStrategy("WT9", known: ["SO1", "SO2", "SO3"])) {
            try plan.setProgramme("WT9", text: "x")
        }
        #expect(throws: ActionPlanError.noBudgetLine("SO1", source: .apbn, year: nil)) {
            try plan.setBudget("SO1", amount: 0, source: .apbn, year: nil)
        }
        #expect(throws: PlanError.emptyText(what: "baseline")) { try plan.setBaseline("SO1", value: "  ") }
        #expect(throws: ActionPlanError.badPeriod("it ends (2024) before it starts (2025)")) {
            try plan.setPeriod(start: 2025, end: 2024)
        }
        #expect(throws: ActionPlanError.self) { try plan.setPeriod(start: 2025, end: 2050) }
        #expect(throws: ActionPlanError.self) { try plan.setPeriod(start: 1990, end: 1994) }
        #expect(plan == before)
    }

    @Test func thePeriodCannotDropYearsInUse() throws {
        var plan = try Self.plan()
        try plan.setPeriod(start: 2025, end: 2029)
        try plan.setTarget("SO1", year: 2029, value: "100%")
        #expect(
            throws: ActionPlanError.periodWouldDropEntries(
                PlanPeriod(start: 2025, end: 2028),
                entries: ["SO1 target 2029"]
            )
        ) {
            try plan.setPeriod(start: 2025, end: 2028)
        }
        #expect(throws: ActionPlanError.self) { try plan.clearPeriod() }
        try plan.setPeriod(start: 2026, end: 2030)
        // A rejected strategy's details can still be cleared, so they never lock the period.
        try plan.setBudget("SO2", amount: 5_000_000, source: .hibah, year: 2027)
        try plan.rejectStrategy("SO2")
        try plan.setBudget("SO2", amount: 0, source: .hibah, year: 2027)
        try plan.setTarget("SO1", year: 2029, value: "-")
        try plan.clearPeriod()
        #expect(plan.period == nil)
    }

    @Test func totalsArePerYearSourceAndStrategyOverAcceptedRows() throws {
        var plan = try Self.plan()
        try plan.setPeriod(start: 2025, end: 2027)
        try plan.setBudget("SO1", amount: 500_000_000, source: .apbd, year: 2025)
        try plan.setBudget("SO1", amount: 250_000_000, source: .dak, year: 2026)
        try plan.setBudget("SO1", amount: 100_000_000, source: .csr, year: nil)
        try plan.setBudget("SO2", amount: 9_000_000_000, source: .apbn, year: 2025)  // proposed: not in the table
        try plan.setTarget("SO1", year: 2027, value: "90%")
        try plan.setTarget("SO1", year: 2025, value: "60%")
        try plan.setBaseline("SO1", value: "45%")
        try plan.setProgramme("SO1", text: "Program Penyelenggaraan Statistik Sektoral")
        try plan.assignStrategy("SO1", owner: "Diskominfo")
        let table = ActionPlanTable(plan: plan)
        #expect(table.rows.map(\.id) == ["SO1"])
        #expect(table.leftOut == ["SO2"])
        #expect(table.years == [2025, 2026, 2027])
        #expect(table.totals.perYear == [2025: 500_000_000, 2026: 250_000_000, 2027: 0])
        #expect(table.totals.unphased == 100_000_000)
        #expect(table.totals.perSource == [.apbd: 500_000_000, .dak: 250_000_000, .csr: 100_000_000])
        #expect(table.totals.perStrategy == ["SO1": 850_000_000])
        #expect(table.totals.overall == 850_000_000)
        #expect(table.sourcesUsed == [.apbd, .dak, .csr])
        #expect(table.rows[0].targets.map(\.year) == [2025, 2027])
        #expect(table.rows[0].target(in: 2027) == "90%")
        #expect(table.rows[0].budget(in: nil) == 100_000_000)
        #expect(table.rows[0].unit == "Diskominfo")
        let withProposed = ActionPlanTable(plan: plan, statuses: [.accepted, .proposed, .rejected])
        #expect(withProposed.rows.map(\.id) == ["SO1", "SO2"])
        #expect(withProposed.totals.overall == 9_850_000_000)
    }

    @Test func detailsSurviveTheFileTheJournalAndARederive() throws {
        var plan = try Self.plan()
        try plan.setPeriod(start: 2025, end: 2029)
        try plan.setBudget("SO2", amount: 1_250_000_000, source: .kpbu, year: 2028)
        try plan.setTarget("SO2", year: 2028, value: "3,1")
        try plan.setBaseline("SO2", value: "2,1")
        let read = try PlanFile.decode(PlanFile.encode(plan))
        #expect(read == plan)
        var replayed = try Self.plan()
        try PlanEdit.setFields(PlanValue.changes(from: replayed, to: plan)).apply(to: &replayed)
        #expect(replayed == plan)
        #expect(plan.strategies[1].isDecided, "a proposed strategy with a budget is kept by derive")
    }

    @Test func badFilesAreRefusedWithTheProblemNamed() throws {
        var plan = try Self.plan()
        try plan.setPeriod(start: 2025, end: 2029)
        try plan.setBudget("SO1", amount: 5, source: .apbd, year: 2026)
        try plan.setTarget("SO1", year: 2026, value: "1")
        func problem(_ edit: (inout Plan) -> Void) -> String? {
            var bad = plan
            edit(&bad)
            do { _ = try PlanFile.decode(PlanFile.encode(bad)) } catch { return error.message }
            return nil
        }
        #expect(problem { $0.strategies[0].budget[0].amount = -5 }?.contains("amounts lie above 0, up to") == true)
        #expect(
            problem { $0.strategies[0].budget[0].year = 2031 }?.contains("outside the plan period 2025–2029") == true
        )
        #expect(
            problem { $0.strategies[0].budget.append($0.strategies[0].budget[0]) }?.contains("appears twice") == true
        )
        #expect(
            problem { $0.strategies[0].targets.append(YearTarget(year: 2026, value: "2")) }?.contains("two targets")
                == true
        )
        #expect(problem { $0.period = PlanPeriod(start: 2029, end: 2025) }?.contains("period") == true)
        #expect(problem { $0.strategies[0].baseline = " " }?.contains("baseline") == true)
        let text = String(decoding: PlanFile.encode(plan), as: UTF8.self).replacingOccurrences(
            of: "\"APBD\"",
            with: "\"APBX\""
        )
        #expect(throws: PlanFileProblem.self) { try PlanFile.decode(Array(text.utf8)) }
        var noPeriod = plan
        noPeriod.period = nil
        #expect(throws: PlanFileProblem(message: "strategy SO1's target is for 2026, but the plan has no period")) {
            try PlanFile.check(noPeriod)
        }
    }

    @Test func fundingSourcesAreReadInTheirUsualSpellings() {
        #expect(FundingSource(parsing: "apbd") == .apbd)
        #expect(FundingSource(parsing: "Hibah") == .hibah)
        #expect(FundingSource(parsing: "grant") == .hibah)
        #expect(FundingSource(parsing: "PPP") == .kpbu)
        #expect(FundingSource(parsing: "CSR") == .csr)
        #expect(FundingSource(parsing: "APBDes") == nil)
    }
}
