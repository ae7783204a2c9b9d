import SwotCore

/// The SPBE index (PermenPANRB 59/2020): `spbe` shows the index, its predicate and the domains; `spbe target`
/// plans the cheapest raises to a target; `import spbe FILE.csv` (a subcommand of `import`) reads the evaluation
/// from a spreadsheet; `raises` links strategies to the indicators they are meant to raise. The levels are entered like
/// any framework's answers
/// (`assess spbe`), so interview, proposals and `accept P1` are the assessment commands'.
enum SpbeCommands {
    static let all: [Command] = [spbe, raises]

    static let predicateWords = ["memuaskan", "sangat-baik", "baik", "cukup"]

    static let spbe = Command(
        "spbe", usage: "spbe [target [INDEX|PREDICATE|-]]",
        summary: "The SPBE index: domain and aspect indices, predicate, bars; `spbe target 2,6` plans the raises",
        details: """
            Computes the SPBE index as the regulation does (PermenPANRB 59/2020, Lampiran I): the weighted mean of \
            the indicators' levels with the regulation's weights, for each aspect, each domain and overall, and the \
            predicate band (Memuaskan from 4,20, Sangat Baik from 3,50, Baik from 2,60, Cukup from 1,80, \
            Kurang below). \
            Enter the levels with `assess spbe` (one indicator at a time, with the regulation's criteria), \
            `assess spbe 1=2 2=3 …` or `import spbe FILE.csv`. With some indicators missing it says how many and \
            shows the index of those entered. \
            `spbe target 2,6` (or 2.6, or a predicate: `spbe target baik`) lists the fewest one-level raises that \
            reach the target: the heaviest indicators first, among equal weights the lowest level first, each with \
            the criteria of the level to reach; the target is kept in the plan and shown in the report. \
            `spbe target` shows it again, `spbe target -` clears it. Link strategies to indicators with `raises`.
            """,
        arguments: [.subcommands(["target": [.words(predicateWords)]])]
    ) { call in
        let session = call.session
        let plan = try session.requirePlan()
        guard let word = call.words[1] else {
            for line in indexLines(plan: plan) { call.print(line) }
            return
        }
        guard word.lowercased() == "target" else { throw call.usageError }
        guard let text = call.words.text(from: 2), !text.isEmpty else {
            guard let target = plan.spbe.target else {
                call.print(AssessmentWords(plan.effectiveLanguage)(
                    "No target set. `spbe target 2,6` or `spbe target baik` sets one.",
                    "Belum ada target. `spbe target 2,6` atau `spbe target baik` menetapkannya."))
                return
            }
            let planned = try SpbeTarget(target: target, evaluation: SpbeEvaluation(plan: plan))
            for line in targetLines(planned, plan: plan) { call.print(line) }
            return
        }
        if text == "-" {
            try session.change { try $0.setSpbeTarget(nil) }
            call.print(AssessmentWords(plan.effectiveLanguage)("Target cleared.", "Target dihapus."))
            return
        }
        let target = try SpbeTarget.parse(text)
        let evaluation = SpbeEvaluation(plan: plan)
        guard !evaluation.isEmpty else { throw SpbeError.noEvaluation }
        let planned = try SpbeTarget(target: target, evaluation: evaluation)
        try session.change { try $0.setSpbeTarget(target) }
        for line in targetLines(planned, plan: try session.requirePlan()) { call.print(line) }
    }

    /// What `help import` says about `import spbe`.
    static let importDetails = """
        one row per indicator, its number (1–47) in the first column and its level (1–5) in the second; other \
        columns are ignored. A header row is allowed; fields may be separated by commas or semicolons; UTF-8 with \
        or without a byte-order mark ("CSV UTF-8" in Excel). Every row is checked first: an indicator outside \
        1–47, a level outside 1–5, an indicator given twice or a row without a level is reported with its row and \
        column, and nothing is imported. Levels replace those already entered for the same indicators; others \
        stay. Files over 1 MB, folders and pipes are refused. `undo` takes an import back.
        """

    /// `import spbe FILE.csv`, reached from `import`: the levels of a spreadsheet, all or nothing, as one change.
    static func importLevels(_ call: Invocation) throws {
        let path = try call.text(from: 2)
        let session = call.session
        _ = try session.requirePlan()
        let levels = try SpbeImport.levels(from: CSVTable.read(file: path), file: path)
        let form = try spbeForm(session)
        let answers = Dictionary(uniqueKeysWithValues: levels.map { ("\($0.key)", $0.value) })
        try session.change { $0.recordAnswers(answers, form: form) }
        let plan = try session.requirePlan()
        let l = AssessmentWords(plan.effectiveLanguage)
        call.print(l("Imported \(levels.count) level\(levels.count == 1 ? "" : "s") from \(TerminalText.safe(path)).",
                     "\(levels.count) tingkat diimpor dari \(TerminalText.safe(path))."))
        AssessmentCommands.printOutcome(plan: plan, form: form, session: session)
    }

