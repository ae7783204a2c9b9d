import Foundation
import Testing
@testable import SwotCore

/// The shipped knowledge base is complete and every citation points at words that are really in the papers.
///
/// The papers live in `$SWOT_SEEDS`, else in `shared/seeds/` beside the clone (`../shared/seeds` from the package
/// root),
/// as in CI. Where neither exists the tests that read them are skipped, saying why, so a clone anywhere passes.
@Suite("Knowledge base integrity")
struct KnowledgeBaseIntegrityTests {
    static let kb = KnowledgeBase.shipped

    static let expectedCategories: [(id: String, code: String)] = [
        ("C01", "LEAD"), ("C02", "STRAT"), ("C03", "BUDGET"), ("C04", "INFRA"), ("C05", "HR"), ("C06", "REG"),
        ("C07", "ORG"), ("C08", "PROC"), ("C09", "CULT"), ("C10", "CHANGE"), ("C11", "USER"), ("C12", "APP"),
        ("C13", "INTEROP"), ("C14", "SEC"), ("C15", "COORD"), ("C16", "PARTNER"), ("C17", "PARTIC"), ("C18", "SOCIAL"),
        ("C19", "LIT"), ("C20", "MONEV"), ("C21", "PHASE"), ("C22", "INCENT"), ("C23", "RISK"), ("C24", "TRANSP"),
    ]

    static let requiredFrameworks = [
        "worldbank", "inpres", "kpmg", "edward", "website", "scv", "sustainability", "furuholt-wahid", "junaidi",
        "sirat", "heeks",
    ]

