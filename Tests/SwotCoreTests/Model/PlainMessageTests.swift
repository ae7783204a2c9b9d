import Testing
@testable import SwotCore

/// Core messages say what to do in plain words and leave the commands to the shell (issue 13): none of them quotes
/// a command in backticks, and the steps they advise come as typed remedies instead.
@Suite("plain core messages")
struct PlainMessageTests {
    static let many = (1...13).map { "S\($0)" }

    /// Every case whose message named a command before, with its lists both short and long.
    static let errors: [any PlannerFacingError] = [
        PlanError.noSuchItem("S9", known: []), PlanError.noSuchItem("S99", known: many),
        PlanError.textTooLong(what: "item text", length: 900, limit: 500),
        PlanError.notTagged("S1", category: "C05"),
        QuantitativeError.noItems(.ife), QuantitativeError.noItems(.efe),
        QuantitativeError.incomplete(.ife, missingWeights: ["S1"], missingRatings: ["W1"]),
        QuantitativeError.comparedAcrossQuadrants("S1", "O1"), QuantitativeError.comparedItemWithGroup("S1", "O"),
        QuantitativeError.qspmNeedsTwo, QuantitativeError.notInQSPM("WT1", chosen: ["SO1", "WO1"]),
        QuantitativeError.qspmNoStrategies, QuantitativeError.notAQSPMFactor("S1"),
        ScoringError.weightsDoNotSum(context: "IFE matrix", sum: 0.9, tolerance: 0.005, normalizable: .ife),
        ActionPlanError.noPeriod, ActionPlanError.yearOutsidePeriod(2031, PlanPeriod(start: 2025, end: 2029)),
        ActionPlanError.badPeriod("the end is before the start"),
        ActionPlanError.periodWouldDropEntries(PlanPeriod(start: 2025, end: 2029), entries: many),
        ActionPlanError.rejectedStrategy("SO1"), ActionPlanError.noBudgetLine("SO1", source: .apbd, year: 2026),
        StrategyError.noSuchStrategy("SO9", known: []), StrategyError.noSuchStrategy("SO99", known: many),
        WorkspaceError.noSuchPlan("medan", folder: "workspaces"), WorkspaceError.alreadyExists("medan"),
        WorkspaceError.missingFolder("workspaces"), WorkspaceError.locked("medan", holder: nil),
        WorkspaceError.folderNotWritable("medan", folder: "workspaces"), WorkspaceError.readOnly("medan"),
        WorkspaceError.deletedOnDisk(path: "workspaces/medan.swot.json"),
        WorkspaceError.changedOnDisk(path: "workspaces/medan.swot.json", name: "medan"),
        VersionError.snapshotExists("draft"), VersionError.noSuchVersion("x", snapshots: [], backups: []),
        VersionError.noSuchVersion("x", snapshots: many, backups: [1]),
        KnowledgeBaseError.unknownCategory("XYZ"),
        PanelError.alreadyThere("Budi"), PanelError.noSuchParticipant("Sari", known: []),
        PanelError.overBudget("Budi", asked: 3, left: 1, budget: 5),
        SpbeError.noEvaluation, SpbeError.incomplete(missing: [1, 2]), SpbeError.unknownIndicator("99", range: 1...47),
        AssessmentError.notAssessed("kpmg"), AssessmentError.malformedProposalID("X1"),
        AssessmentError.noSuchProposal("P9", known: []), AssessmentError.noSuchProposal("P99", known: many),
        AssessmentError.acceptedCannotBeRejected("P1", item: "S4"),
    ]

    @Test func aBallotOrKnowledgeBaseFileProblemCarriesItsRemedy() throws {
        let plan = Plan(name: "p")
        let table = try CSVTable.parse("S1;0,3\r\n", file: "x.csv")
        #expect(throws: CSVTableError.row(file: "x.csv", row: 1, problem: "no header row (ID, Quadrant, Text, Weight, "
            + "Rating, Votes) was found; fill in a ballot that swot exported for a participant",
            remedy: .exportBallot)) { try Ballot.read(table, file: "x.csv", plan: plan) }
        let category = KnowledgeBaseFileError.invalidEntry(entry: "factors[0]", problem: "x", remedy: .listCategories)
        #expect(category.remedies == [.listCategories] && !category.message.contains("`"))
    }

    @Test func noMessageQuotesACommand() {
        for error in PlainMessageTests.errors {
            #expect(!error.message.contains("`"), "\(error)")
            if let bilingual = error as? any BilingualError {
                #expect(!bilingual.message(.id).contains("`"), "\(error)")
            }
        }
    }

    @Test func theAdviceComesAsRemedies() {
        #expect(WorkspaceError.noSuchPlan("medan", folder: "w").remedies == [.listPlans, .newPlan("medan")])
        #expect(WorkspaceError.changedOnDisk(path: "p", name: "medan").remedies
            == [.reload, .saveOverwrite, .saveAs])
        #expect(QuantitativeError.noItems(.efe).remedies == [.addItem(.opportunity)])
        #expect(PlanError.noSuchItem("S9", known: ["S1"]).remedies.isEmpty)
        #expect(PlanError.noSuchItem("S99", known: PlainMessageTests.many).remedies == [.listItems])
        #expect(VersionError.unreadable(.locked("medan", holder: nil)).remedies == [.openReadOnly("medan")])
        #expect(AssessmentError.acceptedCannotBeRejected("P1", item: "S4").remedies == [.removeItem("S4"), .undo])
    }

    @Test func itemsLeftOutGiveReasonsWithoutCommands() {
        let left = LeftOutItem(id: "T2", reasons: [.noCategory, .notInTop(.st), .noPartner(.wt)])
        for language in Language.allCases {
            #expect(!left.explanation(language).contains("`"))
        }
        #expect(left.reasons.map(left.remedy(for:)) == [.tagItem("T2"), .deriveMore, nil])
        #expect(left.handWritten == .addStrategy(.st, from: "T2"))
    }
}
