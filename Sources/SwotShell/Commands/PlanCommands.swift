import SwotCore

/// Commands that create, open and describe plans.
enum PlanCommands {
    static let all: [Command] = [new, open, plans, title, context, lang, save, reload, restore, close]

    static let new = Command(
        "new", usage: "new NAME [TITLE]",
        summary: "Start a new plan and open it",
        details: "Creates workspaces/NAME.json and opens it. NAME uses letters, digits, '-', '_' and '.'; the optional "
            + "TITLE is free text (it can be set later with `title`).",
        arguments: [.text]
    ) { call in
        let name = try call.word(1)
        let session = call.session
        var plan = Plan(name: name)
        if let title = call.words.text(from: 2) { try plan.setTitle(title) }
        session.open(try PlanDocument.create(plan, in: session.workspace, now: ReportDate.nowStamp()))
        call.print("Created plan \(name) (\(session.workspace.path(for: name))).")
    }

    static let open = Command(
        "open", usage: "open NAME [read-only]",
        summary: "Open a saved plan",
        details: "Opens workspaces/NAME.json. A file that is not a valid plan is refused with the problem named, and "
            + "left untouched. Only one session at a time may change a plan: when another session has it open, `open "
            + "NAME read-only` lets you look at it, list it and export it without changing it. When a script that had "
            + "the plan open was killed, `open` applies the changes it had journaled (workspaces/.NAME.journal), "
            + "writes the plan file and says how many it recovered.",
        arguments: [.planName, .words(["read-only"])]
    ) { call in
        let name = try call.word(1)
        try call.expectNoMore(after: 2)
        let readOnly: Bool
        switch call.words[2]?.lowercased() {
        case nil: readOnly = false
        case "read-only", "readonly", "ro": readOnly = true
        default: throw call.usageError
        }
        let session = call.session
        // Opening the open plan again (say, read-only, or to start afresh) must not meet this session's own lock.
        if session.plan?.name == name { session.close() }
        let (document, replay) = try PlanDocument.open(
            name, in: session.workspace, readOnly: readOnly, now: ReportDate.nowStamp())
        session.open(document)
        call.print("Opened \(name)\(readOnly ? " read-only" : ""): \(ItemCommands.countSummary(document.plan)).")
        if let replay, let text = describe(replay, plan: name, readOnly: readOnly) { session.note(text) }
    }

