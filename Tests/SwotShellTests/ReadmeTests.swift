import Foundation
import Testing
@testable import SwotShell

/// The README's command reference stays true to the command table.
@Suite("README")
struct ReadmeTests {
    @Test func everyCommandIsInTheReadmeCommandTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let table = readme.components(separatedBy: "## Commands").dropFirst().first ?? ""
        for command in CommandTable.standard.commands {
            #expect(table.contains("`\(command.name)"), "README's command table does not mention `\(command.name)`")
        }
    }
}
