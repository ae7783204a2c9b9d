#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The date printed on reports: today in local time, or the date of `SOURCE_DATE_EPOCH` when it is set, so a
/// scripted rebuild of a plan gives byte-identical exports (the reproducible-builds convention).
public enum ReportDate {
    public static func today(environment: [String: String]) -> String {
        var seconds = time_t(time(nil))
        var useUTC = false
        if let epoch = environment["SOURCE_DATE_EPOCH"], let value = Int(epoch) {
            seconds = time_t(value)
            useUTC = true
        }
        var parts = tm()
        if useUTC { gmtime_r(&seconds, &parts) } else { localtime_r(&seconds, &parts) }
        return isoDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    /// Local date and time to the minute (`2026-11-23 14:05`), for notes such as who holds a plan's lock.
    public static func nowStamp() -> String {
        stamp(seconds: Int(time(nil)))
    }

    /// Local date and time to the minute of a moment in seconds since 1970 (a file's modification time).
    public static func stamp(seconds value: Int) -> String {
        var seconds = time_t(value)
        var parts = tm()
        localtime_r(&seconds, &parts)
        func twoDigits(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = isoDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        return "\(date) \(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min))"
    }

    static func isoDate(year: Int, month: Int, day: Int) -> String {
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }
}
