import Testing
@testable import SwotShell

@Suite("command words")
struct CommandWordsTests {
    @Test func wordsSplitOnSpacesAndQuotes() throws {
        let words = try CommandWords("export markdown \"my report.md\"")
        #expect(words.count == 3)
        #expect(words[2] == "my report.md")
        #expect(words.text(from: 2) == "my report.md")
    }

    @Test func freeTextIsTakenRaw() throws {
        let words = try CommandWords("add s   SDM \"TI\" masih   kurang")
        #expect(words.text(from: 2) == "SDM \"TI\" masih   kurang")
    }

    @Test func anApostropheInTextIsJustACharacter() throws {
        let words = try CommandWords("add o Medan's smart city programme")
        #expect(words.text(from: 2) == "Medan's smart city programme")
        // The words after an apostrophe stay words, each with the rest of the line from where it starts.
        let strategy = try CommandWords("strategy add so Use the mayor's support from S1 O1")
        #expect(
            strategy.words.map(\.text) == [
                "strategy", "add", "so", "Use", "the", "mayor's", "support", "from", "S1", "O1",
            ]
        )
        #expect(strategy.words[7].rest == "from S1 O1")
        #expect(strategy.text(from: 3) == "Use the mayor's support from S1 O1")
        #expect(words[1] == "o")
    }

    @Test func commandsAreFoundByUniquePrefix() throws {
        let table = CommandTable.standard
        #expect(try table.find("exp").name == "export")
        #expect(try table.find("EXIT").name == "quit")
        #expect(throws: ShellError.self) { try table.find("re") }  // read, remove, redo
        #expect(throws: ShellError.unknownCommand("lsit", suggestion: "list")) { try table.find("lsit") }
        #expect(throws: ShellError.unknownCommand("zzzzzz", suggestion: nil)) { try table.find("zzzzzz") }
    }

    @Test func everyCommandHasUsageSummaryAndUniqueName() {
        let table = CommandTable.standard
        #expect(Set(table.names).count == table.names.count)
        for command in table.commands {
            #expect(command.usage.hasPrefix(command.name), "\(command.name)")
            #expect(!command.summary.isEmpty, "\(command.name)")
        }
    }

    @Test func optionsParse() throws {
        let options = try ShellOptions.parse(["--bail", "-c", "open medan", "--workspaces=/tmp/w", "-c", "list"])
        #expect(options.bail)
        #expect(options.commands == ["open medan", "list"])
        #expect(options.workspacesFolder == "/tmp/w")
        #expect(throws: ShellError.self) { try ShellOptions.parse(["-c"]) }
        #expect(throws: ShellError.self) { try ShellOptions.parse(["a.swot", "b.swot"]) }
    }
}
