import SwotCore

/// The quantitative layer (David's IFE/EFE, IE matrix and QSPM; the SWOT position diagram; AHP/A'WOT):
/// commands that enter weights, ratings, judgements and attractiveness scores, and commands that show the results.
///
/// Every entry command checks all its numbers before changing anything, so a rejected command saves nothing.
enum QuantitativeCommands {
    static let all: [Command] = [weight, rate, normalize, ife, efe, ie, position, compare, ahp, qspm, attract]

    static let weight = Command(
        "weight", usage: "weight ID W [ID W …]",
        summary: "Set IFE/EFE weights (0–1; each matrix sums to 1.00)",
        details: """
            W is the factor's importance within its matrix, from 0.00 to 1.00 (also written 15% or 0,15). Strengths \
            and weaknesses form the IFE matrix, opportunities and threats the EFE matrix; the weights of each matrix \
            must sum to 1.00 (±0.005), which `ife` and `efe` check. Several pairs may be given at once (`weight S1 0.2 \
            S2 0.1`); if any is invalid, none is set. \
            A weight of 0 leaves an item out of the matrix; `weight ID -` clears it. `normalize` rescales a matrix's \
            weights to sum to 1. \
            After `as NAME` the weight is that participant's, and the plan's is the participants' mean, rescaled to \
            sum to 1 once every item of the matrix has one (see `participant`).
            """,
        arguments: [.itemID, .text]
    ) { call in
        let pairs = try idValuePairs(call)
        let entries = try pairs.map { pair -> (ItemID, Double?) in (pair.0, try optionalNumber(pair.1, what: "weight"))
        }
        let who = call.session.participant
        // The facilitator's values are the items' own; a participant's are kept with the participants.
        let plan = try call.session.change(who == nil ? .items(entries.map(\.0)) : .plan) { plan -> Plan in
            for (id, value) in entries {
                if let who {
                    try plan.setParticipantScore(who, item: id, weight: .some(value))
                } else {
                    try plan.setWeight(id, value)
                }
            }
            return plan
        }
        var touched: [FactorMatrixKind] = []
        for (id, value) in entries {
            let item = try plan.items[plan.indexOfItem(id)]
            if let who {
                call.print(PanelCommands.recorded(.weight, value: value, by: who, item: item, plan: plan))
            } else {
                call.print(
                    value == nil
                        ? "Cleared the weight of \(item.id)." : "\(item.id) weight \(ScoreFormat.short(value!))."
                )
            }
            let kind = Plan.matrix(of: item.quadrant)
            if !touched.contains(kind) { touched.append(kind) }
        }
        for kind in touched { call.print(weightProgress(kind, plan: plan)) }
    }

    static let rate = Command(
        "rate", usage: "rate ID R [ID R …]",
        summary: "Set IFE/EFE ratings (S 3–4, W 1–2, O and T 1–4)",
        details: """
            IFE (David): a strength is rated 4 (major strength) or 3 (minor strength), a weakness 2 (minor weakness) \
            or 1 (major weakness). EFE: an opportunity or a threat is rated for how well the organisation responds to \
            it: 4 superior, 3 above average, 2 average, 1 poor. \
            A panel's average (e.g. 3.5) is accepted within the range. After `as NAME` the rating is that \
            participant's, and the plan's is the participants' mean (see `participant`). Several pairs may be given at \
            once; if any is invalid, none is set. `rate ID -` clears a rating.
            """,
        arguments: [.itemID, .words(["1", "2", "3", "4"])]
    ) { call in
        let pairs = try idValuePairs(call)
        let entries = try pairs.map { pair -> (ItemID, Double?) in (pair.0, try optionalNumber(pair.1, what: "rating"))
        }
        let who = call.session.participant
        // The facilitator's values are the items' own; a participant's are kept with the participants.
        let plan = try call.session.change(who == nil ? .items(entries.map(\.0)) : .plan) { plan -> Plan in
            for (id, value) in entries {
                if let who {
                    try plan.setParticipantScore(who, item: id, rating: .some(value))
                } else {
                    try plan.setRating(id, value)
                }
            }
            return plan
        }
        for (id, value) in entries {
            let item = try plan.items[plan.indexOfItem(id)]
            if let who {
                call.print(PanelCommands.recorded(.rating, value: value, by: who, item: item, plan: plan))
                continue
            }
            call.print(value == nil ? "Cleared the rating of \(item.id)." : "\(item.id) rated "
                + "\(ScoreFormat.number(value!)) (\(ratingMeaning(item.quadrant, value!))).")
        }
    }

