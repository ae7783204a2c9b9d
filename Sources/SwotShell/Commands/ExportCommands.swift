import SwotCore

/// Commands that write the plan out for others.
enum ExportCommands {
    static let all: [Command] = [export]

    static let export = Command(
        "export", usage: "export markdown|json [[--force] FILE]",
        summary: "Write the plan as a Markdown report or as JSON",
        details: "Without FILE the export goes to standard output. With FILE it is written atomically (a crash leaves the old file or the new one, never half); a FILE that exists is replaced only with `--force` (`export markdown --force report.md`), keeping its mode, and a terminal or FIFO (`/dev/stdout`) is written into. The report's date is today, or SOURCE_DATE_EPOCH when set, so scripted rebuilds are byte-identical.",
        arguments: [.words(["markdown", "json"]), .path]
    ) { call in
        let format = try call.word(1).lowercased()
        let session = call.session
        let plan = try session.requirePlan()
        let text: String
        switch format {
        case "markdown", "md":
            text = MarkdownReport(plan: plan, date: ReportDate.today(environment: session.environment), knowledgeBase: session.knowledgeBase).render()
        case "json":
            text = JSONExport.render(plan)
        default:
            throw ShellError.badArgument("\"\(format)\" is not an export format. Use `export markdown [FILE]` or `export json [FILE]`.")
        }
        guard let (path, force) = call.path(from: 2) else {
            session.output.write(text)
            return
        }
        guard !FilePath.isFolder(path) else {
            throw ShellError.badArgument("\(path) is a folder. Give a file name, e.g. \(FilePath.join(path, "\(plan.name).md")).")
        }
        try AtomicFile.writeDocument(text.utf8, to: path, force: force)
        call.print("Wrote \(path).")
    }
}
