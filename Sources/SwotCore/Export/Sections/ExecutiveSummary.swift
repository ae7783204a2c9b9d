/// Page 1: what a head of agency reads before the meeting. Where the agency stands, the strategies to endorse
/// with their owners and years, the money they need, and the decisions asked for; at most 250 words.
struct ExecutiveSummary {
    static let wordLimit = 250
    /// How many accepted strategies page 1 names at most (three when space is short); the rest are counted.
    static let strategiesShown = 5

    let context: ReportContext
    /// The parts' sentences on where the agency stands.
    let standing: [ReportText]

    func section() -> ReportSection {
        // Strategy sentences are shortened, then fewer strategies named, until the page fits the limit.
        let tighter: [(shown: Int, words: Int?)] = [(5, 16), (5, 12), (5, 8), (4, 8), (3, 8)]
        var blocks = blocks(shown: Self.strategiesShown, strategyWords: nil)
        for step in tighter where Self.wordCount(blocks) > Self.wordLimit {
            blocks = self.blocks(shown: step.shown, strategyWords: step.words)
        }
        return ReportSection(id: "summary", title: context.text("Executive summary", "Ringkasan eksekutif"),
                             blocks: blocks)
    }

    static func wordCount(_ blocks: [ReportBlock]) -> Int {
        blocks.reduce(0) { total, block in
            switch block {
            case .subheading(let text): return total + ReportWording.wordCount(text)
            case .paragraph(let text), .note(let text): return total + ReportWording.wordCount(text.plainText)
            case .list(let items, _): return total + items.reduce(0) { $0 + ReportWording.wordCount($1.plainText) }
            default: return total
            }
        }
    }

    private func blocks(shown: Int, strategyWords: Int?) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.subheading(context.text("Where the agency stands", "Posisi saat ini"))]
        blocks.append(.list([counts()] + (standing.isEmpty ? [notScored()] : standing), ordered: false))
        let accepted = context.acceptedStrategies
        blocks.append(.subheading(context.text("Strategies to endorse", "Strategi yang diusulkan untuk ditetapkan")))
        if accepted.isEmpty {
            blocks.append(.paragraph(.emphasis(context.text(
                "No strategy is accepted yet.", "Belum ada strategi yang diterima."))))
        } else {
            var lines = accepted.prefix(shown).map { strategy(_: $0, words: strategyWords) }
            if accepted.count > shown {
                let more = accepted.count - shown
                lines.append(.emphasis(context.text("and \(more) more in the action plan",
                                                    "dan \(more) lainnya di rencana aksi")))
            }
            blocks.append(.list(lines, ordered: true))
            let table = ActionPlanTable(plan: context.plan)
            blocks.append(.paragraph(table.totals.overall > 0
                ? ActionPlanPart.fundingSentence(table, context)
                : .emphasis(context.text("No budget is entered yet.", "Pagu belum diisi."))))
        }
        blocks.append(.subheading(context.text("Decisions asked for", "Keputusan yang diminta")))
        blocks.append(.list(decisions(), ordered: true))
        return blocks
    }

    private func counts() -> ReportText {
        let plan = context.plan
        let numbers = Quadrant.allCases.map { plan.items(in: $0).count }
        let english = zip(numbers, ["strength", "weakness", "opportunity", "threat"]).map { count, noun in
            count == 1 ? "1 \(noun)" : "\(count) " + (noun == "weakness" ? "weaknesses" : noun == "opportunity"
                ? "opportunities" : noun + "s")
        }
        return ReportText(context.text(
            "The SWOT holds \(english[0]), \(english[1]), \(english[2]) and \(english[3]).",
            "SWOT memuat \(numbers[0]) kekuatan, \(numbers[1]) kelemahan, \(numbers[2]) peluang dan "
                + "\(numbers[3]) ancaman."))
    }

    private func notScored() -> ReportText {
        .emphasis(context.text(
            "The IFE and EFE are not scored yet, so the SWOT position is not computed.",
            "IFAS dan EFAS belum dinilai, sehingga posisi SWOT belum dihitung."))
    }

    private func strategy(_ strategy: Strategy, words: Int?) -> ReportText {
        let headline = context.headline(strategy)
        let text = words.map { ReportWording.shortLabel(headline, words: $0) } ?? headline
        var details: [String] = []
        details.append(strategy.owner ?? context.text("owner not set", "penanggung jawab belum ditetapkan"))
        if let years = Self.years(strategy) { details.append(years) }
        return .strong(strategy.id) + " " + text + " (" + details.joined(separator: ", ") + ")"
    }

    /// The years a strategy's work runs in (`2026–2028`), from its targets and budget, else its due date.
    static func years(_ strategy: Strategy) -> String? {
        let years = strategy.targets.map(\.year) + strategy.budget.compactMap(\.year)
        if let first = years.min(), let last = years.max() { return first == last ? "\(first)" : "\(first)–\(last)" }
        return strategy.due.map { String($0.prefix(4)) }
    }

    private func decisions() -> [ReportText] {
        let accepted = context.acceptedStrategies
        let table = ActionPlanTable(plan: context.plan)
        var decisions: [ReportText] = []
        if !accepted.isEmpty {
            decisions.append(ReportText(context.text(
                "Endorse the \(accepted.count) strategies above as the agency's plan",
                "Menetapkan \(accepted.count) strategi di atas sebagai rencana organisasi"))
                + (table.totals.overall > 0
                    ? ReportText(context.text(", with an indicative budget of ", ", dengan pagu indikatif "))
                        + .strong(context.money(table.totals.overall)) + "."
                    : "."))
        }
        let unfunded = accepted.filter { $0.budget.isEmpty }.map(\.id)
        if !unfunded.isEmpty {
            decisions.append(ReportText(context.text(
                "Ask for the budget of \(unfunded.joined(separator: ", ")).",
                "Meminta usulan pagu untuk \(unfunded.joined(separator: ", ")).")))
        }
        let ownerless = accepted.filter { $0.owner == nil }.map(\.id)
        if !ownerless.isEmpty {
            decisions.append(ReportText(context.text(
                "Name who is responsible for \(ownerless.joined(separator: ", ")).",
                "Menunjuk penanggung jawab untuk \(ownerless.joined(separator: ", ")).")))
        }
        let leftOut = LeftOutPart().leftOut(context).map(\.id)
        if !leftOut.isEmpty {
            let named = leftOut.prefix(6).joined(separator: ", ") + (leftOut.count > 6 ? ", …" : "")
            decisions.append(ReportText(context.text(
                "Decide whether the \(leftOut.count) SWOT items no strategy takes up (\(named)) need one.",
                "Memutuskan apakah \(leftOut.count) butir SWOT tanpa strategi (\(named)) memerlukan strategi.")))
        }
        let proposed = context.proposedStrategies.count
        if proposed > 0 {
            decisions.append(ReportText(context.text(
                "Decide on the \(proposed) proposed strategies still waiting for review.",
                "Memutuskan \(proposed) strategi usulan yang masih menunggu telaah.")))
        }
        if decisions.isEmpty {
            decisions.append(ReportText(context.text(
                "Ask the planning team to derive strategies and accept the ones to pursue.",
                "Meminta tim perencana menyusun strategi dan menerima yang akan dijalankan.")))
        }
        return decisions
    }
}
