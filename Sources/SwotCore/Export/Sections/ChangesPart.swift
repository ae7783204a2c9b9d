/// What changed since an earlier version, when the export asks for it (`export … --since NAME`): the yearly review
/// of a living plan, from the same `PlanDiff` and wording as `diff` at the prompt, first in the body and in one
/// sentence on page 1.
struct ChangesPart: ReportPart {
    func sections(_ context: ReportContext) -> [ReportSection] {
        guard let since = context.options.since else { return [] }
        let diff = PlanDiff(from: since.plan, to: context.plan)
        var blocks: [ReportBlock] = []
        if diff.isEmpty {
            blocks.append(.paragraph(ReportText(context.text("Nothing has changed.", "Tidak ada perubahan."))))
        }
        if diff.titleChanged != nil || !diff.edited.isEmpty || !diff.strategiesEdited.isEmpty {
            blocks.append(.paragraph(ReportText(context.text(
                "In edited texts, words taken out are marked [-like this-] and words put in {+like this+}.",
                "Pada teks yang diubah, kata yang dihapus ditandai [-seperti ini-] dan kata yang ditambahkan "
                    + "{+seperti ini+}."))))
        }
        // The renderers escape the planners' text themselves: it goes in as typed.
        let wording = PlanDiffText(language: context.language, knowledgeBase: context.knowledgeBase, quote: { $0 })
        for (title, entries) in wording.sections(diff) {
            blocks.append(.subheading(title))
            // The heading says added or removed: the prompt's `+ ` and `- ` marks would read as stray dashes.
            let unmarked = entries.map { $0.hasPrefix("+ ") || $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
            blocks.append(.list(unmarked.map { ReportText($0) }, ordered: false))
        }
        let title = context.text("Changes since \(since.reference)", "Perubahan sejak \(since.label)")
        return [ReportSection(id: "changes", title: title, blocks: blocks)]
    }

    func standing(_ context: ReportContext) -> [ReportText] {
        guard let since = context.options.since else { return [] }
        let summary = PlanDiff(from: since.plan, to: context.plan).countSummary(context.language)
        return [ReportText(context.text("Since \(since.reference): \(summary).", "Sejak \(since.label): \(summary)."))]
    }
}
