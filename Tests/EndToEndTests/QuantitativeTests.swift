import Foundation
import Testing
import TestSupport

/// The quantitative layer through the real binary: IFE/EFE, IE matrix, SWOT position, AHP/A'WOT and QSPM, each
/// checked against arithmetic written out here, every invalid number refused with the plan file untouched, and
/// the Markdown export rendered by GitHub's parser.
@Suite("quantitative layer")
struct QuantitativeTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    func planBytes(_ name: String = "demo") throws -> Data {
        try Data(contentsOf: folder.file("workspaces/\(name).json"))
    }

    func planJSON(_ name: String = "demo") throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: planBytes(name)) as! [String: Any]
    }

    /// Ten items, English so the report is in English.
    static let items = """
        new demo Worked example
        lang en
        add s Strong support from the mayor
        add s IT staff trained in e-services
        add s Data centre already running
        add w Small IT budget
        add w Network coverage uneven
        add o National SPBE programme funds integration
        add o Citizens use mobile phones widely
        add o University partners offer training
        add t Cyber attacks are rising
        add t Regulations change quickly

        """

    /// The worked IFE and EFE.
    ///
    /// IFE (weights 0.20 + 0.15 + 0.10 + 0.35 + 0.20 = 1.00):
    ///   S1 0.20 × 4 = 0.80, S2 0.15 × 3 = 0.45, S3 0.10 × 3 = 0.30   → strengths 1.55
    ///   W1 0.35 × 1 = 0.35, W2 0.20 × 2 = 0.40                        → weaknesses 0.75
    ///   total 1.55 + 0.75 = 2.30 → average (2.0–2.99), below the 2.5 midpoint: the IE column "average"
    /// EFE (weights 0.30 + 0.20 + 0.10 + 0.25 + 0.15 = 1.00):
    ///   O1 0.30 × 4 = 1.20, O2 0.20 × 3 = 0.60, O3 0.10 × 4 = 0.40   → opportunities 2.20
    ///   T1 0.25 × 3 = 0.75, T2 0.15 × 2 = 0.30                        → threats 1.05
    ///   total 2.20 + 1.05 = 3.25 → high (3.0–4.0), IE row "high"
    /// IE: column average, row high → cell II, grow and build.
    /// Position (W and T as severity, weight × (5 − rating)):
    ///   W = 0.35 × (5 − 1) + 0.20 × (5 − 2) = 1.40 + 0.60 = 2.00;  x = 1.55 − 2.00 = −0.45
    ///   T = 0.25 × (5 − 3) + 0.15 × (5 − 2) = 0.50 + 0.45 = 0.95;  y = 2.20 − 0.95 = +1.25
    ///   x < 0, y ≥ 0 → III turnaround → favour WO.
    ///   Alignments: SO = x + y = 0.80, ST = x − y = −1.70, WO = −x + y = 1.70, WT = −x − y = −0.80
    ///   → preference order WO, SO, WT, ST.
    ///   (Taken as entered, W = 0.75 and T = 1.05 would give x = +0.80, y = +1.15: "aggressive" for an
    ///   organisation whose heaviest internal factor is a major weakness — the reason for the severity convention.)
    static let scores = """
        weight S1 0.20 S2 0.15 S3 0.10 W1 0.35 W2 0.20
        rate S1 4 S2 3 S3 3 W1 1 W2 2
        weight O1 0.30 O2 0.20 O3 0.10 T1 0.25 T2 0.15
        rate O1 4 O2 3 O3 4 T1 3 T2 2

        """

    @Test func workedIFEAndEFEGiveTheirTotalsCellAndPosition() throws {
        let result = try run(Self.items + Self.scores + "ife\nefe\nie\nposition\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let out = result.stdout
        #expect(out.contains("IFE matrix weights sum to 1.00 (complete)."))
        #expect(out.contains("S1 rated 4 (major strength)."))
        #expect(out.contains("W1 rated 1 (major weakness)."))
        #expect(out.contains("T1 rated 3 (above average response)."))
        // IFE rows and totals.
        for expected in ["S1   Strong support from the mayor", "0.20       4    0.80", "0.15       3    0.45",
                         "0.35       1    0.35", "Strengths subtotal", "1.55", "Weaknesses subtotal", "0.75",
                         "IFE total 2.30: average (2.0–2.99), below the 2.5 midpoint.",
                         "Below the 2.5 midpoint: the organisation is average internally, on the weaker side."] {
            #expect(out.contains(expected), "missing \(expected)")
        }
        // EFE totals.
        for expected in ["0.30       4    1.20", "0.25       3    0.75", "Opportunities subtotal", "2.20",
                         "Threats subtotal", "1.05", "EFE total 3.25: high (3.0–4.0)."] {
            #expect(out.contains(expected), "missing \(expected)")
        }
        // IE: cell II marked in the grid and named in words.
        #expect(out.contains(">> II <<"))
        #expect(out.contains("● here"))
        #expect(out.contains("IFE 2.30 (average, 2.0–2.99) and EFE 3.25 (high, 3.0–4.0) place the organisation in cell "
            + "II: Grow and build."))
        // Position.
        #expect(out.contains("x = S − W = 1.55 − 2.00 = -0.45"))
        #expect(out.contains("y = O − T = 2.20 − 0.95 = +1.25"))
        #expect(out.contains("Quadrant III: Turnaround → favour WO strategies"))
        #expect(out.contains("Preference order for strategies: WO, SO, WT, ST."))
        // The point: bound 2 (|y| = 1.25 > 1), column 24 + round(−0.45 / 2 × 24) = 24 − 5 = 19,
        // row 6 − round(1.25 / 2 × 6) = 6 − 4 = 2 (third plot line). Plot lines start after a 6-character gutter.
        let plot = out.components(separatedBy: "\n").drop { !$0.hasPrefix("SWOT position") }.dropFirst().prefix(13)
        let pointRow = Array(plot)[2]
        let gutter = 6
        #expect(Array(pointRow).firstIndex(of: "●") == gutter + 19, "\(pointRow)")
        #expect(plot.first?.contains("III Turnaround (WO)") == true)
        #expect(plot.first?.contains("I Aggressive (SO)") == true)
    }

    /// Every IE cell, with the boundary totals 1.99, 2.0, 2.99, 3.0 and 4.0 among them, through `ie`.
    ///
    /// IFE total t from one strength S1 and one weakness W1: t ≥ 3 → S1 weight 1 rated t (W1 weight 0);
    /// t < 2 → W1 weight 1 rated t (S1 weight 0); 2 ≤ t < 3 → S1 (t − 2) × 3 + W1 (3 − t) × 2 = 2 + (t − 2) = t.
    /// EFE total from O1 weight 1 rated t (T1 weight 0).
    /// Found by the shell fuzzer: a rated weakness moved to the strengths kept its rating 2, and the saved plan no
    /// longer opened.
    @Test func aMovedItemNeverKeepsARatingItsQuadrantForbids() throws {
        let result = try run("new demo\nadd w SDM TIK kurang\nrate W1 2\nmove W1 s\nlist s\n")
        #expect(result.stdout.contains("Its rating 2 does not fit strengths (rated 3–4) and was cleared; `rate S1 R` "
            + "sets a new one."))
        let reopened = try run("open demo\nrate S1 4\n")
        #expect(reopened.status == 0, "\(reopened.stderr)")
    }

    @Test func everyIECellAndBoundary() throws {
        let cases: [(ife: String, efe: String, cell: String, prescription: String)] = [
            ("4.0", "4.0", "I", "Grow and build"),
            ("2.99", "3.0", "II", "Grow and build"),
            ("1.99", "3.5", "III", "Hold and maintain"),
            ("3.0", "2.99", "IV", "Grow and build"),
            ("2.0", "2.0", "V", "Hold and maintain"),
            ("1.0", "2.5", "VI", "Harvest or divest"),
            ("3.5", "1.99", "VII", "Hold and maintain"),
            ("2.5", "1.0", "VIII", "Harvest or divest"),
            ("1.5", "1.5", "IX", "Harvest or divest"),
        ]
        var script = "new demo\nadd s Strong leadership\nadd w Small budget\nadd o National programme\nadd t Cyber "
            + "attacks\n"
        for entry in cases {
            let t = Double(entry.ife)!
            if t >= 3 {
                script += "weight S1 1 W1 0\nrate S1 \(entry.ife)\n"
            } else if t < 2 {
                script += "weight S1 0 W1 1\nrate W1 \(entry.ife)\n"
            } else {
                script += "weight S1 \(String(format: "%.2f", t - 2)) W1 \(String(format: "%.2f", 3 - t))\nrate S1 3 "
                    + "W1 2\n"
            }
            script += "weight O1 1 T1 0\nrate O1 \(entry.efe)\nie\n"
        }
        let result = try run(script)
        #expect(result.status == 0, "\(result.stderr)")
        let readings = result.stdout.components(separatedBy: "\n").filter {
            $0.contains("place the organisation in cell")
        }
        #expect(readings.count == cases.count)
        for (reading, entry) in zip(readings, cases) {
            #expect(
                reading.contains("in cell \(entry.cell): \(entry.prescription)."),
                "IFE \(entry.ife), EFE \(entry.efe): \(reading)"
            )
        }
    }

    @Test func everyInvalidNumberIsRefusedAndNothingIsSaved() throws {
        _ = try run(Self.items + Self.scores + "strategy add SO Expand integrated services from S1 O1\nstrategy add WO "
            + "Train staff through university partners from W1 O3\nqspm SO1 WO1\nattract SO1 S1 4\nattract * S2 -\n")
        let before = try planBytes()
        let lines: [(command: String, message: String)] = [
            ("weight S1 1.5", "The weight of S1 in the IFE matrix is 1.50; weights must lie between 0 and 1."),
            ("weight S1 -0.1", "The weight of S1 in the IFE matrix is -0.10; weights must lie between 0 and 1."),
            ("weight S1 abc", "\"abc\" is not a number. Enter the weight as a decimal number"),
            ("weight S1 0.3 S2 7", "The weight of S2 in the IFE matrix is 7.00"),
            ("weight S1 0.3 S2", "Usage: weight ID W [ID W …]"),
            ("rate S1 2", "S1 is rated 2 in the IFE matrix, but strengths are rated 3 (minor strength) or 4 (major "
                + "strength)."),
            ("rate W1 3", "W1 is rated 3 in the IFE matrix, but weaknesses are rated 1 (major weakness) or 2 (minor "
                + "weakness)."),
            ("rate O1 5", "O1 is rated 5 in the EFE matrix, but opportunities and threats are rated 1 (poor response) "
                + "to 4 (superior response)."),
            ("rate T1 0", "T1 is rated 0 in the EFE matrix"),
            ("rate T1 nan", "\"nan\" is not a number."),
            ("rate S9 3", "No item S9 in this plan."),
            ("compare S1 S2 10", "The judgement S1 vs S2 in the comparisons of Strengths is 10; Saaty's scale runs "
                + "from 1/9 to 9"),
            ("compare S1 S2 1/10", "The judgement S1 vs S2 in the comparisons of Strengths is 1/10"),
            ("compare S1 S2 0", "The judgement S1 vs S2 in the comparisons of Strengths is 0.00; Saaty's scale runs "
                + "from 1/9 to 9"),
            ("compare S1 S2 1/0", "\"1/0\" is not a number."),
            ("compare S1 S1 3", "S1 is compared with itself as 3"),
            ("compare S1 O1 3", "S1 and O1 are in different quadrants."),
            ("compare S1 O 3", "S1 vs O compares an item with a whole SWOT group."),
            ("compare S W 12", "The judgement S vs W in the comparisons between the SWOT groups is 12"),
            ("attract SO1 S1 5", "The attractiveness score of SO1 for S1 is 5; scores run from 1 (not attractive) to 4 "
                + "(highly attractive)."),
            ("attract SO1 S1 0", "The attractiveness score of SO1 for S1 is 0"),
            ("attract WO1 S1 -", "The QSPM row S1 has a dash for WO1 but scores for SO1."),
            ("attract SO1 S2 3", "The QSPM row S2 has a dash for WO1 but scores for SO1."),
            ("attract ST1 S1 3", "No strategy ST1 in this plan."),
            ("qspm SO1", "QSPM compares alternative strategies: name at least two"),
            ("normalize xyz", "\"xyz\" is not a matrix."),
        ]
        let result = try run("open demo\n" + lines.map(\.command).joined(separator: "\n") + "\n")
        #expect(result.status == 2)
        for (index, entry) in lines.enumerated() {
            #expect(
                result.stderr.contains("Error: near line \(index + 2): \(entry.message)"),
                "\(entry.command)\n\(result.stderr)"
            )
        }
        #expect(try planBytes() == before, "a refused command changed the plan file")
    }

    @Test func weightsThatDoNotSumAreRefusedUntilNormalized() throws {
        // S1 0.20 → 0.50 makes the IFE sum 1.00 − 0.20 + 0.50 = 1.30.
        let result = try run(Self.items + Self.scores + "weight S1 0.5\nife\nie\nnormalize ife\nife\n")
        #expect(result.stdout.contains("IFE matrix weights sum to 1.30, over 1.00: lower some or run `normalize ife`."))
        #expect(result.stderr.contains("Error: near line 18: Weights of the IFE matrix sum to 1.30, not 1.00 (±0.005). "
            + "Adjust them, or rescale them to sum to 1.00. Type `normalize ife`."))
        #expect(result.stderr.contains("Error: near line 19: Weights of the IFE matrix sum to 1.30"))
        // normalize: each weight / 1.30 → S1 0.5/1.3 = 0.385, S2 0.15/1.3 = 0.115, S3 0.10/1.3 = 0.077,
        // W1 0.35/1.3 = 0.269, W2 0.20/1.3 = 0.154.
        #expect(result.stdout.contains("IFE matrix weights rescaled to sum to 1: S1 0.385, S2 0.115, S3 0.077, W1 "
            + "0.269, W2 0.154."))
        // New total = (0.5 × 4 + 0.15 × 3 + 0.10 × 3 + 0.35 × 1 + 0.20 × 2) / 1.3 = 3.50 / 1.3 = 2.692.
        #expect(result.stdout.contains("IFE total 2.69: average (2.0–2.99), at or above the 2.5 midpoint."))
        // Missing ratings are named.
        let missing = try run("open demo\nadd s New strength\nife\n")
        #expect(missing.stderr.contains("The IFE matrix is not complete: no weight for S4; no rating for S4."))
    }

    /// AHP through `compare`, with a known eigenvector and CR.
    @Test func ahpGivesTheKnownEigenvectorConsistencyAndWarning() throws {
        // Strengths S1, S2, S3 judged 2, 6 and 3: exactly consistent with w = (0.6, 0.3, 0.1), since
        // a12 = 0.6/0.3 = 2, a13 = 0.6/0.1 = 6, a23 = 0.3/0.1 = 3 and
        // A·w = (0.6 + 2·0.3 + 6·0.1, 0.6/2 + 0.3 + 3·0.1, 0.6/6 + 0.3/3 + 0.1) = (1.8, 0.9, 0.3) = 3·w,
        // so λmax = 3 = n, CI = (3 − 3)/(3 − 1) = 0, CR = 0/0.58 = 0.
        //
        // Opportunities O1, O2, O3 judged 3, 5 and 3 (the tutorial matrix [1 3 5; 1/3 1 3; 1/5 1/3 1]):
        // published w ≈ (0.637, 0.258, 0.105), λmax ≈ 3.039, CI ≈ 0.019, CR ≈ 0.019/0.58 ≈ 0.033 < 0.10.
        //
        // Groups judged S:W 4, S:O 1, S:T 4, W:O 1/4, W:T 1, O:T 4: consistent with (0.4, 0.1, 0.4, 0.1), CR 0.
        // Weaknesses W1:W2 = 1/3 → (0.25, 0.75); threats T1:T2 = 4 → (0.8, 0.2).
        let script = Self.items + """
            compare S1 S2 2
            compare S1 S3 6
            compare s2 s3 3
            compare O1 O2 3
            compare O1 O3 5
            compare O2 O3 3
            compare W1 W2 1/3
            compare T1 T2 4
            compare S W 4
            compare strengths opportunities 1
            compare S T 4
            compare W O 1/4
            compare W T 1
            compare O T 4
            ahp
            ahp apply
            ife

            """
        let result = try run(script)
        #expect(result.status == 2, "only the last line (ife without ratings) fails: \(result.stderr)")
        let out = result.stdout
        #expect(out.contains("S1 vs S2 = 2 (S1 over S2: between equal and weak importance)."))
        #expect(out.contains("W1 vs W2 = 1/3 (W2 over W1: weak importance)."))
        #expect(out.contains("Comparisons of Strengths complete: S1 0.600, S2 0.300, S3 0.100, CR 0.000."))
        #expect(out.contains("Comparisons of Opportunities complete: O1 0.637, O2 0.258, O3 0.105, CR 0.033."))
        #expect(out.contains("λmax 3.039, CI 0.019, RI 0.58, CR 0.033 (consistent: below 0.10)"))
        #expect(out.contains("Comparisons between the SWOT groups complete: S 0.400, W 0.100, O 0.400, T 0.100, CR "
            + "0.000."))
        // ahp apply: global = group × local; IFE weight = global / (0.4 + 0.1):
        // S1 0.4 × 0.6 / 0.5 = 0.48, S2 0.4 × 0.3 / 0.5 = 0.24, S3 0.4 × 0.1 / 0.5 = 0.08,
        // W1 0.1 × 0.25 / 0.5 = 0.05, W2 0.1 × 0.75 / 0.5 = 0.15 (sum 1.00);
        // EFE: O1 0.4 × 0.637 / 0.5 = 0.510, T1 0.1 × 0.8 / 0.5 = 0.16, T2 0.1 × 0.2 / 0.5 = 0.04.
        #expect(out.contains("  S1      0.400   0.600   0.240    0.480"))
        #expect(out.contains("  W2      0.100   0.750   0.075    0.150"))
        #expect(out.contains("  T1      0.100   0.800   0.080    0.160"))
        #expect(out.contains("IFE and EFE weights replaced by the AHP weights"))
        let items = try planJSON()["items"] as! [[String: Any]]
        func weight(_ id: String) -> Double { items.first { $0["id"] as? String == id }!["weight"] as! Double }
        #expect(abs(weight("S1") - 0.48) < 1e-9)
        #expect(abs(weight("S3") - 0.08) < 1e-9)
        #expect(abs(weight("W1") - 0.05) < 1e-9)
        #expect(abs(weight("O1") - 0.4 * 0.637 / 0.5) < 0.001)
        #expect(abs(weight("T2") - 0.04) < 1e-9)
        // No ratings yet, so the IFE says what is missing rather than failing on the sum.
        #expect(result.stderr.contains("The IFE matrix is not complete: no rating for S1, S2, S3, W1, W2."))
        let comparisons = try planJSON()["comparisons"] as! [[String: Any]]
        #expect(comparisons.count == 14)
    }

    @Test func inconsistentJudgementsAreFlaggedWithTheWorstPair() throws {
        // Consistent weights 8 : 4 : 2 : 1 would need O1:O4 = 8; it is entered as 1/8.
        // Reference (numpy eig): w ≈ (0.2176, 0.3017, 0.1508, 0.3299), λmax ≈ 6.7346,
        // CI = (6.7346 − 4)/3 ≈ 0.9115, CR = 0.9115/0.90 ≈ 1.013 ≥ 0.10; w1/w4 ≈ 0.66 vs the 1/8 entered.
        let script = """
            new demo
            add o One
            add o Two
            add o Three
            add o Four
            compare O1 O2 2
            compare O1 O3 4
            compare O2 O3 2
            compare O2 O4 4
            compare O3 O4 2
            compare O4 O1 8
            ahp

            """
        let result = try run(script)
        #expect(result.status == 0, "\(result.stderr)")
        // Warnings are wrapped to the terminal; compare with runs of white space as one space.
        let out = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(out.contains("O1 0.218, O2 0.302, O3 0.151, O4 0.330, CR 1.013."))
        #expect(out.contains("Warning: The comparisons of Opportunities are inconsistent: CR = 1.013 (should be below "
            + "0.10). The most inconsistent judgement is O4 vs O1: entered 8, while the other judgements imply about "
            + "1.52. Revisit it."))
        #expect(out.contains("λmax 6.735, CI 0.912, RI 0.90, CR 1.013"))
    }

    /// QSPM on the worked plan (weights from the IFE/EFE above).
    ///
    ///   factor  weight  SO1 AS  TAS    WO1 AS  TAS
    ///   S1      0.20    4       0.80   2       0.40
    ///   S2      0.15    -       -      -       -
    ///   S3      0.10    3       0.30   3       0.30
    ///   W1      0.35    1       0.35   4       1.40
    ///   W2      0.20    2       0.40   3       0.60
    ///   O1      0.30    4       1.20   4       1.20
    ///   O2      0.20    3       0.60   2       0.40
    ///   O3      0.10    -       -      -       -
    ///   T1      0.25    2       0.50   3       0.75
    ///   T2      0.15    -       -      -       -
    ///   STAS SO1 = 0.80 + 0.30 + 0.35 + 0.40 + 1.20 + 0.60 + 0.50 = 4.15
    ///   STAS WO1 = 0.40 + 0.30 + 1.40 + 0.60 + 1.20 + 0.40 + 0.75 = 5.05
    ///   gap 5.05 − 4.15 = 0.90 → moderate (0.5–1.0); WO1 first, as the turnaround position favours.
    static let qspm = """
        strategy add SO Expand integrated services with the backing of the mayor from S1 O1
        strategy add WO Train staff through university partners from W1 O3
        qspm SO1 WO1
        attract SO1 S1 4
        attract WO1 S1 2
        attract * S2 -
        attract * S3 3
        attract SO1 W1 1
        attract WO1 W1 4
        attract SO1 W2 2
        attract WO1 W2 3
        attract * O1 4
        attract SO1 O2 3
        attract WO1 O2 2
        attract * O3 -
        attract SO1 T1 2
        attract WO1 T1 3

        """

    @Test func qspmRanksTheStrategiesAndReadsTheGap() throws {
        let partial = try run(Self.items + Self.scores + Self.qspm + "qspm\n")
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stdout.contains("Still to score: T2 (SO1, WO1)."))
        // A dash in an empty row is fine; a score next to it is refused (and saves nothing); dashing the row works.
        let result = try run("open demo\nattract SO1 T2 -\nattract WO1 T2 3\nattract * T2 -\nqspm\n")
        #expect(result.status == 2)
        #expect(result.stderr.contains("Error: near line 3: The QSPM row T2 has a dash for SO1 but scores for WO1."))
        let out = result.stdout
        #expect(out.contains("  W1        0.35        1  0.35        4  1.40"))
        #expect(out.contains("  S2        0.15         -    -         -    -"))
        #expect(out.contains("  STAS                     4.15           5.05"))
        #expect(out.contains("  1. WO1    STAS 5.05"))
        #expect(out.contains("  2. SO1    STAS 4.15"))
        #expect(out.contains("Gap WO1 − SO1 = 0.90: moderate preference"))
    }

    @Test func markdownExportHasTheTablesAndFencedMermaidCharts() throws {
        let script = Self.items + Self.scores + Self.qspm
            + "attract * T2 -\ncompare S1 S2 2\ncompare S1 S3 6\ncompare S2 S3 3\nexport markdown r.md --mermaid\n"
        let result = try run(script)
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try folder.read("r.md")
        // The body says where the agency stands in pictures and one sentence each; the tables are in the appendix.
        for expected in [
            "## Where the agency stands", "![x = S − W = −0.45, y = O − T = +1.25: quadrant III, favouring WO "
                + "strategies.]"
                + "(r-files/swot-position.svg)",
            "SWOT position **Quadrant III: Turnaround** (x = −0.45, y = +1.25): favour WO strategies.",
            "IE matrix **cell II: Grow and build** (IFE 2.30, EFE 3.25).",
            "## Appendix A. Calculations", "### IFE matrix (internal factors)", "### EFE matrix (external factors)",
            "| S1 | Strong support from the mayor | 0.20 | 4 | 0.80 |", "|   | **Total** | **1.00** |   | **2.30** |",
            "|   | **Total** | **1.00** |   | **3.25** |", "**IFE 2.30**: average (2.0–2.99), below the 2.5 midpoint.",
            "- x = S − W = 1.55 − 2.00 = **−0.45**", "- y = O − T = 2.20 − 0.95 = **+1.25**",
            "### AHP priorities", "| S1 | Strong support from the mayor | 0.600 |",
            "### QSPM", "| W1 | 0.35 | 1 | 0.35 | 4 | 1.40 |", "| S2 | 0.15 | — | — | — | — |",
            "1. **WO1** — STAS 5.05", "Gap WO1 − SO1 = 0.90: **moderate preference**.",
            // IE point: x = (4 − 2.30)/3 = 0.567, y = (3.25 − 1)/3 = 0.750.
            "    \"Plan\": [0.567, 0.750]",
            // Position point, bound 2: x = 0.5 + (−0.45)/4 = 0.3875, y = 0.5 + 1.25/4 = 0.8125.
            "    x-axis \"W -2.00\" --> \"S +2.00\"", "    \"Plan\": [0.388, 0.813]",
        ] {
            #expect(markdown.contains(expected), "missing \(expected)")
        }
        // Every mermaid block is fenced, starts with quadrantChart, quotes its labels and writes coordinates as the
        // grammar reads them (1, or 0 with decimals).
        let blocks = markdown.components(separatedBy: "```mermaid\n").dropFirst().map {
            $0.components(separatedBy: "\n```\n")[0]
        }
        #expect(blocks.count == 2)
        for block in blocks {
            let lines = block.components(separatedBy: "\n")
            #expect(lines.first == "quadrantChart")
            for line in lines.dropFirst() {
                let body = line.trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("title ") { continue }
                if body.hasPrefix("x-axis ") || body.hasPrefix("y-axis ") {
                    #expect(
                        body.range(of: #"^[xy]-axis "[^"]*" --> "[^"]*"$"#, options: .regularExpression) != nil,
                        "\(body)"
                    )
                } else if body.hasPrefix("quadrant-") {
                    #expect(body.range(of: #"^quadrant-[1-4] "[^"]*"$"#, options: .regularExpression) != nil, "\(body)")
                } else {
                    #expect(
                        body.range(of: #"^"[^"]*": \[(1|0(\.\d+)?), (1|0(\.\d+)?)\]$"#, options: .regularExpression)
                            != nil,
                        "\(body)"
                    )
                }
            }
        }
        let html = try GFM.render(markdown)
        #expect(html.components(separatedBy: "<pre><code class=\"language-mermaid\">quadrantChart").count == 3)
        #expect(!html.contains("raw HTML omitted"))
        // Tables: SWOT, IFE, EFE, IE, AHP strengths, QSPM (and the strategy sections' own).
        #expect(html.contains("<th align=\"right\">Weighted score</th>"))
        #expect(html.contains("<td>Strong support from the mayor</td>"))
        #expect(html.contains("<th align=\"right\">WO1 TAS</th>"))
        #expect(html.contains("<td align=\"right\"><strong>5.05</strong></td>"))
        #expect(html.components(separatedBy: "<table>").count >= 7)
    }

    /// The worked plan is a turnaround (x −0.45, y +1.25), so strategy listings put WO first: WO, SO, WT, ST.
    @Test func strategyListsFollowThePosition() throws {
        let before = try run("new plain\nlang en\nadd s Strong leadership\nadd w Small budget\nadd o National "
            + "programme\nadd t Cyber attacks\n"
            + "strategy add SO Use leadership for the programme from S1 O1\nstrategy add WO Fund the budget gap from "
            + "the programme from W1 O1\nstrategies\n")
        #expect(!before.stdout.contains("SWOT position"), "no position yet: plain order")
        #expect(before.stdout.range(of: "SO:")!.lowerBound < before.stdout.range(of: "WO:")!.lowerBound)

        let result = try run(Self.items + Self.scores
            + "strategy add SO Expand integrated services from S1 O1\nstrategy add WO Train staff through university "
            + "partners from W1 O3\nstrategies\nexport markdown --proposed\n")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("SWOT position III Turnaround: WO strategies first (order WO, SO, WT, ST)."))
        let listing = out.components(separatedBy: "SWOT position III Turnaround")[1]
        let order = ["WO:", "SO:", "WT:", "ST:"].map { listing.range(of: $0)!.lowerBound }
        #expect(order == order.sorted(), "quadrants listed WO, SO, WT, ST")
        // The report lists proposed strategies (in their appendix) in the same order.
        let report = try #require(out.components(separatedBy: "Appendix B. Proposed strategies").last)
        #expect(report.range(of: "| **WO1** |")!.lowerBound < report.range(of: "| **SO1** |")!.lowerBound)
    }

    @Test func sectionsAppearOnlyWithData() throws {
        let result = try run("new demo\nlang en\nadd s Strong leadership\nexport markdown\n")
        #expect(!result.stdout.contains("\n## Where the agency stands"))
        #expect(!result.stdout.contains("Calculations"))
        #expect(!result.stdout.contains("```mermaid"))
        let partial = try run("open demo\nweight S1 0.5\nexport markdown\n")
        #expect(partial.stdout.contains("### IFE matrix (internal factors)"))
        #expect(partial.stdout.contains("> *Not complete yet: The IFE matrix is not complete: no rating for S1."))
        #expect(!partial.stdout.contains("EFE matrix"))
        #expect(!partial.stdout.contains("swot-position"))
    }

    @Test func aHandEditedPlanWithABadNumberIsRefusedOnOpen() throws {
        _ = try run(Self.items + Self.scores)
        var text = try folder.read("workspaces/demo.json")
        text = text.replacingOccurrences(of: "\"rating\" : 4,", with: "\"rating\" : 2,")
        try folder.write("workspaces/demo.json", text)
        let result = try run("open demo\n")
        #expect(result.stderr.contains("item S1 has a rating outside 3…4"), "\(result.stderr)")
    }
}
