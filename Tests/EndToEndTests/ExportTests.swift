import Foundation
import Testing
import TestSupport

/// Exports as leadership and scripts receive them: valid GitHub Markdown, parseable JSON, byte-stable replays.
@Suite("exports")
struct ExportTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    static let hostileScript = """
        new hostile Plan with | pipes * and _ marks
        context Kantor <Dinas> & "Kominfo" | 2025
        add s Pipe | in * text _ here
        add w `code` and <script>alert(1)</script>
        add o # Heading? [link](http://x) ~~strike~~
        add t Line one\\nstill one line; 1. not a list | end
        """

    func renderGFM(_ markdown: String) throws -> String { try GFM.render(markdown) }

    @Test func markdownSurvivesHostileTextAndRendersAsTables() throws {
        _ = try SwotProcess.run(script: ExportTests.hostileScript, directory: folder.url)
        let result = try SwotProcess.run(["-c", "open hostile", "-c", "export markdown"], directory: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = result.stdout.drop(while: { $0 != "#" })
        let html = try renderGFM(String(markdown))
        #expect(html.components(separatedBy: "<table>").count == 2, "one SWOT table")
        // Every row of the 2×2 table has exactly three cells, whatever the items contain.
        let rows = html.components(separatedBy: "<tr>").dropFirst()
        #expect(rows.count == 3)
        for row in rows {
            #expect(
                row.components(separatedBy: "<td").count + row.components(separatedBy: "<th").count - 2 == 3,
                "\(row)"
            )
        }
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("<h1>Heading"))
        #expect(!html.contains("<a href"))
        #expect(!html.contains("<del>"))
        // The report's own notes are in italics; nothing the planners typed is.
        #expect(!html.contains("<em>and") && !html.contains("<em>text") && !html.contains("<em>in"))
        #expect(html.contains("Pipe | in * text _ here"))
        #expect(html.contains("<h1>Plan with | pipes * and _ marks</h1>"))
    }

    @Test func markdownHasTheReportSections() throws {
        let result = try SwotProcess.run(script: "new demo Rencana Uji\ncontext Dinas Kominfo Kota Uji\nadd s Dukungan "
            + "pimpinan kuat\nexport markdown\nlang en\nexport markdown\n", directory: folder.url)
        let markdown = result.stdout
        // In the items' language by default (Indonesian here), in English after `lang en`.
        for expected in [
            "# Rencana Uji", "**Konteks:** Dinas Kominfo Kota Uji", "**Tanggal:** 2025-11-23", "| **Internal** |",
            "**Kekuatan**", "- **S1** Dukungan pimpinan kuat", "## Strategi",
                         "## Ringkasan eksekutif", "SWOT memuat 1 kekuatan, 0 kelemahan"] {
            #expect(markdown.contains(expected), "missing \(expected)")
        }
        for expected in [
            "**Context:** Dinas Kominfo Kota Uji", "**Date:** 2025-11-23", "**Strengths**", "## Strategies",
                         "## Executive summary", "The SWOT holds 1 strength, 0 weaknesses"] {
            #expect(markdown.contains(expected), "missing \(expected)")
        }
        // Without strategies the report says what to do in plain words: leadership types no commands.
        for expected in ["Belum ada strategi: susun strategi, lalu terima yang akan dijalankan.",
                         "No strategies yet: derive them, then accept the ones to pursue.",
                         "Ask the planning team to derive strategies and accept the ones to pursue."] {
            #expect(markdown.contains(expected), "missing \(expected)")
        }
        for command in ["derive, accept", "jalankan derive", "accept ID", "`"] {
            #expect(!markdown.contains(command), "a report names the command \(command)")
        }
    }

    @Test func exportToAFileEqualsExportToStdout() throws {
        let result = try SwotProcess.run(script: "new demo\nadd s A\nexport markdown report.md\nexport "
            + "markdown\nexport json plan.json\n", directory: folder.url)
        #expect(result.stdout.contains("Wrote report.md."))
        let file = try folder.read("report.md")
        #expect(result.stdout.contains(file))
        let folderTarget = try SwotProcess.run(script: "open demo\nexport markdown workspaces\n", directory: folder.url)
        #expect(folderTarget.stderr.contains("workspaces is a folder"))
        // "-" is standard output too, not a file named "-".
        let dash = try SwotProcess.run(script: "open demo\nexport json -\n", directory: folder.url)
        let json = try folder.read("plan.json")
        #expect(dash.status == 0 && dash.stdout.contains(json), "\(dash.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("-").path))
    }

    @Test func jsonExportListsEveryItemWithIdAndText() throws {
        _ = try SwotProcess.run(["-c", "new demo", "-c", "add s Kuat", "-c", "add t Peretas"], directory: folder.url)
        let result = try SwotProcess.run(["-c", "open demo", "-c", "export json"], directory: folder.url)
        let json =
            try JSONSerialization.jsonObject(with: Data(result.stdout.drop(while: { $0 != "{" }).utf8))
            as! [String: Any]
        let items = json["items"] as! [[String: Any]]
        #expect(items.map { $0["id"] as? String } == ["S1", "T1"])
        #expect(items.map { $0["text"] as? String } == ["Kuat", "Peretas"])
        #expect(json["schemaVersion"] as? Int == 1)
    }

    @Test func replayingASessionGivesIdenticalExports() throws {
        let script = ExportTests.hostileScript + "\nexport markdown\nexport json\n"
        let first = try SwotProcess.run(script: script, directory: folder.url)
        let otherFolder = try TemporaryFolder()
        let second = try SwotProcess.run(script: script, directory: otherFolder.url)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }
}
