#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SwotCore

/// Ctrl-C at the terminal. The signal handler only sets a flag: the line editor drops the line being typed, and a
/// running script (`read FILE`) stops before its next line, so no command is left half-applied.
enum Interruption {
    nonisolated(unsafe) static var requested: sig_atomic_t = 0

    /// Without restart, so a read that waits returns at once and sees the flag.
    static func install() {
        Platform.onSignal(SIGINT, restart: false) { _ in Interruption.requested = 1 }
    }

    /// True once after each Ctrl-C.
    static func take() -> Bool {
        defer { requested = 0 }
        return requested != 0
    }
}
