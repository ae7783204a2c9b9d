import Testing
@testable import SwotCore

@Suite("readiness assessment")
struct AssessmentTests {
    let kb = KnowledgeBase.shipped

    func form(_ id: String) throws -> AssessmentForm {
        AssessmentForm(framework: try kb.requireAssessableFramework(id))
    }

    @Test func theFiveFrameworksHaveTheirScales() throws {
        let kpmg = try form("kpmg")
        #expect(kpmg.count == 25)
        #expect(kpmg.questions.allSatisfy { $0.scale.kind == .maturity && $0.scale.range == 1...5 })
        #expect(kpmg.questions[0].scale.level(4)?.name.en == "Advanced practice")

        let worldBank = try form("wb")
        #expect(worldBank.framework.id == "worldbank")
        #expect(worldBank.count == 4)
        #expect(worldBank.questions.allSatisfy { $0.scale.kind == .stages && $0.scale.range == 0...2 })
        #expect(
            worldBank.questions.map { $0.stage?.name.en } == [
                "Presence", "Interaction", "Transaction", "Transformation",
            ]
        )

        for id in ["edward", "website", "sustainability"] {
            let rated = try form(id)
            #expect(rated.count > 0)
            #expect(rated.questions.allSatisfy { $0.scale == .rating }, "\(id)")
        }
        // Inpres: the four levels are stages, the six strategies are rated.
        let inpres = try form("inpres")
        #expect(inpres.questions.filter { $0.stage != nil }.map(\.item.id) == ["LVL.1", "LVL.2", "LVL.3", "LVL.4"])
        #expect(inpres.questions.filter { $0.stage == nil }.allSatisfy { $0.scale == .rating })
        #expect(throws: AssessmentError.self) { try kb.requireAssessableFramework("gartner") }
    }

    @Test func thresholdsSplitTheScaleAtItsMiddle() {
        let rating = AssessmentScale.rating
        #expect([1, 2, 3, 4, 5].map { rating.reading(of: $0) } == [.low, .low, .middle, .high, .high])
    }

    @Test func theInterviewAnswersSkipsGoesBackAndResumes() throws {
        var interview = Interview(form: try form("kpmg"), saved: nil)
        #expect(interview.current?.item.id == "STRAT.1")
        #expect(try interview.handle("4") == .answered(item: "STRAT.1", level: 4))
        #expect(try interview.handle("  ") == .ignored)
        #expect(try interview.handle("# a comment") == .ignored)
        #expect(try interview.handle("skip") == .skipped(item: "STRAT.2"))
        #expect(try interview.handle("back") == .wentBack)
        #expect(interview.current?.item.id == "STRAT.2")
        #expect(try interview.handle("2") == .answered(item: "STRAT.2", level: 2))
        // A wrong answer changes nothing.
        #expect(throws: AssessmentError.levelOutOfRange("7", item: "STRAT.3", range: 1...5)) {
            try interview.handle("7")
        }
        #expect(throws: AssessmentError.self) { try interview.handle("list") }
        #expect(interview.current?.item.id == "STRAT.3")
        #expect(try interview.handle("quit") == .quit)

        let saved = interview.assessment
        #expect(saved.answers == ["STRAT.1": 4, "STRAT.2": 2])
        #expect(saved.position == 2)
        let resumed = Interview(form: try form("kpmg"), saved: saved)
        #expect(resumed.current?.item.id == "STRAT.3")

        var first = Interview(form: try form("kpmg"), saved: nil)
        #expect(try first.handle("back") == .atFirstQuestion)
    }

    @Test func aFinishedInterviewResumesAtTheFirstGapOrReviewsFromTheStart() throws {
        let edward = try form("edward")
        var assessment = Assessment(framework: "edward", position: edward.count)
        for question in edward.questions { assessment.answers[question.item.id] = 3 }
        assessment.answers["RES.2"] = nil
        #expect(Interview(form: edward, saved: assessment).current?.item.id == "RES.2")
        assessment.answers["RES.2"] = 4
        let review = Interview(form: edward, saved: assessment)
        #expect(review.current?.item.id == "COMM.1")
        #expect(review.currentAnswer == 3)
    }

    @Test func stageWordsAndTheOneLineForm() throws {
        let worldBank = try form("worldbank")
        #expect(try worldBank.questions[0].parseLevel("yes") == 2)
        #expect(try worldBank.questions[0].parseLevel("Sebagian") == 1)
        #expect(try worldBank.questions[0].parseLevel("tidak") == 0)
        let answers = try Interview.parseAnswers(["WB.1=2", "wb.2=yes", "WB.3=0"], form: worldBank)
        #expect(answers == ["WB.1": 2, "WB.2": 2, "WB.3": 0])
        #expect(throws: AssessmentError.malformedAnswer("WB.1")) {
            try Interview.parseAnswers(["WB.1"], form: worldBank)
        }
        #expect(throws: AssessmentError.answeredTwice("WB.1")) {
            try Interview.parseAnswers(["WB.1=2", "wb.1=1"], form: worldBank)
        }
        #expect(throws: AssessmentError.levelOutOfRange("3", item: "WB.1", range: 0...2)) {
            try Interview.parseAnswers(["WB.1=3"], form: worldBank)
        }
        do {
            _ = try Interview.parseAnswers(["WB.9=1"], form: worldBank)
            Issue.record("WB.9 was accepted")
        } catch {
            #expect(error.message == "worldbank has no item \"WB.9\". Its items are WB.1, WB.2, WB.3, WB.4.")
        }
    }

    @Test func medanReachesInteractionOnTheWorldBankPhases() throws {
        let worldBank = try form("worldbank")
        // D003: Medan offers basic information and interaction (email, forms), transactions only in part.
        let result = AssessmentResult(
            form: worldBank,
            assessment: Assessment(framework: "worldbank", answers: ["WB.1": 2, "WB.2": 2, "WB.3": 1, "WB.4": 0])
        )
        #expect(result.stageReached?.stage?.name.en == "Interaction")
        let candidates = result.candidates
        #expect(candidates.map(\.quadrant) == [.strength, .weakness])
        #expect(candidates[0].text.en == "e-Government has reached the Interaction stage (World Bank WB.2: stage 2 of "
            + "4)")
        #expect(candidates[0].text.id == "e-Government sudah mencapai tahap Interaksi (Bank Dunia WB.2: tahap 2 dari "
            + "4)")
        #expect(candidates[1].text.en == "Online service transactions only partly in place (World Bank WB.3, stage 3 "
            + "Transaction: partly)")
        #expect(candidates[1].text.id == "Transaksi layanan secara daring baru sebagian tersedia (Bank Dunia WB.3, "
            + "tahap 3 Transaksi: sebagian)")

        // Answered one at a time, the stage proposals keep their ids as the stage reached moves up.
        var plan = Plan(name: "medan")
        for (item, level) in [("WB.1", 2), ("WB.2", 2), ("WB.3", 1), ("WB.4", 0)] {
            plan.recordAnswers([item: level], form: worldBank)
        }
        #expect(plan.proposals.map(\.id) == ["P1", "P2"])
        #expect(plan.proposals.map(\.source.item) == ["WB.2", "WB.3"])

        let none = AssessmentResult(
            form: worldBank,
            assessment: Assessment(framework: "worldbank", answers: ["WB.1": 1, "WB.2": 2])
        )
        #expect(none.stageReached == nil)
        #expect(none.candidates.map(\.source.item) == ["WB.1"])
        // Inpres levels: the stage name is in the source, not repeated in the sentence.
        let inpres = AssessmentResult(
            form: try form("inpres"),
            assessment: Assessment(framework: "inpres", answers: ["LVL.1": 2, "LVL.2": 1])
        )
        #expect(inpres.candidates.last?.text.id == "Situs interaktif yang terhubung dengan lembaga lain baru sebagian "
            + "tersedia (Inpres 3/2003 LVL.2, tahap 2 Pematangan: sebagian)")
        // A gap stops the stages: WB.3 without WB.2 does not count.
        let gap = AssessmentResult(
            form: worldBank,
            assessment: Assessment(framework: "worldbank", answers: ["WB.1": 2, "WB.2": 0, "WB.3": 2])
        )
        #expect(gap.stageReached?.item.id == "WB.1")
    }

    @Test func kpmgLevelsBecomeStrengthsWeaknessesOpportunitiesAndThreats() throws {
        let kpmg = try form("kpmg")
        let result = AssessmentResult(form: kpmg, assessment: Assessment(framework: "kpmg", answers: [
            "STRAT.1": 4, "STRAT.2": 3, "ORG.1": 2, "STRAT.4": 1, "VCM.1": 5, "VCM.3": 2,
        ]))
        let byItem = Dictionary(uniqueKeysWithValues: result.candidates.map { ($0.source.item, $0) })
        #expect(byItem["STRAT.2"] == nil)
        #expect(byItem["STRAT.1"]?.quadrant == .strength)
        #expect(byItem["STRAT.1"]?.text.en == "e-Vision already at advanced practice (KPMG STRAT.1: level 4, advanced "
            + "practice)")
        #expect(byItem["STRAT.1"]?.text.id == "Visi e-Government (e-Vision) sudah pada tingkat praktik lanjutan (KPMG "
            + "STRAT.1: level 4, praktik lanjutan)")
        #expect(byItem["ORG.1"]?.quadrant == .weakness)
        #expect(byItem["ORG.1"]?.text.id == "Kompetensi e-Government masih pada tahap awal pengembangan (KPMG ORG.1: "
            + "level 2, tahap awal pengembangan)")
        #expect(byItem["STRAT.4"]?.text.id == "Belum ada komitmen sumber daya (KPMG STRAT.4: level 1, tidak ada / "
            + "kurang)")
        #expect(byItem["STRAT.4"]?.text.en == "Resource commitment not yet in place (KPMG STRAT.4: level 1, "
            + "non-existent / minimal)")
        // The paper's external aspects: partner relationships and public readiness.
        #expect(byItem["VCM.1"]?.quadrant == .opportunity)
        #expect(byItem["VCM.3"]?.quadrant == .threat)
        #expect(result.overallAverage == 17.0 / 6)
        #expect(result.overallLevel?.name.en == "Early development")
    }

    @Test func ratedFrameworksUseTheDefaultScaleInTheirSentences() throws {
        let result = AssessmentResult(
            form: try form("edward"),
            assessment: Assessment(framework: "edward", answers: ["RES.1": 2, "RES.4": 5, "DISP.3": 1])
        )
        let texts = result.candidates.map(\.text)
        #expect(texts.map(\.en) == [
            "Human resources still weak (Edward III RES.1: 2 of 5, weak)",
            "Finance rated strong (Edward III RES.4: 5 of 5, strong)",
            "Incentives not yet in place (Edward III DISP.3: 1 of 5, absent)",
        ])
        #expect(texts.map(\.id) == [
            "Sumber daya manusia masih lemah (Edward III RES.1: 2 dari 5, lemah)",
            "Keuangan sudah sangat kuat (Edward III RES.4: 5 dari 5, sangat kuat)",
            "Belum ada insentif (Edward III DISP.3: 1 dari 5, tidak ada)",
        ])
        let website = AssessmentResult(
            form: try form("website"),
            assessment: Assessment(framework: "website", answers: ["WEB.1": 4])
        )
        #expect(website.candidates.first?.text.id == "Transparansi situs web sudah baik (Sitokdana WEB.1: 4 dari 5, "
            + "baik)")
    }

    @Test func proposalsKeepTheirIdsFollowAnswersAndKeepDecisions() throws {
        let kpmg = try form("kpmg")
        var plan = Plan(name: "demo")
        plan.language = .id
        plan.recordAnswers(["STRAT.1": 4, "ORG.1": 2, "PRM.1": 1], form: kpmg)
        #expect(plan.proposals.map(\.id) == ["P1", "P2", "P3"])
        #expect(plan.proposals.map(\.source.item) == ["STRAT.1", "PRM.1", "ORG.1"])

        // Changing an answer within the same reading keeps the id; to the middle withdraws the proposal.
        plan.recordAnswers(["STRAT.1": 5, "PRM.1": 3], form: kpmg)
        #expect(plan.proposals.map(\.id) == ["P1", "P3"])
        #expect(plan.proposals[0].source.level == 5)

        let matcher = Matcher(knowledgeBase: kb)
        let item = try plan.acceptProposal("p3", matcher: matcher, knowledgeBase: kb)
        #expect(item.id == "W1")
        #expect(item.text.hasPrefix("Kompetensi e-Government masih pada tahap awal pengembangan"))
        #expect(item.categories.first?.category == "C05")
        #expect(plan.proposals[1].status == .accepted && plan.proposals[1].itemID == "W1")
        #expect(throws: AssessmentError.alreadyAccepted("P3", item: "W1")) {
            try plan.acceptProposal("P3", matcher: matcher, knowledgeBase: kb)
        }
        #expect(throws: AssessmentError.acceptedCannotBeRejected("P3", item: "W1")) { try plan.rejectProposal("P3") }
        try plan.rejectProposal("P1")
        #expect(throws: AssessmentError.noSuchProposal("P9", known: ["P1", "P3"])) { try plan.rejectProposal("P9") }

        // Decisions stay: the same suggestions are not made again; a new one gets a new id (P2 is not reused).
        plan.recordAnswers(["STRAT.1": 4, "ORG.1": 1, "PRM.1": 2], form: kpmg)
        #expect(plan.proposals.map(\.id) == ["P1", "P3", "P4"])
        #expect(plan.proposals.map(\.status) == [.rejected, .accepted, .proposed])
    }

    @Test func assessmentsAndProposalsSurviveThePlanFile() throws {
        var plan = Plan(name: "demo")
        plan.recordAnswers(["WB.1": 2, "WB.2": 2, "WB.3": 0], form: try form("worldbank"))
        let reopened = try PlanFile.decode(PlanFile.encode(plan))
        #expect(reopened == plan)
        #expect(reopened.proposals.count == 2)
        // Plans without the fields open, and write none.
        let empty = Plan(name: "old")
        let text = String(decoding: PlanFile.encode(empty), as: UTF8.self)
        #expect(!text.contains("assessments") && !text.contains("proposals"))

        var broken = plan
        broken.proposals[1].id = "P1"
        #expect(throws: PlanFileProblem(message: "proposal id P1 appears twice")) {
            try PlanFile.decode(PlanFile.encode(broken))
        }
        broken = plan
        broken.assessments[0].answers["WB.1"] = 40
        #expect(throws: PlanFileProblem.self) { try PlanFile.decode(PlanFile.encode(broken)) }
        broken = plan
        broken.proposals[0].status = .accepted
        #expect(throws: PlanFileProblem(message: "proposal P1 is accepted but names no item")) {
            try PlanFile.decode(PlanFile.encode(broken))
        }
    }

    @Test func theReportShowsLevelsBarsAndTheStageReached() throws {
        var plan = Plan(name: "demo")
        plan.recordAnswers(["WB.1": 2, "WB.2": 2, "WB.3": 1], form: try form("worldbank"))
        plan.recordAnswers(["STRAT.1": 4, "STRAT.2": 2], form: try form("kpmg"))
        // Answered questions only, the stage and overall level in words (the report's model, drawn as Markdown).
        let report = ReportBuilder.build(plan: plan, date: "2025-11-23", language: .en)
        let text = MarkdownRenderer(document: report, figureFolder: nil).render()
        #expect(text.contains("## Readiness assessment"))
        #expect(text.contains("stage reached: **2 Interaction**"))
        #expect(text.contains("| Interactive communication on the website | 2 yes | ██████████ | — |"))
        #expect(text.contains("| e-Vision | 4 Advanced practice | ████████ | — |"))
        #expect(text.contains("overall **3.0 of 5** (level 3 Good government practice)"))
        #expect(!text.contains("WB.4"), "unanswered questions are counted, not listed")
        #expect(text.contains("3 of 4 questions answered."))
        let empty = ReportBuilder.build(plan: Plan(name: "x"), date: "2025-11-23", language: .en)
        #expect(!empty.sections.contains { $0.id == "assessment" })
    }
}
