/// A `PlanDiff` as readable lines in the plan's language, for the prompt and for reports alike: what differs is the
/// quoting of the planners' own text (`quote`: escaped for a terminal, or for Markdown) and how a word-level change
/// is marked (`[-old-]{+new+}` as `git diff --word-diff` writes it, or strike-through and bold).
public struct PlanDiffText {
    public struct Marks: Sendable {
        public var removed: (open: String, close: String)
        public var added: (open: String, close: String)

        /// `[-old-]{+new+}`: plain text that survives any terminal, log or e-mail.
        public static let plain = Marks(removed: ("[-", "-]"), added: ("{+", "+}"))
        /// `~~old~~ **new**` for Markdown.
        public static let markdown = Marks(removed: ("~~", "~~"), added: ("**", "**"))
    }

    public var language: Language
    public var quote: (String) -> String
    public var marks: Marks
    public var knowledgeBase: KnowledgeBase

    public init(language: Language, knowledgeBase: KnowledgeBase, marks: Marks = .plain,
                quote: @escaping (String) -> String) {
        self.language = language
        self.quote = quote
        self.marks = marks
        self.knowledgeBase = knowledgeBase
    }

    private func l(_ english: String, _ indonesian: String) -> String { language == .en ? english : indonesian }

    /// One heading line per kind of change that occurred, followed by its entries indented by two spaces.
    public func lines(_ diff: PlanDiff) -> [String] {
        guard !diff.isEmpty else { return [l("No changes.", "Tidak ada perubahan.")] }
        return sections(diff).flatMap { ["\($0.title) (\($0.entries.count)):"] + $0.entries.map { "  " + $0 } }
    }

    /// The kinds of change that occurred, each with its entries, for a report to lay out as it likes.
    public func sections(_ diff: PlanDiff) -> [(title: String, entries: [String])] {
        let format = NumberFormat(language)
        var sections: [(title: String, entries: [String])] = []
        func section(_ english: String, _ indonesian: String, _ entries: [String]) {
            guard !entries.isEmpty else { return }
            sections.append((l(english, indonesian), entries))
        }
        if let title = diff.titleChanged {
            section("Title", "Judul", [wordChange(title.before, title.after)])
        }
        section("Items added", "Butir ditambahkan", diff.added.map { "+ \($0.id) \(quote($0.text))" })
        section("Items removed", "Butir dihapus", diff.removed.map { "- \($0.id) \(quote($0.text))" })
        section("Items moved", "Butir dipindah", diff.moved.map { pair in
            "\(pair.before.id) → \(pair.after.id) \(quote(pair.after.text))"
        })
        section(
            "Items edited",
            "Butir diubah",
            diff.edited.map { "\($0.after.id) " + wordChange($0.before.text, $0.after.text) }
        )
        section("Categories changed", "Kategori berubah", diff.recategorised.map { pair in
            let old = pair.before.categories.map(\.category), new = pair.after.categories.map(\.category)
            let gained = new.filter { !old.contains($0) }.map { "+" + knowledgeBase.label(forCategory: $0) }
            let lost = old.filter { !new.contains($0) }.map { "−" + knowledgeBase.label(forCategory: $0) }
                let reordered =
                    gained.isEmpty && lost.isEmpty ? [l("order", "urutan") + ": " + new.joined(separator: ", ")] : []
            return "\(pair.after.id) " + (gained + lost + reordered).joined(separator: ", ")
        })
        section("Weights and ratings changed", "Bobot dan peringkat berubah", diff.rescored.map { pair in
            var parts: [String] = []
            if pair.before.weight != pair.after.weight {
                parts.append(l("weight", "bobot") + " " + change(pair.before.weight, pair.after.weight, format.score))
            }
            if pair.before.rating != pair.after.rating {
                    parts.append(
                        l("rating", "peringkat") + " " + change(pair.before.rating, pair.after.rating, format.number)
                    )
            }
            return "\(pair.after.id) " + parts.joined(separator: ", ")
        })
        section("Strategies added", "Strategi ditambahkan", diff.strategiesAdded.map { "+ " + strategyLine($0) })
        section("Strategies decided", "Strategi diputuskan", diff.strategiesDecided.map { pair in
            "\(pair.after.id) \(status(pair.before.status)) → \(status(pair.after.status)): \(shortText(pair.after))"
        })
        section("Strategies withdrawn", "Strategi ditarik", diff.strategiesWithdrawn.map { "- " + strategyLine($0) })
        section("Strategies edited", "Strategi diubah", diff.strategiesEdited.map {
            "\($0.after.id) " + wordChange($0.before.text, $0.after.text)
        })
        if let period = diff.periodChanged {
            section("Plan period", "Periode rencana", ["\(period.before?.label ?? "–") → "
                + "\(period.after?.label ?? "–")"])
        }
        section("Action plan changed", "Rencana aksi berubah", diff.actionPlansChanged.map { pair in
            "\(pair.after.id) " + actionPlanChanges(pair.before, pair.after, format).joined(separator: "; ")
        })
        if diff.standingChanged {
            section("Position", "Posisi", standingLines(diff.standing.before, diff.standing.after, format))
        }
        if diff.spbeChanged {
            section("SPBE", "SPBE", spbeLines(diff.spbe.before, diff.spbe.after, format))
        }
        return sections
    }

