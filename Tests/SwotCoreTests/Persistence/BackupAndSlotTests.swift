import Foundation
import Testing
import TestSupport
@testable import SwotCore

/// The backup ring, the places things are kept aside, and journals of other plans (issue 13 B5, B10).
@Suite("backups and kept-aside files")
struct BackupAndSlotTests {
    /// B5: saves without a change, and failed writes, each rotated the ring and pushed old versions out.
    @Test func theRingMovesOnlyWhenAChangeIsWritten() throws {
        let folder = try TemporaryFolder()
        var (workspace, file, plan) = try PlanJournalTests.journaledPlan(in: folder, count: 0)
        for number in 0..<3 {
            _ = try plan.addItem(.strength, text: "Kekuatan \(number) pimpinan")
            try file.save(plan)
        }
        let ring = file.backups.map(\.path)
        let contents = try ring.map { try AtomicFile.read($0) }
        #expect(ring.count == 3)
        for _ in 0..<6 { try file.save(plan) }
        #expect(file.backups.map(\.path) == ring)
        let planPath = workspace.path(for: "rencana")
        AtomicFile.simulatedFailure = { $0 == planPath ? ENOSPC : nil }
        defer { AtomicFile.simulatedFailure = { _ in nil } }
        for number in 3..<9 {
            _ = try plan.addItem(.weakness, text: "Kelemahan \(number) anggaran")
            #expect(throws: WorkspaceError.self) { try file.save(plan) }
        }
        #expect(file.backups.map(\.path) == ring)
        #expect(try ring.map { try AtomicFile.read($0) } == contents)
        #expect(
            try FilePath.entries(of: FilePath.join(workspace.folder, ".backups")).allSatisfy { !$0.contains("pending") }
        )
        file.close()
    }

    /// B10: `NAME.unsaved.json` and a journal set aside had one slot each, which the next case overwrote.
    @Test func planKeptAsideTwiceKeepsBoth() throws {
        let folder = try TemporaryFolder()
        var (_, file, plan) = try PlanJournalTests.journaledPlan(in: folder, count: 1)
        let first = try #require(file.keepAside(plan))
        _ = try plan.addItem(.threat, text: "Serangan siber")
        let second = try #require(file.keepAside(plan))
        #expect(first != second)
        #expect(try PlanFile.decode(AtomicFile.read(first)).items.count == 1)
        #expect(try PlanFile.decode(AtomicFile.read(second)).items.count == 2)
        #expect(FilePath.lastComponent(of: first).hasPrefix("rencana.unsaved.20"))
        file.close()
    }

    /// When the workspaces folder cannot hold it, the plan goes to the next place given (the home folder).
    @Test func aPlanWhoseFolderIsGoneGoesToTheFallback() throws {
        let folder = try TemporaryFolder()
        let (workspace, file, plan) = try PlanJournalTests.journaledPlan(in: folder, count: 2)
        try FileManager.default.removeItem(atPath: workspace.folder)
        try "not a folder".write(toFile: workspace.folder, atomically: false, encoding: .utf8)
        let home = try TemporaryFolder()
        let kept = try #require(file.keepAside(plan, fallbacks: [home.url.path]))
        #expect(kept.hasPrefix(home.url.path))
        #expect(try PlanFile.decode(AtomicFile.read(kept)).items.count == 2)
        file.close()
    }

    /// B10: a journal record naming another plan made `open` write over that plan.
    @Test func aJournalAppliesOnlyToItsOwnPlan() throws {
        let folder = try TemporaryFolder()
        let (workspace, journal, _) = try PlanJournalTests.abandonedPlan(in: folder, count: 3)
        var other = Plan(name: "lain", title: "Lain")
        _ = try other.addItem(.strength, text: "Satu")
        try workspace.save(other)
        let header = try #require(try PlanJournal.read(journal)).header
        #expect(header.plan == "rencana")
        // The journal is given to plan `lain` with a header made to fit its file.
        let bytes = try AtomicFile.read(workspace.path(for: "lain"))
        let crafted = try PlanJournal.create(
            at: PlanJournal.path(for: "lain", in: workspace.folder), plan: "rencana", base: FileDigest(of: bytes))
        _ = crafted
        let opened = try OpenPlanFile.open("lain", in: workspace, readOnly: false, now: "now")
        #expect(opened.plan.items.count == 1)
        #expect(opened.recovered?.problem?.contains("belongs to plan \"rencana\"") == true)
        opened.file.close()
    }

    /// B10: two `new` of one name at once both reported success; the check is made again under the lock.
    @Test func twoCreatesOfOneNameCannotBothSucceed() throws {
        let folder = try TemporaryFolder()
        let workspace = Workspace(folder: folder.url.path)
        for round in 0..<100 {
            let successes = LockedCount()
            let threads = (0..<2).map { _ in
                Thread {
                    if let file = try? OpenPlanFile.create(Plan(name: "kota\(round)"), in: workspace, now: "now") {
                        successes.increment()
                        file.close()
                    }
                }
            }
            threads.forEach { $0.start() }
            while threads.contains(where: { !$0.isFinished }) { usleep(200) }
            #expect(successes.value <= 1, "round \(round): both `new` succeeded")
        }
    }

    /// B11: `nextNumber` near Int64.max crashed `add`; such a file is refused at open.
    @Test func aCounterBeyondSixDigitsIsRefused() throws {
        var plan = Plan(name: "x")
        plan.nextNumber["S"] = Int.max
        #expect(throws: PlanFileProblem.self) { try PlanFile.check(plan) }
    }
}

final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
