#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SwotCore

// Runs one benchmark of the core in this process and prints its figures, so that peak memory is the benchmark's
// own. `scripts/bench.sh` runs each one (and the baselines) and writes BENCHMARKS.md.
//
//   swot-bench NAME [SIZE]     prints: NAME SIZE median_ms=… min_ms=… runs=… peak_rss_mb=…

let benchmarks: [String: (Int) -> () -> Void] = [
    "plan-edit": PlanBenchmarks.edit,
    "save": PlanBenchmarks.save,
    "open": PlanBenchmarks.open,
    "export-markdown": PlanBenchmarks.exportMarkdown,
    "match": MatchingBenchmarks.match,
    "examples": MatchingBenchmarks.examples,
    "derive": DerivationBenchmarks.derive,
]

let arguments = CommandLine.arguments
guard arguments.count >= 2, let make = benchmarks[arguments[1]] else {
    print("usage: swot-bench NAME [SIZE]   names: \(benchmarks.keys.sorted().joined(separator: ", "))")
    exit(1)
}
let size = arguments.count > 2 ? Int(arguments[2]) ?? 1000 : 1000
let body = make(size)
let timing = Timing.measure(body)
print("\(arguments[1]) \(size) median_ms=\(Timing.format(timing.median)) min_ms=\(Timing.format(timing.minimum)) "
    + "runs=\(timing.runs) peak_rss_mb=\(Timing.format(Timing.peakMemoryMB()))")