    static let normalize = Command(
        "normalize", usage: "normalize [ife|efe]",
        summary: "Rescale a matrix's weights so they sum to 1.00",
        details: "Each weight is divided by the matrix's sum, keeping the proportions (0.3, 0.3, 0.6 become 0.25, "
            + "0.25, 0.5). Without an argument both matrices are rescaled, each one that has weights. Every item of "
            + "the matrix needs a weight first (0 is allowed).",
        arguments: [.words(["ife", "efe"])]
    ) { call in
        try call.expectNoMore(after: 1)
        let kinds: [FactorMatrixKind]
        if let word = call.words[1] {
            guard let kind = FactorMatrixKind(rawValue: word.lowercased()) else {
                throw ShellError.badArgument("\"\(word)\" is not a matrix. Use `normalize ife` or `normalize efe`.")
            }
            kinds = [kind]
        } else {
            let plan = try call.session.requirePlan()
            kinds = FactorMatrixKind.allCases.filter { plan.items(of: $0).contains { $0.weight != nil } }
            guard !kinds.isEmpty else {
                throw ShellError.badArgument("No weights to rescale yet. Set them with `weight ID W`.")
            }
        }
        let results = try call.session.change { plan in try kinds.map { try plan.normalizeWeights($0) } }
        for (kind, weights) in zip(kinds, results) {
            call.print("\(kind.title) weights rescaled to sum to 1: "
                + weights.map { "\($0.id) \(ScoreFormat.fixed($0.weight, decimals: 3))" }.joined(separator: ", ") + ".")
        }
    }

    static let ife = factorMatrix(
        .ife, summary: "Show the IFE matrix: weights, ratings, weighted scores and total",
        details: "Weighted score = weight × rating; the total (1.0–4.0) is read in the bands of the IE matrix's axis, "
            + "so `ife` and `ie` say the same: 3.0–4.0 strong, 2.0–2.99 average, 1.0–1.99 weak; within the average "
            + "band David's 2.5 midpoint tells the stronger side from the weaker. Every strength and weakness needs a "
            + "weight and a rating, and the weights must sum to 1.00 (±0.005). Indonesian planners know the table as "
            + "IFAS; under `lang id` it is shown with that name and decimal commas.")

    static let efe = factorMatrix(
        .efe, summary: "Show the EFE matrix: weights, ratings, weighted scores and total",
        details: "Weighted score = weight × rating, where the rating says how well the organisation responds (1 poor … "
            + "4 superior). The total (1.0–4.0) is read in the bands of the IE matrix's axis: 3.0–4.0 high, 2.0–2.99 "
            + "medium, 1.0–1.99 low; within the medium band the 2.5 midpoint tells the stronger side from the weaker. "
            + "Every opportunity and threat needs a weight and a rating, and the weights must sum to 1.00 (±0.005). "
            + "Indonesian planners know the table as EFAS.")

    /// `ife` and `efe`: one command shape for the two matrices.
    static func factorMatrix(_ kind: FactorMatrixKind, summary: String, details: String) -> Command {
        let name = kind == .ife ? "ife" : "efe"
        return Command(name, usage: name, summary: summary, details: details) { call in
            try call.expectNoMore(after: 0)
            let plan = try call.session.requirePlan()
            let evaluation = try plan.factorEvaluation(kind)
            for line in QuantitativePictures.factorTable(evaluation, plan: plan, language: plan.effectiveLanguage) {
                call.print(line)
            }
        }
    }

