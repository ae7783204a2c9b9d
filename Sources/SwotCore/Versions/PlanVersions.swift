#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The versions of a plan a planner can list and compare: named snapshots (`snapshot draft-1`), kept until deleted
/// in `workspaces/.snapshots/PLAN/NAME.json`, and the backup ring every write of the plan file keeps
/// (`workspaces/.backups/PLAN.N.json`, see `OpenPlanFile`). Each is a plan file of its own, written atomically.
public struct PlanVersions {
    public struct Version: Sendable {
        public enum Kind: Equatable, Sendable {
            case snapshot(String)
            case backup(Int)
        }

        public var kind: Kind
        public var path: String
        /// When the file was written, local time to the minute.
        public var written: String
    }

    public let file: OpenPlanFile

    public init(file: OpenPlanFile) {
        self.file = file
    }

    /// `workspaces/.snapshots/PLAN`.
    var snapshotFolder: String {
        FilePath.join(FilePath.join(file.workspace.folder, ".snapshots"), file.name)
    }

    func snapshotPath(_ name: String) -> String {
        FilePath.join(snapshotFolder, "\(name).json")
    }

    /// Keeps `plan` as snapshot `name`. A name already taken is refused: a snapshot is a fixed point to compare
    /// with, so it is never replaced unnoticed.
    public func saveSnapshot(_ plan: Plan, as name: String) throws(VersionError) {
        do { try Workspace.validate(name: name) } catch { throw .badName(name) }
        let path = snapshotPath(name)
        guard !FilePath.exists(path) else { throw .snapshotExists(name) }
        do {
            for folder in [FilePath.folder(of: snapshotFolder), snapshotFolder] where !FilePath.isFolder(folder) {
                try FilePath.createFolder(folder)
            }
            try AtomicFile.write(PlanFile.encode(plan), to: path)
        } catch {
            throw .file(error)
        }
    }

    /// The snapshots, oldest first, then the backups, newest first.
    public var all: [Version] {
        let names = ((try? FilePath.entries(of: snapshotFolder)) ?? []).compactMap { entry -> String? in
            guard entry.hasSuffix(".json") else { return nil }
            let name = String(entry.dropLast(5))
            return (try? Workspace.validate(name: name)) != nil ? name : nil
        }
        let snapshots = names.compactMap { name -> (version: Version, seconds: Int)? in
            let path = snapshotPath(name)
            return modified(path).map { (Version(kind: .snapshot(name), path: path, written: $0.stamp), $0.seconds) }
        }.sorted { ($0.seconds, $0.version.path) < ($1.seconds, $1.version.path) }.map(\.version)
        let backups = file.backups.compactMap { backup in
            modified(backup.path).map { Version(kind: .backup(backup.number), path: backup.path, written: $0.stamp) }
        }
        return snapshots + backups
    }

    /// The newest snapshot's name, the default to compare the open plan with.
    public var latestSnapshot: String? {
        all.last { if case .snapshot = $0.kind { true } else { false } }.flatMap {
            if case .snapshot(let name) = $0.kind { name } else { nil }
        }
    }

    /// Reads a version: a snapshot's name, a backup's number (`1` is the newest), or the name of another plan in
    /// the workspace; returns it with a label for messages (`snapshot draft-1`, `backup 2`, `plan medan-2024`).
    public func load(_ reference: String, language: Language) throws(VersionError) -> (label: String, plan: Plan) {
        let l = { (english: String, indonesian: String) in language == .en ? english : indonesian }
        if (try? Workspace.validate(name: reference)) != nil, FilePath.exists(snapshotPath(reference)) {
            return (l("snapshot", "versi") + " " + reference, try read(snapshotPath(reference)))
        }
        if let number = Int(reference), (1...OpenPlanFile.backupCount).contains(number) {
            do {
                return (l("backup", "cadangan") + " \(number)", try file.loadBackup(number))
            } catch {
                throw .unreadable(error)
            }
        }
        if (try? Workspace.validate(name: reference)) != nil, file.workspace.exists(reference) {
            do {
                return (l("plan", "rencana") + " " + reference, try file.workspace.load(reference))
            } catch {
                throw .unreadable(error)
            }
        }
        let snapshots = all.compactMap { if case .snapshot(let name) = $0.kind { name } else { nil } }
        throw .noSuchVersion(reference, snapshots: snapshots, backups: file.backups.map(\.number))
    }

    /// Reads one of the listed versions.
    public func plan(of version: Version) throws(VersionError) -> Plan {
        try read(version.path)
    }

    private func read(_ path: String) throws(VersionError) -> Plan {
        do {
            var plan = try PlanFile.decode(try AtomicFile.read(path))
            plan.name = file.name
            return plan
        } catch let error as FileError {
            throw .file(error)
        } catch {
            throw .unreadable(
                .invalidPlan(path: path, problem: (error as? any PlannerFacingError)?.message ?? "\(error)")
            )
        }
    }

    private func modified(_ path: String) -> (stamp: String, seconds: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let seconds = Platform.modificationTime(info).seconds
        return (ReportDate.stamp(seconds: seconds), seconds)
    }
}

extension Plan {
    /// `8 items (S 4, W 2, O 1, T 1); 12 strategies, 3 accepted`: a version at a glance.
    public func oneLineSummary(_ language: Language) -> String {
        let counts = Quadrant.allCases.map { quadrant in
            "\(quadrant.letter) \(items.count(where: { $0.quadrant == quadrant }))"
        }.joined(separator: ", ")
        let accepted = strategies.count(where: { $0.status == .accepted })
        return language == .en
            ? "\(items.count) items (\(counts)); \(strategies.count) strategies, \(accepted) accepted"
            : "\(items.count) butir (\(counts)); \(strategies.count) strategi, \(accepted) diterima"
    }
}

/// Why a version could not be kept or read.
public enum VersionError: PlannerFacingError, Equatable {
    case badName(String)
    case snapshotExists(String)
    case noSuchVersion(String, snapshots: [String], backups: [Int])
    case file(FileError)
    case unreadable(WorkspaceError)

    public var message: String {
        switch self {
        case .badName(let name):
            return "\"\(name)\" cannot name a snapshot. Use letters, digits, '-', '_' and '.', starting with a letter "
                + "or digit, at most 64 characters (for example draft-1 or final-2027)."
        case .snapshotExists(let name):
            return "A snapshot named \(name) already exists and is kept as it is. Choose another name (the list of "
                + "versions shows the names taken)."
        case .noSuchVersion(let name, let snapshots, let backups):
            let shown = name.count > 40 ? name.prefix(40) + "…" : Substring(name)
            let snapshotList = snapshots.isEmpty ? "no snapshots yet"
                : "snapshots " + PlanError.shortList(snapshots)
            let backupList =
                backups.isEmpty ? "no backups" : "backups " + backups.map(String.init).joined(separator: ", ")
            return "No version or plan named \"\(shown)\". There are \(snapshotList) and \(backupList); another plan "
                + "is named as in the list of plans."
        case .file(let error):
            return error.message
        case .unreadable(let error):
            return error.message
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .snapshotExists: return [.listVersions]
        case .noSuchVersion(_, let snapshots, _):
            let versions: [Remedy] = snapshots.isEmpty ? [.keepSnapshot]
                : PlanError.isShortened(snapshots) ? [.listVersions] : []
            return versions + [.listPlans]
        case .unreadable(let error): return error.remedies
        case .badName, .file: return []
        }
    }
}
