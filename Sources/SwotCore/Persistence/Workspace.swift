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
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
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

    /// Reads and checks a plan. A file that is not a valid plan is refused with the file and the problem named.
    public func load(_ name: String) throws(WorkspaceError) -> Plan {
        try Workspace.validate(name: name)
        let path = path(for: name)
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
        return plan
    }

    /// Writes a plan atomically, creating the folder if needed.
    public func save(_ plan: Plan) throws(WorkspaceError) {
        try Workspace.validate(name: plan.name)
        if !FilePath.isFolder(folder) {
            do { try FilePath.createFolder(folder) } catch { throw WorkspaceError.file(error) }
        }
        do {
            try AtomicFile.write(PlanFile.encode(plan), to: path(for: plan.name))
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

    public var message: String {
        switch self {
        case .badName(let name):
            return "\"\(name)\" cannot be a plan name. Use letters, digits, '-', '_' and '.', starting with a letter or digit, at most 64 characters (for example medan-2025)."
        case .noSuchPlan(let name, let folder):
            return "No plan named \"\(name)\" in \(folder). Type `plans` to list them, or `new \(name)` to start one."
        case .alreadyExists(let name):
            return "A plan named \"\(name)\" already exists. Open it with `open \(name)`, or choose another name."
        case .missingFolder(let folder):
            return "The workspaces folder \(folder) does not exist. Create it, or start a plan with `new NAME` to create it."
        case .invalidPlan(let path, let problem):
            return "\(path) is not a valid plan: \(problem). The file was left as it is."
        case .file(let error):
            return error.message
        }
    }
}