    static let ie = Command(
        "ie", usage: "ie",
        summary: "Place the plan in David's IE matrix (nine cells) with its prescription",
        details: "x = IFE total (strong 3.0–4.0 on the left, average 2.0–2.99, weak 1.0–1.99), y = EFE total (high "
            + "3.0–4.0 at the top, medium, low); `ife` and `efe` read their totals in these same bands. Bins are "
            + "half-open: 2.99 is average, 3.0 strong. Cells I, II, IV: grow and build; III, V, VII: hold and "
            + "maintain; VI, VIII, IX: harvest or divest (in Indonesian: benahi dan rampingkan, fix the basics and "
            + "slim down). When the SWOT position points another way, one sentence says so and why."
    ) { call in
        try call.expectNoMore(after: 0)
        let plan = try call.session.requirePlan()
        let ife = try plan.factorEvaluation(.ife), efe = try plan.factorEvaluation(.efe)
        let placement = try IEMatrix.place(ife: ife, efe: efe)
        let language = plan.effectiveLanguage
        call.print(ReportLabels(language: language)("IE matrix (David)", "Matriks IE (David)"))
        for line in QuantitativePictures.ieGrid(placement, language: language) { call.print(line) }
        let position = try? plan.swotPosition()
        for line in QuantitativePictures.ieReading(placement, position: position, language: language) {
            call.print(line)
        }
    }

    static let position = Command(
        "position", usage: "position",
        summary: "Plot the SWOT position (x = S − W, y = O − T) and the TOWS quadrant it favours",
        details: """
            From the IFE and EFE weighted scores: S and O are Σ weight × rating; W and T are Σ weight × (5 − rating), \
            turning David's ratings (weakness 1 = major, threat 4 = superior response) into severity on the same 1–4 \
            scale, so a major weakness or a poorly met threat pulls the point left or down. \
            Quadrants (Pearce & Robinson): I aggressive (x ≥ 0, y ≥ 0) → SO; II diversification (x ≥ 0, y < 0) → ST; \
            III turnaround (x < 0, y ≥ 0) → WO; IV defensive (x < 0, y < 0) → WT. A zero counts as positive. \
            `strategies` and `derive` list the favoured quadrant first. Under `lang id` it is the diagram Cartesius \
            with Kuadran I–IV (strategi agresif, diversifikasi, turn-around, defensif). When the IE cell points \
            another way, one sentence says so and why.
            """
    ) { call in
        try call.expectNoMore(after: 0)
        let plan = try call.session.requirePlan()
        let position = try plan.swotPosition()
        let language = plan.effectiveLanguage
        call.print(ReportLabels(language: language)("SWOT position", "Diagram Cartesius (posisi SWOT)"))
        for line in QuantitativePictures.positionPlot(position, language: language) { call.print(line) }
        call.print("")
        let placement = try? IEMatrix.place(ife: plan.factorEvaluation(.ife), efe: plan.factorEvaluation(.efe))
        for line in QuantitativePictures.positionReading(position, placement: placement, language: language) {
            call.print(line)
        }
    }

    static let compare = Command(
        "compare", usage: "compare A B VALUE",
        summary: "AHP judgement: how much more important A is than B (Saaty 1–9)",
        details: """
            Within a quadrant compare items (`compare S1 S2 3`); between quadrants compare the SWOT groups (`compare S \
            O 2`, also strengths, peluang, …). VALUE is on Saaty's scale: 1 equal, 3 weak, 5 strong, 7 demonstrated, 9 \
            absolute importance of A over B, 2, 4, 6, 8 between; write 1/3 (or compare B A 3) when B is the more \
            important. The reciprocal is implied, and judging a pair again replaces the earlier value. `compare A B -` \
            removes a judgement. \
            Once every pair of a set is judged, the set's priorities and consistency ratio are shown; a CR of 0.10 or \
            more is flagged with the judgement to revisit. `ahp` shows everything. \
            After `as NAME` the judgement is that participant's, and the plan's judgement of the pair is the geometric \
            mean of the participants' (see `participant`; `consensus` shows where they differ).
            """,
        arguments: [.itemID, .itemID, .words(["1", "2", "3", "4", "5", "6", "7", "8", "9", "1/3", "1/5", "1/7", "1/9"])]
    ) { call in
        let first = try comparedElement(call, 1), second = try comparedElement(call, 2), word = try call.word(3)
        try call.expectNoMore(after: 3)
        let value = try optionalNumber(word, what: "judgement", fractions: true)
        let who = call.session.participant
        let (a, b) = try call.session.change { plan in
            if let who { return try plan.setParticipantComparison(who, first, second, value) }
            return try plan.setComparison(first, second, value)
        }
        let plan = try call.session.requirePlan()
        let label = ReportLabels(language: plan.effectiveLanguage)
        if let who {
            call.print(PanelCommands.recordedJudgement(value, by: who, pair: (a, b), plan: plan))
        } else if let value {
            let meaning = judgementMeaning(value, a, b, plan.effectiveLanguage)
            call.print("\(a) vs \(b) = \(ScoreFormat.ratio(value)) (\(meaning)).")
        } else {
            call.print(label("Removed the judgement \(a) vs \(b).", "Penilaian \(a) vs \(b) dihapus."))
        }
        let quadrant = Quadrant(parsing: a) == nil ? plan.item(written: a)?.quadrant : nil
        guard let set = plan.comparisonSets().first(where: { $0.quadrant == quadrant }) else { return }
        let number = NumberFormat(plan.effectiveLanguage)
        let subject = set.subject(plan.effectiveLanguage)
        if let result = set.result {
            call.print("  " + subject.prefix(1).uppercased() + subject.dropFirst() + label(" complete: ", " lengkap: ")
                + zip(result.items, result.priorities).map { "\($0) \(number.fine($1))" }.joined(separator: ", ")
                + ", CR \(number.fine(result.consistencyRatio)).")
            if let warning = set.warning(plan.effectiveLanguage) {
                for line in Wrapping.lines(warning, width: 98) { call.print("  " + line) }
            }
        } else {
            call.print(label("  \(set.judgedPairs) of \(set.neededPairs) pairs judged in the \(subject).",
                             "  \(set.judgedPairs) dari \(set.neededPairs) pasangan dinilai pada \(subject)."))
        }
    }

