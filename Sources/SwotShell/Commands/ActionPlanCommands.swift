import SwotCore

/// The action plan in the Renstra's shape: the plan period, and per strategy the programme, responsible unit,
/// indicator, baseline, target per year and budget lines; `actions` shows it as a table. Every command checks its
/// input first, so a refused one changes nothing; all are undoable and journaled like any change.
enum ActionPlanCommands {
    static let all: [Command] = [period, programme, unit, indicator, baseline, target, budget, actions]

    static let period = Command(
        "period", usage: "period [START END | -]",
        summary: "Show or set the years the action plan covers, e.g. `period 2025 2029` (- clears it)",
        details: """
            A Renstra covers five years (`period 2025 2029`, or `period 2025-2029`); up to 20 are accepted, from 2000 \
            to 2100. Targets and budget lines are given for years inside the period, so set it first. \
            A new period must still hold every year that targets and budget lines use; the message names the ones in \
            the way.
            """,
        arguments: [.text]
    ) { call in
        let plan = try call.session.requirePlan()
        let label = ReportLabels(language: plan.effectiveLanguage)
        guard let first = call.words[1] else {
            call.print(plan.period.map { label("Plan period: \($0.label).", "Periode rencana: \($0.label).") } ??
                label("No plan period yet. Set it with `period 2025 2029`.", "Periode rencana belum ada. Tetapkan "
                    + "dengan `period 2025 2029`."))
            return
        }
        if first == "-" {
            try call.expectNoMore(after: 1)
            try call.session.change { try $0.clearPeriod() }
            call.print(label("Cleared the plan period.", "Periode rencana dihapus."))
            return
        }
        let ends =
            call.words[2] == nil
            ? first.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init) : [first, try call.word(2)]
        try call.expectNoMore(after: call.words[2] == nil ? 1 : 2)
        guard ends.count == 2 else { throw call.usageError }
        let start = try year(ends[0]), end = try year(ends[1])
        let changed = try call.session.change { plan -> Plan in
            try plan.setPeriod(start: start, end: end)
            return plan
        }
        call.print(label("Plan period: \(changed.period!.label).", "Periode rencana: \(changed.period!.label)."))
    }

    static let programme = Command(
        "programme", aliases: ["program"], usage: "programme ID TEXT",
        summary: "Name the programme or activity (program/kegiatan) a strategy is carried out as (- clears it)",
        details: "Example: `programme SO1 Program Penyelenggaraan Statistik Sektoral / Kegiatan Satu Data Daerah`. It "
            + "is the programme column of the Renstra's table; `actions` shows it. A rejected strategy takes no "
            + "action-plan details.",
        arguments: [.strategyID, .text]
    ) { call in
        let id = try setText(call) { plan, id, text in try plan.setProgramme(id, text: text) }
        call.print(confirmation(call, id, english: "programme", indonesian: "program/kegiatan"))
    }

    static let unit = Command(
        "unit", usage: "unit ID UNIT",
        summary: "Name the unit responsible for a strategy (the same as `assign`; - clears it)",
        details: "The responsible unit (unit penanggung jawab) of the Renstra's table, e.g. `unit SO1 Diskominfo, "
            + "Bidang Aplikasi Informatika`. It is the strategy's owner: `assign` sets the same field. A rejected "
            + "strategy takes no action-plan details.",
        arguments: [.strategyID, .text]
    ) { call in
        let id = try setText(call) { plan, id, text in
            _ = try plan.indexOfActionableStrategy(id, clearing: text == "-")
            try plan.assignStrategy(id, owner: text)
        }
        call.print(confirmation(call, id, english: "responsible unit", indonesian: "unit penanggung jawab"))
    }

    static let indicator = Command(
        "indicator", usage: "indicator ID TEXT",
        summary: "Set the performance indicator of a strategy (the same as `kpi`; - clears it)",
        details: "The performance indicator (indikator kinerja) the baseline and targets are measured on, e.g. "
            + "`indicator SO1 Persentase perangkat daerah yang berbagi data`. It is the strategy's KPI: `kpi` sets the "
            + "same field. A rejected strategy takes no action-plan details.",
        arguments: [.strategyID, .text]
    ) { call in
        let id = try setText(call) { plan, id, text in
            _ = try plan.indexOfActionableStrategy(id, clearing: text == "-")
            try plan.setStrategyKPI(id, text: text)
        }
        call.print(confirmation(call, id, english: "indicator", indonesian: "indikator"))
    }

    static let baseline = Command(
        "baseline", usage: "baseline ID VALUE",
        summary: "Set the indicator's value at the start of the period (- clears it)",
        details: "Written as the indicator is measured, e.g. `baseline SO1 45%` or `baseline WO2 2,1` (the SPBE "
            + "index). It is kept as typed. A rejected strategy takes no action-plan details.",
        arguments: [.strategyID, .text]
    ) { call in
        let id = try setText(call) { plan, id, text in try plan.setBaseline(id, value: text) }
        call.print(confirmation(call, id, english: "baseline", indonesian: "baseline"))
    }

    static let target = Command(
        "target", usage: "target ID YEAR VALUE",
        summary: "Set the indicator's target for a year of the plan period (- removes it)",
        details: "Example: `target SO1 2027 75%`. YEAR must lie in the plan period (`period`); VALUE is kept as typed. "
            + "One target per year: a second one for the same year replaces the first. A rejected strategy takes no "
            + "action-plan details.",
        arguments: [.strategyID, .text]
    ) { call in
        let id = try call.strategyID(1)
        let year = try year(try call.word(2))
        let value = try call.text(from: 3)
        let plan = try call.session.change { plan -> Plan in
            try plan.setTarget(id, year: year, value: value)
            return plan
        }
        let label = ReportLabels(language: plan.effectiveLanguage)
        call.print(
            value == "-"
                ? label("Removed the \(year) target of \(id).", "Target \(year) untuk \(id) dihapus.")
                :
            label("\(id) target \(year): "
                + "\(TerminalText.safe(value))", "\(id) target \(year): \(TerminalText.safe(value))"))
    }

    static let budget = Command(
        "budget", usage: "budget ID AMOUNT [SOURCE] [YEAR]",
        summary: "Set a strategy's budget from a source (APBD, DAK, APBN, hibah, KPBU, CSR) in a year (0 removes it)",
        details: """
            AMOUNT is in rupiah: whole rupiah (1250000000, 1.250.000.000, Rp1.250.000.000) or a number and a unit: \
            ribu, juta (jt), miliar (M), triliun, e.g. `750 juta`, `1,25 M`, `1,25 miliar`. M is miliar (10⁹), as in \
            Indonesian budgets. The decimal mark is a comma or a dot, so `1.250 juta` (a dot before three digits) is \
            refused as ambiguous: write `1250 juta`. Negative amounts are refused. \
            SOURCE is APBD (the default), DAK, APBN, hibah, KPBU or CSR. YEAR must lie in the plan period (`period`); \
            without a YEAR the amount is for the period as a whole, not yet phased by year. \
            One line per source and year: a second amount replaces the first, 0 removes the line, and `budget ID -` \
            removes all of the strategy's lines. Example: `budget SO1 750 juta APBD 2026`.
            """,
        arguments: [.strategyID, .text, .words(FundingSource.allCases.map(\.label)), .text]
    ) { call in
        let id = try call.strategyID(1)
        if try call.word(2) == "-" {
            try call.expectNoMore(after: 2)
            let plan = try call.session.change { plan -> Plan in
                try plan.clearBudget(id)
                return plan
            }
            let label = ReportLabels(language: plan.effectiveLanguage)
            call.print(label("Removed every budget line of "
                + "\(id).", "Semua baris anggaran \(id) dihapus."))
            return
        }
        let (amount, source, year) = try budgetArguments(call)
        let plan = try call.session.change { plan -> Plan in
            try plan.setBudget(id, amount: amount, source: source, year: year)
            return plan
        }
        let language = plan.effectiveLanguage
        let label = ReportLabels(language: language)
        let number = NumberFormat(language)
        let strategy = plan.strategies[try plan.indexOfStrategy(id)]
        let when = year.map(String.init) ?? label("the whole period", "seluruh periode")
        let line =
            amount == 0
            ? label("removed the \(source.label) line for \(when)", "baris \(source.label) untuk \(when) dihapus")
            :
            "\(source.label) \(when): \(number.rupiah(amount))"
        call.print(label("\(strategy.id): \(line). Budget of \(strategy.id): \(number.rupiah(strategy.budgetTotal)).",
                         "\(strategy.id): \(line). Anggaran \(strategy.id): \(number.rupiah(strategy.budgetTotal))."))
    }

    static let actions = Command(
        "actions", usage: "actions",
        summary: "Show the action plan: per accepted strategy the programme, unit, indicator, targets and budget by "
            + "year",
        details: "The table of a Renstra, drawn to the terminal's width: for each accepted strategy its programme, "
            + "responsible unit, indicator, baseline, the target and budget for each year of the period, then the "
            + "budget totals per year and source. Words and numbers follow the plan's language (`lang`). Only accepted "
            + "strategies enter it; proposed ones with details are named below it (`accept ID` brings them in)."
    ) { call in
        try call.expectNoMore(after: 0)
        let plan = try call.session.requirePlan()
        let width = TerminalWidth.current(environment: call.session.environment)
        call.print(ActionPlanView.render(ActionPlanTable(plan: plan), language: plan.effectiveLanguage, width: width))
    }

    // MARK: Helpers

    /// `target`, `period`: a four-digit year.
    static func year(_ word: String) throws(ActionPlanError) -> Int {
        guard word.count == 4, word.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(word) else {
            throw .badYear(word)
        }
        return year
    }

    /// AMOUNT [SOURCE] [YEAR], in either order at the end: the year and source are taken off the end of the line,
    /// and what remains (`750 juta`, `1,25 M`, `1.250.000.000`) is the amount.
    static func budgetArguments(_ call: Invocation) throws -> (Int64, FundingSource, Int?) {
        var last = call.words.count - 1
        var year: Int?
        var source: FundingSource?
        while last > 2, let word = call.words[last] {
            if year == nil, word.count == 4, word.allSatisfy(\.isNumber) {
                year = try self.year(word)
            } else if source == nil, let named = FundingSource(parsing: word) {
                source = named
            } else if word.allSatisfy(\.isLetter), RupiahAmount.scale(of: word) == nil {
                throw ActionPlanError.unknownSource(word)
            } else {
                break
            }
            last -= 1
        }
        let amountText = (2...last).compactMap { call.words[$0] }.joined(separator: " ")
        return (try RupiahAmount.parse(amountText), source ?? .standard, year)
    }

    /// `programme`, `unit`, `indicator`, `baseline`: ID and free text, or `-` to clear. Returns the strategy's id.
    static func setText(
        _ call: Invocation, _ apply: (inout Plan, StrategyID, String) throws -> Void
    ) throws -> StrategyID {
        let id = try call.strategyID(1)
        let text = try call.text(from: 2)
        try call.session.change { plan in try apply(&plan, id, text) }
        return id
    }

    /// `SO1 programme: …` or `Cleared the programme of SO1.`, in the plan's language.
    static func confirmation(_ call: Invocation, _ id: StrategyID, english: String, indonesian: String) -> String {
        let label = ReportLabels(language: call.session.plan?.effectiveLanguage ?? .en)
        let text = call.words.text(from: 2) ?? ""
        return text == "-"
            ? label(
                "Cleared the \(english) of \(id).",
                "\(indonesian.prefix(1).uppercased() + indonesian.dropFirst()) \(id) dihapus."
            ) :
            "\(id) \(label(english, indonesian)): \(TerminalText.safe(text))"
    }
}
