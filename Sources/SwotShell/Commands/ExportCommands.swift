import SwotCore

/// Commands that write the plan out for others.
enum ExportCommands {
    static let all: [Command] = [export]

    static let export = Command(
        "export", usage: "export markdown|html|docx|json [FILE] [--force] [--proposed] [--mermaid] [--since NAME] | "
            + "export ballot FILE.csv [NAME]",
        summary: "Write the report for leadership (Markdown, web page, Word), the plan as JSON, or a participant's "
            + "ballot",
        details: """
            markdown writes FILE and its charts as SVG files in a folder beside it (report.md and report-files/); \
            the Markdown has no HTML in it, so it reads the same in any viewer. html writes one self-contained web \
            page that prints on A4 and reads on a phone. docx writes a Word document through pandoc (Debian \
            package pandoc; librsvg2-bin lets older Word show the charts too). json writes the plan as data for \
            scripts. Without FILE, or with -, markdown, html and json go to standard output (Markdown then without \
            chart files). The report follows the plan's language (`lang`): an executive summary on page 1, then the \
            SWOT, the position, the accepted strategies, the action plan and the references; scores and codes are \
            in an appendix. --proposed adds an appendix of the strategies not decided on yet (rejected ones are never \
            shown); --mermaid adds each chart's Mermaid source to the Markdown; --since NAME adds a section \
            "Changes since NAME" ("Perubahan sejak versi NAME") on what changed since a snapshot, a backup's number \
            or another plan, as `diff NAME` shows it (the yearly review). Files are written atomically (a \
            crash leaves the old file or the new one, never half); a FILE that exists is replaced only with \
            --force, keeping its mode. The date is today, or SOURCE_DATE_EPOCH when \
            set, so scripted rebuilds are byte-identical. \(BallotCommands.exportDetails)
            """,
        arguments: [.subcommands([
            "markdown": [.path, reportFlags], "html": [.path, reportFlags], "docx": [.path, reportFlags],
            "json": [.path, .words(["--force"])], "ballot": [.path, .participant],
        ])]
    ) { call in
        let format = try call.word(1).lowercased()
        if format == "ballot" { return try BallotCommands.export(call) }
        let session = call.session
        let plan = try session.requirePlan()
        let (options, force, path) = try parse(call)
        func document() -> ReportDocument {
            ReportBuilder.build(
                plan: plan, date: ReportDate.today(environment: session.environment),
                knowledgeBase: session.knowledgeBase, options: options)
        }
        if let path, FilePath.isFolder(path) {
            let example = FilePath.join(path, "\(plan.name).\(format == "markdown" ? "md" : format)")
            throw ShellError.badArgument("\(path) is a folder. Give a file name, e.g. \(example).")
        }
        switch format {
        case "markdown", "md":
            guard let path else {
                session.output.write(MarkdownRenderer(document: document(), figureFolder: nil).render())
                return
            }
            let written = try ReportFiles.writeMarkdown(document(), to: path, force: force)
            let charts = FilePath.join(FilePath.folder(of: path), ReportFiles.figureFolder(for: path))
            call.print(written.count > 1
                ? "Wrote \(path) and \(written.count - 1) charts in \(charts)." : "Wrote \(path).")
        case "html":
            guard let path else {
                session.output.write(HTMLRenderer(document: document()).render())
                return
            }
            try ReportFiles.writeHTML(document(), to: path, force: force)
            call.print("Wrote \(path).")
        case "docx", "word":
            guard let path else {
                throw ShellError.badArgument("A Word document needs a file name, e.g. `export docx \(plan.name).docx`.")
            }
            try ReportFiles.writeWord(document(), to: path, force: force, environment: session.environment)
            call.print("Wrote \(path).")
        case "json":
            guard !options.includeProposed, !options.mermaid, options.since == nil else { throw call.usageError }
            let text = JSONExport.render(plan)
            guard let path else {
                session.output.write(text)
                return
            }
            try AtomicFile.writeDocument(text.utf8, to: path, force: force)
            call.print("Wrote \(path).")
        default:
            throw ShellError.badArgument(
                "\"\(format)\" is not an export format. Use markdown, html, docx or json, "
                    + "e.g. `export html report.html`.")
        }
    }

    static let reportFlags = Command.Argument.words(["--force", "--proposed", "--mermaid", "--since"])

    /// The options (`--force`, `--proposed`, `--mermaid`, anywhere after the format) and the file, if one is given.
    private static func parse(_ call: Invocation) throws -> (ReportOptions, Bool, String?) {
        var options = ReportOptions()
        var force = false
        var rest: [String] = []
        var index = 2
        while index < call.words.count {
            let word = call.words[index] ?? ""
            switch word {
            case "--force": force = true
            case "--proposed": options.includeProposed = true
            case "--mermaid": options.mermaid = true
            case "--since":
                index += 1
                guard let reference = call.words[index] else { throw call.usageError }
                options.since = try baseline(reference, call.session)
            default:
                if word.hasPrefix("--") {
                    throw ShellError.badArgument(
                        "\"\(word)\" is not an export option. Use --force, --proposed, --mermaid or --since NAME.")
                }
                rest.append(word)
            }
            index += 1
        }
        // "-" is standard output, as for most command-line tools a script pipes through.
        guard rest.count > 1 else { return (options, force, rest.first == "-" ? nil : rest.first) }
        // A file name with spaces, typed without quotes, as before the options existed.
        guard options == ReportOptions(), !force else { throw call.usageError }
        return (options, force, call.words.text(from: 2))
    }

    /// The version `--since` names: a snapshot, a backup's number or another plan, as `diff` reads them.
    private static func baseline(_ reference: String, _ session: Session) throws -> ReportBaseline {
        let plan = try session.requirePlan()
        guard let file = session.file else { throw ShellError.noPlanOpen }
        let (label, earlier) = try PlanVersions(file: file).load(reference, language: plan.effectiveLanguage)
        return ReportBaseline(reference: reference, label: label, plan: earlier)
    }
}