    static let ahp = Command(
        "ahp", usage: "ahp [apply]",
        summary: "Show AHP priorities and consistency; `ahp apply` turns them into IFE/EFE weights",
        details: """
            For each quadrant and for the four SWOT groups: the priorities (principal eigenvector of the judgement \
            matrix), λmax, CI = (λmax − n)/(n − 1), RI and CR = CI/RI. CR below 0.10 is acceptable; at 0.10 or more \
            the most inconsistent judgement is named. \
            When the groups and every quadrant's items are judged (A'WOT), global weight = group weight × local \
            weight. `ahp apply` replaces the hand-set IFE/EFE weights with them, rescaled within each matrix so that \
            each sums to 1 (an IFE weight is global / (S group + W group)); ratings are kept, and `undo` restores the \
            old weights.
            """,
        arguments: [.words(["apply"])]
    ) { call in
        try call.expectNoMore(after: 1)
        if let word = call.words[1] {
            guard word.lowercased() == "apply" else { throw call.usageError }
            let result = try call.session.change { try $0.applyAHPWeights() }
            for line in QuantitativePictures.awotTable(
                result,
                language: try call.session.requirePlan().effectiveLanguage
            ) { call.print(line) }
            for warning in result.warnings {
                for line in Wrapping.lines("Warning: " + warning.message, width: 100) { call.print(line) }
            }
            call.print("IFE and EFE weights replaced by the AHP weights (`undo` restores the old ones).")
            return
        }
        let plan = try call.session.requirePlan()
        let language = plan.effectiveLanguage
        guard plan.hasComparisons else {
            throw ShellError.badArgument(language == .id
                ? "Belum ada penilaian AHP. Bandingkan butir dengan `compare S1 S2 3` dan kelompok SWOT dengan "
                    + "`compare S O 2`."
                : "No AHP judgements yet. Compare items with `compare S1 S2 3` and the SWOT groups with `compare S O "
                    + "2`.")
        }
        let label = ReportLabels(language: language)
        for set in plan.comparisonSets() {
            for line in QuantitativePictures.ahpSet(set, plan: plan, language: language) { call.print(line) }
        }
        call.print("")
        if let result = try? plan.awot() {
            for line in QuantitativePictures.awotTable(result, language: language) { call.print(line) }
            call.print(label("`ahp apply` sets these as the IFE/EFE weights.", "`ahp apply` menetapkannya sebagai "
                + "bobot IFAS/EFAS."))
        } else {
            call.print(label("Global weights need the four groups and every quadrant's items compared.",
                             "Bobot global memerlukan perbandingan keempat kelompok dan semua butir tiap kuadran."))
        }
    }

