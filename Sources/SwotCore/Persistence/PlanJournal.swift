#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal beside a plan file (`workspaces/.NAME.journal`): the changes made since the plan file was last
/// written, one edit per line (a `PlanEdit` as JSON). In scripts a change then costs what it changed instead of a
/// rewrite of the whole plan, and a killed swot still loses nothing: the next `open` applies the journal and
/// writes the plan file.
///
/// Format 1 (before edits were values) held differences between whole plans. Such a journal is not applied: it is
/// kept in the backups folder and `open` says so. Its plan file is complete on its own, as its last save left it,
/// and the journal stays readable for an earlier swot; keeping a second reader for a format no swot writes any more
/// would be code that only that rare case runs.
///
/// The first line names the version of the plan file the records apply to (its size and a digest of its bytes),
/// so a journal is never applied to a plan file that was replaced after it was written. Every line is
/// `DIGEST NUMBER JSON`: the digest covers the rest, and the lines are numbered from 0 (the header), so a damaged,
/// repeated, missing or moved line is found, not applied. A last line without its line break is a write cut short by
/// a kill; it was never reported as done, and is dropped.
final class PlanJournal {
    static let formatVersion = 2

    let path: String
    private let descriptor: Int32
    /// Bytes written so far, header included.
    private(set) var size = 0
    /// Records appended so far.
    private(set) var count = 0

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    static func path(for name: String, in folder: String) -> String {
        FilePath.join(folder, ".\(name).journal")
    }

    /// Starts an empty journal for the plan file whose bytes are described by `base`, replacing any old one.
    static func create(at path: String, plan name: String, base: FileDigest) throws(FileError) -> PlanJournal {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC | O_NOFOLLOW
        let descriptor = Platform.openFile(path, flags, mode: 0o644)
        guard descriptor >= 0 else { throw FileError(path: path, operation: .write, code: errno) }
        let journal = PlanJournal(path: path, descriptor: descriptor)
        let header = Header(swotJournal: formatVersion, plan: name, baseBytes: base.bytes, baseDigest: base.digest)
        // A header holds only strings and numbers: encoding cannot fail.
        try journal.writeLine(try! JSONLineEncoder.encode(header), number: 0)
        return journal
    }

    /// Appends one record. On failure (disk full) the journal is cut back to its last whole record. The record is
    /// flushed to the disk at once when `durable`, else when a second has passed since the last flush, so a power
    /// cut loses at most the last second of a script.
    func append(_ record: [UInt8], durable: Bool = false) throws(FileError) {
        try writeLine(record, number: count + 1)
        count += 1
        unsynced = true
        if durable || PlanJournal.now() - lastSync >= 1 { sync() }
    }

    /// True when records were written since the last flush.
    private var unsynced = false
    private var lastSync = PlanJournal.now()

    /// Flushes the records written so far to the disk.
    func sync() {
        guard unsynced else { return }
        _ = Platform.retrying { fdatasync(descriptor) }
        unsynced = false
        lastSync = PlanJournal.now()
    }

    /// Seconds on a clock that only goes forward.
    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func writeLine(_ bytes: [UInt8], number: Int) throws(FileError) {
        let content = Array("\(number) ".utf8) + bytes
        let line = Array(FileDigest.hex(of: content).utf8) + [0x20] + content + [0x0A]
        if let code = line.withUnsafeBytes({ Platform.writeAll(descriptor, $0) }) {
            ftruncate(descriptor, off_t(size))
            throw FileError(path: path, operation: .write, code: code)
        }
        size += line.count
    }

    /// One edit as a record: a line of compact JSON. An edit holds only strings, finite numbers and lists (the
    /// plan's checks keep numbers finite): encoding cannot fail.
    static func record(_ edit: PlanEdit) -> [UInt8] {
        try! JSONLineEncoder.encode(edit)
    }

    /// Deletes the journal, once the plan file holds everything in it.
    func remove() {
        unlink(path)
    }

    // MARK: - Reading

    struct Header: Codable, Equatable {
        var swotJournal: Int
        var plan: String
        var baseBytes: Int
        var baseDigest: String
    }

    /// A journal as found on disk: its header and its whole record lines.
    struct Contents {
        var header: Header
        var records: [ArraySlice<UInt8>]
    }

