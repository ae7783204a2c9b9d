#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timing of a benchmark body: one warm-up run, then repeated runs for about a second (at least 5).
enum Timing {
    struct Result {
        var median: Double
        var minimum: Double
        var runs: Int
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1_000_000
    }

    static func measure(_ body: () -> Void) -> Result {
        body()
        var samples: [Double] = []
        let start = now()
        while samples.count < 5 || (now() - start < 1000 && samples.count < 200) {
            let before = now()
            body()
            samples.append(now() - before)
        }
        samples.sort()
        return Result(median: samples[samples.count / 2], minimum: samples[0], runs: samples.count)
    }

    /// Peak resident memory of this process in MB (Linux reports ru_maxrss in KB).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func format(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        let whole = Int(scaled)
        let hundredths = Int(((scaled - Double(whole)) * 100).rounded())
        return "\(whole).\(hundredths < 10 ? "0" : "")\(hundredths)"
    }
}
