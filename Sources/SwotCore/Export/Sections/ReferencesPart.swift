/// The papers behind the strategies in the report, each named as a reference list names it (authors, year,
/// title, venue), with the lines cited and the strategies citing them.
struct ReferencesPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        let shown = context.acceptedStrategies + (context.options.includeProposed ? context.proposedStrategies : [])
        var cited: [String: [(lines: ClosedRange<Int>, strategy: String)]] = [:]
        for strategy in shown {
            for citation in strategy.citations {
                cited[citation.source, default: []].append((citation.from...max(citation.from, citation.to),
                                                            strategy.id))
            }
        }
        guard !cited.isEmpty else { return [] }
        let entries = cited.keys.sorted().map { source in
            reference(source, cited[source]!, context)
        }
        return [ReportSection(id: "references", title: context.text("References", "Rujukan"),
                              blocks: [.list(entries, ordered: false)])]
    }

    private func reference(
        _ source: String, _ citations: [(lines: ClosedRange<Int>, strategy: String)], _ context: ReportContext
    ) -> ReportText {
        let document = context.knowledgeBase.sources.first { $0.id == source }
        let authors = document?.authors ?? context.text("Authors not named", "Penulis tidak disebutkan")
        let year = document?.year ?? context.text("n.d.", "t.t.")
        var text = ReportText("\(authors) (\(year)). ")
        text = text + .emphasis(document?.title[context.language] ?? source)
        if let venue = document?.venue { text = text + ". \(venue)" }
        var byLines: [ClosedRange<Int>: [String]] = [:]
        for citation in citations where !(byLines[citation.lines]?.contains(citation.strategy) ?? false) {
            byLines[citation.lines, default: []].append(citation.strategy)
        }
        let places = byLines.keys.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
            .map { lines in
                let range = lines.count == 1 ? "\(lines.lowerBound)" : "\(lines.lowerBound)–\(lines.upperBound)"
                return "\(range) (\(byLines[lines]!.joined(separator: ", ")))"
            }
        let word = context.text(places.count == 1 ? "line" : "lines", "baris")
        return text + ". \(context.text("Cited", "Dikutip")): \(word) " + places.joined(separator: "; ") + "."
    }
}
