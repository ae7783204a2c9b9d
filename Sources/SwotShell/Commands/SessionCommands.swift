import SwotCore

/// Commands about the session itself: help, scripts, leaving.
enum SessionCommands {
    static let all: [Command] = [help, read, quit]

    static let help = Command(
        "help", usage: "help [COMMAND]",
        summary: "List the commands, or explain one",
        details: "Without a word, lists every command with a one-line summary. With a command name (or a prefix of "
            + "one), shows its usage and what it does.",
        arguments: [.command]
    ) { call in
        try call.expectNoMore(after: 1)
        let table = call.interpreter.table
        if let word = call.words[1] {
            let command = try table.find(word)
            call.print("Usage: \(command.usage)")
            call.print("  \(command.summary).")
            if !command.details.isEmpty {
                call.print("")
                call.print(Wrapping.wrap(command.details, width: 78, indent: "  "))
            }
            if !command.aliases.isEmpty { call.print("  Also: \(command.aliases.joined(separator: ", "))") }
            return
        }
        // Usages up to this width line up in a column; a longer one puts its summary on the next line.
        let width = min(table.commands.map(\.usage.count).max() ?? 0, 34)
        call.print("Commands (a unique prefix is enough; `help COMMAND` for details):")
        for command in table.commands {
            if command.usage.count <= width {
                call.print("  \(command.usage.padding(to: width))  \(command.summary)")
            } else {
                call.print("  \(command.usage)")
                call.print("  \(String(repeating: " ", count: width))  \(command.summary)")
            }
        }
        call.print("Lines starting with # are comments. Quadrants: s|w|o|t, strength|weakness|opportunity|threat, "
            + "kekuatan|kelemahan|peluang|ancaman.")
    }

    static let read = Command(
        "read", usage: "read FILE",
        summary: "Run the commands in a script file",
        details: "Runs FILE line by line as if typed, then returns to where it was read from. Scripts may read other "
            + "scripts. Errors name the line in FILE. Its changes go to the plan's journal, and the plan file is "
            + "written once, when FILE ends.",
        arguments: [.path]
    ) { call in
        let path = try call.text(from: 1)
        try call.interpreter.runScript(at: path)
    }

    static let quit = Command(
        "quit", aliases: ["exit", "keluar"], usage: "quit",
        summary: "Leave swot (every change is already saved)",
        details: "Every change is saved to the plan file the moment it is made, so leaving loses nothing. Ctrl-D does "
            + "the same."
    ) { call in
        try call.expectNoMore(after: 0)
        call.session.quitRequested = true
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
