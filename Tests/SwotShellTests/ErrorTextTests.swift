import SwotCore
import Testing
@testable import SwotShell

/// The shell adds the commands that take a core error's remedies, in the language of the message they follow.
@Suite("error hints")
struct ErrorTextTests {
    @Test func remediesBecomeTheCommandsToType() {
        #expect(ErrorText.of(WorkspaceError.noSuchPlan("medan", folder: "workspaces"), language: nil)
            == "No plan named \"medan\" in workspaces. List the plans there, or start one by that name. Type `plans` "
                + "or `new medan`.")
        #expect(ErrorText.of(WorkspaceError.changedOnDisk(path: "p", name: "medan"), language: .en)
            .hasSuffix("Type `reload`, `save overwrite` or `save as PATH`."))
        #expect(ErrorText.of(PlanError.nothingToUndo, language: .en) == "Nothing to undo in this session.")
    }

    @Test func aBilingualMessageGetsItsHintInThePlansLanguage() {
        let error = QuantitativeError.noItems(.ife)
        #expect(ErrorText.of(error, language: .id).hasSuffix("Tambahkan dulu. Ketik `add s TEKS`."))
        #expect(ErrorText.of(error, language: .en).hasSuffix("Add some first. Type `add s TEXT`."))
        // An English-only message keeps English placeholders in an Indonesian plan.
        #expect(ErrorText.of(QuantitativeError.notAQSPMFactor("S1"), language: .id).hasSuffix("Type `weight S1 W`."))
    }

    @Test func everyRemedyIsACommandTheShellKnows() {
        let remedies: [Remedy] = [
            .listPlans, .newPlan(nil), .openPlan("a"), .openReadOnly("a"), .reload, .saveAs, .saveOverwrite,
            .listVersions, .keepSnapshot, .addItem(.threat), .listItems, .showItem("S1"), .tagItem("S1"), .setContext,
            .setWeight(nil), .setRating, .normalizeWeights(.efe), .compareItems, .compareGroups, .chooseForQSPM(nil),
            .derive, .deriveMore, .listStrategies, .addStrategy(nil, from: nil), .acceptStrategy("SO1"), .setPeriod,
            .clearTarget, .zeroBudgetLine, .listActions, .assess(nil), .enterSpbeLevels, .importSpbeLevels,
            .listFramework("spbe"), .listProposals, .removeItem("S1"), .undo, .listCategories, .listParticipants,
            .addParticipant, .takeBackVotes, .listVotes, .exportBallot, .importBallot,
        ]
        for remedy in remedies {
            let name = remedy.command(.en).split(separator: " ")[0]
            #expect(CommandTable.standard.names.contains(String(name)), "\(remedy)")
        }
    }
}