    static let raises = Command(
        "raises", usage: "raises STRATEGY [INDICATOR ...|-]",
        summary: "Link a strategy to the SPBE indicators it is meant to raise (`raises SO1 11 12`)",
        details: """
            Names the SPBE indicators (1–47) a strategy is meant to raise by one level; the report shows, for each \
            accepted strategy, each indicator's level now and the level aimed for, and the index the plan aims for. \
            A new list replaces the earlier one; `raises SO1 -` removes the link; `raises SO1` shows it. A linked \
            strategy is kept through re-derives, like a decided one.
            """,
        arguments: [.strategyID, .text]
    ) { call in
        let session = call.session
        let strategyID = try call.strategyID(1)
        let words = (2..<max(2, call.words.count)).compactMap { call.words[$0] }
        let plan = try session.requirePlan()
        let l = AssessmentWords(plan.effectiveLanguage)
        let id = plan.strategies[try plan.indexOfStrategy(strategyID)].id
        if words.isEmpty {
            let linked = plan.spbe.raises[id] ?? []
            call.print(linked.isEmpty
                ? l("\(id) is linked to no SPBE indicator; `raises \(id) 11 12` links it.",
                    "\(id) belum dikaitkan dengan indikator SPBE; `raises \(id) 11 12` mengaitkannya.")
                : l("\(id) raises: ", "\(id) menaikkan: ") + raiseList(linked, plan: plan))
            return
        }
        let numbers = try session.change { try $0.linkSpbeRaises(strategyID, indicators: words == ["-"] ? [] : words) }
        let updated = try session.requirePlan()
        if numbers.isEmpty {
            call.print(l("\(id) is no longer linked to SPBE indicators.",
                         "Kaitan \(id) dengan indikator SPBE dihapus."))
            return
        }
        call.print(l("\(id) raises: ", "\(id) menaikkan: ") + raiseList(numbers, plan: updated))
        if let aimed = updated.spbeAimedIndex, let now = SpbeEvaluation(plan: updated).index() {
            let language = updated.effectiveLanguage
            let (aimedText, nowText) = (indexText(aimed, language), indexText(now, language))
            call.print(l("Accepted strategies aim for index \(aimedText) (now \(nowText)).",
                         "Strategi yang diterima menuju indeks \(aimedText) (kini \(nowText))."))
        }
        if updated.strategies.first(where: { $0.id == id })?.status != .accepted {
            call.print(l("\(id) is not accepted yet; only accepted strategies count towards the aimed index "
                         + "(`accept \(id)`).",
                         "\(id) belum diterima; hanya strategi yang diterima dihitung dalam indeks yang dituju "
                         + "(`accept \(id)`)."))
        }
    }

    static func spbeForm(_ session: Session) throws -> AssessmentForm {
        let id = SpbeStructure.shipped.framework.id
        return AssessmentForm(framework: try session.knowledgeBase.requireAssessableFramework(id))
    }

    // MARK: - Output

    /// `1,60 (Kurang)`.
    static func indexText(_ value: Double, _ language: Language) -> String {
        let structure = SpbeStructure.shipped
        return "\(SpbeStructure.number(value, language: language)) (\(structure.predicate(for: value).name[language]))"
    }

    /// `11 Arsitektur SPBE … (2 → 3), 12 …`.
    static func raiseList(_ numbers: [Int], plan: Plan) -> String {
        let evaluation = SpbeEvaluation(plan: plan)
        let language = plan.effectiveLanguage
        return numbers.map { number in
            let name = SpbeStructure.shipped.indicator(number)?.shortName[language] ?? ""
            let level = evaluation.levels[number].map { $0 < 5 ? " (\($0) → \($0 + 1))" : " (5)" } ?? ""
            return "\(number) \(name)\(level)"
        }.joined(separator: ", ")
    }

