#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine
import SwotCore

/// Lines typed at a terminal, read with libedit: arrow keys and Emacs keys, Ctrl-R history search, history kept
/// in a file, Tab completion, Ctrl-C to abandon a line and Ctrl-D to leave.
struct LineEditor: LineSource {
    static let historySize: Int32 = 2000

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let session: Session

    init(session: Session, table: CommandTable, historyPath: String?) {
        self.session = session
        self.historyPath = historyPath
        LineEditor.useUTF8Input()
        editor = swot_el_init(CommandLine.arguments.first ?? "swot")
        history = swot_history_init(LineEditor.historySize)
        EditorCallbacks.session = session
        EditorCallbacks.completer = Completer(table: table)
        swot_el_set_editor(editor, "emacs")
        swot_el_set_history(editor, history)
        swot_el_set_prompt(editor, { _ in EditorCallbacks.promptBuffer })
        swot_el_add_command(editor, "swot-complete", "Complete a command, item id or name", { editor, _ in
            EditorCallbacks.complete(editor)
        })
        swot_el_bind(editor, "^I", "swot-complete")
        swot_el_bind(editor, "^R", "em-inc-search-prev")
        // As in bash and readline: Ctrl-U clears back to the start of the line, Ctrl-W deletes a word.
        swot_el_bind(editor, "^U", "vi-kill-line-prev")
        swot_el_bind(editor, "^W", "ed-delete-prev-word")
        if let historyPath { _ = swot_history_load(history, historyPath) }
        EditorCallbacks.installInterruptHandler()
    }

    /// libedit reads multibyte characters only under a UTF-8 locale; in the C locale it drops every byte above
    /// ASCII, so `Médan` would arrive as `Mdan`. Plans are UTF-8 whatever the terminal's locale says.
    private static func useUTF8Input() {
        let current = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if !current.uppercased().filter({ $0 != "-" }).contains("UTF8") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    mutating func nextLine() -> Result<String, ShellError>? {
        while true {
            EditorCallbacks.setPrompt(session.conversation?.prompt ?? session.plan.map { "swot[\($0.name)\(session.file?.isReadOnly == true ? " read-only" : "")]> " } ?? "swot> ")
            EditorCallbacks.interrupted = 0
            var count: Int32 = 0
            guard let raw = el_gets(editor, &count) else {
                if EditorCallbacks.interrupted != 0 || (count == -1 && errno == EINTR) {
                    // Ctrl-C: abandon the line being typed, start afresh.
                    ShellMain.writeAll("^C\n", to: STDOUT_FILENO)
                    continue
                }
                ShellMain.writeAll("\n", to: STDOUT_FILENO)
                return nil
            }
            var line = String(cString: raw)
            if line.hasSuffix("\n") { line.removeLast() }
            if !line.trimmingWhitespace().isEmpty {
                swot_history_enter(history, line)
                // Saved after every line, so a crash or a closed terminal keeps the session's history.
                if let historyPath { _ = swot_history_save(history, historyPath) }
            }
            return .success(line)
        }
    }

    func close() {
        if let historyPath { _ = swot_history_save(history, historyPath) }
        el_end(editor)
        history_end(history)
    }
}

/// State for libedit's C callbacks, which cannot capture Swift context. The shell is single-threaded.
enum EditorCallbacks {
    nonisolated(unsafe) static var session: Session?
    nonisolated(unsafe) static var completer: Completer?
    nonisolated(unsafe) static var promptBuffer: UnsafeMutablePointer<CChar> = strdup("swot> ")
    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0

    static func setPrompt(_ prompt: String) {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
    }

    /// SIGINT interrupts the read (no SA_RESTART), so el_gets returns and the line is dropped.
    static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in EditorCallbacks.interrupted = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    static func complete(_ editor: OpaquePointer?) -> UInt8 {
        guard let editor, let info = el_line(editor)?.pointee, let completer else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let bytes = UnsafeRawBufferPointer(start: info.buffer, count: length)
        let line = String(decoding: bytes, as: UTF8.self)
        let completion = completer.complete(line, context: context())
        if !completion.insertion.isEmpty {
            el_insertstr(editor, completion.insertion)
        }
        if completion.candidates.count > 1 {
            let list = Columns.layout(completion.candidates, width: terminalWidth())
            ShellMain.writeAll("\n" + TerminalText.safeOutput(list) + "\n", to: STDOUT_FILENO)
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(completion.insertion.isEmpty ? CC_ERROR : CC_REFRESH)
    }

    static func context() -> CompletionContext {
        guard let session else { return CompletionContext() }
        return CompletionContext(
            itemIDs: session.plan?.sortedItemIDs ?? [],
            planNames: (try? session.workspace.planNames()) ?? [],
            categories: session.knowledgeBase.categories.map(\.id) + session.knowledgeBase.categories.map(\.code),
            frameworks: session.knowledgeBase.frameworks.map(\.id),
            strategyIDs: session.plan?.sortedStrategyIDs ?? [],
            versions: VersionCommands.references(session),
            itemCategories: itemCategories(session)
        )
    }

    /// Each item's categories as ids and codes, for `untag ID `.
    static func itemCategories(_ session: Session) -> [String: [String]] {
        guard let plan = session.plan else { return [:] }
        let knowledgeBase = session.knowledgeBase
        var result: [String: [String]] = [:]
        for item in plan.items {
            let ids = item.categories.map(\.category)
            result[item.id] = ids + ids.compactMap { id in knowledgeBase.categories.first { $0.id == id }?.code }
        }
        return result
    }

    static func terminalWidth() -> Int {
        TerminalWidth.ofStandardOutput() ?? 80
    }
}
