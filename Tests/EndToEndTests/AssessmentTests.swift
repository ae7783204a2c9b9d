import Foundation
import Testing
import TestSupport

/// The readiness interview driven through the real binary: line by line through a pipe, in one line, and at a
/// terminal (tmux).
@Suite("assessment through a pipe")
struct AssessmentPipeTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    func savedPlan(_ name: String = "demo") throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("workspaces/\(name).json")))
            as! [String: Any]
    }

    /// A script that gives fewer answers than there are questions: its next command stops the interview (resumable)
    /// and runs, instead of being refused as a bad answer.
    @Test func aCommandWhereAnAnswerWasExpectedStopsTheInterviewAndRuns() throws {
        let result = try run("new demo\nlang en\nadd s Dukungan pimpinan daerah\nassess kpmg\n4\n2\nlist s\nassess "
            + "kpmg\nquit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout.contains("Stopped at question 3 of 25 to run a command; `assess kpmg` resumes here."))
        #expect(result.stdout.contains("S1   Dukungan pimpinan daerah"))
        #expect(result.stdout.contains("Resuming at question 3 of 25 (2 answered)."))
        // A bad answer that is no command is still refused, with its line number, and the interview goes on.
        let bad = try run("open demo\nassess kpmg\nseven\n3\nquit\n")
        #expect(bad.stderr.contains("Error: near line 3:"))
        #expect(bad.stdout.contains("Stopped at question 4 of 25; `assess kpmg` resumes here."))
    }

    @Test func anInterviewAnsweredLineByLineWithSkipBackQuitAndResume() throws {
        let first = try run("""
            new demo
            assess kpmg
            4
            skip
            back
            2
            # comments and blank lines are not answers

            3
            1
            quit
            proposals
            """)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "")
        #expect(first.stdout.contains("KPMG e-Government capacity check: 25 questions."))
        #expect(first.stdout.contains("[1/25] e-Strategy — STRAT.1 e-Vision"))
        #expect(first.stdout.contains("    4 Advanced practice: The sub-aspect is not only implemented"))
        // After `skip` and `back`, STRAT.2 is asked twice.
        #expect(first.stdout.components(separatedBy: "[2/25] e-Strategy — STRAT.2").count == 3)
        #expect(first.stdout.contains("Stopped at question 5 of 25; `assess kpmg` resumes here."))
        #expect(first.stdout.contains("Overall: 2.5 of 5 — level 2 Early development"))
        let proposals = [
            "  P1  S  proposed        e-Vision already at advanced practice (KPMG STRAT.1: level 4, advanced practice)",
            "  P2  W  proposed        e-Government governance still at early development "
                + "(KPMG STRAT.2: level 2, early development)",
            "  P3  W  proposed        Resource commitment not yet in place "
                + "(KPMG STRAT.4: level 1, non-existent / minimal)",
        ]
        #expect(first.stdout.contains(proposals.joined(separator: "\n")))
        // `proposals` ran as a command again: the interview had ended.
        #expect(first.stdout.hasSuffix("`accept ID` adds one to the SWOT, `reject ID` sets it aside.\n"))

        // A later session resumes where the first stopped, and the input may end mid-interview.
        let second = try run("open demo\nassess kpmg\n5\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Resuming at question 5 of 25 (4 answered)."))
        #expect(second.stdout.contains("[5/25] Architecture — ARCH.1 Business architecture"))
        #expect(second.stdout.contains("[6/25] Architecture — ARCH.2 Security framework"))
        let assessments = try savedPlan()["assessments"] as? [[String: Any]]
        #expect(assessments?.first?["framework"] as? String == "kpmg")
        #expect(assessments?.first?["position"] as? Int == 5)
        #expect(
            assessments?.first?["answers"] as? [String: Int] == [
                "STRAT.1": 4, "STRAT.2": 2, "STRAT.3": 3, "STRAT.4": 1, "ARCH.1": 5,
            ]
        )

        // `assessment` shows the table and the bars.
        let shown = try run("open demo\nassessment kpmg\n")
        #expect(shown.stdout.contains("KPMG e-Government capacity check (kpmg): 5 of 25 answered"))
        #expect(shown.stdout.contains("  STRAT.1  e-Vision"))
        #expect(shown.stdout.contains("4 Advanced practice"))
        #expect(shown.stdout.contains("████████    P1"))
        #expect(shown.stdout.contains("  Average per part:"))
    }

    @Test func anInterviewRunsToTheEndAndTheMedanPhasesReachInteraction() throws {
        let result = try run("new medan\nassess worldbank\nyes\n2\npartly\nno\nassessment\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Interview complete.\nStage reached: 2 Interaction\n"))
        #expect(result.stdout.contains("P1  S  proposed        e-Government has reached the Interaction stage (World "
            + "Bank WB.2: stage 2 of 4)"))
        #expect(result.stdout.contains("P2  W  proposed        Online service transactions only partly in place (World "
            + "Bank WB.3, stage 3 Transaction: partly)"))
        #expect(result.stdout.contains("  WB.2  Interactive communication on the we…  2 yes     ██████████  P1"))
        #expect(result.stdout.contains("  WB.4  Integrated, transformed services      0 no"))
    }

    @Test func theOneLineFormAndBadAnswersEachGiveAClearError() throws {
        let result = try run("""
            new demo
            assess worldbank WB.1=2 WB.2=2 WB.3=0 WB.4=0
            assess worldbank WB.9=1
            assess kpmg ORG.1=6
            assess kpmg ORG.1
            assess gartner
            assess edward
            9
            banyak
            3
            quit
            assessment
            """)
        #expect(result.status == 2)
        #expect(result.stdout.contains("Recorded 4 answers for worldbank: 4 of 4 answered.\nStage reached: 2 "
            + "Interaction\n"))
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors == [
            "Error: near line 3: worldbank has no item \"WB.9\". Its items are WB.1, WB.2, WB.3, WB.4.",
            "Error: near line 4: 6 is outside the scale for ORG.1, which runs 1–5.",
            "Error: near line 5: \"ORG.1\" is not an answer. Write answers as ID=LEVEL, for example ORG.1=3.",
            "Error: near line 6: \"gartner\" is not a framework. Frameworks are worldbank, inpres, kpmg, edward, "
                + "website, scv, sustainability, furuholt-wahid, junaidi, sirat, heeks, d002-factors, nugroho, "
                + "architecture, spbe.",
            "Error: near line 8: 9 is outside the scale for COMM.1, which runs 1–5.",
            "Error: near line 9: \"banyak\" is not an answer for COMM.1: type a level 1–5, skip, back or quit.",
        ])
        // Rejected lines recorded nothing; the edward answer after them did.
        #expect(result.stdout.contains("The paper gives no scale, so items are rated 1 absent, 2 weak, 3 adequate, 4 "
            + "good, 5 strong."))
        #expect(result.stdout.contains("Edward III policy-implementation model (edward): 1 of 12 answered"))
        #expect(!result.stdout.contains("(kpmg)"))
    }

    @Test func acceptedProposalsBecomeMatchedItemsAndAreExported() throws {
        let result = try run("""
            new demo
            lang id
            assess worldbank WB.1=2 WB.2=2 WB.3=0 WB.4=0
            assess kpmg STRAT.1=4 ORG.1=2 VCM.3=1
            proposals
            accept P1
            accept P3
            reject P4
            accept P1
            list
            proposals kpmg
            export markdown report.md
            """)
        #expect(result.stderr == "Error: near line 9: P1 is already accepted as S1.\n")
        #expect(result.stdout.contains("P4  W  proposed        Kompetensi e-Government masih pada tahap awal "
            + "pengembangan (KPMG ORG.1: level 2, tahap awal pengembangan)"))
        #expect(result.stdout.contains("P5  T  proposed        Belum ada penilaian kesiapan masyarakat (KPMG VCM.3: "
            + "level 1, tidak ada / kurang)"))
        #expect(result.stdout.contains("Accepted P1 as S1: e-Government sudah mencapai tahap Interaksi (Bank Dunia "
            + "WB.2: tahap 2 dari 4)\n"))
        #expect(result.stdout.contains("Rejected P4; rejected proposals are not made again.\n"))
        #expect(result.stdout.contains("Strengths / Kekuatan (2)\n"))
        #expect(result.stdout.contains("  S1   e-Government sudah mencapai tahap Interaksi (Bank Dunia WB.2: tahap 2 "
            + "dari 4)"))
        #expect(result.stdout.contains("  S2   Visi e-Government (e-Vision) sudah pada tingkat praktik lanjutan (KPMG "
            + "STRAT.1: level 4, praktik lanjutan)"))
        #expect(result.stdout.contains("P3  S  accepted → S2"))
        #expect(result.stdout.contains("P4  W  rejected"))

        // Accepted items are normal items, matched to categories (the framework item's category first).
        let items = try savedPlan()["items"] as? [[String: Any]] ?? []
        #expect(items.count == 2)
        let categories = items.map {
            (($0["categories"] as? [[String: Any]]) ?? []).compactMap { $0["category"] as? String }
        }
        #expect(categories.map(\.first) == ["C21", "C02"])

        let report = try folder.read("report.md")
        // Answered questions only, with the items they became; the stage reached is on page 1 too.
        #expect(report.contains("- **S1** e-Government sudah mencapai tahap Interaksi (Bank Dunia WB.2: tahap 2 dari "
            + "4)"))
        #expect(report.contains("## Penilaian kesiapan"))
        #expect(report.contains("### Fase e-Government Bank Dunia"))
        #expect(report.contains("tahap yang dicapai: **2 Interaksi**"))
        #expect(report.contains("| Komunikasi interaktif di situs web | 2 sudah | ██████████ | S1 |"))
        #expect(report.contains("| Visi e-Government (e-Vision) | 4 Praktik lanjutan | ████████ | S2 |"))
        #expect(report.components(separatedBy: "## Ringkasan eksekutif")[1].components(separatedBy: "\n## ")[0]
            .contains("Fase e-Government Bank Dunia: tahap yang dicapai: **2 Interaksi**"))
    }
}