    /// What changed in a strategy's action plan, one phrase per field: `unit Diskominfo → Bappeda`,
    /// `budget 2026 APBD Rp750 juta → Rp1 miliar`, `target 2027 60% → 70%`.
    private func actionPlanChanges(_ old: Strategy, _ new: Strategy, _ format: NumberFormat) -> [String] {
        var parts: [String] = []
        func text(_ english: String, _ indonesian: String, _ before: String?, _ after: String?) {
            guard before != after else { return }
            parts.append(l(english, indonesian) + " " + change(before, after))
        }
        text("programme", "program", old.programme, new.programme)
        text("unit", "unit", old.owner, new.owner)
        text("indicator", "indikator", old.kpi, new.kpi)
        text("baseline", "nilai awal", old.baseline, new.baseline)
        text("due", "tenggat", old.due, new.due)
        let years = Set(old.targets.map(\.year) + new.targets.map(\.year)).sorted()
        for year in years {
            text("target \(year)", "target \(year)", old.targets.first { $0.year == year }?.value,
                 new.targets.first { $0.year == year }?.value)
        }
        let keys = (old.budget + new.budget).map { BudgetKey(source: $0.source, year: $0.year) }
        var seen = Set<BudgetKey>()
        for key in keys.sorted(by: BudgetKey.precedes) where seen.insert(key).inserted {
            let amount = { (lines: [BudgetLine]) in
                lines.first { $0.source == key.source && $0.year == key.year }.map { format.rupiahShort($0.amount) }
            }
            let when = key.year.map(String.init) ?? l("period", "periode")
            text(
                "budget \(when) \(key.source.label)",
                "anggaran \(when) \(key.source.label)",
                amount(old.budget),
                amount(new.budget)
            )
        }
        return parts
    }

    private struct BudgetKey: Hashable {
        var source: FundingSource
        var year: Int?

        static func precedes(_ a: BudgetKey, _ b: BudgetKey) -> Bool {
            BudgetLine.precedes(BudgetLine(amount: 1, source: a.source, year: a.year),
                                BudgetLine(amount: 1, source: b.source, year: b.year))
        }
    }

    /// The SPBE index with its predicate and the target, then the indicators whose level moved.
    private func spbeLines(
        _ before: PlanDiff.SpbeStanding,
        _ after: PlanDiff.SpbeStanding,
        _ format: NumberFormat
    ) -> [String] {
        let structure = SpbeStructure.shipped
        let index = { (value: Double?) in
            value.map { "\(format.score($0)) (\(structure.predicate(for: $0).name[self.language]))" }
        }
        var lines: [String] = []
        if before.index != after.index {
            lines.append(l("index", "indeks") + " " + change(index(before.index), index(after.index)))
        }
        if before.target != after.target {
            lines.append(
                l("target", "target") + " " + change(before.target.map(format.score), after.target.map(format.score))
            )
        }
        let moved = Set(before.levels.keys).union(after.levels.keys).sorted().filter {
            before.levels[$0] != after.levels[$0]
        }
        if !moved.isEmpty {
            lines.append(l("levels", "tingkat") + ": " + moved.map { number in
                l("indicator", "indikator") + " \(number) "
                    + change(before.levels[number].map(String.init), after.levels[number].map(String.init))
            }.joined(separator: ", "))
        }
        return lines
    }

