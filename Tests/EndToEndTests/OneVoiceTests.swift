import Foundation
import Testing
import TestSupport

/// One voice at the prompt: under `lang id` the quantitative commands speak Indonesian with decimal commas and the
/// planners' terms (IFAS/EFAS, diagram Cartesius, Kuadran I–IV), `ife` and `ie` read one total in the same band,
/// and when the IE cell and the SWOT position disagree one sentence says so and why.
@Suite("one voice at the prompt")
struct OneVoiceTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// IFE: S1 0.3 × 3 + W1 0.7 × 2 = 2.30 (average); EFE: O1 0.4 × 4 + T1 0.6 × 2 = 2.80 (medium) → cell V, hold and
    /// maintain. Position: x = 0.90 − 0.7 × (5 − 2) = −1.20, y = 1.60 − 0.6 × (5 − 2) = −0.20 → IV defensive: the
    /// two disagree.
    static let plan = """
        new suara
        add s Dukungan kuat dari bupati
        add w Serapan anggaran TIK rendah
        add o Program nasional SPBE
        add t Serangan siber meningkat
        weight S1 0.3 W1 0.7 O1 0.4 T1 0.6
        rate S1 3 W1 2 O1 4 T1 2
        strategy add SO Perluas layanan terpadu from S1 O1
        strategy add WT Susun SOP keamanan from W1 T1
        compare S W 3
        compare O T 1/2
        qspm SO1 WT1
        attract SO1 S1 3
        attract WT1 S1 2

        """

    @Test func theQuantitativeCommandsSpeakIndonesianWithDecimalCommas() throws {
        let result = try run(Self.plan + "lang id\nife\nefe\nie\nposition\nahp\nqspm\n")
        let out = result.stdout
        for expected in [
            "Matriks IFAS (faktor strategis internal)", "Total IFAS 2,30: sedang (2,0–2,99), di bawah titik tengah "
                + "2,5.",
            "Matriks EFAS (faktor strategis eksternal)", "Total EFAS 2,80: sedang (2,0–2,99), pada atau di atas titik "
                + "tengah 2,5.",
            "Matriks IE (David)", "IFAS 2,30 (sedang, 2,0–2,99) dan EFAS 2,80 (sedang, 2,0–2,99) menempatkan "
                + "organisasi di sel V: Pertahankan dan pelihara.",
            "Diagram Cartesius (posisi SWOT)", "x = S − W = 0,90 − 2,10 = -1,20", "Kuadran IV: strategi defensif → "
                + "utamakan strategi WT",
            "Kelompok SWOT (antarkuadran)", "QSPM (David)", "Belum dinilai:",
        ] {
            #expect(out.contains(expected), "missing \(expected)")
        }
        // No English band words or decimal points in the Indonesian readings.
        for english in [
            "IFE total", "weak (", "average (", "Quadrant ", "SWOT position\n", "Harvest", "Panen", "2.30", "2.80",
        ] {
            #expect(!out.contains(english), "English or a decimal point under lang id: \(english)")
        }
    }

    /// Part 6 of issue 12: ahp, qspm, assessment and coverage follow lang, and so do compare and attract, which
    /// feed them.
    @Test func ahpQspmAssessmentAndCoverageFollowLangWithTheirInputCommands() throws {
        _ = try run(Self.plan)
        let result = try run("""
            open suara
            lang id
            compare S O 3
            ahp
            qspm SO1 WT1
            attract SO1 W1 4
            assessment
            coverage

            """)
        #expect(result.status == 0, "\(result.stderr)")
        let indonesian = result.stdout
        let english = try run("open suara\nlang en\ncompare S O 3\nattract SO1 W1 4\nassessment\n").stdout
        for expected in [
            "S vs O = 3 (S atas O: sedikit lebih penting).",
            "3 dari 6 pasangan dinilai pada perbandingan antarkelompok SWOT.",
            "Belum dinilai: ", "Bandingkan setiap pasangan sekali (1/9 hingga 9).",
            "QSPM membandingkan SO1, WT1. Nilai dengan `attract STRATEGI BUTIR 1-4`",
            "SO1 untuk W1: 4 (sangat menarik).",
            "Belum ada penilaian. Mulai dengan `assess kpmg`", "Kategori yang sudah disentuh",
        ] {
            #expect(indonesian.contains(expected), "missing \(expected)")
        }
        for word in ["pairs judged", " over ", "importance", "QSPM compares", "attractive", "No assessments",
                     "have no judgement"] {
            #expect(!indonesian.contains(word), "English under lang id: \(word)")
        }
        for expected in ["S vs O = 3 (S over O: weak importance).", "SO1 for W1: 4 (highly attractive).",
                         "No assessments yet."] {
            #expect(english.contains(expected), "missing \(expected)")
        }
    }

    /// The errors that refuse a scoring command follow `lang` too: an incomplete IFAS, no AHP judgements, no QSPM;
    /// so do the commands the shell adds to them.
    @Test func theScoringRefusalsFollowLang() throws {
        let script = "new tolak\nadd s Dukungan kuat dari bupati\nadd o Program nasional SPBE\n"
        let indonesian = try run(script + "lang id\nife\nahp\nqspm\n")
        #expect(indonesian.stderr.contains("Matriks IFAS belum lengkap: belum ada bobot untuk "
            + "S1"), "\(indonesian.stderr)")
        #expect(indonesian.stderr.contains("Belum ada penilaian AHP."), "\(indonesian.stderr)")
        #expect(indonesian.stderr.contains("(bobot 0 mengeluarkan butir dari matriks). Ketik `weight ID B` atau `rate "
            + "ID R`."), "\(indonesian.stderr)")
        #expect(indonesian.stderr.contains("Belum ada strategi yang dipilih untuk QSPM. Pilih dulu dua atau lebih. "
            + "Ketik `qspm SO1 WO2`."), "\(indonesian.stderr)")
        let english = try run(script.replacingOccurrences(of: "tolak", with: "refuse") + "lang en\nife\nahp\n")
        #expect(english.stderr.contains("The IFE matrix is not complete: no weight for S1"), "\(english.stderr)")
        #expect(english.stderr.contains("(a weight of 0 leaves an item out of the matrix). Type `weight ID W` or "
            + "`rate ID R`."), "\(english.stderr)")
        #expect(english.stderr.contains("No AHP judgements yet."), "\(english.stderr)")
    }

    @Test func theIECellAndThePositionAreReconciledInOneSentence() throws {
        let result = try run(Self.plan + "lang en\nie\nposition\nlang id\nie\n")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout.replacingOccurrences(of: "\n", with: " ")
        let english = "The IE cell (V, hold and maintain) and the SWOT position (quadrant IV, defensive, favouring WT) "
            + "point different ways because"
        #expect(out.components(separatedBy: english).count == 3, "said once by ie and once by position")
        #expect(out.contains("Sel IE (V, pertahankan dan pelihara) dan posisi SWOT (kuadran IV, strategi defensif, "
            + "mengutamakan WT) menunjuk arah berbeda"))
        // ife and ie name the same band for the same total.
        let same = try run("open suara\nlang en\nife\nie\n")
        #expect(same.stdout.contains("IFE total 2.30: average (2.0–2.99), below the 2.5 midpoint."))
        #expect(same.stdout.contains("IFE 2.30 (average, 2.0–2.99)"))
    }
}
