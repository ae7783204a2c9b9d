#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file behind the open plan: held with a lock while open, checked for changes by other programs before
/// every save, and backed up (a ring of the last versions) on every overwrite.
public final class OpenPlanFile {
    public static let backupCount = 5

    public let workspace: Workspace
    public let name: String
    /// Opened read-only because another session holds the plan: every save is refused.
    public let isReadOnly: Bool
    private let lock: PlanLock?
    private var fingerprint: FileFingerprint?

    private init(workspace: Workspace, name: String, lock: PlanLock?) {
        self.workspace = workspace
        self.name = name
        self.isReadOnly = lock == nil
        self.lock = lock
        self.fingerprint = FileFingerprint(path: workspace.path(for: name))
    }

    /// Opens a saved plan, taking its lock (or not, read-only).
    public static func open(_ name: String, in workspace: Workspace, readOnly: Bool, now: String) throws(WorkspaceError) -> (OpenPlanFile, Plan) {
        try Workspace.validate(name: name)
        try workspace.refuseLink(name)
        let lock = readOnly ? nil : try PlanLock.acquire(name: name, folder: workspace.folder, now: now)
        let plan = try workspace.load(name)
        return (OpenPlanFile(workspace: workspace, name: name, lock: lock), plan)
    }

    /// Creates a new plan's file and opens it.
    public static func create(_ plan: Plan, in workspace: Workspace, now: String) throws(WorkspaceError) -> OpenPlanFile {
        try Workspace.validate(name: plan.name)
        guard !workspace.exists(plan.name) else { throw WorkspaceError.alreadyExists(plan.name) }
        if !FilePath.isFolder(workspace.folder) {
            do { try FilePath.createFolder(workspace.folder) } catch { throw WorkspaceError.file(error) }
        }
        let lock = try PlanLock.acquire(name: plan.name, folder: workspace.folder, now: now)
        try workspace.save(plan)
        return OpenPlanFile(workspace: workspace, name: plan.name, lock: lock)
    }

    /// Saves the plan. Refused when read-only, or when another program changed the file since it was read or
    /// last saved (unless `overwrite`); the version on disk goes to the backup ring first.
    public func save(_ plan: Plan, overwrite: Bool = false) throws(WorkspaceError) {
        guard !isReadOnly else { throw WorkspaceError.readOnly(name) }
        let path = workspace.path(for: name)
        try workspace.refuseLink(name)
        let onDisk = FileFingerprint(path: path)
        if !overwrite, onDisk != fingerprint {
            throw WorkspaceError.changedOnDisk(path: path, name: name)
        }
        if onDisk != nil { rotateBackups() }
        try workspace.save(plan)
        fingerprint = FileFingerprint(path: path)
    }

    /// Reads the plan as it is on disk now (after another program changed it).
    public func reload() throws(WorkspaceError) -> Plan {
        let plan = try workspace.load(name)
        fingerprint = FileFingerprint(path: workspace.path(for: name))
        return plan
    }

    /// Gives up the lock.
    public func close() {
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

    /// Shifts the ring (4→5, …, 1→2) and keeps the current file as 1, by hard link: cheap, and the atomic save that
    /// follows replaces the plan's name, not the linked data.
    private func rotateBackups() {
        let folder = FilePath.join(workspace.folder, ".backups")
        if !FilePath.isFolder(folder) { try? FilePath.createFolder(folder) }
        for number in stride(from: OpenPlanFile.backupCount - 1, through: 1, by: -1) where FilePath.exists(backupPath(number)) {
            rename(backupPath(number), backupPath(number + 1))
        }
        let current = workspace.path(for: name)
        if link(current, backupPath(1)) != 0, let bytes = try? AtomicFile.read(current) {
            try? AtomicFile.write(bytes, to: backupPath(1))
        }
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
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
