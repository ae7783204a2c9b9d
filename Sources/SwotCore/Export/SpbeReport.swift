/// The SPBE part of the report: a one-line summary for the top of the report (index, predicate, target, the index
/// the accepted strategies aim for) and a section with the domain bars, the indicators the plan targets, each
/// accepted strategy's indicators from which level to which, and the levels of all 47 indicators.
/// Empty when the plan has no SPBE levels.
public struct SpbeReport: Sendable {
    public var plan: Plan
    public var language: Language
    public var structure: SpbeStructure

    public init(plan: Plan, language: Language, structure: SpbeStructure = .shipped) {
        self.plan = plan
        self.language = language
        self.structure = structure
    }

    var evaluation: SpbeEvaluation { SpbeEvaluation(plan: plan) }

    /// `1,60 (Kurang)`.
    func indexText(_ value: Double) -> String {
        let predicate = MarkdownText.escape(structure.predicate(for: value).name[language])
        return "\(SpbeStructure.number(value, language: language)) (\(predicate))"
    }

    /// The summary line: `**Indeks SPBE:** 1,60 (Kurang) · target 2,60 (Baik) · …`; nil without levels.
    public func summaryLine() -> String? {
        let label = ReportLabels(language: language)
        guard let index = evaluation.index(in: structure) else { return nil }
        var parts = ["**\(label("SPBE index", "Indeks SPBE")):** \(indexText(index))"]
        let missing = evaluation.missing(in: structure).count
        if missing > 0 {
            parts[0] += label(" (of the indicators entered; \(missing) missing)",
                              " (dari indikator yang diisi; \(missing) belum diisi)")
        }
        if let target = plan.spbe.target { parts.append("\(label("target", "target")) \(indexText(target))") }
        if !plan.spbeAimedRaises.isEmpty, let aimed = plan.spbeAimedIndex {
            parts.append("\(label("accepted strategies aim for", "strategi yang diterima menuju")) \(indexText(aimed))")
        }
        return parts.joined(separator: " · ")
    }

    public func lines() -> [String] {
        let label = ReportLabels(language: language)
        let evaluation = self.evaluation
        guard let summary = summaryLine() else { return [] }
        let heading = label("SPBE index (PermenPANRB 59/2020)", "Indeks SPBE (PermenPANRB 59/2020)")
        var lines = ["## \(heading)", "", summary, ""]
        lines.append("| \(label("Domain", "Domain")) | \(label("Weight", "Bobot")) | \(label("Index", "Indeks")) | |")
        lines.append("|---|---|---|---|")
        for domain in structure.domains {
            let value = evaluation.index(of: domain)
            let weight = SpbeStructure.weight(domain.weight, language: language) + "%"
            let text = value.map { SpbeStructure.number($0, language: language) } ?? "—"
            lines.append("| \(domain.number) \(MarkdownText.escape(domain.name[language])) | \(weight) | \(text) | "
                         + "\(value.map { SpbeReport.bar($0) } ?? "") |")
        }
        lines.append("")
        lines += targetLines(label)
        lines += aimLines(label)
        lines.append("| # | \(label("Indicator", "Indikator")) | \(label("Weight", "Bobot")) | "
                     + "\(label("Level", "Tingkat")) | |")
        lines.append("|---|---|---|---|---|")
        for indicator in structure.indicators {
            let level = evaluation.levels[indicator.number]
            let name = level.flatMap { structure.levelName($0, for: indicator)?[language] } ?? ""
            let levelText = level.map { "\($0) \(MarkdownText.escape(name))" } ?? "—"
            lines.append("| \(indicator.number) | \(MarkdownText.escape(indicator.shortName[language])) | "
                         + "\(SpbeStructure.weight(indicator.weight, language: language)) | \(levelText) | "
                         + "\(level.map { SpbeReport.bar(Double($0)) } ?? "") |")
        }
        lines.append("")
        return lines
    }

    /// The raises the target needs (when a target is set and every level entered).
    private func targetLines(_ label: ReportLabels) -> [String] {
        guard let target = plan.spbe.target, let planned = try? SpbeTarget(target: target, evaluation: evaluation,
                                                                             structure: structure) else { return [] }
        var lines = ["### \(label("Target", "Target")) \(indexText(target))", ""]
        guard !planned.raises.isEmpty else {
            return lines + [label("Already reached.", "Sudah tercapai."), ""]
        }
        lines.append(label("The fewest one-level raises that reach it (\(planned.steps)), heaviest indicators first, "
                           + "reaching \(indexText(planned.reached)):",
                           "Kenaikan satu tingkat paling sedikit untuk mencapainya (\(planned.steps)), "
                           + "indikator terberat lebih dulu, hingga \(indexText(planned.reached)):"))
        lines.append("")
        for raise in planned.raises {
            guard let indicator = structure.indicator(raise.indicator) else { continue }
            lines.append("- **\(indicator.number)** \(MarkdownText.escape(indicator.shortName[language])): "
                         + "\(raise.from) → \(raise.to)")
        }
        lines.append("")
        return lines
    }

    /// Each accepted strategy's indicators, from the level now to the next, and the index they aim for.
    private func aimLines(_ label: ReportLabels) -> [String] {
        let raises = plan.spbeAimedRaises
        guard !raises.isEmpty, let aimed = plan.spbeAimedIndex else { return [] }
        let heading = label("What the accepted strategies aim to raise", "Yang hendak dinaikkan strategi yang diterima")
        var lines = ["### \(heading)", ""]
        lines.append("| \(label("Strategy", "Strategi")) | \(label("Indicator", "Indikator")) | "
                     + "\(label("From", "Dari")) | \(label("To", "Ke")) |")
        lines.append("|---|---|---|---|")
        for raise in raises {
            let name = structure.indicator(raise.indicator)?.shortName[language] ?? ""
            lines.append("| \(raise.strategy) | \(raise.indicator) \(MarkdownText.escape(name)) | "
                         + "\(raise.from) | \(raise.to) |")
        }
        lines.append("")
        lines.append(label("Index the plan aims for: \(indexText(aimed)).",
                           "Indeks yang dituju rencana: \(indexText(aimed))."))
        lines.append("")
        return lines
    }

    /// A bar of ten cells for an index or level out of 5, in eighths: `████▌`.
    static func bar(_ value: Double) -> String {
        AssessmentReport.bar(value, scale: .rating)
    }
}