/// The interview at a terminal: the prompt names the question, answers show the next one.
@Suite("assessment in tmux", .serialized)
struct AssessmentTerminalTests {
    @Test func aPlannerAnswersAFewQuestionsInteractively() throws {
        let terminal = try InteractiveTests.Terminal()
        try terminal.startDemoPlan()
        try terminal.type("assess website", "Enter")
        var screen = try terminal.waitFor("website WEB.1 [1-5/skip/back/quit]>")
        #expect(screen.contains("[1/7] Criteria — WEB.1 Transparency"))
        #expect(screen.contains("5 strong: Fully in place; a model for others."))
        try terminal.type("4", "Enter")
        try terminal.waitFor("website WEB.2 [1-5/skip/back/quit]>")
        try terminal.type("7", "Enter")
        screen = try terminal.waitFor("Error: 7 is outside the scale for WEB.2")
        #expect(!screen.contains("near line"))
        try terminal.type("2", "Enter")
        try terminal.waitFor("website WEB.3 [1-5/skip/back/quit]>")
        try terminal.type("back", "Enter")
        try terminal.waitFor("Current answer: 2 (weak); skip keeps it.")
        try terminal.type("quit", "Enter")
        screen = try terminal.waitFor("Stopped at question 2 of 7; `assess website` resumes here.")
        try terminal.waitFor("sets it aside):\n  P1  S  proposed        Website transparency rated good (Sitokdana "
            + "WEB.1: 4 of 5, good)")
        // The interview has ended: the prompt is the plan's again, and commands run.
        try terminal.waitFor("still weak (Sitokdana WEB.2: 2 of 5, weak)\nswot[demo]>")
        try terminal.type("assess website", "Enter")
        screen = try terminal.waitFor("Resuming at question 2 of 7 (2 answered).")
        try terminal.waitFor("Current answer: 2 (weak); skip keeps it.\nwebsite WEB.2 [1-5/skip/back/quit]>")
        try terminal.type("quit", "Enter", "quit", "Enter")
    }
}
