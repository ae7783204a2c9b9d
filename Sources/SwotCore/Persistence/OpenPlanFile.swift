#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file behind the open plan: held with a lock while open, checked for changes by other programs before
/// every write, and backed up (a ring of the last versions) each time it is written.
///
/// How a change reaches the disk is chosen per change (`WriteMode`): a command typed at a terminal rewrites the plan
/// file, so the file is always current; a change from a script is appended to the plan's journal (`PlanJournal`),
/// and the plan file is rewritten when the journal has grown several times as large as the file, on `save`, and when
/// the script or the plan is closed.
public final class OpenPlanFile {
    public static let backupCount = 5

    public enum WriteMode: Sendable {
        /// The change rewrites the plan file (a command typed at a terminal: the file on disk is always current).
        case everyChange
        /// The change is appended to the journal; the plan file is rewritten now and then and on close (scripts).
        case journal
    }

    public let workspace: Workspace
    public let name: String
    /// Opened read-only because another session holds the plan: every save is refused.
    public let isReadOnly: Bool
    private let lock: PlanLock?
    private var fingerprint: FileFingerprint?
    /// The version of the plan file the journal's changes apply to.
    private var fileDigest: FileDigest
    private var journal: PlanJournal?
    /// The journal is folded into the plan file once it is `journalToFileRatio` times as large as the file, and never
    /// below this size.
    var minimumJournalBytes = 1 << 20
    /// A journal record is several times larger than the item it adds (an edit names its item, its old and new
    /// value), so folding at the file's own size rewrote a growing plan every few thousand changes: twenty-odd
    /// whole-file writes for a script of 100,000 commands. At four times the file, a plan's rewrites stay a few
    /// times its final size in all, and opening after a crash replays at most four files' worth of changes.
    static let journalToFileRatio = 4
    /// After a failed rewrite, the journal size at which to try again.
    private var retryRewriteAt = 0

    private init(workspace: Workspace, name: String, lock: PlanLock?, fileDigest: FileDigest) {
        self.workspace = workspace
        self.name = name
        self.isReadOnly = lock == nil
        self.lock = lock
        self.fileDigest = fileDigest
        self.fingerprint = FileFingerprint(path: workspace.path(for: name))
    }

    /// Where this plan's journal is kept (`workspaces/.NAME.journal`).
    public var journalPath: String { PlanJournal.path(for: name, in: workspace.folder) }

    /// Opens a saved plan, taking its lock (or not, read-only). A journal left by a session that ended without
    /// closing the plan is applied, and (unless read-only) written to the plan file at once; the replay says so.
    public static func open(
        _ name: String, in workspace: Workspace, readOnly: Bool, now: String
    ) throws(WorkspaceError) -> (file: OpenPlanFile, plan: Plan, recovered: JournalReplay?) {
        try Workspace.validate(name: name)
        try workspace.refuseLink(name)
        var lock: PlanLock?
        if !readOnly {
            do {
                lock = try PlanLock.acquire(name: name, folder: workspace.folder, now: now)
            } catch WorkspaceError.file(let problem) where [EACCES, EPERM, EROFS].contains(problem.code)
                && FilePath.exists(workspace.path(for: name)) {
                // A plan in a folder this user may only read: say how to read it rather than blame the lock file.
                throw WorkspaceError.folderNotWritable(name, folder: workspace.folder)
            }
        }
        let stored = try workspace.read(name, holdingLock: !readOnly)
        let file = OpenPlanFile(workspace: workspace, name: name, lock: lock, fileDigest: stored.file)
        guard var replay = stored.journal, !readOnly else { return (file, stored.plan, stored.journal) }
        if replay.applied > 0 { try file.save(stored.plan) }
        if replay.problem != nil {
            replay.keptAt = file.setAside(replay.path)
        } else {
            unlink(replay.path)
        }
        return (file, stored.plan, replay)
    }

    /// Creates a new plan's file and opens it.
    public static func create(
        _ plan: Plan,
        in workspace: Workspace,
        now: String
    ) throws(WorkspaceError) -> OpenPlanFile {
        try Workspace.validate(name: plan.name)
        guard !workspace.exists(plan.name) else { throw WorkspaceError.alreadyExists(plan.name) }
        if !FilePath.isFolder(workspace.folder) {
            do { try FilePath.createFolder(workspace.folder) } catch { throw WorkspaceError.file(error) }
        }
        let lock = try PlanLock.acquire(name: plan.name, folder: workspace.folder, now: now)
        // Checked again under the lock: two `new` of one name at once must not both succeed.
        guard !workspace.exists(plan.name) else {
            lock.release()
            throw WorkspaceError.alreadyExists(plan.name)
        }
        let digest = try workspace.save(plan)
        // A journal of an earlier plan of this name (its file since deleted) must not be applied to this one.
        unlink(PlanJournal.path(for: plan.name, in: workspace.folder))
        return OpenPlanFile(workspace: workspace, name: plan.name, lock: lock, fileDigest: digest)
    }

