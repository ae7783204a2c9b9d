import SwotCore

/// Commands that create, open and describe plans.
enum PlanCommands {
    static let all: [Command] = [new, open, plans, title, context, lang]

    static let new = Command(
        "new", usage: "new NAME [TITLE]",
        summary: "Start a new plan and open it",
        details: "Creates workspaces/NAME.json and opens it. NAME uses letters, digits, '-', '_' and '.'; the optional TITLE is free text (it can be set later with `title`).",
        arguments: [.text]
    ) { call in
        let name = try call.word(1)
        let session = call.session
        try Workspace.validate(name: name)
        guard !session.workspace.exists(name) else { throw WorkspaceError.alreadyExists(name) }
        var plan = Plan(name: name)
        if let title = call.words.text(from: 2) { try plan.setTitle(title) }
        try session.workspace.save(plan)
        session.open(plan)
        call.print("Created plan \(name) (\(session.workspace.path(for: name))).")
    }

    static let open = Command(
        "open", usage: "open NAME",
        summary: "Open a saved plan",
        details: "Opens workspaces/NAME.json. A file that is not a valid plan is refused with the problem named, and left untouched.",
        arguments: [.planName]
    ) { call in
        let name = try call.word(1)
        try call.expectNoMore(after: 1)
        let plan = try call.session.workspace.load(name)
        call.session.open(plan)
        call.print("Opened \(name): \(ItemCommands.countSummary(plan)).")
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
            if let plan = try? workspace.load(name) {
                let title = plan.title.isEmpty ? "" : "  \(TerminalText.safe(plan.title))"
                call.print("\(name.padding(to: width))  \(plan.items.count) items\(title)")
            } else {
                call.print("\(name.padding(to: width))  (not a valid plan: `open \(name)` says why)")
            }
        }
    }

    static let title = Command(
        "title", usage: "title [TEXT]",
        summary: "Show or set the plan's title",
        arguments: [.text]
    ) { call in
        guard let text = call.words.text(from: 1) else {
            let plan = try call.session.requirePlan()
            call.print(plan.title.isEmpty ? "(no title; set one with `title TEXT`)" : TerminalText.safe(plan.title))
            return
        }
        try call.session.change { try $0.setTitle(text) }
    }

    static let context = Command(
        "context", usage: "context [TEXT]",
        summary: "Show or set the organisation and situation the plan is about",
        arguments: [.text]
    ) { call in
        guard let text = call.words.text(from: 1) else {
            let plan = try call.session.requirePlan()
            call.print(plan.context.isEmpty ? "(no context; set one with `context TEXT`)" : TerminalText.safe(plan.context))
            return
        }
        try call.session.change { try $0.setContext(text) }
    }

    static let lang = Command(
        "lang", usage: "lang [id|en|auto]",
        summary: "Show or set the language of derived strategies and exports",
        details: "id is Bahasa Indonesia, en is English. auto (the default) follows the language most items are written in.",
        arguments: [.words(["id", "en", "auto"])]
    ) { call in
        try call.expectNoMore(after: 1)
        guard let word = call.words[1] else {
            let plan = try call.session.requirePlan()
            let source = plan.language == nil ? " (auto: from the items)" : ""
            call.print("\(plan.effectiveLanguage.rawValue)\(source)")
            return
        }
        if word.lowercased() == "auto" {
            try call.session.change { $0.language = nil }
            return
        }
        guard let language = Language(parsing: word) else {
            throw ShellError.badArgument("\"\(word)\" is not a language. Use `lang id` (Bahasa Indonesia), `lang en` (English) or `lang auto`.")
        }
        try call.session.change { $0.language = language }
    }
}
