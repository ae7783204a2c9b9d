#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width output is laid out for: the terminal's columns when standard output is a terminal, else `$COLUMNS`,
/// else 100 (pipes and files get lines a reader can still take in).
public enum TerminalWidth {
    public static let fallback = 100

    /// The columns of the terminal on standard output, or nil when it is not a terminal.
    public static func ofStandardOutput() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The width for laying out output: terminal, `$COLUMNS`, or 100.
    public static func current(environment: [String: String]) -> Int {
        if let columns = ofStandardOutput() { return columns }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        return fallback
    }
}
