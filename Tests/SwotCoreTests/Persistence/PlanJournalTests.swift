import Foundation
import Testing
import TestSupport
@testable import SwotCore

/// Edits (`PlanEdit`) and the journal beside a plan file: an edit applied and then its inverse gives the plan
/// before; the journal of edits rebuilds the plan; a journal is replayed on load, torn or foreign journals are never
/// applied wrongly; in journal mode the plan file is written only at checkpoints, yet every change survives.
@Suite("plan journal")
struct PlanJournalTests {
    static let matcher = Matcher(knowledgeBase: .shipped)
    static let deriver = StrategyDeriver(knowledgeBase: .shipped)
    static let texts = [
        "Dukungan pimpinan daerah terhadap SPBE", "SDM TIK masih kurang", "Program smart city nasional",
        "Ancaman serangan siber", "Anggaran TIK (APBD) belum terserap", "Jaringan internet di kecamatan",
        "Leadership commitment to e-government", "Data \"terbuka\" | pipes\nand a line break",
    ]

    /// One random change of the kinds the shell makes, with the scope the shell gives it (as `PlanDocument.change`
    /// takes them); the body may refuse, as a command would.
    static func randomChange(
        _ plan: Plan, _ random: inout SeededRandom
    ) -> (scope: PlanDocument.Scope, body: (inout Plan) throws -> Void) {
        let anyID: ItemID = plan.items.isEmpty ? "S1" : plan.items[random.below(plan.items.count)].itemID
        let text = texts[random.below(texts.count)] + " \(random.below(1000))"
        let quadrant = Quadrant.allCases[random.below(4)]
        let choice = random.below(16)
        let number = random.below(20), coin = random.below(3), year = 2025 + random.below(6)
        let strategy = plan.strategies.isEmpty ? nil : plan.strategies[random.below(plan.strategies.count)].strategyID
        let category = String(format: "C%02d", 1 + random.below(24))
        switch choice {
        case 0, 1, 2, 3:
            return (.newItem, { plan in
                let added = try plan.addItem(quadrant, text: text)
                try plan.classify(added.itemID, with: matcher)
            })
        case 4: return (.items([anyID]), { try $0.editItem(anyID, text: text) })
        case 5: return (.plan, { _ = try $0.removeItem(anyID) })
        case 6: return (.items([anyID]), { _ = try $0.moveItem(anyID, to: quadrant) })
        case 7: return (.items([anyID]), { try $0.tag(anyID, category: category) })
        case 8:
            let first = plan.item(anyID)?.categories.first?.category ?? "C01"
            return (.items([anyID]), { try $0.untag(anyID, category: first) })
        case 9: return (.plan, { try $0.setTitle(text) })
        case 10: return (.plan, { $0.language = [nil, .id, .en][coin] })
        case 11: return (.plan, { _ = $0.deriveStrategies(using: deriver) })
        case 12: return (.plan, { plan in if let strategy { try plan.acceptStrategy(strategy) } })
        case 14: return (.plan, { try $0.setPeriod(start: 2025 + coin % 2, end: 2029 + number % 2) })
        case 15:
            return (.plan, { plan in
                guard let strategy else { return }
                try plan.setBudget(strategy, amount: Int64(coin) * 250_000_000, source: .allCases[number % 6],
                                   year: coin == 0 ? nil : year)
                if coin > 0 { try plan.setTarget(strategy, year: year, value: text) }
            })
        default:
            return (.items([anyID]), { try $0.setWeight(anyID, coin == 0 ? nil : Double(number) / 100) })
        }
    }

    /// The names of the fields that differ, for a failure message.
    static func fields(_ values: [PlanValue]) -> String {
        values.map { "\($0)".prefix(while: { $0 != "(" }) }.joined(separator: ", ")
    }

    /// A random change made to a plain plan (refused ones change nothing).
    static func randomEdit(_ plan: inout Plan, _ random: inout SeededRandom) {
        let change = randomChange(plan, &random)
        var after = plan
        if (try? change.body(&after)) != nil { plan = after }
    }