    /// True when the journal holds changes the plan file does not have yet.
    public var hasJournaledChanges: Bool { (journal?.count ?? 0) > 0 }

    /// Records `edit`, which made `plan`: appended to the journal, or the whole file rewritten.
    /// With `durable` (`--sync`) the change is flushed to the disk before this returns; otherwise the journal is
    /// flushed at least once a second and whenever the script waits for input (`syncJournal`).
    public func record(_ plan: Plan, edit: PlanEdit, mode: WriteMode, durable: Bool = false) throws(WorkspaceError) {
        guard mode == .journal else { return try save(plan) }
        try checkWritable()
        if journal == nil {
            do { journal = try PlanJournal.create(at: journalPath, plan: name, base: fileDigest) } catch {
                throw WorkspaceError.file(error)
            }
        }
        guard let journal else { return }
        do {
            try journal.append(PlanJournal.record(edit), durable: durable)
        } catch {
            throw WorkspaceError.file(error)
        }
        let foldAt = max(minimumJournalBytes, fileDigest.bytes * OpenPlanFile.journalToFileRatio, retryRewriteAt)
        if journal.size >= foldAt {
            do {
                try save(plan)
            } catch {
                // The change is safe in the journal. The file is written when the plan is closed (which reports a
                // failure), or tried again once the journal has doubled.
                retryRewriteAt = journal.size * 2
            }
        }
    }

    /// Writes the whole plan file (and drops the journal, which it now includes). Refused when read-only, or when
    /// another program changed the file since it was read or last written (unless `overwrite`). The version on disk
    /// joins the backup ring only when the new content differs and has been written: a save without a change, or a
    /// failed one, leaves the ring as it was.
    public func save(_ plan: Plan, overwrite: Bool = false) throws(WorkspaceError) {
        try checkWritable(overwrite: overwrite)
        var plan = plan
        plan.name = name
        let bytes = PlanFile.encode(plan)
        let digest = FileDigest(of: bytes)
        if digest != fileDigest || FileFingerprint(path: workspace.path(for: name)) == nil {
            let previous = try keepPreviousVersion()
            do {
                try workspace.write(bytes, name: name)
            } catch {
                if let previous { unlink(previous) }
                throw error
            }
            fileDigest = digest
            if let previous { rotateBackups(adding: previous) }
        }
        fingerprint = FileFingerprint(path: workspace.path(for: name))
        journal?.remove()
        journal = nil
        retryRewriteAt = 0
    }

    /// Flushes the journal's changes to the disk (a script waits for input, or ends).
    public func syncJournal() {
        journal?.sync()
    }

    private func checkWritable(overwrite: Bool = false) throws(WorkspaceError) {
        guard !isReadOnly else { throw WorkspaceError.readOnly(name) }
        try workspace.refuseLink(name)
        let path = workspace.path(for: name)
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & 0o222 == 0 {
            throw WorkspaceError.file(
                FileError(path: path, operation: .write, refusal: .readOnly(mode: info.st_mode & 0o7777))
            )
        }
        let onDisk = FileFingerprint(path: path)
        if !overwrite, onDisk != fingerprint {
            throw onDisk == nil
                ? WorkspaceError.deletedOnDisk(path: path) : WorkspaceError.changedOnDisk(path: path, name: name)
        }
    }

    /// Moves a journal that could not be applied in full into the backups folder, where it is kept for the planner
    /// (or for support) instead of being applied to the wrong version or deleted. Each gets a name of its own, with
    /// the date and time, so none replaces an earlier one. Returns where it went.
    private func setAside(_ path: String) -> String? {
        guard let folder = try? backupsFolder() else { return nil }
        for kept in OpenPlanFile.datedNames(folder: folder, base: "\(name).journal", suffix: "") {
            // A hard link cannot replace an existing name: the first free one is taken.
            if link(path, kept) == 0 {
                unlink(path)
                return kept
            }
            if errno != EEXIST { return nil }
        }
        return nil
    }

    /// Writes the plan aside when its own file cannot be written (changed or deleted by another program, or the write
    /// failed) and the plan is being closed: into the backups folder, else into each of `fallbacks` (the home
    /// folder, the temporary folder) when the workspaces folder itself is gone. Never over an earlier one; returns
    /// where it went.
    public func keepAside(_ plan: Plan, fallbacks: [String] = []) -> String? {
        let bytes = PlanFile.encode(plan)
        let folders = [(try? backupsFolder()), ].compactMap { $0 } + fallbacks
        for folder in folders {
            for path in OpenPlanFile.datedNames(folder: folder, base: "\(name).unsaved", suffix: ".json") {
                do {
                    try AtomicFile.writeDocument(bytes, to: path, force: false)
                    return path
                } catch {
                    if error.refusal != .exists { break }
                }
            }
        }
        return nil
    }

