import Testing
@testable import SwotCore

/// The SPBE structure as shipped, and the index, predicate, target and import computed from it, checked against
/// sums done by hand.
@Suite("SPBE index")
struct SpbeTests {
    static let structure = SpbeStructure.shipped

    /// A Bekasi-like evaluation worked by hand: all at level 1 except indicators 11, 12, 15, 16, 17, 19, 20, 22,
    /// 23, 24, 25 and 32–44 at level 2. Σ level × weight = 100 (all at 1) + 7 × 2,5 + 4 × 1,5 + 10 × 2,75 + 3 × 3
    /// = 100 + 17,5 + 6 + 27,5 + 9 = 160, so the index is 160 / 100 = 1,60: Kurang, as D004 reports for Bekasi.
    static let bekasi: SpbeEvaluation = {
        var levels = Dictionary(uniqueKeysWithValues: (1...47).map { ($0, 1) })
        for number in [11, 12, 15, 16, 17, 19, 20, 22, 23, 24, 25] + Array(32...44) { levels[number] = 2 }
        return SpbeEvaluation(levels: levels)
    }()

    @Test func theStructureHasTheRegulationsShapeAndWeights() {
        let structure = Self.structure
        #expect(structure.domains.count == 4)
        #expect(structure.aspects.count == 8)
        #expect(structure.indicators.map(\.number) == Array(1...47))
        #expect(structure.domains.map(\.weight) == [13, 25, 16.5, 45.5])
        for domain in structure.domains {
            #expect(abs(domain.aspects.map(\.weight).reduce(0, +) - domain.weight) < 1e-9, "domain \(domain.number)")
            for aspect in domain.aspects {
                #expect(
                    abs(aspect.indicators.map(\.weight).reduce(0, +) - aspect.weight) < 1e-9,
                    "aspect \(aspect.number)"
                )
            }
        }
        #expect(abs(structure.indicators.map(\.weight).reduce(0, +) - 100) < 1e-9)
        let categories = Set(KnowledgeBase.shipped.categories.map(\.id))
        for indicator in structure.indicators {
            #expect(
                indicator.criteria.count == 5 && indicator.criteria.allSatisfy { !$0.isEmpty },
                "\(indicator.number) criteria"
            )
            #expect(
                !indicator.name.en.isEmpty && indicator.name.id.hasPrefix("Tingkat Kematangan"),
                "\(indicator.number) names"
            )
            #expect(
                !indicator.categories.isEmpty && indicator.categories.allSatisfy(categories.contains),
                "\(indicator.number)"
            )
            #expect(indicator.services == (indicator.number >= 32), "\(indicator.number) scale")
        }
        #expect(
            structure.levels.map(\.name.id) == [
                "Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum",
            ]
        )
        #expect(
            structure.levels.map(\.serviceName.id) == [
                "Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimalisasi",
            ]
        )
        #expect(structure.predicates.map(\.name.id) == ["Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang"])
        // The mapping the issue names: architecture → STRAT/INTEROP, data → INTEROP, security → SEC, HR → HR.
        #expect(structure.indicator(11)?.categories == ["C02", "C13"])
        #expect(structure.indicator(23)?.categories == ["C13"])
        #expect(structure.indicator(22)?.categories == ["C14"])
        #expect(structure.indicator(25)?.categories == ["C05"])
        // Provenance and doubts travel with the data.
        #expect(structure.doubts.contains { $0.indicator == 3 })
        #expect(structure.provenance.contains("spbe-evaluation.json"))
    }

    @Test func bekasiIsOneSixtyAndKurangAsWorkedByHand() throws {
        let index = try #require(Self.bekasi.index())
        #expect(abs(index - 1.60) < 1e-9)
        #expect(Self.structure.predicate(for: index).name.id == "Kurang")
        #expect(SpbeStructure.number(index, language: .id) == "1,60")
        #expect(SpbeStructure.number(index, language: .en) == "1.60")
        // Domains: 13 / 13 = 1; (7 × 2,5 × 2 + 3 × 2,5) / 25 = 42,5 / 25 = 1,70; (4 × 1,5 × 2 + 7 × 1,5) / 16,5
        // = 22,5 / 16,5 = 1,3636…; (10 × 2,75 × 2 + 3 × 3 × 2 + 3 × 3) / 45,5 = 82 / 45,5 = 1,8022…
        let domains = Self.structure.domains.map { Self.bekasi.index(of: $0) ?? 0 }
        let expected = [1.0, 42.5 / 25, 22.5 / 16.5, 82 / 45.5]
        for (value, hand) in zip(domains, expected) { #expect(abs(value - hand) < 1e-9) }
        // Aspect 2 (11–14): (2 + 2 + 1 + 1) × 2,5 / 10 = 1,5; aspect 4 (19, 20): 2.
        #expect(abs((Self.bekasi.index(of: Self.structure.aspects[1]) ?? 0) - 1.5) < 1e-9)
        #expect(abs((Self.bekasi.index(of: Self.structure.aspects[3]) ?? 0) - 2.0) < 1e-9)
    }

    @Test func predicateBandsFollowTheRegulation() {
        let cases: [(Double, String)] = [
            (1.0, "Kurang"), (1.79, "Kurang"), (1.795, "Cukup"), (1.8, "Cukup"), (2.59, "Cukup"), (2.6, "Baik"),
            (3.49, "Baik"), (3.5, "Sangat Baik"), (4.19, "Sangat Baik"), (4.2, "Memuaskan"), (5, "Memuaskan"),
        ]
        for (index, name) in cases {
            #expect(Self.structure.predicate(for: index).name.id == name, "\(index)")
        }
        // D004's table: Sumedang 3,52 Sangat Baik, Indramayu 2,57 Cukup, Tasikmalaya (kota) 2,68 Baik.
        #expect(Self.structure.predicate(for: 3.52).name.id == "Sangat Baik")
        #expect(Self.structure.predicate(for: 2.57).name.id == "Cukup")
        #expect(Self.structure.predicate(for: 2.68).name.id == "Baik")
    }

    @Test func aPartialEvaluationGivesTheIndexOfWhatIsEntered() throws {
        // 11 at 2 (weight 2,5) and 42 at 4 (weight 3): (5 + 12) / 5,5 = 3,0909…
        let partial = SpbeEvaluation(levels: [11: 2, 42: 4])
        #expect(abs(try #require(partial.index()) - 17 / 5.5) < 1e-9)
        #expect(partial.missing().count == 45)
        #expect(partial.index(of: Self.structure.domains[0]) == nil)
        #expect(SpbeEvaluation(levels: [:]).index() == nil)
    }

    @Test func aTargetTakesTheHeaviestIndicatorsFirstThenTheLowestLevel() throws {
        // From 1,60 to 1,70 takes 10 points of Σ level × weight: 42–47 weigh 3 each; 45–47 (level 1) come before
        // 42–44 (level 2), so 45, 46, 47 and 42 give 12 points: 1,72.
        let plan = try SpbeTarget(target: 1.7, evaluation: Self.bekasi)
        #expect(plan.raises.map(\.indicator) == [45, 46, 47, 42])
        #expect(plan.raises.map(\.from) == [1, 1, 1, 2])
        #expect(abs(plan.reached - 1.72) < 1e-9)
        #expect(plan.isReached)
        // Baik (2,60) needs 100 points: one full round of every indicator (their weights sum to 100).
        let baik = try SpbeTarget(target: try SpbeTarget.parse("baik"), evaluation: Self.bekasi)
        #expect(baik.steps == 47)
        #expect(abs(baik.reached - 2.6) < 1e-9)
        // An already reached target needs nothing; 5,0 from 1,60 needs every indicator raised to 5.
        #expect(try SpbeTarget(target: 1.5, evaluation: Self.bekasi).raises.isEmpty)
        let top = try SpbeTarget(target: 5, evaluation: Self.bekasi)
        #expect(top.isReached && top.raises.allSatisfy { $0.to == 5 })
        #expect(throws: SpbeError.incomplete(missing: Array(2...47))) {
            try SpbeTarget(target: 2, evaluation: SpbeEvaluation(levels: [1: 1]))
        }
    }

    @Test func targetsParseAsIndicesOrPredicates() throws {
        #expect(try SpbeTarget.parse("2,6") == 2.6)
        #expect(try SpbeTarget.parse("2.6") == 2.6)
        #expect(try SpbeTarget.parse("Sangat Baik") == 3.5)
        #expect(try SpbeTarget.parse("sangat-baik") == 3.5)
        #expect(try SpbeTarget.parse("good") == 2.6)
        #expect(throws: SpbeError.targetOutOfRange("6")) { try SpbeTarget.parse("6") }
        #expect(throws: SpbeError.lowestBand("Kurang")) { try SpbeTarget.parse("kurang") }
        #expect(throws: (any Error).self) { try SpbeTarget.parse("tinggi") }
    }

    @Test func csvFilesParseWithOrWithoutHeaderBOMAndSemicolons() throws {
        let comma = try CSVTable.parse("1,2\n2,3\n", file: "a.csv")
        #expect(comma.delimiter == "," && comma.rows.map(\.fields) == [["1", "2"], ["2", "3"]])
        let semicolon = try CSVTable.parse("\u{FEFF}Indikator;Tingkat\r\n1;2\r\n\r\n\"2\";\"3\"\r\n", file: "b.csv")
        #expect(semicolon.delimiter == ";")
        #expect(semicolon.rows.map(\.number) == [1, 2, 4])
        #expect(try SpbeImport.levels(from: semicolon, file: "b.csv") == [1: 2, 2: 3])
        // A decimal comma inside quotes does not make the file comma-separated.
        #expect(try CSVTable.parse("\"1,5\";x;y\n", file: "c.csv").delimiter == ";")
    }

    @Test func importErrorsNameRowAndColumn() throws {
        func problem(_ text: String) -> String {
            do {
                _ = try SpbeImport.levels(from: CSVTable.parse(text, file: "f.csv"), file: "f.csv")
                return "no error"
            } catch {
                return error.message
            }
        }
        #expect(problem("1;2\n48;3\n") == "f.csv row 2, column 1: \"48\" is not an indicator number (1–47). Nothing "
            + "was imported.")
        #expect(problem("indikator;tingkat\n1;6\n") == "f.csv row 2, column 2: \"6\" is not a level; levels are whole "
            + "numbers 1–5. Nothing was imported.")
        #expect(problem("1;2\n1;3\n") == "f.csv row 2: indicator 1 was already given in row 1. Nothing was imported.")
        #expect(problem("1;2\n2\n") == "f.csv row 2, column 2: indicator 2 has no level. Nothing was imported.")
        #expect(problem("1;2,5\n").contains("column 2"))
        #expect(problem("indikator;tingkat\n") == "f.csv holds no rows. Nothing was imported.")
        #expect(problem("") == "f.csv holds no rows. Nothing was imported.")
    }
}