    /// What opening a plan found in its journal, for the planner; nil when it held nothing to apply.
    static func describe(_ replay: JournalReplay, plan name: String, readOnly: Bool) -> String? {
        var parts: [String] = []
        if replay.applied > 0 {
            parts.append(readOnly
                ? "Note: \(replay.applied) change(s) the other session has not yet written to \(name).json are "
                    + "included."
                : "Recovered \(replay.applied) change(s) that a session which ended without closing \(name) had not "
                    + "yet written to \(name).json; the file now has them (its version before is backup 1).")
        }
        if let problem = replay.problem {
            let kept = replay.keptAt.map { " It was kept as \($0)." } ?? ""
            parts.append("Warning: the journal \(replay.path) was not applied\(replay.applied > 0 ? " in full" : ""): "
                + "\(problem).\(kept)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    static let save = Command(
        "save", usage: "save [overwrite | as [--force] PATH]",
        summary: "Write the plan file now, or save a copy elsewhere",
        details: "Every change is saved at once: at the terminal to the plan file, in scripts and pipes to a journal "
            + "beside it that is written into the plan file when the script ends. `save` writes the plan file now (a "
            + "script can checkpoint; after a failed save, it tries again). `save overwrite` replaces a plan file that "
            + "another program changed meanwhile with this session's plan. `save as PATH` writes the plan to PATH (a "
            + ".json file) and leaves the open plan as it is; an existing PATH is replaced only with `save as --force "
            + "PATH`, and never the file of a plan another session has open.",
        arguments: [.subcommands(["overwrite": [], "as": [.path]])]
    ) { call in
        let session = call.session
        let plan = try session.requirePlan()
        switch call.words[1]?.lowercased() {
        case nil:
            try session.savingHint { try session.requireDocument().save() }
            call.print("Saved \(plan.name).")
        case "overwrite":
            try call.expectNoMore(after: 1)
            let replacing = session.workspace.exists(plan.name)
            try session.savingHint { try session.requireDocument().save(overwrite: true) }
            call.print(replacing
                ? "Saved \(plan.name) over the changed file (the file's previous version is backup 1)."
                : "Saved \(plan.name) again (\(session.workspace.path(for: plan.name))).")
        case "as":
            guard let (path, force) = call.path(from: 2) else { throw call.usageError }
            guard path.hasSuffix(".json") else {
                throw ShellError.badArgument("Give a file name ending in .json, for example `save as "
                    + "/media/usb/\(plan.name).json`.")
            }
            try AtomicFile.writeDocument(PlanFile.encode(plan), to: path, force: force)
            call.print("Wrote \(path). It opens as a plan when copied into a workspaces folder.")
        default:
            throw call.usageError
        }
    }

    static let reload = Command(
        "reload", usage: "reload",
        summary: "Read the plan file again, as another program left it",
        details: "Drops this session's unsaved changes and its undo history, and takes the plan as it is on disk now."
    ) { call in
        try call.expectNoMore(after: 0)
        try call.session.requireDocument().reload()
        call.print("Reloaded \(try call.session.requirePlan().name): "
            + "\(ItemCommands.countSummary(try call.session.requirePlan())).")
    }

    static let restore = Command(
        "restore", usage: "restore [N]",
        summary: "List the plan's backups, or bring backup N back",
        details: "Every write of the plan file keeps its previous version in workspaces/.backups (the last "
            + "\(OpenPlanFile.backupCount); 1 is the newest). At the terminal every change writes the file; a script "
            + "writes it when it ends and on `save`. A save that changes nothing, or one that fails, keeps the ring as "
            + "it is. `restore` lists them, each with the date and time it was written, its items and strategies, and "
            + "what the save after it changed; `restore N` makes backup N the plan again (and `undo` takes that back).",
        arguments: [.words(["1", "2", "3", "4", "5"])]
    ) { call in
        try call.expectNoMore(after: 1)
        let session = call.session
        _ = try session.requirePlan()
        guard let file = session.file else { throw ShellError.noPlanOpen }
        guard let word = call.words[1] else {
            let backups = PlanVersions(file: file).all.compactMap { version -> (number: Int, written: String)? in
                if case .backup(let number) = version.kind { (number, version.written) } else { nil }
            }
            if backups.isEmpty { call.print("No backups yet: they are made from the second save on.") }
            // Each with when it was written and what the save after it changed (1 against the plan as it is now).
            let language = try session.requirePlan().effectiveLanguage
            var newer = try session.requirePlan()
            for backup in backups {
                guard let version = try? file.loadBackup(backup.number) else {
                    call.print("  \(backup.number)  \(backup.written)  not a valid plan")
                    continue
                }
                let changed = PlanDiff(from: version, to: newer).countSummary(language)
                let then = language == .en ? "then" : "lalu"
                call.print("  \(backup.number)  \(backup.written)  \(version.oneLineSummary(language)); \(then): "
                    + "\(changed)")
                newer = version
            }
            return
        }
        guard let number = Int(word) else { throw call.usageError }
        let version = try file.loadBackup(number)
        try session.savingHint { try session.requireDocument().restore(version) }
        call.print("Restored backup \(number): \(ItemCommands.countSummary(version)). `undo` takes it back.")
    }

    static let close = Command(
        "close", usage: "close",
        summary: "Close the plan (another session may then open it)"
    ) { call in
        try call.expectNoMore(after: 0)
        let name = try call.session.requirePlan().name
        call.session.close()
        call.print("Closed \(name).")
    }

    static let plans = Command(
        "plans", usage: "plans",
        summary: "List the saved plans",
        details: "Lists the plans in the workspaces folder with their titles and item counts."
    ) { call in
        try call.expectNoMore(after: 0)
        let workspace = call.session.workspace
        let names = try workspace.planNames()
        guard !names.isEmpty else {
            call.print("No plans in \(workspace.folder) yet. Start one with `new NAME`.")
            return
        }
        let width = names.map(\.count).max() ?? 0
        for name in names {
            // The open plan as this session holds it: current, and not read from disk again on every listing.
            let open = call.session.plan.flatMap { $0.name == name ? $0 : nil }
            if let plan = open ?? (try? workspace.load(name)) {
                let title = plan.title.isEmpty ? "" : "  \(TerminalText.safe(plan.title))"
                call.print("\(name.padding(to: width))  \(plan.items.count) items\(title)")
            } else {
                call.print("\(name.padding(to: width))  (not a valid plan: `open \(name)` says why)")
            }
        }
    }

    static let title = textSetting(
        "title", summary: "Show or set the plan's title",
        current: \.title, set: { try $0.setTitle($1) })

    static let context = textSetting(
        "context", summary: "Show or set the organisation and situation the plan is about",
        current: \.context, set: { try $0.setContext($1) })

    /// A command that shows a text of the plan when typed alone, and sets it when given one.
    static func textSetting(
        _ name: String, summary: String, current: KeyPath<Plan, String> & Sendable,
        set: @escaping @Sendable (inout Plan, String) throws -> Void
    ) -> Command {
        Command(name, usage: "\(name) [TEXT]", summary: summary, arguments: [.text]) { call in
            guard let text = call.words.text(from: 1) else {
                let value = try call.session.requirePlan()[keyPath: current]
                call.print(value.isEmpty ? "(no \(name); set one with `\(name) TEXT`)" : TerminalText.safe(value))
                return
            }
            try call.session.change { try set(&$0, text) }
        }
    }

    static let lang = Command(
        "lang", usage: "lang [id|en|auto]",
        summary: "Show or set the language of derived strategies and exports",
        details: "id is Bahasa Indonesia, en is English. auto (the default) follows the language most items are "
            + "written in. Derived strategies are rewritten in the new language at once, except those whose words "
            + "you edited; `undo` takes the change back.",
        arguments: [.words(["id", "en", "auto"])]
    ) { call in
        try call.expectNoMore(after: 1)
        guard let word = call.words[1] else {
            let plan = try call.session.requirePlan()
            let source = plan.language == nil ? " (auto: from the items)" : ""
            call.print("\(plan.effectiveLanguage.rawValue)\(source)")
            return
        }
        let language: Language?
        if word.lowercased() == "auto" {
            language = nil
        } else if let chosen = Language(parsing: word) {
            language = chosen
        } else {
            throw ShellError.badArgument("\"\(word)\" is not a language. Use `lang id` (Bahasa Indonesia), `lang en` "
                + "(English) or `lang auto`.")
        }
        let knowledgeBase = call.session.knowledgeBase
        // Derived strategies are written again in the new language in the same change, so `undo` takes both back.
        let (effective, reworded) = try call.session.change { plan -> (Language, [String]) in
            plan.language = language
            return (plan.effectiveLanguage, plan.rewordStrategies(knowledgeBase: knowledgeBase))
        }
        if !reworded.isEmpty {
            let name = effective == .id ? "Bahasa Indonesia" : "English"
            call.print("Strategies are now in \(name): \(reworded.count) rewritten (those whose words you edited "
                + "stay as you wrote them).")
        }
    }
}