    static let qspm = Command(
        "qspm", usage: "qspm [STRATEGY STRATEGY …]",
        summary: "Choose the strategies to compare (QSPM), or show the QSPM with TAS, STAS and ranking",
        details: """
            `qspm SO1 WO2 ST1` chooses the strategies compared (at least two; scores of strategies dropped from the \
            list are dropped too). `qspm` alone shows the matrix. \
            The rows are the IFE and EFE factors with a weight above 0, with their weights. For each factor and \
            strategy enter an attractiveness score with `attract` (1 not, 2 somewhat, 3 reasonably, 4 highly \
            attractive), or a dash for every strategy when the factor does not affect the choice. TAS = weight × AS, \
            STAS = Σ TAS; the highest STAS ranks first. The gap between the top two reads > 1.0 strong, 0.5–1.0 \
            moderate, 0.2–0.49 slight, < 0.2 near-equivalent preference.
            """,
        arguments: [.strategyID, .strategyID, .strategyID, .strategyID]
    ) { call in
        if call.words.count > 1 {
            let ids = try (1..<call.words.count).map { try call.strategyID($0) }
            let chosen = try call.session.change { try $0.chooseQSPMStrategies(ids) }
            let label = ReportLabels(language: try call.session.requirePlan().effectiveLanguage)
            call.print(label("QSPM compares \(chosen.joined(separator: ", ")). Score them with `attract STRATEGY ITEM "
                + "1-4` (or `attract * ITEM -`).",
                             "QSPM membandingkan \(chosen.joined(separator: ", ")). Nilai dengan `attract STRATEGI "
                                 + "BUTIR 1-4` (atau `attract * BUTIR -`)."))
            return
        }
        let plan = try call.session.requirePlan()
        let sheet = try plan.qspmSheet()
        let result = sheet.isComplete ? try sheet.evaluate() : nil
        call.print("QSPM (David)")
        for line in QuantitativePictures.qspmTable(sheet, result: result, plan: plan, language: plan.effectiveLanguage)
        { call.print(line) }
    }

    static let attract = Command(
        "attract", usage: "attract STRATEGY|* ITEM SCORE|-",
        summary: "QSPM attractiveness score (1–4) of a strategy for a factor, or - if the factor does not matter",
        details: "SCORE: 1 not attractive, 2 somewhat, 3 reasonably, 4 highly attractive. `-` is a dash: the factor "
            + "does not affect the choice. A row is either all scores or all dashes, so a dash next to a score (or a "
            + "score next to a dash) is refused; `attract * ITEM -` dashes the whole row, `attract * ITEM 3` scores "
            + "every strategy alike. After `as NAME` the score is that participant's and the plan's cell is the "
            + "participants' mean; a factor is dashed only when everyone who judged its row dashed it.",
        arguments: [.strategyID, .itemID, .words(["1", "2", "3", "4", "-"])]
    ) { call in
        let strategy = try call.word(1) == "*" ? nil : try call.strategyID(1)
        let item = try call.itemID(2), word = try call.word(3)
        try call.expectNoMore(after: 3)
        let score = try optionalNumber(word, what: "attractiveness score")
        let who = call.session.participant
        try call.session.change { plan in
            if let who {
                try plan.setParticipantAttractiveness(who, strategy: strategy, item: item, score: score)
            } else {
                try plan.setAttractiveness(strategy: strategy, item: item, score: score)
            }
        }
        if let who {
            call.print(PanelCommands.recordedAttractiveness(score, by: who, strategy: strategy, item: item,
                                                            plan: try call.session.requirePlan()))
            return
        }
        let language = try call.session.requirePlan().effectiveLanguage
        let label = ReportLabels(language: language)
        let target = strategy?.description ?? label("every strategy", "setiap strategi")
        let meaning = score.map { "\(NumberFormat(language).number($0)) (\(attractivenessMeaning($0, language)))" }
            ?? label("- (does not affect the choice)", "- (tidak memengaruhi pilihan)")
        call.print(label("\(target) for \(item): \(meaning).", "\(target) untuk \(item): \(meaning)."))
    }

    // MARK: Parsing

    /// `ID VALUE [ID VALUE …]` from the words after the command.
    static func idValuePairs(_ call: Invocation) throws -> [(ItemID, String)] {
        let count = call.words.count - 1
        guard count >= 2, count % 2 == 0 else { throw call.usageError }
        return try stride(from: 1, to: count, by: 2).map { (try call.itemID($0), try call.word($0 + 1)) }
    }

    /// The item or SWOT group at argument `index` of `compare`.
    static func comparedElement(_ call: Invocation, _ index: Int) throws -> ComparedElement {
        let word = try call.word(index)
        guard let element = ComparedElement(word) else { throw QuantitativeError.notComparable(word) }
        return element
    }

