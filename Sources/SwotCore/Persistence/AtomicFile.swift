#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash, a kill or a full disk leaves either the old file or the new one, never a mix:
/// the bytes go to a temporary file beside the target, are flushed to disk, and the temporary file is renamed over
/// the target; then the folder is flushed so the rename itself survives a power cut.
public enum AtomicFile {
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(FileError) {
        let folder = FilePath.folder(of: path)
        let temporary = "\(folder)/.\(FilePath.lastComponent(of: path)).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, operation: .write, code: errno) }
        let array = Array(bytes)
        var written = 0
        while written < array.count {
            let result = array.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw FileError(path: path, operation: .write, code: code)
            }
            written += result
        }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            unlink(temporary)
            throw FileError(path: path, operation: .write, code: code)
        }
        close(fd)
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw FileError(path: path, operation: .write, code: code)
        }
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    public static func write(_ text: String, to path: String) throws(FileError) {
        try write(text.utf8, to: path)
    }

    /// Reads a whole file.
    public static func read(_ path: String) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, operation: .read, code: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: .read, code: errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}

/// A file that could not be read or written, with the system's reason in plain words.
public struct FileError: PlannerFacingError, Equatable {
    public enum Operation: Sendable { case read, write, createFolder }
    public var path: String
    public var operation: Operation
    public var code: Int32

    public init(path: String, operation: Operation, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var message: String {
        let verb: String
        switch operation {
        case .read: verb = "Cannot read"
        case .write: verb = "Cannot write"
        case .createFolder: verb = "Cannot create the folder"
        }
        let advice: String
        switch code {
        case ENOENT: advice = operation == .read ? "the file does not exist" : "the folder it goes in does not exist"
        case EFBIG: advice = "the file is larger than this process may write (a file-size limit is set)"
        case EACCES, EPERM: advice = "permission denied; check the folder's permissions"
        case EROFS: advice = "the folder is on a read-only file system"
        case ENOSPC, EDQUOT: advice = "the disk is full; free some space and try again"
        case EISDIR: advice = "it is a folder, not a file"
        case ENOTDIR: advice = "a part of the path is not a folder"
        default: advice = String(cString: strerror(code))
        }
        return "\(verb) \(path): \(advice)."
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
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