    /// The index, its predicate, and per domain its index and bar with its aspects beneath.
    static func indexLines(plan: Plan) -> [String] {
        let language = plan.effectiveLanguage
        let l = AssessmentWords(language)
        let structure = SpbeStructure.shipped
        let evaluation = SpbeEvaluation(plan: plan)
        guard let index = evaluation.index(in: structure) else {
            return [ErrorText.of(SpbeError.noEvaluation, language: language)]
        }
        let missing = evaluation.missing(in: structure)
        let total = structure.indicators.count
        var lines: [String] = []
        if missing.isEmpty {
            lines.append(l("SPBE index: \(indexText(index, language))", "Indeks SPBE: \(indexText(index, language))"))
        } else {
            let entered = total - missing.count
            lines.append(l("SPBE index of the \(entered) indicators entered: \(indexText(index, language))",
                           "Indeks SPBE dari \(entered) indikator yang diisi: \(indexText(index, language))"))
            let list = missing.prefix(15).map { "\($0.number)" }.joined(separator: ", ")
                + (missing.count > 15 ? ", …" : "")
            lines.append(l("  \(missing.count) of \(total) indicators missing (\(list)); "
                           + "the full index needs all of them.",
                           "  \(missing.count) dari \(total) indikator belum diisi (\(list)); "
                           + "indeks lengkap memerlukan semuanya."))
        }
        var rows: [(label: String, value: Double?, text: String)] = []
        for domain in structure.domains {
            let weight = SpbeStructure.weight(domain.weight, language: language)
            let value = evaluation.index(of: domain)
            rows.append((label: "\(domain.number) \(domain.name[language]) (\(weight)%)", value: value,
                         text: value.map { SpbeStructure.number($0, language: language) } ?? "—"))
            for aspect in domain.aspects {
                let value = evaluation.index(of: aspect)
                let entered = aspect.indicators.count { evaluation.levels[$0.number] != nil }
                let count = entered == aspect.indicators.count ? "" : " [\(entered)/\(aspect.indicators.count)]"
                rows.append((label: "   \(l("aspect", "aspek")) \(aspect.number) \(aspect.name[language])\(count)",
                             value: value, text: value.map { SpbeStructure.number($0, language: language) } ?? "—"))
            }
        }
        lines.append(l("Domains (weight) and their aspects, index of 5:",
                       "Domain (bobot) dan aspeknya, indeks dari 5:"))
        lines += BarChart.rows(rows, maximum: 5, width: 20).map { "  " + TerminalText.safe($0) }
        let lowest = SpbeStructure.number(structure.predicates.compactMap(\.from).min() ?? 0, language: language)
        let bands = structure.predicates.map { predicate in
            predicate.from.map { "\(predicate.name[language]) ≥ \(SpbeStructure.number($0, language: language))" }
                ?? "\(predicate.name[language]) < \(lowest)"
        }
        lines.append(l("Predicates: ", "Predikat: ") + bands.joined(separator: "; "))
        if let target = plan.spbe.target {
            let text = indexText(target, language)
            lines.append(l("Target: \(text); `spbe target` lists the raises.",
                           "Target: \(text); `spbe target` menampilkan kenaikan yang diperlukan."))
        }
        if let aimed = plan.spbeAimedIndex, !plan.spbeAimedRaises.isEmpty {
            lines.append(l("Accepted strategies aim for: \(indexText(aimed, language))",
                           "Strategi yang diterima menuju: \(indexText(aimed, language))"))
        }
        return lines
    }

    /// The raises a target needs, each with the criteria of the levels to reach.
    static func targetLines(_ planned: SpbeTarget, plan: Plan) -> [String] {
        let language = plan.effectiveLanguage
        let l = AssessmentWords(language)
        let structure = SpbeStructure.shipped
        let target = indexText(planned.target, language)
        let start = indexText(planned.start, language)
        if planned.raises.isEmpty {
            return [l("Target \(target): already reached, the index is \(start).",
                      "Target \(target): sudah tercapai, indeksnya \(start).")]
        }
        var lines: [String] = []
        let reached = indexText(planned.reached, language)
        let steps = planned.steps
        if planned.isReached {
            let raises = steps == 1 ? "raise reaches" : "raises reach"
            lines.append(l("Target \(target) from \(start): \(steps) one-level \(raises) \(reached).",
                           "Target \(target) dari \(start): \(steps) kenaikan satu tingkat mencapai \(reached)."))
        } else {
            lines.append(l("Target \(target) cannot be reached: every indicator at level 5 gives \(reached).",
                           "Target \(target) tidak dapat dicapai: semua indikator pada tingkat 5 memberi \(reached)."))
        }
        for raise in planned.raises {
            guard let indicator = structure.indicator(raise.indicator) else { continue }
            let weight = SpbeStructure.weight(indicator.weight, language: language)
            let from = structure.levelName(raise.from, for: indicator)?[language] ?? ""
            let to = structure.levelName(raise.to, for: indicator)?[language] ?? ""
            lines.append("  \(indicator.number) \(TerminalText.safe(indicator.shortName[language])) "
                         + l("(weight \(weight)): ", "(bobot \(weight)): ")
                         + "\(raise.from) \(from) → \(raise.to) \(to)")
            for level in (raise.from + 1)...raise.to {
                let criteria = indicator.criteria(for: level) ?? ""
                lines.append(Wrapping.wrap(TerminalText.safe("\(level): \(criteria)"), width: 78, indent: "      "))
            }
        }
        lines.append(l("Kept as the plan's target (`spbe target -` clears it); "
                       + "`raises SO1 11 12` links strategies to indicators.",
                       "Disimpan sebagai target rencana (`spbe target -` menghapusnya); "
                       + "`raises SO1 11 12` mengaitkan strategi dengan indikator."))
        return lines
    }
}
