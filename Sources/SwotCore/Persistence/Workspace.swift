#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder where plans live, one JSON file per plan (`workspaces/medan.json`).
public struct Workspace: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Checks a plan name: letters, digits, `-`, `_` and `.`, starting with a letter or digit, at most 64
    /// characters. This keeps every plan inside the folder: no separators, no `..`, no hidden files.
    public static func validate(name: String) throws(WorkspaceError) {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_.".unicodeScalars.contains(scalar))
        }
        guard !name.isEmpty, name.count <= 64, allowed, !name.contains(".."),
              let first = name.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first),
              !name.lowercased().hasSuffix(".json")
        else { throw WorkspaceError.badName(name) }
    }

    /// The plan file's path.
    public func path(for name: String) -> String {
        FilePath.join(folder, "\(name).json")
    }

    public func exists(_ name: String) -> Bool {
        FilePath.exists(path(for: name))
    }

    /// Refuses a plan file that is a symbolic link, so a link cannot send reads or writes outside the folder.
    public func refuseLink(_ name: String) throws(WorkspaceError) {
        var info = stat()
        let path = path(for: name)
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK { throw WorkspaceError.symbolicLink(path) }
    }

    /// Names of the plans in the folder, sorted.
    public func planNames() throws(WorkspaceError) -> [String] {
        guard FilePath.isFolder(folder) else { throw WorkspaceError.missingFolder(folder) }
        let entries: [String]
        do { entries = try FilePath.entries(of: folder) } catch { throw WorkspaceError.file(error) }
        return entries.compactMap { entry -> String? in
            guard entry.hasSuffix(".json") else { return nil }
            let name = String(entry.dropLast(5))
            return (try? Workspace.validate(name: name)) != nil ? name : nil
        }.sorted()
    }

    /// Reads and checks a plan as swot last recorded it: the plan file, then the changes its journal holds (a script
    /// still running, or one that was killed). A file that is not a valid plan is refused with the file and the
    /// problem named.
    public func load(_ name: String) throws(WorkspaceError) -> Plan {
        try read(name).plan
    }

    /// A plan as found in the folder.
    struct StoredPlan {
        var plan: Plan
        /// The plan file's version, which a new journal names as its base.
        var file: FileDigest
        /// What the plan's journal held, when it had one.
        var journal: JournalReplay?
    }

    /// `holdingLock`: the caller holds the plan's lock, so no other session writes it meanwhile.
    func read(_ name: String, holdingLock: Bool = false) throws(WorkspaceError) -> StoredPlan {
        try Workspace.validate(name: name)
        try refuseLink(name)
        let path = path(for: name)
        // Another session may save the plan, or start its journal, while this one reads. A file replaced between
        // reading it and reading the journal gives an older plan, or a journal of the newer file that does not fit;
        // a journal caught as it is created reads as empty. So both are read again until the file stayed the same
        // across both reads and the journal was whole: at once when the file changed, after a short wait when only
        // the journal had a problem while a session holds the plan (a few times: a journal damaged by a kill stays
        // damaged, and with no session writing there is nothing to wait for).
        var rereads = 0
        var waits = 0
        while true {
            // Held before the read too: a session that closes during the read may have replaced the file meanwhile.
            let heldBefore = holdingLock || PlanLock.heldPlan(atPath: path) != nil
            var (stored, bytes) = try readOnce(name, at: path)
            // With no session holding the plan, no one is writing it: one read is enough.
            if !heldBefore, !holdingLock, stored.journal == nil, PlanLock.heldPlan(atPath: path) == nil {
                return stored
            }
            // The bytes, not the file's inode, size and time: a tight writer reuses inodes within one clock tick.
            let fileChanged = (try? AtomicFile.read(path)) != bytes
            if !fileChanged, stored.journal?.problem == nil { return stored }
            if !fileChanged, stored.journal?.isForAnotherVersion == true, !holdingLock,
               PlanLock.heldPlan(atPath: path) != nil {
                // The session holding the plan has written its file and is about to remove the journal the file now
                // includes: nothing is missing.
                stored.journal = nil
                return stored
            }
            if fileChanged, rereads < 50 {
                rereads += 1
            } else if !fileChanged, waits < 3, !holdingLock,
                      stored.journal?.isForAnotherVersion == true || PlanLock.heldPlan(atPath: path) != nil {
                // A journal older than the file may be one its session is just removing as it closes: read again.
                waits += 1
                usleep(useconds_t(10_000 * waits))
            } else {
                // A writer that never pauses: a journal that did not fit the file was the newer file's, not damage.
                if fileChanged { stored.journal = nil }
                return stored
            }
        }
    }

    private func readOnce(_ name: String, at path: String) throws(WorkspaceError) -> (StoredPlan, bytes: [UInt8]) {
        guard FilePath.exists(path) else { throw WorkspaceError.noSuchPlan(name, folder: folder) }
        let bytes: [UInt8]
        do { bytes = try AtomicFile.read(path) } catch { throw WorkspaceError.file(error) }
        var plan: Plan
        do {
            plan = try PlanFile.decode(bytes)
        } catch {
            throw WorkspaceError.invalidPlan(path: path, problem: error.message)
        }
        // The file name is the plan's name: a copied or renamed file opens under its new name.
        plan.name = name
        let file = FileDigest(of: bytes)
        let journal = JournalReplay.replay(PlanJournal.path(for: name, in: folder), onto: &plan, file: file)
        return (StoredPlan(plan: plan, file: file, journal: journal), bytes)
    }

    /// Writes a plan atomically, creating the folder if needed; returns what identifies the version written.
    @discardableResult
    public func save(_ plan: Plan) throws(WorkspaceError) -> FileDigest {
        try Workspace.validate(name: plan.name)
        let bytes = PlanFile.encode(plan)
        try write(bytes, name: plan.name)
        return FileDigest(of: bytes)
    }

    /// Writes a plan file's bytes atomically.
    func write(_ bytes: [UInt8], name: String) throws(WorkspaceError) {
        if !FilePath.isFolder(folder) {
            do { try FilePath.createFolder(folder) } catch { throw WorkspaceError.file(error) }
        }
        do {
            try AtomicFile.write(bytes, to: path(for: name))
        } catch {
            throw WorkspaceError.file(error)
        }
    }
}