    @Test func everyFieldOfAPlanCanBeSetByAnEdit() throws {
        var random = SeededRandom(seed: 0xF1E1D)
        var plan = Plan(name: "fields", title: "Semua")
        for _ in 0..<300 { Self.randomEdit(&plan, &random) }
        try plan.setPeriod(start: 2025, end: 2029)
        try plan.addParticipants(["Ani"])
        var rebuilt = Plan(name: "fields")
        try PlanEdit.setFields(PlanValue.changes(from: rebuilt, to: plan)).apply(to: &rebuilt)
        #expect(rebuilt == plan)
        // Name and schema version are no edit's business; every other stored field needs a `PlanValue` case. The
        // lookup hints (by id, by quadrant) are caches, not the plan's value.
        let fields = Mirror(reflecting: plan).children.filter { !["itemLookup", "quadrantIndex"].contains($0.label) }
        #expect(fields.count == 16, "a new field of Plan needs a PlanValue case")
    }

    /// Thousands of random changes through a document: each is journaled, and its inverse taken by undo gives back
    /// the plan before (with ids given out still retired); redo gives the plan after; the journal alone, applied to
    /// the plan file, rebuilds the plan after a kill.
    @Test func anEditAndItsInverseGiveBackThePlanAndTheJournalRebuildsIt() throws {
        let folder = try TemporaryFolder()
        let workspace = Workspace(folder: folder.url.appendingPathComponent("ws").path)
        let document = try PlanDocument.create(Plan(name: "journal", title: "Uji"), in: workspace, now: "now")
        document.writeMode = .journal
        document.file.minimumJournalBytes = 1 << 30
        var random = SeededRandom(seed: 0x10_2A_7E)
        for round in 0..<6 {
            var versions = [document.plan]
            for _ in 0..<120 {
                let change = Self.randomChange(document.plan, &random)
                let before = document.plan
                do { try document.change(change.scope, change.body) } catch {
                    #expect(document.plan == before, "a refused change left the plan changed")
                    continue
                }
                if document.plan != before { versions.append(document.plan) }
            }
            let after = document.plan
            for expected in versions.reversed().dropFirst() {
                try document.undo()
                var undone = document.plan
                #expect(undone.nextNumber.allSatisfy { $0.value >= expected.nextNumber[$0.key, default: 1] })
                undone.nextNumber = expected.nextNumber
                #expect(undone == expected, "round \(round): undo did not give back the plan before")
                if undone != expected { return }
            }
            if round == 0 { #expect(throws: PlanError.nothingToUndo) { try document.undo() } }
            for _ in versions.dropFirst() { try document.redo() }
            let differing = Self.fields(PlanValue.changes(from: document.plan, to: after))
            #expect(document.plan == after, "round \(round): redo did not give back \(differing)")
            #expect(try workspace.load("journal") == after, "round \(round): the journal does not rebuild the plan")
        }
        #expect(document.plan.items.count > 60)
        _ = document.close(fallbacks: [])
    }

    /// The line encoder writes what JSONEncoder writes, member for member: random plans (with hostile text, weights,
    /// strategies) read back equal, and parse to the same JSON objects as JSONEncoder's output.
    @Test func theLineEncoderWritesWhatJSONEncoderWrites() throws {
        var random = SeededRandom(seed: 0x7E57)
        var plan = Plan(name: "lines", title: "Judul \"kutip\" \\ garis\nbaru \u{1} \t tab", context: "Ünïcödé ✓ 👩🏽‍💻")
        for round in 0..<400 {
            Self.randomEdit(&plan, &random)
            guard round % 20 == 0 else { continue }
            let line = try JSONLineEncoder.encode(plan)
            #expect(!line.contains(0x0A))
            #expect(try JSONDecoder().decode(Plan.self, from: Data(line)) == plan)
            let ours = try JSONSerialization.jsonObject(with: Data(line)) as? NSDictionary
            let theirs = try JSONSerialization.jsonObject(with: JSONEncoder().encode(plan)) as? NSDictionary
            #expect(ours == theirs)
        }
        for number in [0.1, 1.0 / 3.0, 1e-7, 123456789.125, 5e-324, 0, -2.5, 1e300] {
            #expect(try JSONDecoder().decode([Double].self, from: Data(JSONLineEncoder.encode([number]))) == [number])
        }
        #expect(throws: EncodingError.self) { _ = try JSONLineEncoder.encode([Double.nan]) }
        #expect(try JSONLineEncoder.encode(["a": [Int](), "b": [1, 2]] as [String: [Int]]).count > 0)
        #expect(String(decoding: try JSONLineEncoder.encode([[String: Int]()]), as: UTF8.self) == "[{}]")
        // A value may ask for its container more than once (split encoding code); the members go into one object.
        struct Split: Encodable {
            enum Keys: String, CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var first = encoder.container(keyedBy: Keys.self)
                try first.encode([1, 2], forKey: .a)
                var second = encoder.container(keyedBy: Keys.self)
                try second.encode("x", forKey: .b)
            }
        }
        #expect(
            String(decoding: try JSONLineEncoder.encode([Split(), Split()]), as: UTF8.self)
                == #"[{"a":[1,2],"b":"x"},{"a":[1,2],"b":"x"}]"#
        )
    }

    @Test func anUnchangedPlanMakesNoEdit() throws {
        let folder = try TemporaryFolder()
        let workspace = Workspace(folder: folder.url.appendingPathComponent("ws").path)
        let document = try PlanDocument.create(Plan(name: "same"), in: workspace, now: "now")
        document.writeMode = .journal
        try document.change(.newItem) { _ = try $0.addItem(.strength, text: "Dukungan pimpinan") }
        try document.save()
        try document.change { plan in plan.title = plan.title }
        try document.change(.items(["S1"])) { plan in plan.items[0].text = plan.items[0].text }
        #expect(!document.file.hasJournaledChanges)
        try document.undo()
        #expect(document.plan.items.isEmpty, "the unchanged ones were not recorded for undo")
        _ = document.close(fallbacks: [])
    }

    @Test func anEditThatDoesNotFitThePlanIsRefusedAndChangesNothing() throws {
        var plan = Plan(name: "fit")
        let item = try plan.addItem(.strength, text: "Dukungan pimpinan")
        var stranger = item
        stranger.id = "W1"
        var badID = item
        badID.id = "s2"
        let misfits: [PlanEdit] = [
            .removeItem("W9"), .insertItem(stranger, at: 5), .addItem(badID),
            .updateItems([ItemUpdate(id: "S1", item: item), ItemUpdate(id: "O4", item: item)]),
        ]
        for edit in misfits {
            var copy = plan
            #expect(throws: JournalProblem.self, "\(edit)") { try edit.apply(to: &copy) }
            #expect(copy == plan)
        }
        for record in [#"{"setFields":{"_0":[{"title":{"_0":5}}]}}"#, #"{"addItem":{"_0":{"id":"S2"}}}"#, "not json"] {
            #expect(throws: (any Error).self, "\(record)") {
                _ = try JSONDecoder().decode(PlanEdit.self, from: Data(record.utf8))
            }
        }
    }

    // MARK: - The journal file

    /// A plan opened in journal mode, with `count` items added through `record`.
    static func journaledPlan(
        in folder: TemporaryFolder,
        count: Int,
        rewriteAfter bytes: Int = 1 << 20
    ) throws -> (Workspace, OpenPlanFile, Plan) {
        let workspace = Workspace(folder: folder.url.appendingPathComponent("ws").path)
        var plan = Plan(name: "rencana", title: "Rencana")
        let file = try OpenPlanFile.create(plan, in: workspace, now: "now")
        file.minimumJournalBytes = bytes
        for number in 0..<count {
            let item = try plan.addItem(Quadrant.allCases[number % 4], text: "Butir \(number) dukungan pimpinan")
            try file.record(plan, edit: .addItem(item), mode: .journal)
        }
        return (workspace, file, plan)
    }

    /// A journaled plan whose session ended without writing the plan file, as a kill leaves it.
    static func abandonedPlan(
        in folder: TemporaryFolder,
        count: Int
    ) throws -> (workspace: Workspace, journal: String, plan: Plan) {
        let (workspace, file, plan) = try journaledPlan(in: folder, count: count)
        file.close()
        return (workspace, PlanJournal.path(for: "rencana", in: workspace.folder), plan)
    }

    @Test func journaledChangesAreReadWithThePlanAndTheFileIsWrittenOnSave() throws {
        let folder = try TemporaryFolder()
        let (workspace, file, plan) = try Self.journaledPlan(in: folder, count: 40)
        let onDisk = try PlanFile.decode(AtomicFile.read(workspace.path(for: "rencana")))
        #expect(onDisk.items.isEmpty, "journal mode rewrote the plan file for a small journal")
        #expect(file.hasJournaledChanges)
        #expect(try workspace.load("rencana") == plan)
        try file.save(plan)
        #expect(!file.hasJournaledChanges)
        #expect(!FilePath.exists(PlanJournal.path(for: "rencana", in: workspace.folder)))
        #expect(try PlanFile.decode(AtomicFile.read(workspace.path(for: "rencana"))) == plan)
        file.close()
    }

    /// Issue 13 B11: a reader of a plan that another session saves often saw false journal warnings, and now and
    /// then an older plan than an earlier read (the file replaced between reading it and reading its journal).
    @Test func aReaderWhileAnotherSessionWritesSeesNoWarningAndNeverAnOlderPlan() throws {
        let folder = try TemporaryFolder()
        let (workspace, file, _) = try Self.journaledPlan(in: folder, count: 12)
        file.close()
        let race = ReadersRace(readsWanted: 300)
        let path = workspace.folder
        Thread.detachNewThread {
            defer { race.finish() }
            let workspace = Workspace(folder: path)
            guard var (file, plan, _) = try? OpenPlanFile.open("rencana", in: workspace, readOnly: false, now: "now")
            else { return }
            // A small journal limit rewrites the plan file every few changes: the moments a reader can be caught out.
            file.minimumJournalBytes = 512
            var version = 0
            while race.readerWantsMore, version < 200_000 {
                version += 1
                plan.title = "Versi \(version)"
                try? file.record(plan, edit: .setFields([.title(plan.title)]), mode: .journal)
            }
            file.close()
        }
        var newest = 0
        while race.isRunning {
            let stored = try workspace.read("rencana")
            #expect(stored.journal?.problem == nil, "\(stored.journal?.problem ?? "")")
            let version = Int(stored.plan.title.split(separator: " ").last ?? "") ?? 0
            #expect(version >= newest, "a read saw version \(version) after version \(newest)")
            newest = max(newest, version)
            race.countRead()
        }
        #expect(race.reads >= 300)
    }

    @Test func aJournalSomeTimesLargerThanThePlanFileTriggersARewrite() throws {
        let folder = try TemporaryFolder()
        let (workspace, file, plan) = try Self.journaledPlan(in: folder, count: 600, rewriteAfter: 8_192)
        let onDisk = try PlanFile.decode(AtomicFile.read(workspace.path(for: "rencana")))
        #expect(onDisk.items.count > 100, "the plan file was never rewritten while the journal grew")
        let journalBytes = (try? AtomicFile.read(PlanJournal.path(for: "rencana", in: workspace.folder)).count) ?? 0
        let fileBytes = try AtomicFile.read(workspace.path(for: "rencana")).count
        #expect(journalBytes < max(file.minimumJournalBytes, fileBytes * OpenPlanFile.journalToFileRatio) + 4_096)
        #expect(try workspace.load("rencana") == plan)
        file.close()
    }

    /// A rewrite of the plan file that fails (here: as on a full disk) does not fail the change, which is in the
    /// journal; the journal goes on, and a later rewrite succeeds.
    @Test func aFailedRewriteKeepsJournaling() throws {
        let folder = try TemporaryFolder()
        let (workspace, file, plan) = try Self.journaledPlan(in: folder, count: 0, rewriteAfter: 2_048)
        let planPath = workspace.path(for: "rencana")
        AtomicFile.simulatedFailure = { $0 == planPath ? ENOSPC : nil }
        var current = plan
        for number in 0..<40 {
            let item = try current.addItem(.weakness, text: "Kelemahan \(number) SDM TIK")
            try file.record(current, edit: .addItem(item), mode: .journal)
        }
        #expect(try PlanFile.decode(AtomicFile.read(workspace.path(for: "rencana"))).items.isEmpty)
        #expect(try workspace.load("rencana") == current)
        AtomicFile.simulatedFailure = { _ in nil }
        for number in 40..<80 {
            let item = try current.addItem(.weakness, text: "Kelemahan \(number) SDM TIK")
            try file.record(current, edit: .addItem(item), mode: .journal)
        }
        #expect(try PlanFile.decode(AtomicFile.read(workspace.path(for: "rencana"))).items.count > 40)
        #expect(try workspace.load("rencana") == current)
        file.close()
    }

    @Test func openingAfterAKillRecoversTheJournalIntoThePlanFile() throws {
        let folder = try TemporaryFolder()
        let (workspace, journal, plan) = try Self.abandonedPlan(in: folder, count: 25)
        let (reopened, recovered, replay) = try OpenPlanFile.open("rencana", in: workspace, readOnly: false, now: "now")
        #expect(recovered == plan)
        #expect(replay?.applied == 25 && replay?.problem == nil)
        #expect(try PlanFile.decode(AtomicFile.read(workspace.path(for: "rencana"))) == plan)
        #expect(!FilePath.exists(journal))
        #expect(reopened.backups.map(\.number) == [1], "the file before recovery is kept as a backup")
        reopened.close()
    }

    /// A kill between starting a journal and writing its first change leaves only the header: nothing to recover,
    /// and the journal is removed.
    @Test func aJournalWithOnlyItsHeaderIsRemovedQuietly() throws {
        let folder = try TemporaryFolder()
        let (workspace, journal, _) = try Self.abandonedPlan(in: folder, count: 1)
        let header = try AtomicFile.read(journal).split(separator: 0x0A)[0]
        try AtomicFile.write(Array(header) + [0x0A], to: journal)
        let (file, plan, replay) = try OpenPlanFile.open("rencana", in: workspace, readOnly: false, now: "now")
        #expect(plan.items.isEmpty)
        #expect(replay == JournalReplay(path: journal, applied: 0, problem: nil))
        #expect(!FilePath.exists(journal))
        #expect(file.backups.isEmpty, "the plan file was rewritten for nothing")
        file.close()
    }

    @Test func aTornLastRecordIsDroppedAndTheRestApplied() throws {
        let folder = try TemporaryFolder()
        let (workspace, journal, _) = try Self.abandonedPlan(in: folder, count: 10)
        // Cut inside the last record, as a kill in the middle of its write would.
        try AtomicFile.write(AtomicFile.read(journal).dropLast(7), to: journal)
        let plan = try workspace.load("rencana")
        #expect(plan.items.count == 9)
    }

    @Test func aJournalForAnotherVersionOfThePlanFileIsSetAsideNotApplied() throws {
        let folder = try TemporaryFolder()
        let (workspace, journal, _) = try Self.abandonedPlan(in: folder, count: 5)
        // Another program replaces the plan file after the kill (a `git checkout`, a copy from a colleague).
        var replacement = Plan(name: "rencana", title: "Versi lain")
        _ = try replacement.addItem(.threat, text: "Ancaman serangan siber")
        try AtomicFile.write(PlanFile.encode(replacement), to: workspace.path(for: "rencana"))
        #expect(try workspace.load("rencana") == replacement)
        let (reopened, plan, replay) = try OpenPlanFile.open("rencana", in: workspace, readOnly: false, now: "now")
        #expect(plan == replacement)
        #expect(replay?.applied == 0)
        #expect(replay?.problem?.contains("another version") == true)
        let kept = try #require(replay?.keptAt)
        #expect(FilePath.exists(kept) && !FilePath.exists(journal))
        #expect(try PlanFile.decode(AtomicFile.read(workspace.path(for: "rencana"))) == replacement)
        reopened.close()
    }

    /// A journal of the format before edits were values (a kill, then an upgrade) is not applied: it is kept in the
    /// backups folder, `open` says why, and the plan file, complete on its own, opens as it was last saved.
    @Test func aJournalOfTheEarlierFormatIsKeptAsideAndThePlanFileOpens() throws {
        let folder = try TemporaryFolder()
        let workspace = Workspace(folder: folder.url.appendingPathComponent("ws").path)
        var plan = Plan(name: "lama", title: "Sebelum")
        _ = try plan.addItem(.strength, text: "Dukungan pimpinan")
        try OpenPlanFile.create(plan, in: workspace, now: "now").close()
        let base = FileDigest(of: try AtomicFile.read(workspace.path(for: "lama")))
        func line(_ number: Int, _ json: String) -> String {
            let content = "\(number) \(json)"
            return FileDigest.hex(of: Array(content.utf8)) + " " + content + "\n"
        }
        let header = #"{"swotJournal":1,"plan":"lama","baseBytes":\#(base.bytes),"baseDigest":"\#(base.digest)"}"#
        let journal = PlanJournal.path(for: "lama", in: workspace.folder)
        try AtomicFile.write(Array((line(0, header) + line(1, #"{"title":"Sesudah"}"#)).utf8), to: journal)
        let (reopened, opened, replay) = try OpenPlanFile.open("lama", in: workspace, readOnly: false, now: "now")
        #expect(opened == plan)
        #expect(replay?.applied == 0)
        #expect(replay?.problem?.contains("earlier swot (journal format 1)") == true, "\(replay?.problem ?? "")")
        let kept = try #require(replay?.keptAt)
        #expect(FilePath.exists(kept) && !FilePath.exists(journal))
        #expect(try workspace.load("lama") == plan)
        reopened.close()
    }

    @Test func aDamagedRecordKeepsTheChangesBeforeIt() throws {
        let folder = try TemporaryFolder()
        let (workspace, journal, _) = try Self.abandonedPlan(in: folder, count: 6)
        var lines = try AtomicFile.read(journal).split(separator: 0x0A).map(Array.init)
        let misfit = Array(#"4 {"items":{"remove":["Z1"]}}"#.utf8)
        // The fourth change, well formed but not fitting.
        lines[4] = Array(FileDigest.hex(of: misfit).utf8) + [0x20] + misfit
        try AtomicFile.write(Array(lines.joined(separator: [0x0A])) + [0x0A], to: journal)
        let (reopened, plan, replay) = try OpenPlanFile.open("rencana", in: workspace, readOnly: false, now: "now")
        #expect(plan.items.count == 3)
        #expect(replay?.applied == 3)
        #expect(replay?.problem?.contains("change 4 of 6") == true)
        #expect(replay?.keptAt != nil)
        reopened.close()
    }

    /// Journals cut at every few bytes and damaged at random: reading the plan never crashes, every change before
    /// the damage is kept, and what was left out is said.
    @Test func damagedJournalsNeverCrashAndKeepWhatCameBefore() throws {
        let folder = try TemporaryFolder()
        let (workspace, journal, plan) = try Self.abandonedPlan(in: folder, count: 30)
        let original = try AtomicFile.read(journal)
        var random = SeededRandom(seed: 0x0A11_CE)
        var partial = 0
        for length in stride(from: 0, to: original.count, by: 5) {
            try AtomicFile.write(original.prefix(length), to: journal)
            let stored = try workspace.read("rencana")
            #expect(stored.plan.items.count <= plan.items.count)
            #expect(stored.plan.items == Array(plan.items.prefix(stored.plan.items.count)), "cut at \(length)")
            if stored.plan.items.count < plan.items.count { partial += 1 }
        }
        #expect(partial > 0)
        for round in 0..<500 {
            var bytes = original
            random.damage(&bytes, times: 1 + random.below(3))
            try AtomicFile.write(bytes, to: journal)
            let stored = try workspace.read("rencana")
            // A damaged line stops the replay there, and says so; the changes before it are kept.
            #expect(
                stored.plan.items == Array(plan.items.prefix(stored.plan.items.count)),
                "round \(round): a damaged journal changed the plan"
            )
            // (Only a lost final line break is silent: it looks like the last write cut short by a kill.)
            if stored.plan != plan, bytes.last == 0x0A {
                #expect(stored.journal?.problem != nil, "round \(round): changes were left out silently")
            }
        }
    }

    /// Whole lines repeated, dropped or swapped (each with a good digest) are found by their numbers.
    @Test func repeatedMissingOrSwappedLinesAreNotApplied() throws {
        let folder = try TemporaryFolder()
        let (workspace, journal, plan) = try Self.abandonedPlan(in: folder, count: 6)
        let lines = try AtomicFile.read(journal).split(separator: 0x0A).map(Array.init)
        for (name, damaged) in [
            ("repeated", lines + [lines[3]]), ("missing", lines.enumerated().filter { $0.offset != 2 }.map(\.element)),
                                ("swapped", [lines[0], lines[1], lines[3], lines[2], lines[4], lines[5], lines[6]])] {
            try AtomicFile.write(Array(damaged.joined(separator: [0x0A])) + [0x0A], to: journal)
            let stored = try workspace.read("rencana")
            #expect(stored.journal?.problem != nil, "\(name)")
            #expect(stored.plan.items == Array(plan.items.prefix(stored.plan.items.count)), "\(name)")
        }
    }

    @Test func aReadOnlyOpenSeesTheJournalButLeavesItAlone() throws {
        let folder = try TemporaryFolder()
        let (workspace, file, plan) = try Self.journaledPlan(in: folder, count: 8)
        let (viewer, seen, _) = try OpenPlanFile.open("rencana", in: workspace, readOnly: true, now: "now")
        #expect(seen == plan)
        #expect(FilePath.exists(PlanJournal.path(for: "rencana", in: workspace.folder)))
        viewer.close()
        file.close()
    }

    @Test func everyChangeModeRewritesThePlanFileAndKeepsNoJournal() throws {
        let folder = try TemporaryFolder()
        let workspace = Workspace(folder: folder.url.appendingPathComponent("ws").path)
        var plan = Plan(name: "langsung")
        let file = try OpenPlanFile.create(plan, in: workspace, now: "now")
        let item = try plan.addItem(.strength, text: "Dukungan pimpinan")
        try file.record(plan, edit: .addItem(item), mode: .everyChange)
        #expect(try PlanFile.decode(AtomicFile.read(workspace.path(for: "langsung"))) == plan)
        #expect(!FilePath.exists(PlanJournal.path(for: "langsung", in: workspace.folder)))
        file.close()
    }

    @Test func aChangeByAnotherProgramIsDetectedBeforeTheNextRecord() throws {
        let folder = try TemporaryFolder()
        let (workspace, file, plan) = try Self.journaledPlan(in: folder, count: 3)
        try AtomicFile.write(
            PlanFile.encode(Plan(name: "rencana", title: "diubah")),
            to: workspace.path(for: "rencana")
        )
        var after = plan
        let item = try after.addItem(.strength, text: "Satu lagi")
        #expect(throws: WorkspaceError.changedOnDisk(path: workspace.path(for: "rencana"), name: "rencana")) {
            try file.record(after, edit: .addItem(item), mode: .journal)
        }
        file.close()
    }
}

/// A writer thread and a reading test: the writer keeps writing until the reader has read enough.
private final class ReadersRace: @unchecked Sendable {
    private let lock = NSLock()
    private let readsWanted: Int
    private var running = true
    private var readsSoFar = 0

    init(readsWanted: Int) { self.readsWanted = readsWanted }

    var isRunning: Bool { lock.withLock { running } }
    var reads: Int { lock.withLock { readsSoFar } }
    var readerWantsMore: Bool { lock.withLock { readsSoFar < readsWanted } }
    func countRead() { lock.withLock { readsSoFar += 1 } }
    func finish() { lock.withLock { running = false } }
}
