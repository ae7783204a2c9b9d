#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls swot makes that need care, in one place: every one is retried when a signal interrupts it
/// (EINTR), and the ones that differ between Linux and macOS are written here once, behind one name each.
public enum Platform {
    /// Runs `call` (a system call that returns -1 and sets errno on failure) again while a signal interrupted it,
    /// unless `stop` says to give up (Ctrl-C during a read that may never end).
    @inline(__always)
    public static func retrying<Result: BinaryInteger>(
        stop: () -> Bool = { false }, _ call: () -> Result
    ) -> Result {
        while true {
            let result = call()
            if result != -1 || errno != EINTR || stop() { return result }
        }
    }

    /// Writes all of `bytes`; nil when done, else the errno of the failure.
    public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = retrying { write(descriptor, bytes.baseAddress! + written, bytes.count - written) }
            if result < 0 { return errno }
            written += result
        }
        return nil
    }

    /// Reads up to `buffer.count` bytes; the count (0 at the end), or -1 with errno set.
    public static func readSome(
        _ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, stop: () -> Bool = { false }
    ) -> Int {
        retrying(stop: stop) { read(descriptor, buffer.baseAddress!, buffer.count) }
    }

    /// Opens a file; -1 with errno set on failure.
    public static func openFile(_ path: String, _ flags: Int32, mode: mode_t = 0) -> Int32 {
        retrying { open(path, flags, mode) }
    }

    /// A file's modification time as seconds and nanoseconds.
    public static func modificationTime(_ info: stat) -> (seconds: Int, nanoseconds: Int) {
        #if canImport(Darwin)
        return (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #else
        return (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #endif
    }

    /// Calls `handler` on `signal`. Without restart, a blocking read returns EINTR, so the program notices at once.
    public static func onSignal(_ number: Int32, restart: Bool, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handler
        #else
        action.__sigaction_handler.sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = restart ? SA_RESTART : 0
        sigaction(number, &action, nil)
    }

    /// Asks the system not to stop the process on `signal` (SIGXFSZ: a write past `ulimit -f` then fails with
    /// EFBIG, which swot reports, instead of killing swot).
    public static func ignore(_ number: Int32) {
        signal(number, SIG_IGN)
    }

    /// True while process `pid` exists (on this machine).
    public static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// `count` random hexadecimal digits from the system's secure generator, for names no one can predict.
    public static func randomHex(_ count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in "0123456789abcdef".randomElement(using: &generator)! })
    }

    /// The bytes of a C string field such as `dirent.d_name`.
    public static func string<T>(fromCField field: T) -> String {
        withUnsafeBytes(of: field) { raw in String(cString: raw.bindMemory(to: CChar.self).baseAddress!) }
    }
}