/// Why a plan could not be found, read or written.
public enum WorkspaceError: PlannerFacingError, Equatable {
    case badName(String)
    case noSuchPlan(String, folder: String)
    case alreadyExists(String)
    case missingFolder(String)
    case invalidPlan(path: String, problem: String)
    case file(FileError)
    case locked(String, holder: PlanLock.Holder?)
    case readOnly(String)
    case changedOnDisk(path: String, name: String)
    case deletedOnDisk(path: String)
    case noSuchBackup(Int, available: [Int])
    case symbolicLink(String)
    case folderNotWritable(String, folder: String)

    public var message: String {
        switch self {
        case .badName(let name):
            return "\"\(name)\" cannot be a plan name. Use letters, digits, '-', '_' and '.', starting with a letter "
                + "or digit, at most 64 characters (for example medan-2025)."
        case .noSuchPlan(let name, let folder):
            return "No plan named \"\(name)\" in \(folder). List the plans there, or start one by that name."
        case .alreadyExists(let name):
            return "A plan named \"\(name)\" already exists. Open it, or choose another name."
        case .missingFolder(let folder):
            return "The workspaces folder \(folder) does not exist. Create it, or start a new plan, which "
                + "creates it."
        case .invalidPlan(let path, let problem):
            return "\(path) is not a valid plan: \(problem). The file was left as it is."
        case .file(let error):
            return error.message
        case .locked(let name, let holder):
            let who = holder.map { "pid \($0.pid) on \($0.host), since \($0.since)" } ?? "another process"
            return "\(name) is open in another swot session (\(who)). Open it read-only to look at it "
                + "without changing it, or close the other session first."
        case .folderNotWritable(let name, let folder):
            return "swot may not write in \(folder), so it cannot take \(name) to change it. Open it read-only to "
                + "look at it, and from there save a copy as a file in a folder you can write."
        case .readOnly(let name):
            return "\(name) is open read-only, so nothing was saved. Save it as another file to keep this "
                + "version, or open it again when the other session has closed it."
        case .deletedOnDisk(let path):
            return "\(path) was deleted (or its folder removed) by another program while the plan was open, so this "
                + "change was not written. It is kept in this session: write the file again, or save the plan as "
                + "another file."
        case .changedOnDisk(let path, _):
            return "\(path) was changed by another program since swot read it, so this change was not written over it. "
                + "It is kept in this session: reload the file as it is now (dropping this session's unsaved changes), "
                + "overwrite it with this session's plan, or save this session's plan as another file to keep both."
        case .noSuchBackup(let number, let available):
            let list = available.isEmpty ? "There are no backups yet." : "Backups: "
                + "\(available.map(String.init).joined(separator: ", ")) (1 is the newest)."
            return "No backup \(number). \(list)"
        case .symbolicLink(let path):
            return "\(path) is a symbolic link; swot does not follow links inside the workspaces folder. Replace it "
                + "with the file itself."
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .noSuchPlan(let name, _): return [.listPlans, .newPlan(name)]
        case .alreadyExists(let name): return [.openPlan(name)]
        case .missingFolder: return [.newPlan(nil)]
        case .locked(let name, _): return [.openReadOnly(name)]
        case .folderNotWritable(let name, _): return [.openReadOnly(name), .saveAs]
        case .readOnly: return [.saveAs]
        case .deletedOnDisk: return [.saveOverwrite, .saveAs]
        case .changedOnDisk: return [.reload, .saveOverwrite, .saveAs]
        case .badName, .invalidPlan, .file, .noSuchBackup, .symbolicLink: return []
        }
    }
}
