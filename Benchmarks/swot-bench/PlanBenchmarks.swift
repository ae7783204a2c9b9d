#if canImport(Glibc)
import Glibc
#endif
import SwotCore

/// Plans of a given size, and the core operations on them.
enum PlanBenchmarks {
    static let sampleTexts = [
        "Dukungan pimpinan daerah terhadap SPBE sangat kuat",
        "SDM TIK masih kurang dan belum tersertifikasi",
        "Program smart city nasional dari pemerintah pusat",
        "Ancaman serangan siber dan kebocoran data pribadi",
        "Strong commitment of the regent to digital services",
        "Budget absorption for ICT infrastructure is low",
    ]

    /// A plan with `size` items spread over the four quadrants.
    static func plan(size: Int) -> Plan {
        var plan = Plan(name: "bench", title: "Benchmark plan", context: "Generated")
        for index in 0..<size {
            let quadrant = Quadrant.allCases[index % 4]
            _ = try? plan.addItem(quadrant, text: "\(sampleTexts[index % sampleTexts.count]) \(index)")
        }
        return plan
    }

    static func edit(size: Int) -> () -> Void {
        { _ = plan(size: size) }
    }

    static func save(size: Int) -> () -> Void {
        let plan = plan(size: size)
        let workspace = Workspace(folder: "/tmp/swot-bench-\(getpid())")
        return { try! workspace.save(plan) }
    }

    static func open(size: Int) -> () -> Void {
        let workspace = Workspace(folder: "/tmp/swot-bench-\(getpid())")
        try! workspace.save(plan(size: size))
        return { _ = try! workspace.load("bench") }
    }

    static func exportMarkdown(size: Int) -> () -> Void {
        let plan = plan(size: size)
        return {
            let document = ReportBuilder.build(plan: plan, date: "2025-11-23")
            _ = MarkdownRenderer(document: document, figureFolder: "report-files").render()
        }
    }
}
