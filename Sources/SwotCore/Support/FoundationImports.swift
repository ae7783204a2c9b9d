// The core uses only FoundationEssentials where it exists, so the binary starts fast
// (full Foundation costs about 3x the start-up time; see BENCHMARKS.md).
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
