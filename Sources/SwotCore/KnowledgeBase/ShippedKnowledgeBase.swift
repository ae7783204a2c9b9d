extension KnowledgeBase {
    /// The knowledge base compiled into the binary from `Data/*.json`, decoded on first use. The SPBE evaluation
    /// (`Data/spbe.json`) joins the papers' frameworks as `spbe`.
    public static let shipped: KnowledgeBase = {
        do {
            return try decodeShipped()
        } catch {
            // The shipped files are checked by the test suite; reaching this is a build defect.
            fatalError("The built-in knowledge base is damaged: \(error)")
        }
    }()

    static func decodeShipped() throws -> KnowledgeBase {
        struct SourcesFile: Decodable { var schemaVersion: Int; var sources: [SourceDocument]; var acronyms: [Acronym] }
        struct CategoriesFile: Decodable { var categories: [Category] }
        struct FactorsFile: Decodable { var factors: [Factor] }
        struct MovesFile: Decodable { var moves: [StrategyMove] }
        struct FrameworksFile: Decodable { var frameworks: [Framework] }
        let decoder = JSONDecoder()
        let sources = try decoder.decode(SourcesFile.self, from: Data(EmbeddedKnowledgeBase.sources.utf8))
        return KnowledgeBase(
            schemaVersion: sources.schemaVersion,
            sources: sources.sources,
            acronyms: sources.acronyms,
            categories: try decoder.decode(CategoriesFile.self, from: Data(EmbeddedKnowledgeBase.categories.utf8))
                .categories,
            factors: try decoder.decode(FactorsFile.self, from: Data(EmbeddedKnowledgeBase.factors.utf8)).factors,
            moves: try decoder.decode(MovesFile.self, from: Data(EmbeddedKnowledgeBase.moves.utf8)).moves,
            frameworks: try decoder.decode(FrameworksFile.self, from: Data(EmbeddedKnowledgeBase.frameworks.utf8))
                .frameworks
                + [SpbeStructure.shipped.asFramework]
        )
    }
}