    /// Reads the journal at `path`; nil when there is none.
    static func read(_ path: String) throws(JournalProblem) -> Contents? {
        guard FilePath.exists(path) else { return nil }
        let bytes: [UInt8]
        do { bytes = try AtomicFile.read(path) } catch { throw JournalProblem(error.message) }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        // The part after the last line break is a record whose write a kill cut short (or nothing).
        lines.removeLast()
        guard let first = lines.first else { throw JournalProblem("it is empty") }
        guard let payload = payload(of: first, number: 0),
            let header = try? JSONDecoder().decode(Header.self, from: Data(payload))
        else {
            throw JournalProblem("its first line is not a swot journal header")
        }
        guard header.swotJournal <= formatVersion else {
            throw JournalProblem("it was written by a newer swot (journal format \(header.swotJournal)); upgrade swot "
                + "to read it")
        }
        guard header.swotJournal == formatVersion else {
            throw JournalProblem("it was written by an earlier swot (journal format \(header.swotJournal)), whose "
                + "changes this "
                + "one does not read; the plan file is as that session last saved it, and that swot can still apply "
                + "them")
        }
        return Contents(header: header, records: Array(lines.dropFirst()))
    }

    /// The JSON of line `number`, or nil when the line is damaged (its digest does not match) or is not that line.
    static func payload(of line: ArraySlice<UInt8>, number: Int) -> ArraySlice<UInt8>? {
        guard line.count > 17, line[line.startIndex + 16] == 0x20 else { return nil }
        let content = line.dropFirst(17)
        let expected = Array("\(number) ".utf8)
        guard line.prefix(16).elementsEqual(FileDigest.hex(of: content).utf8), content.starts(with: expected) else {
            return nil
        }
        return content.dropFirst(expected.count)
    }
}

/// What identifies one version of a plan file's contents: its length and a 64-bit FNV-1a digest of its bytes.
public struct FileDigest: Equatable, Sendable {
    public var bytes: Int
    public var digest: String

    public init(of contents: [UInt8]) {
        bytes = contents.count
        digest = FileDigest.hex(of: contents)
    }

    /// The digest as 16 hex digits.
    static func hex(of contents: some Collection<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in contents {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// What a plan's journal held when the plan was read: how many of its changes were applied to the plan file's
/// version, and why the rest were not, if any were left out.
public struct JournalReplay: Equatable, Sendable {
    public var path: String
    public var applied: Int
    /// Why some or all of the journal was not applied; nil when all of it was.
    public var problem: String?
    /// Where a journal that could not be applied in full was kept (set by `OpenPlanFile.open`).
    public var keptAt: String?
    /// The journal was started on another version of the plan file than the one read.
    public var isForAnotherVersion = false

    public init(path: String, applied: Int, problem: String? = nil, keptAt: String? = nil) {
        self.path = path
        self.applied = applied
        self.problem = problem
        self.keptAt = keptAt
    }

    /// Applies the journal at `path`, if there is one, to `plan`, the version of the plan file described by `file`.
    static func replay(_ path: String, onto plan: inout Plan, file: FileDigest) -> JournalReplay? {
        let contents: PlanJournal.Contents?
        do {
            contents = try PlanJournal.read(path)
        } catch {
            return JournalReplay(path: path, applied: 0, problem: error.message)
        }
        guard let contents else { return nil }
        // A journal applies only to its own plan: a record crafted to name another could make `open` write over it.
        guard contents.header.plan == plan.name else {
            return JournalReplay(path: path, applied: 0, problem: "it belongs to plan \"\(contents.header.plan)\", not "
                + "\(plan.name)")
        }
        guard contents.header.baseBytes == file.bytes, contents.header.baseDigest == file.digest else {
            var replay = JournalReplay(path: path, applied: 0, problem: "it belongs to another version of the plan "
                + "file, which was written after it")
            replay.isForAnotherVersion = true
            return replay
        }
        var replayed = plan
        var applied = 0
        var problem: String?
        for record in contents.records {
            do {
                guard let payload = PlanJournal.payload(of: record, number: applied + 1) else {
                    throw JournalProblem("the line is damaged or out of place")
                }
                if let control = ControlCharacters.first(inJSON: payload) {
                    throw JournalProblem("it holds the control character \(ControlCharacters.code(control.scalar))")
                }
                let edit: PlanEdit
                do { edit = try JSONDecoder().decode(PlanEdit.self, from: Data(payload)) } catch {
                    throw JournalProblem("it is not a readable record")
                }
                try edit.apply(to: &replayed)
                applied += 1
            } catch {
                let why = (error as? JournalProblem)?.message ?? "it is not a readable record"
                problem = "change \(applied + 1) of \(contents.records.count) could not be applied (\(why)), so it and "
                    + "the changes after it were left out"
                break
            }
        }
        replayed.name = plan.name
        do {
            try PlanFile.check(replayed)
        } catch {
            return JournalReplay(path: path, applied: 0, problem: "its changes would make the plan invalid "
                + "(\(error.message))")
        }
        plan = replayed
        return JournalReplay(path: path, applied: applied, problem: problem)
    }
}

/// Why a journal, or one edit of it, could not be applied to its plan.
public struct JournalProblem: Error, Equatable {
    public var message: String

    init(_ message: String) {
        self.message = message
    }
}
