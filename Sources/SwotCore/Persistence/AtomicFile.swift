#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash, a kill or a full disk leaves either the old file or the new one, never a mix:
/// the bytes go to a temporary file beside the target, are flushed to disk, and the temporary file is renamed over
/// the target; then the folder is flushed so the rename itself survives a power cut.
///
/// The temporary file is created exclusively under a name no one can guess (`.NAME.tmp-PID-RANDOM`), never through
/// a link, so a link planted in a shared folder cannot redirect the write; one left by a killed swot is removed at
/// the next write of its target. Only a regular file is replaced, keeping its mode and (where allowed) its owner;
/// a read-only one is refused. A terminal, a pipe or a FIFO is written into; a link, a folder or any other kind of
/// file is refused with a message.
public enum AtomicFile {
    /// Writes a file swot owns (a plan file, a backup, the history): an existing regular file is replaced.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(FileError) {
        try write(Array(bytes), to: path, replacing: true)
    }

    public static func write(_ text: String, to path: String) throws(FileError) {
        try write(text.utf8, to: path)
    }

    /// Writes a file the planner named (`export FILE`, `save as PATH`): an existing file is replaced only with
    /// `force`, and never the plan file of a plan that a swot session holds open.
    public static func writeDocument(_ bytes: some Collection<UInt8>, to path: String, force: Bool) throws(FileError) {
        if let plan = PlanLock.heldPlan(atPath: path) {
            throw FileError(path: path, operation: .write, refusal: .heldPlan(plan))
        }
        try write(Array(bytes), to: path, replacing: force)
    }

    /// Writes a file swot owns whose bytes another library writes into a descriptor (the line editor's history);
    /// `fill` returns false when it failed.
    public static func write(to path: String, filledBy fill: (Int32) -> Bool) throws(FileError) {
        try write(to: path, replacing: true) { fill($0) ? nil : (errno == 0 ? EIO : errno) }
    }

    private static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(FileError) {
        try write(to: path, replacing: replacing) { fd in bytes.withUnsafeBytes { Platform.writeAll(fd, $0) } }
    }

    /// `fill` writes the contents into a descriptor and returns nil, or the errno of its failure.
    private static func write(to path: String, replacing: Bool, fill: (Int32) -> Int32?) throws(FileError) {
        guard !path.utf8.contains(0) else { throw FileError(path: path, operation: .write, refusal: .nulInPath) }
        var existing = stat()
        guard lstat(path, &existing) == 0 else {
            guard errno == ENOENT else { throw FileError(path: path, operation: .write, code: errno) }
            return try replace(path, keeping: nil, fill: fill)
        }
        switch existing.st_mode & S_IFMT {
        case S_IFREG:
            guard replacing else { throw FileError(path: path, operation: .write, refusal: .exists) }
            guard existing.st_mode & 0o222 != 0 else {
                throw FileError(path: path, operation: .write, refusal: .readOnly(mode: existing.st_mode & 0o7777))
            }
            try replace(path, keeping: existing, fill: fill)
        case S_IFLNK:
            // `/dev/stdout` is a link to a terminal or a pipe: written into. A link to a file is never followed.
            var target = stat()
            guard stat(path, &target) == 0, isStream(target) else {
                throw FileError(path: path, operation: .write, refusal: .symbolicLink)
            }
            try writeInto(path, fill: fill)
        case S_IFDIR:
            throw FileError(path: path, operation: .write, code: EISDIR)
        default:
            guard isStream(existing) else { throw FileError(path: path, operation: .write, refusal: .notRegular) }
            try writeInto(path, fill: fill)
        }
    }

    /// A terminal, `/dev/null` or a FIFO: written into, never replaced.
    private static func isStream(_ info: stat) -> Bool {
        let kind = info.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO
    }

    private static func writeInto(_ path: String, fill: (Int32) -> Int32?) throws(FileError) {
        // Non-blocking open: a FIFO that no program reads fails at once (ENXIO) instead of waiting forever.
        let fd = Platform.openFile(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw FileError(path: path, operation: .write, code: errno) }
        defer { close(fd) }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        if let code = fill(fd) { throw FileError(path: path, operation: .write, code: code) }
    }

    /// For tests: the errno a write of a path fails with, as on a full disk (nil: the write goes ahead).
    nonisolated(unsafe) static var simulatedFailure: (String) -> Int32? = { _ in nil }

    /// Writes a temporary file and renames it over `path`, giving it the mode and owner of `existing`.
    private static func replace(_ path: String, keeping existing: stat?, fill: (Int32) -> Int32?) throws(FileError) {
        if let code = simulatedFailure(path) { throw FileError(path: path, operation: .write, code: code) }
        let folder = FilePath.folder(of: path)
        let name = FilePath.lastComponent(of: path)
        removeLeftovers(startingWith: ".\(name).tmp-", in: folder)
        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<8 where fd < 0 {
            temporary = FilePath.join(folder, ".\(name).tmp-\(getpid())-\(Platform.randomHex(12))")
            fd = Platform.openFile(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode: 0o666)
            if fd < 0 && errno != EEXIST { break }
        }
        guard fd >= 0 else { throw FileError(path: path, operation: .write, code: errno) }
        func fail(_ code: Int32) -> FileError {
            close(fd)
            unlink(temporary)
            return FileError(path: path, operation: .write, code: code)
        }
        if let existing {
            fchmod(fd, existing.st_mode & 0o7777)
            // Only root may give a file away; for anyone else the new file is theirs, as when vim writes it.
            _ = fchown(fd, existing.st_uid, existing.st_gid)
        }
        if let code = fill(fd) { throw fail(code) }
        if Platform.retrying({ fsync(fd) }) != 0 { throw fail(errno) }
        close(fd)
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw FileError(path: path, operation: .write, code: code)
        }
        let folderFD = Platform.openFile(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            _ = Platform.retrying { fsync(folderFD) }
            close(folderFD)
        }
    }

    /// Removes the files named `prefix` + pid + … that a swot killed while writing left in `folder` (its pid gone):
    /// temporary files (`.NAME.tmp-`), and versions on their way into the backups (`NAME.pending-`).
    static func removeLeftovers(startingWith prefix: String, in folder: String) {
        guard let entries = try? FilePath.entries(of: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            let pid = entry.dropFirst(prefix.count).prefix { $0 != "-" }
            guard let pid = Int32(pid), !Platform.isAlive(pid) else { continue }
            unlink(FilePath.join(folder, entry))
        }
    }

    /// The most a file that swot reads whole may hold; a larger one is refused before it is read.
    public static let defaultReadLimit = 64 << 20

    /// Reads a whole regular file of at most `limit` bytes; anything else (a device, a FIFO, a folder) is refused,
    /// so `/dev/zero` or a FIFO no one writes cannot make swot spin, wait or fill its memory.
    public static func read(_ path: String, limit: Int = defaultReadLimit) throws(FileError) -> [UInt8] {
        let fd = Platform.openFile(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw FileError(path: path, operation: .read, code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError(path: path, operation: .read, code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            if info.st_mode & S_IFMT == S_IFDIR { throw FileError(path: path, operation: .read, code: EISDIR) }
            throw FileError(path: path, operation: .read, refusal: .notRegular)
        }
        guard Int(info.st_size) <= limit else {
            throw FileError(path: path, operation: .read, refusal: .tooLarge(limit: limit))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Platform.readSome(fd, into: $0) }
            if count < 0 { throw FileError(path: path, operation: .read, code: errno) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            // The file grew while being read (a log someone appends to): stop at the limit.
            if bytes.count > limit { throw FileError(path: path, operation: .read, refusal: .tooLarge(limit: limit)) }
        }
        return bytes
    }
}

/// A file that could not be read or written, with the system's reason (or swot's) in plain words.
public struct FileError: PlannerFacingError, Equatable {
    public enum Operation: Sendable { case read, write, createFolder }

    /// Why swot itself refused the file, when it did.
    public enum Refusal: Equatable, Sendable {
        case exists
        case heldPlan(String)
        case readOnly(mode: mode_t)
        case symbolicLink
        case notRegular
        case tooLarge(limit: Int)
        case nulInPath
    }

    public var path: String
    public var operation: Operation
    public var code: Int32
    public var refusal: Refusal?

    public init(path: String, operation: Operation, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public init(path: String, operation: Operation, refusal: Refusal) {
        self.init(path: path, operation: operation, code: 0)
        self.refusal = refusal
    }

    public var message: String {
        let verb: String
        switch operation {
        case .read: verb = "Cannot read"
        case .write: verb = "Cannot write"
        case .createFolder: verb = "Cannot create the folder"
        }
        if let refusal { return "\(verb) \(path): \(Self.advice(refusal))." }
        let advice: String
        switch code {
        case ENOENT: advice = operation == .read ? "the file does not exist" : "the folder it goes in does not exist"
        case EFBIG: advice = "the file is larger than this process may write (a file-size limit is set)"
        case EACCES, EPERM: advice = "permission denied; check the folder's permissions"
        case EROFS: advice = "the folder is on a read-only file system"
        case ENOSPC, EDQUOT: advice = "the disk is full; free some space and try again"
        case EISDIR: advice = "it is a folder, not a file"
        case ENOTDIR: advice = "a part of the path is not a folder"
        case ENXIO: advice = "it is a FIFO that no program is reading"
        default: advice = String(cString: strerror(code))
        }
        return "\(verb) \(path): \(advice)."
    }

    private static func advice(_ refusal: Refusal) -> String {
        switch refusal {
        case .exists:
            return "the file exists. Add --force to replace it (as vim's `w!`), or choose another name"
        case .heldPlan(let name):
            return "it is the file of plan \(name), which a swot session has open; a copy may not replace it. Close "
                + "that session, or choose another name"
        case .readOnly(let mode):
            return "it is read-only (mode \(String(mode, radix: 8))), so swot does not replace it. Make it writable "
                + "(chmod u+w) if it should change"
        case .symbolicLink:
            return "it is a symbolic link, and swot replaces only regular files. Name the file itself"
        case .notRegular:
            return "it is not a regular file (a device, a FIFO or a socket). Name a regular file"
        case .tooLarge(let limit):
            return "it is larger than \(limit >> 20) MB, more than any file swot reads may be. Check that it is the "
                + "right file"
        case .nulInPath:
            return "the name holds a NUL character, which no file name may have"
        }
    }
}

/// Small path helpers that need no Foundation.
public enum FilePath {
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : "\(folder)/\(name)"
    }

    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// Creates a folder and any missing parents.
    public static func createFolder(_ path: String) throws(FileError) {
        if isFolder(path) { return }
        let parent = folder(of: path)
        if parent != path, parent != ".", parent != "/", !isFolder(parent) { try createFolder(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw FileError(path: path, operation: .createFolder, code: errno)
        }
    }

    /// The names in a folder, without `.` and `..`.
    public static func entries(of path: String) throws(FileError) -> [String] {
        guard let directory = opendir(path) else { throw FileError(path: path, operation: .read, code: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = Platform.string(fromCField: entry.pointee.d_name)
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