    private func standingLines(
        _ before: PlanDiff.Standing?,
        _ after: PlanDiff.Standing?,
        _ format: NumberFormat
    ) -> [String] {
        guard let before, let after else {
            let incomplete = l("IFE/EFE not complete", "IFE/EFE belum lengkap")
            let describe = { (standing: PlanDiff.Standing?) -> String in
                guard let standing else { return incomplete }
                return "IFE \(format.score(standing.ifeTotal)), EFE \(format.score(standing.efeTotal)), "
                    + self.l("IE cell", "sel IE") + " \(standing.ieCell.roman)"
            }
            return ["\(describe(before)) → \(describe(after))"]
        }
        var lines: [String] = []
        if before.ifeTotal != after.ifeTotal || before.efeTotal != after.efeTotal {
            lines.append("IFE \(format.score(before.ifeTotal)) → \(format.score(after.ifeTotal)), "
                         + "EFE \(format.score(before.efeTotal)) → \(format.score(after.efeTotal))")
        }
        let point = { (position: SWOTPosition) -> String in
            "\(position.quadrant.roman) (\(format.score(position.x)); \(format.score(position.y)))"
        }
        if before.position != after.position {
            lines.append(l("SWOT position", "Posisi SWOT") + " \(point(before.position)) → \(point(after.position))")
        }
        if before.ieCell != after.ieCell {
            lines.append(l("IE cell", "Sel IE") + " \(before.ieCell.roman) → \(after.ieCell.roman) "
                         + "(\(after.ieCell.prescription.name(language)))")
        }
        return lines
    }

    /// The new text with the words that changed marked.
    func wordChange(_ old: String, _ new: String) -> String {
        var text = ""
        var previous: WordDiff.Piece?
        for piece in WordDiff.pieces(from: old, to: new) {
            // A replaced phrase reads as one: `[-25-]{+30+}`, no space between what went and what came.
            if let previous {
                if case .removed = previous, case .added = piece {} else { text += " " }
            }
            switch piece {
            case .same(let words): text += quote(words)
            case .removed(let words): text += marks.removed.open + quote(words) + marks.removed.close
            case .added(let words): text += marks.added.open + quote(words) + marks.added.close
            }
            previous = piece
        }
        return text
    }

    /// A strategy in one line: its id, its status when decided, and the start of its sentence.
    private func strategyLine(_ strategy: Strategy) -> String {
        let decided = strategy.status == .proposed ? "" : " (\(status(strategy.status)))"
        return "\(strategy.id)\(decided) \(shortText(strategy))"
    }

    /// The start of a strategy's sentence, quoted: enough to recognise it, `why ID` shows it whole.
    private func shortText(_ strategy: Strategy) -> String {
        quote(strategy.text.count > 90 ? strategy.text.prefix(89).trimmingWhitespace() + "…" : strategy.text)
    }

    private func change(_ old: Double?, _ new: Double?, _ show: (Double) -> String) -> String {
        change(old.map(show), new.map(show))
    }

    /// `old → new`, a dash for a value that was not there; the planners' own words quoted.
    private func change(_ old: String?, _ new: String?) -> String {
        "\(old.map(quote) ?? "–") → \(new.map(quote) ?? "–")"
    }

    private func status(_ status: DecisionStatus) -> String {
        switch status {
        case .proposed: return l("proposed", "diusulkan")
        case .accepted: return l("accepted", "diterima")
        case .rejected: return l("rejected", "ditolak")
        }
    }
}
