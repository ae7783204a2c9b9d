import Testing
@testable import SwotShell
import SwotCore

/// What `open` tells the planner about a plan's journal.
@Suite("journal notices")
struct JournalNoticeTests {
    let path = "workspaces/.demo.journal"

    @Test func nothingIsSaidWhenThereWasNothingToApply() {
        #expect(PlanCommands.describe(JournalReplay(path: path, applied: 0), plan: "demo", readOnly: false) == nil)
    }

    @Test func recoveredChangesAndProblemsAreNamed() {
        let recovered = PlanCommands.describe(JournalReplay(path: path, applied: 3), plan: "demo", readOnly: false)
        #expect(recovered?.hasPrefix("Recovered 3 change(s) that a session which ended without closing demo") == true)
        let refused = PlanCommands.describe(
            JournalReplay(
                path: path,
                applied: 0,
                problem: "it belongs to another version of the plan file",
                keptAt: "workspaces/.backups/demo.journal"
            ),
            plan: "demo", readOnly: false)
        #expect(refused == "Warning: the journal workspaces/.demo.journal was not applied: it belongs to another "
            + "version of the plan file. It was kept as workspaces/.backups/demo.journal.")
        let partial = PlanCommands.describe(
            JournalReplay(path: path, applied: 2, problem: "change 3 of 5 could not be applied"),
            plan: "demo",
            readOnly: true
        )
        #expect(partial == "Note: 2 change(s) the other session has not yet written to demo.json are included. "
            + "Warning: the journal workspaces/.demo.journal was not applied in full: change 3 of 5 could not be "
            + "applied.")
    }
}
