import Foundation
import Testing
import TestSupport

/// Participants through the real binary: each planner's weights and ratings, the plan's aggregate, `consensus`.
@Suite("participants through a pipe")
struct PanelTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    static let plan = SamplePlans.internalItems + "participant add Budi Sari Andi\n"

    static let panel = plan + """
        as Budi
        weight S1 0.4 S2 0.1 W1 0.3 W2 0.2
        rate S1 4 S2 3 W1 1 W2 2
        as Sari
        weight S1 0.2 S2 0.3 W1 0.3 W2 0.2
        rate S1 3 S2 3 W1 2 W2 2
        as Andi
        rate S1 3.5 W1 1
        as -

        """

    /// The JSON export's items, by id.
    func items(_ stdout: String) throws -> [String: [String: Any]] {
        let json = try #require(stdout.range(of: "{\n").map { String(stdout[$0.lowerBound...]) })
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(plan["items"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as! String, $0) })
    }

    @Test func thePlanTakesTheMeanOfEveryonesValues() throws {
        let result = try run(Self.panel + "export json\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("S1 weight Sari: 0.20; the plan's weight is 0.30 (from 2 participants)."))
        #expect(result.stdout.contains("W1 rating Andi: 1; the plan's rating is 1.33 (from 3 participants)."))
        let items = try items(result.stdout)
        #expect(items["S1"]?["rating"] as? Double == 3.5)
        #expect(abs((items["W1"]?["rating"] as? Double ?? 0) - 4.0 / 3) < 1e-9)
        // Means of complete sets of weights sum to 1: they stay as they are.
        #expect(items["S1"]?["weight"] as? Double == 0.3)
        #expect(items["S2"]?["weight"] as? Double == 0.2)
    }

    @Test func consensusShowsTheMostDisputedFirstInThePlansLanguage() throws {
        let result = try run(Self.panel + "participants\nconsensus\nlang id\nconsensus\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  Budi  4 weights, 4 ratings\n  Sari  4 weights, 4 ratings\n  Andi  0 weights, "
            + "2 ratings\n"))
        #expect(result.stdout.contains("""
            Ratings (mean, standard deviation, min–max, participants):
              W1   1.33  ±0.47  1–2  n=3
              S1   3.50  ±0.41  3–4  n=3
              S2   3     ±0.00  3–3  n=2
            """))
        #expect(result.stdout.contains("Weights (mean, standard deviation, min–max, participants):\n  S1   0.30  ±0.10 "
            + " 0.20–0.40  n=2\n"))
        #expect(result.stdout.contains("Peringkat (rata-rata, simpangan baku, min–maks, peserta):\n  W1   1,33  ±0,47  "
            + "1–2  n=3\n"))
    }

    @Test func weightsAreRescaledFromTheMeansWhenTheyDoNotSumToOne() throws {
        let result = try run(Self.plan + """
            as Budi
            weight S1 0.5 S2 0.5 W1 0.5 W2 0.5
            as Sari
            weight S1 0.1 S2 0.1 W1 0.1 W2 0.1
            export json

            """)
        #expect(result.status == 0, "\(result.stderr)")
        let items = try items(result.stdout)
        for id in ["S1", "S2", "W1", "W2"] { #expect(items[id]?["weight"] as? Double == 0.25) }
    }

    @Test func undoRemoveAndTheFacilitatorWorkAsBefore() throws {
        let result = try run(Self.panel + """
            undo
            consensus
            participant remove Sari
            export json

            """)
        #expect(result.status == 0, "\(result.stderr)")
        // Undo took Andi's ratings back.
        #expect(result.stdout.contains("Ratings (mean, standard deviation, min–max, participants):\n  S1   3.50  ±0.50 "
            + " 3–4  n=2\n"))
        #expect(result.stdout.contains("Removed Sari and their values."))
        let items = try items(result.stdout)
        #expect(items["S1"]?["weight"] as? Double == 0.4)
        #expect(items["S2"]?["rating"] as? Double == 3)
        // A plan without participants: weight and rate set the plan's own values, as always.
        let single = try run("new q\nlang en\nadd s Kuat\nweight S1 0.2\nrate S1 4\nconsensus\nparticipants\n")
        #expect(single.stdout.contains("S1 weight 0.20.\n"))
        #expect(single.stdout.contains("S1 rated 4 (major strength)."))
        #expect(single.stdout.contains("No participant has scored an item yet"))
        #expect(single.stdout.contains("No participants: the plan's values are the facilitator's."))
    }

    @Test func badNamesAndOutOfRangeValuesChangeNothing() throws {
        let result = try run(Self.plan + """
            participant add Budi
            participant add Dewi bad/name
            participant remove Nobody
            as Nobody
            as Budi
            rate S1 2
            weight S1 1.5
            participant
            participants

            """)
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 7, "\(errors)")
        #expect(errors[0].contains("Budi is already a participant."))
        #expect(errors[1].contains("\"bad/name\" cannot be a participant's name"))
        #expect(errors[2].contains("No participant named Nobody. Participants: Budi, Sari, Andi."))
        #expect(errors[3].contains("No participant named Nobody."))
        #expect(errors[4].contains("rating"))
        #expect(errors[5].contains("weight"))
        #expect(errors[6].contains("Usage: participant add NAME"))
        // Dewi was not added with the bad name beside her; nothing was recorded for Budi.
        #expect(result.stdout.contains("* Budi  0 weights, 0 ratings\n  Sari"))
        #expect(!result.stdout.contains("Dewi"))
    }

    /// Participants reopen with the plan; a file edited by hand into an impossible rating is refused at open.
    @Test func participantsAreSavedAndCheckedWhenThePlanIsOpened() throws {
        _ = try run(Self.panel)
        let reopened = try run("open p\nlang en\nconsensus\n")
        #expect(reopened.status == 0, "\(reopened.stderr)")
        #expect(reopened.stdout.contains("  W1   1.33  ±0.47  1–2  n=3"))
        let file = try folder.read("workspaces/p.json")
        #expect(file.contains("\"S1\" : 3.5"))
        try folder.write("workspaces/p.json", file.replacingOccurrences(of: "\"S1\" : 3.5", with: "\"S1\" : 9"))
        let refused = try run("open p\n")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("participant Andi has a rating for S1 outside its range"))
    }

    /// Dot voting: each participant has a third of the strategies in votes; `votes` ranks by the sum.
    @Test func dotVotingKeepsToTheBudgetAndRanksByTheSum() throws {
        let result = try run(Self.plan + """
            add o Dukungan regulasi Perpres 95/2018
            add t Serangan siber meningkat
            strategy add SO Satu
            strategy add SO Dua
            strategy add WT Tiga
            strategy add ST Empat
            vote SO1
            as Budi
            vote SO2
            vote SO1 2
            vote WT1 1
            as Sari
            vote SO1 0
            vote SO1
            vote WT1
            as -
            votes
            as Budi
            vote SO1 0
            votes

            """)
        #expect(result.status == 2)
        // Four strategies: two votes each.
        #expect(result.stdout.contains("Budi: 1 on SO2; 1 of 2 votes left."))
        #expect(result.stdout.contains("Budi: 1 on WT1; 0 of 2 votes left."))
        #expect(result.stdout.contains("  WT1   2   (Budi 1, Sari 1)  Tiga\n  SO1   1   (Sari 1)  Satu\n  SO2   1   "
            + "(Budi 1)  Dua\n"))
        #expect(result.stdout.contains("Votes left (of 2 each): Budi 0, Sari 0, Andi 2"))
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 2, "\(errors)")
        #expect(errors[0].contains("Votes are a participant's: type `as NAME` first"))
        #expect(errors[1].contains("Budi has 1 of 2 votes left, so cannot give 2 here."))
    }

    /// AHP judgements by the geometric mean of the participants', QSPM scores by their mean (a dash only where all
    /// who judged a row dashed it); removing a participant takes both again; the file keeps them and is checked.
    @Test func judgementsAndQSPMScoresAreTheRoomsAggregate() throws {
        let result = try run(Self.plan + """
            add s Pusat data daerah
            add o Dukungan regulasi Perpres 95/2018
            add t Serangan siber meningkat
            weight S1 0.3 S2 0.2 S3 0.1 W1 0.2 W2 0.2 O1 0.6 T1 0.4
            rate S1 4 S2 3 S3 3 W1 1 W2 2 O1 3 T1 2
            strategy add SO Satu
            strategy add WT Dua
            qspm SO1 WT1
            as Budi
            compare S1 S2 3
            compare S1 S3 5
            attract SO1 S1 4
            attract * O1 -
            attract * T1 -
            compare S1 W1 3
            as Sari
            compare S2 S1 3
            attract SO1 S1 2
            attract * O1 3
            as Andi
            compare S1 S2 9
            as -
            participants
            consensus
            participant remove Sari
            export json

            """)
        #expect(result.status == 2)
        #expect(result.stderr.contains("S1 and W1 are in different quadrants"))
        #expect(result.stdout.contains("S2 vs S1 Sari: 3; the plan's judgement is 1 (geometric mean of 2 "
            + "participants)."))
        #expect(result.stdout.contains("S1 vs S2 Andi: 9; the plan's judgement is 2.08 (geometric mean of 3 "
            + "participants)."))
        #expect(result.stdout.contains("T1 Budi: -; the plan's QSPM score: SO1 -, WT1 - (mean of the participants)."))
        // Sari's scores outweigh Budi's dash on O1: the row is scored, and his dash leaves him out of the mean.
        #expect(result.stdout.contains("O1 Sari: 3; the plan's QSPM score: SO1 3, WT1 3 (mean of the participants)."))
        #expect(result.stdout.contains("  Budi  0 weights, 0 ratings, 2 AHP judgements, 5 QSPM scores\n"))
        #expect(result.stdout.contains("""
            AHP judgements (geometric mean, spread of the logarithms, min–max, participants):
              S1 vs S2 2.08  ±1.37  1/3–9  n=3
              S1 vs S3 5     ±0.00  5–5  n=1
            QSPM attractiveness (mean, standard deviation, min–max, participants):
              SO1 × S1 3     ±1.00  2–4  n=2
            """))
        let json = try #require(result.stdout.range(of: "{\n").map { String(result.stdout[$0.lowerBound...]) })
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let comparisons = try #require(plan["comparisons"] as? [[String: Any]])
        let s1s2 = try #require(comparisons.first { $0["first"] as? String == "S1" && $0["second"] as? String == "S2" })
        // Without Sari: the geometric mean of Budi's 3 and Andi's 9.
        #expect(abs((s1s2["value"] as? Double ?? 0) - 27.0.squareRoot()) < 1e-9)
        let scores = try #require((plan["qspm"] as? [String: Any])?["scores"] as? [[String: Any]])
        let cell = { (strategy: String, item: String) in
            scores.first { $0["strategy"] as? String == strategy && $0["item"] as? String == item }
        }
        #expect(cell("SO1", "S1")?["score"] as? Double == 4)
        #expect(cell("SO1", "O1")?["score"] is NSNull)
        let file = try folder.read("workspaces/p.json")
        try folder.write(
            "workspaces/p.json",
            file.replacingOccurrences(of: "\"value\" : 3\n", with: "\"value\" : 30\n")
        )
        let refused = try run("open p\n")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("participant Budi has a judgement S1 vs S2 that is not two item ids"))
    }
}