    /// `$SWOT_SEEDS`, else `../shared/seeds` from the package root.
    static let seedsFolder: URL = {
        if let path = ProcessInfo.processInfo.environment["SWOT_SEEDS"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let root = URL(fileURLWithPath: String(#filePath.split(separator: "/Tests/").first!))
        return root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }()

    /// True when the papers are there; the tests that read them are enabled only then.
    static let seedsAvailable: Bool = {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: seedsFolder.path, isDirectory: &isFolder) && isFolder.boolValue
    }()

    /// Why the citation tests were skipped, printed with each one.
    static let seedsMissing: Comment = """
        skipped: the source papers are not at \(seedsFolder.standardizedFileURL.path). Set SWOT_SEEDS to their folder, \
        or put shared/seeds beside the clone (CI always has them).
        """

    /// Each source file's lines, by source id.
    static func papers() throws -> [String: [String]] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: seedsFolder.path, isDirectory: &isFolder), isFolder.boolValue
        else {
            throw SeedsMissing(path: seedsFolder.standardizedFileURL.path)
        }
        var result: [String: [String]] = [:]
        for source in kb.sources where source.kind == nil {
            let url = seedsFolder.appendingPathComponent(source.file)
            let text = try String(contentsOf: url, encoding: .utf8)
            result[source.id] = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
            }
        }
        return result
    }

    struct SeedsMissing: Error, CustomStringConvertible {
        var path: String
        var description: String {
            "The source papers are not at \(path). The citation tests need the folder shared/seeds beside the clone "
                + "(as CI has it); copy or link it there."
        }
    }

    /// Every citation in the knowledge base, with the entry it belongs to and the regulation that entry restates
    /// (the SPBE framework and its indicators restate PermenPANRB 59/2020), if any.
    static func allCitations() -> [(entry: String, citation: Citation, regulation: String?)] {
        var result: [(String, Citation, String?)] = []
        for category in kb.categories { result += category.citations.map { ("category \(category.id)", $0, nil) } }
        for factor in kb.factors { result += factor.citations.map { ("factor \(factor.id)", $0, nil) } }
        for move in kb.moves { result += move.citations.map { ("move \(move.id)", $0, nil) } }
        for framework in kb.frameworks {
            result += framework.citations.map { ("framework \(framework.id)", $0, framework.regulation) }
            for section in framework.sections {
                for item in section.items {
                    result += (item.citations ?? []).map {
                        ("framework \(framework.id) item \(item.id)", $0, framework.regulation)
                    }
                }
            }
        }
        return result
    }

    /// What is wrong with a citation, if anything: it must cite lines of a paper, except that an entry restating
    /// a regulation may cite that regulation by its part (`Lampiran I`) without lines or quote.
    static func citationProblem(_ citation: Citation, regulation: String?, sources: [SourceDocument]) -> String? {
        guard let source = sources.first(where: { $0.id == citation.source }) else {
            return "cites unknown source \(citation.source)"
        }
        if citation.hasLines {
            guard source.kind == nil else { return "cites lines of \(source.id), which is a regulation, not a paper" }
            return citation.to >= citation.from ? nil : "cites lines \(citation.locator)"
        }
        guard source.kind == .regulation else { return "cites \(source.id) without lines" }
        guard regulation == source.id else {
            return "cites the regulation \(source.id) without lines but does not restate it"
        }
        return citation.part?.isEmpty == false && citation.quote == nil
            ? nil : "cites \(source.id) without naming its part"
    }

    static func collapsed(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test(.enabled(if: seedsAvailable, seedsMissing)) func theSeedsFolderIsBesideTheClone() throws {
        let papers = try Self.papers()
        #expect(papers.count == 5)
    }

    @Test func theFivePapersAndTheSPBERegulationAreTheSources() {
        #expect(Self.kb.sources.filter { $0.kind == nil }.map(\.id) == ["D000", "D001", "D002", "D003", "D004"])
        #expect(Self.kb.sources.filter { $0.kind == .regulation }.map(\.id) == ["PERMENPANRB-59-2020"])
        for source in Self.kb.sources where source.kind == .regulation {
            #expect(
                !source.title.en.isEmpty && !source.title.id.isEmpty,
                "\(source.id) needs a title in both languages"
            )
        }
        for source in Self.kb.sources where source.kind == nil {
            #expect(source.file.hasPrefix(String(source.id.dropFirst())), "\(source.id) names \(source.file)")
            #expect(source.file.hasSuffix(".txt"))
            #expect(
                !source.title.en.isEmpty && !source.title.id.isEmpty,
                "\(source.id) needs a title in both languages"
            )
        }
    }

    @Test func everyEntryCitesAPaperByFileAndLines() {
        #expect(Self.kb.categories.allSatisfy { !$0.citations.isEmpty })
        #expect(Self.kb.factors.allSatisfy { !$0.citations.isEmpty })
        #expect(Self.kb.moves.allSatisfy { !$0.citations.isEmpty })
        #expect(Self.kb.frameworks.allSatisfy { !$0.citations.isEmpty })
        for (entry, citation, regulation) in Self.allCitations() {
            let problem = Self.citationProblem(citation, regulation: regulation, sources: Self.kb.sources)
            #expect(problem == nil, "\(entry) \(problem ?? "")")
        }
    }

    @Test func aRegulationCitationWithoutLinesIsValidOnlyForAnEntryRestatingIt() {
        let regulation = Citation(source: "PERMENPANRB-59-2020", from: 0, to: 0)
        var withPart = regulation
        withPart.part = "Lampiran I"
        let sources = Self.kb.sources
        #expect(Self.citationProblem(withPart, regulation: "PERMENPANRB-59-2020", sources: sources) == nil)
        #expect(
            Self.citationProblem(withPart, regulation: nil, sources: sources) != nil,
            "a category may not cite it without lines"
        )
        #expect(
            Self.citationProblem(regulation, regulation: "PERMENPANRB-59-2020", sources: sources) != nil,
            "the part is needed"
        )
        var paperWithoutLines = Citation(source: "D004", from: 0, to: 0)
        paperWithoutLines.part = "Bab I"
        #expect(Self.citationProblem(paperWithoutLines, regulation: "PERMENPANRB-59-2020", sources: sources) != nil)
        #expect(
            Self.citationProblem(Citation(source: "D004", from: 55, to: 55), regulation: nil, sources: sources) == nil
        )
        // Every SPBE indicator cites the regulation's annex, and the framework D004's Bekasi lines.
        let spbe = Self.kb.frameworks.first { $0.id == "spbe" }
        #expect(spbe?.sections.flatMap(\.items).count == 47)
        #expect(
            spbe?.sections.flatMap(\.items).allSatisfy { $0.citations?.first?.part?.hasPrefix("Lampiran I") == true }
                == true
        )
        #expect(spbe?.citations.contains { $0.source == "D004" && $0.from == 55 } == true)
    }

    @Test(.enabled(if: seedsAvailable, seedsMissing)) func everyCitationPointsAtLinesThatExist() throws {
        let papers = try Self.papers()
        for (entry, citation, _) in Self.allCitations() where citation.hasLines {
            guard let lines = papers[citation.source] else {
                Issue.record("\(entry) cites \(citation.source), which is not one of the papers")
                continue
            }
            #expect(
                citation.to <= lines.count,
                "\(entry) cites \(citation.locator) but the paper has \(lines.count) lines")
        }
    }

    @Test(.enabled(if: seedsAvailable, seedsMissing)) func everyQuoteIsInTheLinesItCites() throws {
        let papers = try Self.papers()
        var checked = 0
        for (entry, citation, _) in Self.allCitations() {
            guard let quote = citation.quote, !quote.isEmpty, let lines = papers[citation.source],
                  citation.from >= 1, citation.to <= lines.count, citation.from <= citation.to
            else { continue }
            let cited = Self.collapsed(lines[(citation.from - 1)..<citation.to].joined(separator: " "))
            #expect(
                cited.contains(Self.collapsed(quote)),
                "\(entry): \"\(quote)\" is not in \(citation.source) \(citation.locator)")
            checked += 1
        }
        #expect(checked > 100, "only \(checked) quotes were checked")
    }

    @Test func theTwentyFourCategoriesHaveBothLanguages() {
        #expect(Self.kb.categories.map(\.id) == Self.expectedCategories.map(\.id))
        #expect(Self.kb.categories.map(\.code) == Self.expectedCategories.map(\.code))
        for category in Self.kb.categories {
            #expect(
                !category.name.en.isEmpty && !category.name.id.isEmpty,
                "\(category.id) needs a name in both languages"
            )
            #expect(
                !category.keywords.en.isEmpty && !category.keywords.id.isEmpty,
                "\(category.id) needs keywords in both languages"
            )
            #expect(!category.description.en.isEmpty && !category.description.id.isEmpty, "\(category.id) description")
            #expect(!category.question.en.isEmpty && !category.question.id.isEmpty, "\(category.id) question")
        }
    }

    @Test func everyCategoryHasAtLeastTwoFactors() {
        for category in Self.kb.categories {
            let count = Self.kb.factors.count { $0.category == category.id }
            #expect(count >= 2, "\(category.id) \(category.code) has \(count) factors")
        }
    }

    @Test func factorIdsAreUniqueAndTheirCategoriesExist() {
        let ids = Set(Self.kb.categories.map(\.id))
        #expect(Set(Self.kb.factors.map(\.id)).count == Self.kb.factors.count)
        for factor in Self.kb.factors {
            #expect(ids.contains(factor.category), "factor \(factor.id) is in unknown category \(factor.category)")
            #expect(!factor.text.en.isEmpty && !factor.text.id.isEmpty, "factor \(factor.id) text")
        }
    }

    @Test func moveIdsAreUniqueAndTheirCategoriesExist() {
        let ids = Set(Self.kb.categories.map(\.id))
        #expect(Set(Self.kb.moves.map(\.id)).count == Self.kb.moves.count)
        for move in Self.kb.moves {
            for category in move.internal + move.external {
                #expect(ids.contains(category), "move \(move.id) names unknown category \(category)")
            }
            #expect(!move.action.en.isEmpty && !move.action.id.isEmpty, "move \(move.id) action")
        }
    }

    @Test func frameworkIdsAreUniqueAndTheRequiredOnesArePresent() {
        let ids = Self.kb.frameworks.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate framework ids")
        let names = ids + Self.kb.frameworks.flatMap(\.aliases)
        #expect(Set(names).count == names.count, "a framework alias repeats an id or another alias")
        for required in Self.requiredFrameworks {
            #expect(ids.contains(required), "framework \(required) is missing")
        }
        let categories = Set(Self.kb.categories.map(\.id))
        for framework in Self.kb.frameworks {
            let itemIDs = framework.sections.flatMap { $0.items.map(\.id) }
            #expect(Set(itemIDs).count == itemIDs.count, "framework \(framework.id) repeats an item id")
            for item in framework.sections.flatMap(\.items) {
                if let category = item.category {
                    #expect(categories.contains(category), "\(framework.id) \(item.id) names \(category)")
                }
            }
        }
    }

    @Test func categoryNamesResolveByIdAndCode() {
        #expect(Self.kb.category(named: "C05")?.code == "HR")
        #expect(Self.kb.category(named: "c5")?.code == "HR")
        #expect(Self.kb.category(named: "hr")?.id == "C05")
        #expect(Self.kb.category(named: "C24")?.code == "TRANSP")
        #expect(Self.kb.factor(named: "f1")?.id == "F001")
        #expect(Self.kb.move(named: "M001")?.id == "M001")
        #expect(Self.kb.framework(named: "Edward-III")?.id == "edward")
        #expect(Self.kb.category(named: "C99") == nil)
    }
}
