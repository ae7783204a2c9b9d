/// The papers and regulations behind the report, each named as a reference list names it (authors, year, title,
/// venue), with the lines (or, for a regulation, the part) cited and the strategies citing them. The SPBE
/// regulation is listed whenever the report shows the SPBE index.
struct ReferencesPart: ReportPart {
    /// One place cited in a source: lines of a paper, or a part of a regulation.
    private struct Place: Hashable, Comparable {
        var lines: ClosedRange<Int>
        var part: String? = nil

        static func < (lhs: Place, rhs: Place) -> Bool {
            (lhs.part ?? "", lhs.lines.lowerBound, lhs.lines.upperBound)
                < (rhs.part ?? "", rhs.lines.lowerBound, rhs.lines.upperBound)
        }
    }

    func sections(_ context: ReportContext) -> [ReportSection] {
        let shown = context.acceptedStrategies + (context.options.includeProposed ? context.proposedStrategies : [])
        // Source → place → the strategies citing it (none for the SPBE regulation behind the index).
        var cited: [String: [Place: [String]]] = [:]
        func add(_ source: String, _ place: Place, by strategy: String?) {
            var strategies = cited[source, default: [:]][place, default: []]
            if let strategy, !strategies.contains(strategy) { strategies.append(strategy) }
            cited[source, default: [:]][place] = strategies
        }
        for strategy in shown {
            for citation in strategy.citations {
                add(citation.source, Place(lines: citation.from...max(citation.from, citation.to)), by: strategy.id)
            }
        }
        if !SpbeEvaluation(plan: context.plan).isEmpty {
            for citation in SpbeStructure.shipped.framework.citations
            where citation.source == SpbeStructure.shipped.framework.regulation {
                add(citation.source, Place(lines: citation.from...max(citation.from, citation.to), part: citation.part),
                    by: nil)
            }
        }
        guard !cited.isEmpty else { return [] }
        // As a reference list orders them: by author, then year; sources without named authors last.
        let documents = Dictionary(context.knowledgeBase.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let order = cited.keys.sorted { a, b in
            let (first, second) = (documents[a], documents[b])
            return (first?.authors == nil ? 1 : 0, first?.authors ?? "", first?.year ?? "", a)
                < (second?.authors == nil ? 1 : 0, second?.authors ?? "", second?.year ?? "", b)
        }
        let entries = order.map { source in reference(source, cited[source]!, context) }
        return [ReportSection(id: "references", title: context.text("References", "Rujukan"),
                              blocks: [.list(entries, ordered: false)])]
    }

    private func reference(_ source: String, _ places: [Place: [String]], _ context: ReportContext) -> ReportText {
        let document = context.knowledgeBase.sources.first { $0.id == source }
        let authors = document?.authors ?? context.text("Authors not named", "Penulis tidak disebutkan")
        let year = document?.year ?? context.text("n.d.", "t.t.")
        var text = ReportText("\(authors) (\(year)). ")
        text = text + .emphasis(document?.title[context.language] ?? source)
        if let venue = document?.venue { text = text + ". \(venue)" }
        let described = places.keys.sorted().map { place -> String in
            let strategies = places[place]!
            let by = strategies.isEmpty ? "" : " (\(strategies.joined(separator: ", ")))"
            if let part = place.part { return part + by }
            let lines = place.lines
            return (lines.count == 1 ? "\(lines.lowerBound)" : "\(lines.lowerBound)–\(lines.upperBound)") + by
        }
        // A regulation the report rests on without a strategy citing it is named by its title alone.
        guard places.values.contains(where: { !$0.isEmpty }) || places.keys.contains(where: { $0.part == nil })
        else { return text + "." }
        let lineCount = places.keys.filter { $0.part == nil }.count
        let word = lineCount == 0 ? "" : context.text(lineCount == 1 ? "line " : "lines ", "baris ")
        return text + ". \(context.text("Cited", "Dikutip")): \(word)" + described.joined(separator: "; ") + "."
    }
}
