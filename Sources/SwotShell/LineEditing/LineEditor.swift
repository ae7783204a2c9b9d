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
    private var historyPath: String?
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
        if let historyPath { self.historyPath = LineEditor.loadHistory(history, from: historyPath, session: session) }
        Interruption.install()
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
            let readOnly = session.file?.isReadOnly == true ? " read-only" : ""
            let participant = session.participant.map { " as \($0)" } ?? ""
            let planPrompt = session.plan.map { "swot[\($0.name)\(readOnly)\(participant)]> " }
            EditorCallbacks.setPrompt(session.conversation?.prompt ?? planPrompt ?? "swot> ")
            Interruption.requested = 0
            var count: Int32 = 0
            guard let raw = el_gets(editor, &count) else {
                if Interruption.take() || (count == -1 && errno == EINTR) {
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
                saveHistory()
            }
            return .success(line)
        }
    }

    /// The most a history file may hold (2,000 lines of commands); a larger one is not read.
    static let historyFileLimit = 4 << 20

    /// Loads the history file when it is a regular file of a sensible size (`SWOT_HISTORY=/dev/zero` or a FIFO
    /// must not stall the prompt); returns the path to keep saving to, or nil (and says why) when it is not usable.
    private static func loadHistory(_ history: OpaquePointer, from path: String, session: Session) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return path }  // no history yet: the first save creates it
        do throws(FileError) {
            guard info.st_mode & S_IFMT != S_IFLNK else {
                throw FileError(path: path, operation: .read, refusal: .symbolicLink)
            }
            _ = try AtomicFile.read(path, limit: historyFileLimit)
        } catch {
            session.note("Warning: the command history is not kept this session. \(error.message)")
            return nil
        }
        _ = swot_history_load(history, path)
        return path
    }

    /// Writes the history to a new file renamed over the old one, so a kill while saving never empties it.
    private func saveHistory() {
        guard let historyPath else { return }
        // A history that cannot be written is not worth interrupting the planner's work for.
        try? AtomicFile.write(to: historyPath) { swot_history_save_fd(history, dup($0)) >= 0 }
    }

    func close() {
        saveHistory()
        el_end(editor)
        history_end(history)
    }
}

/// State for libedit's C callbacks, which cannot capture Swift context. The shell is single-threaded.
enum EditorCallbacks {
    nonisolated(unsafe) static var session: Session?
    nonisolated(unsafe) static var completer: Completer?
    nonisolated(unsafe) static var promptBuffer: UnsafeMutablePointer<CChar> = strdup("swot> ")

    static func setPrompt(_ prompt: String) {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
    }

    static func complete(_ editor: OpaquePointer?) -> UInt8 {
        guard let editor, let info = el_line(editor)?.pointee, let completer else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let bytes = UnsafeRawBufferPointer(start: info.buffer, count: length)
        let line = String(decoding: bytes, as: UTF8.self)
        let completion = completer.complete(line, context: context(for: line))
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

    static func context(for line: String) -> CompletionContext {
        guard let session else { return CompletionContext() }
        return CompletionContext(
            itemIDs: session.plan?.sortedItemIDs ?? [],
            planNames: (try? session.workspace.planNames()) ?? [],
            categories: session.knowledgeBase.categories.map(\.id) + session.knowledgeBase.categories.map(\.code),
            frameworks: session.knowledgeBase.frameworks.map(\.id),
            strategyIDs: session.plan?.sortedStrategyIDs ?? [],
            versions: VersionCommands.references(session),
            itemCategories: itemCategories(session),
            suggestedCategories: suggestedCategories(session, line: line),
            participants: session.plan?.participants.map(\.name) ?? []
        )
    }

    /// For `tag ID `, the categories `show ID` offers beside the item's own, as ids and codes; only for the item on
    /// the line, as reading an item against the labelled examples takes a moment.
    static func suggestedCategories(_ session: Session, line: String) -> [String: [String]] {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard words.count >= 2, words[0].lowercased() == "tag", let plan = session.plan,
              let item = plan.items.first(where: { $0.id == words[1].uppercased() })
        else { return [:] }
        let ids = session.matcher.suggestions(
            for: item.text, beside: item.categories.map(\.category), rejected: item.rejectedCategories
        ).map(\.category)
        let codes = ids.compactMap { id in session.knowledgeBase.categories.first { $0.id == id }?.code }
        return [item.id: ids + codes]
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