    /// A number, or nil for `-`.
    static func optionalNumber(_ word: String, what: String, fractions: Bool = false) throws(ShellError) -> Double? {
        word == "-" ? nil : try number(word, what: what, fractions: fractions)
    }

    /// Parses `0.15`, `.15`, `0,15` (decimal comma), `15%`, and with `fractions` `1/3`. Anything else, including
    /// `nan`, `inf` and exponents, is refused with a message naming what was expected.
    static func number(_ word: String, what: String, fractions: Bool = false) throws(ShellError) -> Double {
        let refuse = ShellError.badArgument("\"\(word)\" is not a number. Enter the \(what) as a decimal number, e.g. "
            + (fractions ? "3 or 1/3." : (what == "weight" ? "0.15 (or 15%)." : "3.")))
        if fractions, let slash = word.firstIndex(of: "/") {
            let numerator = try number(String(word[..<slash]), what: what)
            let denominator = try number(String(word[word.index(after: slash)...]), what: what)
            guard denominator != 0 else { throw refuse }
            return numerator / denominator
        }
        guard let value = NumberFormat.parseDecimal(word) else { throw refuse }
        return value
    }

    // MARK: Wording

    static func weightProgress(_ kind: FactorMatrixKind, plan: Plan) -> String {
        let members = plan.items(of: kind)
        let sum = plan.weightSum(kind)
        let unweighted = members.filter { $0.weight == nil }.map(\.id)
        var text = "\(kind.title) weights sum to \(ScoreFormat.short(sum))"
        if sum > 1 + FactorMatrix.weightSumTolerance + 1e-9 {
            text += ", over 1.00: lower some or run `\(Remedy.normalizeWeights(kind).command(.en))`"
        } else if abs(sum - 1) <= FactorMatrix.weightSumTolerance + 1e-9 {
            text += " (complete)"
        } else {
            text += " (\(ScoreFormat.short(1 - sum)) left)"
        }
        if !unweighted.isEmpty { text += "; no weight yet: \(unweighted.joined(separator: ", "))" }
        return text + "."
    }

    static func ratingMeaning(_ quadrant: Quadrant, _ value: Double) -> String {
        switch quadrant {
        case .strength: return value >= 3.5 ? "major strength" : "minor strength"
        case .weakness: return value <= 1.5 ? "major weakness" : "minor weakness"
        case .opportunity, .threat:
            let names = ["poor", "average", "above average", "superior"]
            return names[min(3, max(0, Int(value.rounded()) - 1))] + " response"
        }
    }

    /// Saaty's words for a judgement: `S over O: weak importance` / `S atas O: sedikit lebih penting`.
    static func judgementMeaning(_ value: Double, _ a: String, _ b: String, _ language: Language) -> String {
        let label = ReportLabels(language: language)
        let (stronger, weaker, degree) = value >= 1 ? (a, b, value) : (b, a, 1 / value)
        if abs(degree - 1) < 1e-9 { return label("equal importance", "sama penting") }
        let names = language == .id
            ? [1: "sama penting", 3: "sedikit lebih penting", 5: "lebih penting", 7: "jelas lebih penting",
               9: "mutlak lebih penting"]
            : [1: "equal", 3: "weak", 5: "strong", 7: "demonstrated", 9: "absolute"]
        let rounded = Int(degree.rounded())
        let name: String
        if abs(degree - Double(rounded)) > 1e-9 {
            name = label("between the scale's steps", "di antara langkah skala")
        } else if let step = names[rounded] {
            name = label("\(step) importance", step)
        } else {
            name = label("between \(names[rounded - 1]!) and \(names[rounded + 1]!) importance",
                         "antara \(names[rounded - 1]!) dan \(names[rounded + 1]!)")
        }
        return label("\(stronger) over \(weaker): \(name)", "\(stronger) atas \(weaker): \(name)")
    }

    static func attractivenessMeaning(_ value: Double, _ language: Language) -> String {
        let names = language == .id
            ? ["tidak menarik", "agak menarik", "cukup menarik", "sangat menarik"]
            : ["not attractive", "somewhat attractive", "reasonably attractive", "highly attractive"]
        return names[min(3, max(0, Int(value.rounded()) - 1))]
    }
}
