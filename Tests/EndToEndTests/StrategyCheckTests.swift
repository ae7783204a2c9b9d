import Foundation
import Testing
import TestSupport

/// The shared form checker of issue 11 (`shared/tools/strategy-check` beside the clone: at most about 30 words, at
/// most four items, an internal and an external item, no doubled verb, each item named one way, no move or set of
/// items twice in a quadrant, every item in a strategy) run through the real binary, in Indonesian and in English:
/// on the Medan plan's default `derive` every rule holds, and on issue 11's tuning cases no sentence goes over 30
/// words (the moves' actions keep to ten words, so the deriver need not pass over a well-fitting pair to stay short).
/// Skipped where the clone has no `../shared` beside it, or no python3.
@Suite("strategy-check on a derived plan")
struct StrategyCheckTests {
    static let checker = SwotProcess.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/tools/strategy-check")

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: checker.path)
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    /// The checker's report on an exported plan: one line per problem, then the summary line.
    static func report(on plan: URL) throws -> String {
        let process = Process()
        process.executableURL = checker
        process.arguments = [plan.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return report
    }

    @Test(.enabled(if: available, "shared/tools/strategy-check or python3 is missing"), arguments: ["id", "en"])
    func medanPassesEveryFormRule(language: String) throws {
        let folder = try TemporaryFolder()
        let script = try StrategyTests.medanScript + "\nlang \(language)\nderive\nexport json --force medan.json\n"
        let result = try SwotProcess.run(script: script, directory: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.report(on: folder.url.appendingPathComponent("medan.json"))
        #expect(report.hasSuffix(", 0 problems, 0 of 19 items in none\n"), "strategy-check (\(language)):\n\(report)")
    }

    /// One labelled case of `SwotCoreTests/Fixtures/strategy-cases/tuning`, as far as building its plan needs.
    struct TuningCase: Decodable {
        struct Entry: Decodable {
            var quadrant: String
            var text: String
        }

        var name: String
        var items: [Entry]
    }

    @Test(.enabled(if: available, "shared/tools/strategy-check or python3 is missing"), arguments: ["id", "en"])
    func tuningCasesKeepEverySentenceWithinThirtyWords(language: String) throws {
        let cases = SwotProcess.packageRoot.appendingPathComponent("Tests/SwotCoreTests/Fixtures/strategy-cases/tuning")
        let files = try FileManager.default.contentsOfDirectory(at: cases, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        #expect(!files.isEmpty, "no tuning case in \(cases.path)")
        for file in files {
            let labelled = try JSONDecoder().decode(TuningCase.self, from: Data(contentsOf: file))
            let folder = try TemporaryFolder()
            let adds = labelled.items.map { "add \($0.quadrant.lowercased()) \($0.text)" }
            let script = (["new \(labelled.name)", "lang \(language)"] + adds + ["derive", "export json plan.json"])
                .joined(separator: "\n") + "\n"
            let result = try SwotProcess.run(script: script, directory: folder.url)
            #expect(result.status == 0, "\(labelled.name): \(result.stderr)")
            let report = try Self.report(on: folder.url.appendingPathComponent("plan.json"))
            let long = report.split(separator: "\n").filter { $0.contains(/^\w+: \d+ words/) }
            #expect(long.isEmpty, "\(labelled.name) (\(language)):\n\(report)")
        }
    }
}
