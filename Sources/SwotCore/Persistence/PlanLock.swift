#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer per plan: a lock file beside the plan (`.NAME.lock`) held with `flock` for as long as the plan is
/// open. The kernel releases the lock when its process dies, so a lock left by a crash or a kill is taken over at
/// once; the file records who holds it (pid, host, since) so the next session can be told.
public final class PlanLock {
    public struct Holder: Equatable, Sendable {
        public var pid: Int32
        public var host: String
        public var since: String
    }

    private let descriptor: Int32
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        release()
    }

    /// Takes the lock for plan `name` in `folder`, or reports who holds it.
    public static func acquire(name: String, folder: String, now: String) throws(WorkspaceError) -> PlanLock {
        let path = FilePath.join(folder, ".\(name).lock")
        let fd = Platform.openFile(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode: 0o644)
        guard fd >= 0 else { throw WorkspaceError.file(FileError(path: path, operation: .write, code: errno)) }
        if Platform.retrying({ flock(fd, LOCK_EX | LOCK_NB) }) != 0 {
            let holder = readHolder(fd)
            close(fd)
            throw WorkspaceError.locked(name, holder: holder)
        }
        // The file is never removed (another session may be opening it); its contents are rewritten.
        let record = "pid=\(getpid())\nhost=\(hostName())\nsince=\(now)\n"
        ftruncate(fd, 0)
        _ = record.utf8CString.withUnsafeBufferPointer { pwrite(fd, $0.baseAddress, $0.count - 1, 0) }
        return PlanLock(descriptor: fd, path: path)
    }

    private var released = false

    /// Gives the lock up (also done when the lock is freed or the process ends).
    public func release() {
        guard !released else { return }
        released = true
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The plan whose file `path` is (`DIR/NAME.json`), when a swot session holds it open; nil otherwise.
    static func heldPlan(atPath path: String) -> String? {
        let file = FilePath.lastComponent(of: path)
        guard file.hasSuffix(".json") else { return nil }
        let name = String(file.dropLast(5))
        let fd = Platform.openFile(
            FilePath.join(FilePath.folder(of: path), ".\(name).lock"),
            O_RDONLY | O_CLOEXEC | O_NOFOLLOW
        )
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // A lock this test can take is held by no one (it is given back at once by close).
        return flock(fd, LOCK_SH | LOCK_NB) == 0 ? nil : name
    }

    static func readHolder(_ fd: Int32) -> Holder? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        var fields: [String: String] = [:]
        for line in String(decoding: buffer[0..<count], as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }) else { return nil }
        return Holder(pid: pid, host: fields["host"] ?? "?", since: fields["since"] ?? "?")
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "unknown" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
