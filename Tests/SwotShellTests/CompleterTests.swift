import Testing
@testable import SwotShell

@Suite("tab completion")
struct CompleterTests {
    let completer = Completer(table: .standard)
    let context = CompletionContext(itemIDs: ["S1", "S2", "W1", "T1"], planNames: ["medan", "bekasi"])

    @Test func commandNamesComplete() {
        #expect(completer.complete("exp", context: context) == Completion(insertion: "ort ", candidates: []))
        let several = completer.complete("re", context: context)
        #expect(several.insertion == "")
        #expect(
            several.candidates.contains("remove") && several.candidates.contains("redo")
                && several.candidates.contains("read")
        )
    }

    @Test func argumentsCompleteByKind() {
        #expect(completer.complete("show W", context: context) == Completion(insertion: "1 ", candidates: []))
        #expect(completer.complete("show s", context: context) == Completion(insertion: "", candidates: ["S1", "S2"]))
        #expect(completer.complete("open me", context: context) == Completion(insertion: "dan ", candidates: []))
        #expect(completer.complete("move T1 kel", context: context) == Completion(insertion: "emahan ", candidates: []))
        #expect(completer.complete("export j", context: context) == Completion(insertion: "son ", candidates: []))
        #expect(completer.complete("add s Some te", context: context) == Completion(insertion: "", candidates: []))
    }

    /// A subcommand word chooses what the next word completes to.
    /// The action plan's commands complete strategy ids, and `budget` the funding source after a one-word amount.
    @Test func actionPlanCommandsComplete() {
        let context = CompletionContext(strategyIDs: ["SO1", "WT2"])
        #expect(completer.complete("budg", context: context) == Completion(insertion: "et ", candidates: []))
        #expect(completer.complete("budget W", context: context) == Completion(insertion: "T2 ", candidates: []))
        #expect(
            completer.complete("budget SO1 750jt h", context: context) == Completion(insertion: "ibah ", candidates: [])
        )
        #expect(completer.complete("target S", context: context) == Completion(insertion: "O1 ", candidates: []))
        #expect(completer.complete("ac", context: context).candidates.contains("actions"))
    }

    /// Tab after `tag ID ` lists first the categories `show ID` offers beside the item's own, then the rest.
    @Test func tagOffersTheSuggestedCategoriesFirst() {
        let context = CompletionContext(
            itemIDs: ["W1"], categories: ["C01", "C05", "C16", "LEAD", "HR", "PARTNER"],
            suggestedCategories: ["W1": ["C16", "PARTNER"]])
        #expect(completer.complete("tag w1 ", context: context).candidates
            == ["C16", "PARTNER", "C01", "C05", "LEAD", "HR"])
        #expect(completer.complete("tag W1 C", context: context).candidates == ["C16", "C01", "C05"])
        #expect(completer.complete("tag S1 C", context: context).candidates == ["C01", "C05", "C16"])
    }

    @Test func subcommandsCompleteTheirOwnArguments() {
        let context = CompletionContext(
            itemIDs: ["S1"],
            categories: ["C01", "C05", "HR"],
            frameworks: ["kpmg", "worldbank"]
        )
        #expect(
            completer.complete("kb fr", context: context)
                == Completion(insertion: "amework", candidates: ["framework", "frameworks"])
        )
        #expect(
            completer.complete("kb framework w", context: context) == Completion(insertion: "orldbank ", candidates: [])
        )
        #expect(
            completer.complete("kb show C0", context: context) == Completion(insertion: "", candidates: ["C01", "C05"])
        )
        #expect(completer.complete("kb sources ", context: context) == Completion(insertion: "", candidates: []))
        #expect(
            completer.complete("strategy add W", context: context)
                == Completion(insertion: "", candidates: ["WO", "WT"])
        )
        #expect(completer.complete("save o", context: context) == Completion(insertion: "verwrite ", candidates: []))
        #expect(completer.complete("import i", context: context) == Completion(insertion: "tems ", candidates: []))
    }

    /// `diff` offers the open plan's snapshots and backups, then the other plans, for both of its arguments.
    @Test func diffCompletesVersions() {
        let context = CompletionContext(versions: ["draft-1", "draft-2", "1", "medan-2024"])
        #expect(
            completer.complete("diff dr", context: context)
                == Completion(insertion: "aft-", candidates: ["draft-1", "draft-2"])
        )
        #expect(
            completer.complete("diff draft-1 m", context: context)
                == Completion(insertion: "edan-2024 ", candidates: [])
        )
    }

    @Test func spbeCommandsComplete() {
        let context = CompletionContext(frameworks: ["kpmg", "spbe"], strategyIDs: ["SO1", "WO1"])
        #expect(completer.complete("spbe t", context: context) == Completion(insertion: "arget ", candidates: []))
        #expect(
            completer.complete("spbe target sa", context: context)
                == Completion(insertion: "ngat-baik ", candidates: [])
        )
        #expect(completer.complete("import s", context: context) == Completion(insertion: "pbe ", candidates: []))
        #expect(completer.complete("raises W", context: context) == Completion(insertion: "O1 ", candidates: []))
        #expect(completer.complete("assess s", context: context) == Completion(insertion: "pbe ", candidates: []))
    }

    /// Ballots: `export b` and `import b` complete to `ballot`; after the file, the participants are offered.
    @Test func ballotsCompleteTheParticipantAfterTheFile() {
        let context = CompletionContext(participants: ["Budi", "Sari"])
        #expect(completer.complete("export b", context: context) == Completion(insertion: "allot ", candidates: []))
        #expect(completer.complete("import b", context: context) == Completion(insertion: "allot ", candidates: []))
        #expect(
            completer.complete("export ballot budi.csv B", context: context)
                == Completion(insertion: "udi ", candidates: [])
        )
        #expect(
            completer.complete("import ballot budi.csv S", context: context)
                == Completion(insertion: "ari ", candidates: [])
        )
    }
}
