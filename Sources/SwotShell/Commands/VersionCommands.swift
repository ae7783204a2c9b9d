import SwotCore

/// Commands that keep named versions of the plan and compare versions: the yearly review of a living plan.
enum VersionCommands {
    static let all: [Command] = [snapshot, versions, diff]

    static let snapshot = Command(
        "snapshot", usage: "snapshot NAME",
        summary: "Keep the plan as it is now under a name (draft-1, final-2027) to compare with later",
        details: """
            Writes the open plan, as it is now, to workspaces/.snapshots/PLAN/NAME.json. Snapshots are kept until \
            the file is deleted, unlike the last \(OpenPlanFile.backupCount) backups, which later saves push out. \
            NAME uses letters, digits, '-', '_' and '.'; a name already taken is refused, so a snapshot never \
            changes. `versions` lists them, `diff NAME` shows what changed since. A snapshot is a file beside the \
            plan, not a change to it: `undo` does not remove one.
            """,
        arguments: [.text]
    ) { call in
        let name = try call.word(1)
        try call.expectNoMore(after: 1)
        let (plan, versions, l) = try openVersions(call)
        try versions.saveSnapshot(plan, as: name)
        let summary = plan.oneLineSummary(l.language)
        call.print(l("Kept snapshot \(name): \(summary).", "Versi \(name) disimpan: \(summary)."))
    }

    static let versions = Command(
        "versions", usage: "versions",
        summary: "List the plan's named snapshots and backups, with date, time and what each holds",
        details: "Snapshots (`snapshot NAME`) oldest first, then the backups every save keeps (1 is the newest; "
            + "`restore N` brings one back). Each line gives the date and time it was written and its items and "
            + "strategies. `diff NAME` or `diff N` compares one with the open plan."
    ) { call in
        try call.expectNoMore(after: 0)
        let (plan, versions, l) = try openVersions(call)
        let language = l.language
        let all = versions.all
        let width = max(8, all.map { label(of: $0.kind).count }.max() ?? 0)
        call.print(l("Open plan", "Rencana terbuka") + ": " + plan.oneLineSummary(language))
        if all.isEmpty {
            call.print(l("No snapshots or backups yet: `snapshot NAME` keeps one.",
                         "Belum ada versi atau cadangan: `snapshot NAMA` menyimpan satu."))
        }
        for (heading, isSnapshot) in [
            (l("Snapshots", "Versi bernama"), true), (l("Backups (`restore N`)", "Cadangan (`restore N`)"), false),
        ] {
            let matching = all.filter { if case .snapshot = $0.kind { isSnapshot } else { !isSnapshot } }
            guard !matching.isEmpty else { continue }
            call.print(heading + ":")
            for version in matching {
                let summary = (try? versions.plan(of: version))
                    .map { $0.oneLineSummary(language) } ?? l("not a valid plan", "bukan rencana yang sah")
                call.print("  \(label(of: version.kind).padding(to: width))  \(version.written)  \(summary)")
            }
        }
    }

    static let diff = Command(
        "diff", usage: "diff [A] [B]",
        summary: "What changed between two versions, or since one: items, categories, scores, strategies, position",
        details: """
            `diff` compares the open plan with its newest snapshot (or backup 1 when it has none); `diff A` \
            compares version A with the open plan; `diff A B` compares A with B. A version is a snapshot's name, \
            a backup's number (1 is the newest, see `versions`), or the name of another plan in the workspace \
            (last year's, say). Lists items added, removed, moved and edited (changed words marked [-old-]{+new+}), \
            categories changed, weights and ratings changed, strategies added, decided, withdrawn and edited, \
            action plans changed (programme, unit, indicator, baseline, due date, targets per year, budget per \
            source and year), the plan period, the IFE/EFE totals, SWOT position and IE cell when they moved, and \
            the SPBE index, target and levels; in the plan's language.
            """,
        arguments: [.version, .version]
    ) { call in
        try call.expectNoMore(after: 2)
        let (plan, versions, l) = try openVersions(call)
        let language = l.language
        let current = (label: l("the open plan", "rencana terbuka"), plan: plan)
        let from: (label: String, plan: Plan)
        let to: (label: String, plan: Plan)
        switch (call.words[1], call.words[2]) {
        case (let first?, let second?):
            (from, to) = (try versions.load(first, language: language), try versions.load(second, language: language))
        case (let first?, nil):
            (from, to) = (try versions.load(first, language: language), current)
        default:
            guard let latest = versions.latestSnapshot ?? (versions.file.backups.isEmpty ? nil : "1") else {
                throw ShellError.badArgument(l(
                    "There is nothing to compare with yet: `snapshot NAME` keeps a version, `diff PLAN` compares with "
                        + "another plan.",
                    "Belum ada pembanding: `snapshot NAMA` menyimpan versi, `diff RENCANA` membandingkan dengan "
                        + "rencana lain."))
            }
            (from, to) = (try versions.load(latest, language: language), current)
        }
        call.print(l("Changes from \(from.label) to \(to.label):", "Perubahan dari \(from.label) ke \(to.label):"))
        let text = PlanDiffText(language: language, knowledgeBase: call.session.knowledgeBase, quote: TerminalText.safe)
        for line in text.lines(PlanDiff(from: from.plan, to: to.plan)) { call.print(line) }
    }

    /// The open plan, its versions and the words of its language, which every command here starts from.
    static func openVersions(_ call: Invocation) throws -> (Plan, PlanVersions, AssessmentWords) {
        let plan = try call.session.requirePlan()
        guard let file = call.session.file else { throw ShellError.noPlanOpen }
        return (plan, PlanVersions(file: file), AssessmentWords(plan.effectiveLanguage))
    }

    /// A version as `diff` and `versions` name it: the snapshot's name or the backup's number.
    static func label(of kind: PlanVersions.Version.Kind) -> String {
        switch kind {
        case .snapshot(let name): return name
        case .backup(let number): return "\(number)"
        }
    }

    /// What Tab offers after `diff`: the open plan's snapshots and backups, then the other plans.
    static func references(_ session: Session) -> [String] {
        guard let file = session.file else { return [] }
        let own = PlanVersions(file: file).all.map { label(of: $0.kind) }
        let plans = ((try? session.workspace.planNames()) ?? []).filter { $0 != file.name }
        return own + plans
    }
}
