/// The structure of the yearly SPBE evaluation (PermenPANRB 59/2020, Lampiran I): 4 domains, 8 aspects and 47
/// indicators with the regulation's weights and the criteria of each level, the two level scales and the predicate
/// bands. Shipped as `KnowledgeBase/Data/spbe.json`, with where the data comes from and what is doubtful about it.
public struct SpbeStructure: Decodable, Sendable {
    /// How the framework appears in the knowledge base (`kb framework spbe`, `assess spbe`).
    public var framework: Heading
    /// Where the data comes from, and the doubts found while assembling it.
    public var provenance: String
    public var doubts: [Doubt]
    /// Levels 1–5, each with its name on both scales.
    public var levels: [Level]
    /// Best first: Memuaskan … Kurang.
    public var predicates: [Predicate]
    public var domains: [Domain]

    public struct Heading: Decodable, Sendable {
        public var id: String
        public var aliases: [String]
        public var name: LocalizedText
        public var description: LocalizedText
        /// The source id of the regulation (`PERMENPANRB-59-2020`).
        public var regulation: String
        public var citations: [Citation]
    }

    public struct Doubt: Decodable, Sendable {
        /// The indicator the doubt is about; nil for one about the whole structure.
        public var indicator: Int?
        public var note: LocalizedText
    }

    public struct Level: Decodable, Sendable {
        public var level: Int
        /// Domains 1–3 (process capability): Rintisan … Optimum.
        public var name: LocalizedText
        /// Domain 4 (services): Informasi … Optimalisasi.
        public var serviceName: LocalizedText
        public var meaning: LocalizedText
        public var serviceMeaning: LocalizedText
    }

    public struct Predicate: Decodable, Sendable {
        public var name: LocalizedText
        /// The lowest index in the band (inclusive); nil for the lowest band.
        public var from: Double?
    }

    public struct Domain: Decodable, Sendable {
        public var number: Int
        public var name: LocalizedText
        /// Percent of the index.
        public var weight: Double
        public var aspects: [Aspect]
    }

    public struct Aspect: Decodable, Sendable {
        public var number: Int
        public var name: LocalizedText
        public var weight: Double
        public var indicators: [Indicator]
    }

    public struct Indicator: Decodable, Sendable {
        /// 1 … 47, as the regulation numbers them.
        public var number: Int
        /// The regulation's name (`Tingkat Kematangan …`) and an English gloss.
        public var name: LocalizedText
        /// Percent of the index.
        public var weight: Double
        /// True for the service indicators (domain 4), rated Informasi … Optimalisasi.
        public var services: Bool
        /// Knowledge-base categories the indicator speaks to, most direct first.
        public var categories: [String]
        /// The regulation's criteria for levels 1–5, in its words (Indonesian only).
        public var criteria: [String]

        /// The name without the regulation's "Tingkat Kematangan" ("maturity level of"), for lists and items.
        public var shortName: LocalizedText {
            let prefix = "Tingkat Kematangan "
            let id = name.id.hasPrefix(prefix) ? String(name.id.dropFirst(prefix.count)) : name.id
            return LocalizedText(en: name.en, id: id)
        }

        /// The regulation's criteria for a level, if the level is 1–5.
        public func criteria(for level: Int) -> String? {
            criteria.indices.contains(level - 1) ? criteria[level - 1] : nil
        }
    }

    /// Every indicator, in the regulation's order.
    public var indicators: [Indicator] { domains.flatMap { $0.aspects.flatMap(\.indicators) } }

    public var aspects: [Aspect] { domains.flatMap(\.aspects) }

    public func indicator(_ number: Int) -> Indicator? { indicators.first { $0.number == number } }

    /// The numbers the regulation uses (1 … 47).
    public var indicatorRange: ClosedRange<Int> {
        (indicators.map(\.number).min() ?? 1)...(indicators.map(\.number).max() ?? 1)
    }

    /// A level's name on the indicator's scale (`Terkelola`, or `Interaksi` for a service).
    public func levelName(_ level: Int, for indicator: Indicator) -> LocalizedText? {
        levels.first { $0.level == level }.map { indicator.services ? $0.serviceName : $0.name }
    }

    /// The structure compiled into the binary from `Data/spbe.json`, decoded on first use.
    public static let shipped: SpbeStructure = {
        do {
            return try JSONDecoder().decode(SpbeStructure.self, from: Data(EmbeddedKnowledgeBase.spbe.utf8))
        } catch {
            // The shipped file is checked by the test suite; reaching this is a build defect.
            fatalError("The built-in SPBE structure is damaged: \(error)")
        }
    }()

    /// The SPBE evaluation as a knowledge-base framework: one section per aspect, one item per indicator (its id
    /// the indicator's number, so `assess spbe 11=2` works), each item with its own level criteria.
    public var asFramework: Framework {
        let scale = levels.map { Framework.Level(level: $0.level, name: $0.name, description: $0.meaning) }
        let sections = aspects.map { aspect in
            Framework.Section(
                id: "A\(aspect.number)", name: aspect.name, description: nil,
                items: aspect.indicators.map { indicator in
                    Framework.Item(
                        id: "\(indicator.number)", name: indicator.shortName,
                        description: doubts.first { $0.indicator == indicator.number }.map { doubt in
                            LocalizedText(en: "Doubt about the data: \(doubt.note.en)",
                                          id: "Keraguan data: \(doubt.note.id)")
                        },
                        category: indicator.categories.first, origin: .internal,
                        citations: [Citation(regulation: framework.regulation,
                                             part: "Lampiran I, indikator \(indicator.number)")],
                        levels: levels.map { level in
                            let text = indicator.criteria(for: level.level) ?? ""
                            return Framework.Level(
                                level: level.level, name: indicator.services ? level.serviceName : level.name,
                                description: LocalizedText(en: text, id: text))
                        })
                })
        }
        return Framework(
            id: framework.id, aliases: framework.aliases, name: framework.name, description: framework.description,
            scale: scale, sections: sections, citations: framework.citations, regulation: framework.regulation)
    }
}

extension Citation {
    /// A citation of a regulation's part (`Lampiran I, indikator 11`), which has no lines.
    init(regulation: String, part: String) {
        self.init(source: regulation, from: 0, to: 0)
        self.part = part
    }
}
