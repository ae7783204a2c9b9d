#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SwotCore

/// Where command lines come from: a terminal, a pipe, a script file, or `-c` arguments. The interpreter reads all
/// of them the same way; only prompts, banner and history depend on the terminal.
public protocol LineSource {
    /// The next line without its line break; a line that is not UTF-8 text comes back as an error; nil at the end.
    mutating func nextLine() -> Result<String, ShellError>?
}

/// Lines given up front (`-c` arguments, tests).
public struct ListLineSource: LineSource {
    private var lines: [String]
    private var index = 0

    public init(_ lines: [String]) {
        self.lines = lines
    }

    public mutating func nextLine() -> Result<String, ShellError>? {
        guard index < lines.count else { return nil }
        defer { index += 1 }
        return .success(lines[index])
    }
}

/// Lines read from a file descriptor (a pipe or a script file) as they arrive, so each command runs, and is saved,
/// before the next is read. A line longer than `maximumLineBytes` is reported and skipped without being kept, so
/// endless input without line breaks cannot fill the memory.
public struct FileLineSource: LineSource {
    public static let maximumLineBytes = 1 << 20

    private let descriptor: Int32
    private let closeAtEnd: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// True while the rest of an overlong line is being read past.
    private var skippingLongLine = false
    /// Called before a read that may wait (a pipe whose writer is slow).
    public var beforeWaiting: (() -> Void)?

    public init(descriptor: Int32, closeAtEnd: Bool = false) {
        self.descriptor = descriptor
        self.closeAtEnd = closeAtEnd
    }

    /// Opens a script file. Only a regular file is read (not `/dev/zero`, not a FIFO that may never be written),
    /// and at most `AtomicFile.defaultReadLimit` bytes of it.
    public init(path: String) throws(FileError) {
        let fd = Platform.openFile(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw FileError(path: path, operation: .read, code: errno) }
        var info = stat()
        let problem: FileError?
        if fstat(fd, &info) != 0 {
            problem = FileError(path: path, operation: .read, code: errno)
        } else if info.st_mode & S_IFMT == S_IFDIR {
            problem = FileError(path: path, operation: .read, code: EISDIR)
        } else if info.st_mode & S_IFMT != S_IFREG {
            problem = FileError(path: path, operation: .read, refusal: .notRegular)
        } else if Int(info.st_size) > AtomicFile.defaultReadLimit {
            problem = FileError(path: path, operation: .read, refusal: .tooLarge(limit: AtomicFile.defaultReadLimit))
        } else {
            problem = nil
        }
        if let problem {
            close(fd)
            throw problem
        }
        self.init(descriptor: fd, closeAtEnd: true)
    }

    public mutating func nextLine() -> Result<String, ShellError>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = decode(buffer[start..<newline])
                start = newline + 1
                compact()
                if skippingLongLine {
                    skippingLongLine = false
                    continue
                }
                return line
            }
            if buffer.count - start > FileLineSource.maximumLineBytes {
                buffer.removeAll(keepingCapacity: true)
                start = 0
                if !skippingLongLine {
                    skippingLongLine = true
                    return .failure(.invalidText("This line is longer than \(FileLineSource.maximumLineBytes >> 20) "
                        + "MB, so it was skipped. Is this a script?"))
                }
                continue
            }
            if atEnd {
                guard start < buffer.count, !skippingLongLine else { return nil }
                let line = decode(buffer[start...])
                start = buffer.count
                return line
            }
            fill()
        }
    }

    private mutating func fill() {
        beforeWaiting?()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        // Ctrl-C at the terminal ends a read that waits (a script reading from a slow pipe).
        let count = chunk.withUnsafeMutableBytes {
            Platform.readSome(descriptor, into: $0, stop: { Interruption.requested != 0 })
        }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
        } else {
            atEnd = true
            if closeAtEnd { close(descriptor) }
        }
    }

    private mutating func compact() {
        if start > 65_536 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> Result<String, ShellError> {
        var bytes = bytes
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.invalidText("This line is not valid UTF-8 text, so it was skipped. Save the script as "
                + "UTF-8."))
        }
        return .success(text)
    }
}