    /// `BASE.2026-12-02_1130SUFFIX`, then `…-2`, `…-3`: names for things kept aside, newest never over oldest.
    static func datedNames(folder: String, base: String, suffix: String) -> [String] {
        let stamp = ReportDate.nowStamp().map { $0 == " " ? "_" : $0 }.filter { $0 != ":" }
        let first = FilePath.join(folder, "\(base).\(String(stamp))\(suffix)")
        return [first] + (2...50).map { FilePath.join(folder, "\(base).\(String(stamp))-\($0)\(suffix)") }
    }

    /// `workspaces/.backups`, created when missing. A link there is refused: backups never go outside the folder.
    private func backupsFolder() throws(WorkspaceError) -> String {
        let folder = FilePath.join(workspace.folder, ".backups")
        var info = stat()
        if lstat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw WorkspaceError.symbolicLink(folder) }
            return folder
        }
        do { try FilePath.createFolder(folder) } catch { throw WorkspaceError.file(error) }
        return folder
    }

    /// Reads the plan as it is on disk now (after another program changed it).
    /// This session's journal is dropped with its other unsaved changes.
    public func reload() throws(WorkspaceError) -> Plan {
        journal?.remove()
        journal = nil
        let stored = try workspace.read(name, holdingLock: lock != nil)
        fileDigest = stored.file
        fingerprint = FileFingerprint(path: workspace.path(for: name))
        return stored.plan
    }

    /// Gives up the lock. Changes still only in the journal stay there, and are applied when the plan is next
    /// opened: `PlanDocument.close` writes the plan file first.
    public func close() {
        journal = nil
        lock?.release()
    }

    // MARK: - Backups

    /// `workspaces/.backups/NAME.1.json` is the version before the last save, `.2` the one before, and so on.
    public func backupPath(_ number: Int) -> String {
        FilePath.join(FilePath.join(workspace.folder, ".backups"), "\(name).\(number).json")
    }

    /// The backups that exist, newest first.
    public var backups: [(number: Int, path: String)] {
        (1...OpenPlanFile.backupCount).compactMap { number in
            let path = backupPath(number)
            return FilePath.exists(path) ? (number, path) : nil
        }
    }

    /// Reads backup `number` as a plan.
    public func loadBackup(_ number: Int) throws(WorkspaceError) -> Plan {
        let path = backupPath(number)
        guard (1...OpenPlanFile.backupCount).contains(number), FilePath.exists(path) else {
            throw WorkspaceError.noSuchBackup(number, available: backups.map(\.number))
        }
        let bytes: [UInt8]
        do { bytes = try AtomicFile.read(path) } catch { throw WorkspaceError.file(error) }
        do {
            var plan = try PlanFile.decode(bytes)
            plan.name = name
            return plan
        } catch {
            throw WorkspaceError.invalidPlan(path: path, problem: error.message)
        }
    }

    /// Keeps the plan file as it is now beside the backups (a hard link: cheap, and the atomic save that follows
    /// replaces the plan's name, not the linked data), to become backup 1 once the new version is written.
    /// Nil when there is no file yet.
    private func keepPreviousVersion() throws(WorkspaceError) -> String? {
        let current = workspace.path(for: name)
        guard FilePath.exists(current) else { return nil }
        let backups = try backupsFolder()
        AtomicFile.removeLeftovers(startingWith: "\(name).pending-", in: backups)
        let pending = FilePath.join(backups, "\(name).pending-\(getpid())-\(Platform.randomHex(8)).json")
        if link(current, pending) != 0 {
            guard let bytes = try? AtomicFile.read(current), (try? AtomicFile.write(bytes, to: pending)) != nil else {
                return nil
            }
        }
        return pending
    }

    /// Shifts the ring (4→5, …, 1→2) and makes `previous` backup 1.
    private func rotateBackups(adding previous: String) {
        for number in stride(from: OpenPlanFile.backupCount - 1, through: 1, by: -1)
        where FilePath.exists(backupPath(number)) {
            rename(backupPath(number), backupPath(number + 1))
        }
        rename(previous, backupPath(1))
    }
}

/// What identifies a version of a file on disk: inode, size and modification time.
struct FileFingerprint: Equatable {
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        (seconds, nanoseconds) = Platform.modificationTime(info)
    }
}
