import Foundation
import Testing
import TestSupport

/// `snapshot`, `versions` and `diff` through the real binary: named versions of a living plan and what changed.
@Suite("versions and diff through a pipe")
struct VersionTests: PipedSuite {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// A small scored plan: every item weighted and rated, so position and IE cell exist.
    static let scoredPlan = SamplePlans.internalItems + """
        add o Dukungan regulasi Perpres 95/2018
        add o Program Satu Data Indonesia
        add t Serangan siber meningkat
        add t Kesenjangan digital antarwilayah
        weight S1 0.3 S2 0.2 W1 0.3 W2 0.2
        weight O1 0.3 O2 0.2 T1 0.3 T2 0.2
        rate S1 4 S2 3 W1 1 W2 2 O1 3 O2 2 T1 2 T2 2

        """

    @Test func diffListsEveryKindOfChangeSinceASnapshot() throws {
        let result = try run(Self.scoredPlan + """
            snapshot draft-1
            edit S1 Terdapat 30 layanan aplikasi e-government yang terintegrasi
            remove T2
            move O2 s
            add t Serangan ransomware pada layanan publik
            tag W2 HR
            weight T1 0.5
            rate S2 4 T1 4
            derive
            accept SO1
            diff draft-1

            """)
        #expect(result.status == 0, "\(result.stderr)")
        let diff = try #require(result.stdout.components(separatedBy: "Changes from snapshot draft-1 to the open "
            + "plan:\n").last)
        #expect(diff.contains("Items added (1):\n  + T3 Serangan ransomware pada layanan publik\n"))
        #expect(diff.contains("Items removed (1):\n  - T2 Kesenjangan digital antarwilayah\n"))
        #expect(diff.contains("Items moved (1):\n  O2 → S3 Program Satu Data Indonesia\n"))
        #expect(diff.contains("Items edited (1):\n  S1 Terdapat [-25-]{+30+} layanan aplikasi e-government {+yang "
            + "terintegrasi+}\n"))
        #expect(diff.contains("  W2 +C05 HR"))
        #expect(diff.contains("  S2 rating 3 → 4\n"))
        #expect(diff.contains("  T1 weight 0.30 → 0.50, rating 2 → 4\n"))
        #expect(diff.contains("Strategies added ("))
        #expect(diff.contains("  + SO1 (accepted) "))
        // A moved strength keeps no opportunity's rating, and the new threat has none: the IFE/EFE is incomplete now.
        #expect(diff.contains("  S3 rating 2 → –\n"))
        #expect(diff.contains("Position (1):\n  IFE 2.50, EFE 2.30, IE cell V → IFE/EFE not complete\n"))
    }

    @Test func diffIsInThePlansLanguageAndComparesTwoVersionsOrAnotherPlan() throws {
        let result = try run(Self.scoredPlan + """
            snapshot a
            rate S1 3
            snapshot b
            lang id
            diff a b
            diff b
            diff
            new q
            add s Terdapat 25 layanan aplikasi e-government
            lang en
            diff p

            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Perubahan dari versi a ke versi b:\nBobot dan peringkat berubah (1):\n  S1 "
            + "peringkat 4 → 3\n"
            + "Posisi (2):\n  IFE 2,50 → 2,20, EFE 2,30 → 2,30\n  Posisi SWOT II (0,00; -0,20) → IV (-0,30; -0,20)\n"))
        // b and the open plan differ only in the language setting, which is not a change diff lists.
        #expect(result.stdout.contains("Perubahan dari versi b ke rencana terbuka:\nTidak ada perubahan.\n"))
        #expect(result.stdout.components(separatedBy: "Tidak ada perubahan.").count == 3)
        #expect(result.stdout.contains("Changes from plan p to the open plan:\nItems removed (7):"))
    }

    @Test func versionsListsSnapshotsAndBackupsWithDateTimeAndSummary() throws {
        let result = try run(Self.scoredPlan + "save\nsnapshot draft-1\nremove S1\nsave\nsnapshot "
            + "final-2027\nversions\n")
        #expect(result.status == 0, "\(result.stderr)")
        let listing = try #require(result.stdout.components(separatedBy: "Open plan: ").last)
        let stamp = #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"#
        #expect(listing.hasPrefix("7 items (S 1, W 2, O 2, T 2); 0 strategies, 0 accepted\nSnapshots:\n"))
        #expect(listing.range(of: "  draft-1 +\(stamp)  8 items \\(S 2, W 2, O 2, T 2\\); 0 strategies, 0 accepted\n  "
            + "final-2027", options: .regularExpression) != nil)
        #expect(listing.contains("Backups (`restore N`):\n  1 "))
        #expect(FileManager.default.fileExists(atPath: folder.file("workspaces/.snapshots/p/draft-1.json").path))
    }

    @Test func badNamesAndMissingVersionsAreRefusedAndChangeNothing() throws {
        let result = try run("""
            diff
            new p
            diff
            snapshot a
            snapshot a
            snapshot ../escape
            diff nosuch
            diff a b c
            snapshot
            """)
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 7, "\(errors)")
        #expect(errors[0].contains("No plan is open."))
        #expect(errors[1].contains("There is nothing to compare with yet: `snapshot NAME` keeps a version"))
        #expect(errors[2].contains("A snapshot named a already exists and is kept as it is."))
        #expect(errors[3].contains("\"../escape\" cannot name a snapshot."))
        #expect(errors[4].contains("No version or plan named \"nosuch\". There are snapshots a and no backups"))
        #expect(errors[5].contains("Usage: diff [A] [B]"))
        #expect(errors[6].contains("Usage: snapshot NAME"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("workspaces/.snapshots/escape.json").path))
    }

    /// The action plan (unit, indicator, targets, budget), the plan period and the SPBE index, target and levels are
    /// part of what `diff` reports, in the plan's language and number format.
    @Test func diffReportsActionPlansPeriodAndSpbeMoves() throws {
        let allAtTwo = (1...47).map { "\($0)=2" }.joined(separator: " ")
        let result = try run(Self.scoredPlan + """
            strategy add SO Bangun pusat data bersama
            period 2025 2029
            unit SO1 Diskominfo
            assess spbe \(allAtTwo)
            snapshot a
            unit SO1 Bappeda
            indicator SO1 Persentase layanan terintegrasi
            target SO1 2026 60%
            budget SO1 750jt APBD 2026
            budget SO1 1,2 M DAK
            period 2025 2030
            assess spbe 1=3 2=3
            spbe target 2,6
            diff a
            lang id
            diff a

            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("""
            Plan period (1):
              2025–2029 → 2025–2030
            Action plan changed (1):
              SO1 unit Diskominfo → Bappeda; indicator – → Persentase layanan terintegrasi; target 2026 – → 60%; \
            budget 2026 APBD – → IDR 750 million; budget period DAK – → IDR 1.2 billion
            SPBE (3):
              index 2.00 (Fair) → 2.03 (Fair)
              target – → 2.60
              levels: indicator 1 2 → 3, indicator 2 2 → 3
            """), "\(result.stdout)")
        #expect(result.stdout.contains("anggaran 2026 APBD – → Rp750 juta; anggaran periode DAK – → Rp1,2 miliar\n"))
        #expect(result.stdout.contains("  indeks 2,00 (Cukup) → 2,03 (Cukup)\n  target – → 2,60\n"))
    }

    /// `export … --since NAME`: the report gets a section on what changed since the version, from the same diff,
    /// in every format and in the plan's language, and a sentence on page 1.
    @Test func theReportShowsChangesSinceAVersion() throws {
        let result = try run(Self.scoredPlan + """
            strategy add SO Bangun pusat data bersama
            snapshot draft-1
            edit S1 Terdapat 30 layanan aplikasi e-government
            remove T2
            unit SO1 Diskominfo
            export markdown en.md --since draft-1
            export html en.html --since draft-1
            lang id
            export markdown id.md --since draft-1
            export json --since draft-1
            export markdown --since final

            """)
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 2, "\(errors)")
        #expect(errors[0].contains("Usage: export"))
        #expect(errors[1].contains("No version or plan named \"final\""))
        let english = try folder.read("en.md")
        #expect(english.contains("- Since draft-1: items 1 removed, 1 edited; action plans 1 changed."))
        #expect(english.contains("""
            ## Changes since draft-1

            In edited texts, words taken out are marked \\[-like this-\\] and words put in {+like this+}.

            ### Items removed

            - T2 Kesenjangan digital antarwilayah

            ### Items edited

            - S1 Terdapat \\[-25-\\]{+30+} layanan aplikasi e-government

            ### Action plan changed

            - SO1 unit – → Diskominfo
            """), "\(english)")
        // First in the body, before the SWOT.
        let changes = try #require(english.range(of: "## Changes since draft-1"))
        let swot = try #require(english.range(of: "## SWOT analysis"))
        #expect(changes.lowerBound < swot.lowerBound)
        #expect(try folder.read("en.html").contains("Changes since draft-1"))
        let indonesian = try folder.read("id.md")
        #expect(indonesian.contains("## Perubahan sejak versi draft-1"))
        #expect(indonesian.contains("### Butir diubah\n\n- S1 Terdapat \\[-25-\\]{+30+} layanan aplikasi e-government"))
        #expect(indonesian.contains("- Sejak versi draft-1: butir 1 dihapus, 1 disunting; rencana aksi 1 berubah."))
    }
}
