/// A framework turned into interview questions: one per framework item, each with the scale it is answered on.
///
/// Three kinds of scale:
/// - **maturity**: the framework's own levels (KPMG's five, from "non-existent / minimal" to "industry best
///   practice"), for frameworks that have a scale and are not stage models; where an item has its own criteria
///   per level (the SPBE indicators), those;
/// - **stages**: for the stage models (World Bank phases, Nugroho's stages, the four Inpres 3/2003 levels), each
///   stage is asked as "does the agency offer this?" and answered 0 no, 1 partly, 2 yes; the stage reached is the
///   highest one fully achieved together with every stage before it;
/// - **rating**: frameworks without a scale (Edward III, the website criteria, the sustainability drivers, the
///   success-factor lists, and the non-stage parts of a stage model such as the Inpres strategies) are rated on the
///   default scale 1 absent, 2 weak, 3 adequate, 4 good, 5 strong (`AssessmentScale.rating`).
public struct AssessmentForm: Sendable {
    public let framework: Framework
    public let questions: [AssessmentQuestion]

    /// Frameworks whose scale is a sequence of development stages, answered stage by stage.
    public static let stageModels: Set<String> = ["worldbank", "nugroho", "inpres"]

    public init(framework: Framework) {
        self.framework = framework
        let isStageModel = AssessmentForm.stageModels.contains(framework.id) && !framework.scale.isEmpty
        // In a stage model, the section with one item per stage holds the stages; other sections are rated.
        let stageSection = isStageModel ? framework.sections.first { $0.items.count == framework.scale.count }?.id : nil
        var questions: [AssessmentQuestion] = []
        for section in framework.sections {
            for (index, item) in section.items.enumerated() {
                let scale: AssessmentScale
                var stage: Framework.Level?
                if section.id == stageSection {
                    scale = .stages
                    stage = framework.scale.sorted { $0.level < $1.level }[index]
                } else if let levels = item.levels, !levels.isEmpty {
                    scale = .maturity(levels)   // the item's own criteria per level (SPBE indicators)
                } else if !framework.scale.isEmpty && !isStageModel {
                    scale = .maturity(framework.scale)
                } else {
                    scale = .rating
                }
                questions.append(AssessmentQuestion(
                    number: questions.count + 1, section: section, item: item, scale: scale, stage: stage
                ))
            }
        }
        self.questions = questions
    }

    public var count: Int { questions.count }

    /// True when the framework is a stage model with a stage section (`stageReached` applies).
    public var hasStages: Bool { questions.contains { $0.stage != nil } }

    /// The question for a framework item id, in any case (`org.1`).
    public func question(for itemID: String) -> AssessmentQuestion? {
        let wanted = itemID.uppercased()
        return questions.first { $0.item.id.uppercased() == wanted }
    }

    /// The question for an item id, or an error listing the framework's ids.
    public func requireQuestion(_ itemID: String) throws(AssessmentError) -> AssessmentQuestion {
        guard let question = question(for: itemID) else {
            throw AssessmentError.unknownItem(itemID, framework: framework.id, known: questions.map(\.item.id))
        }
        return question
    }

    /// A short name for sources in item text: `KPMG`, `World Bank` / `Bank Dunia`, `Edward III`, …
    public var shortName: LocalizedText { AssessmentForm.shortName(of: framework) }

    static func shortName(of framework: Framework) -> LocalizedText {
        switch framework.id {
        case "worldbank": return LocalizedText(en: "World Bank", id: "Bank Dunia")
        case "inpres": return LocalizedText(en: "Inpres 3/2003", id: "Inpres 3/2003")
        case "kpmg": return LocalizedText(en: "KPMG", id: "KPMG")
        case "spbe": return LocalizedText(en: "SPBE", id: "SPBE")
        case "edward": return LocalizedText(en: "Edward III", id: "Edward III")
        case "website": return LocalizedText(en: "Sitokdana", id: "Sitokdana")
        case "scv": return LocalizedText(en: "Support–Capacity–Value", id: "Support–Capacity–Value")
        case "sustainability": return LocalizedText(en: "Kemensetneg", id: "Kemensetneg")
        case "furuholt-wahid": return LocalizedText(en: "Furuholt & Wahid", id: "Furuholt & Wahid")
        case "junaidi": return LocalizedText(en: "Junaidi", id: "Junaidi")
        case "sirat": return LocalizedText(en: "Sirat", id: "Sirat")
        case "heeks": return LocalizedText(en: "Heeks", id: "Heeks")
        case "d002-factors": return LocalizedText(en: "D002", id: "D002")
        case "nugroho": return LocalizedText(en: "Nugroho", id: "Nugroho")
        case "architecture": return LocalizedText(en: "e-Government architecture", id: "arsitektur e-Government")
        default: return LocalizedText(en: framework.id, id: framework.id)
        }
    }
}

/// One interview question: a framework item and the scale to answer it on.
public struct AssessmentQuestion: Sendable {
    /// 1-based position in the interview.
    public var number: Int
    public var section: Framework.Section
    public var item: Framework.Item
    public var scale: AssessmentScale
    /// For a stage model's stage question: the stage it asks about.
    public var stage: Framework.Level?

    /// Where the answer puts the item: internal items are strengths or weaknesses, external ones (the paper's
    /// `origin: external`) opportunities or threats.
    public var isExternal: Bool { item.origin == .external }

    /// Reads an answer: a level number, or a level word (`yes`, `partly`, `no`; `ya`, `sebagian`, `tidak`).
    public func parseLevel(_ word: String) throws(AssessmentError) -> Int {
        let lowered = word.lowercased()
        if let number = Int(lowered) {
            guard scale.range.contains(number) else {
                throw AssessmentError.levelOutOfRange(word, item: item.id, range: scale.range)
            }
            return number
        }
        if let level = scale.levels.first(where: { $0.words.contains(lowered) }) { return level.value }
        throw AssessmentError.notALevel(word, item: item.id, scale: scale)
    }
}

/// The levels a question is answered on, with the thresholds that turn an answer into a SWOT item.
public struct AssessmentScale: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case maturity
        case stages
        case rating
    }

    public struct Level: Equatable, Sendable {
        public var value: Int
        public var name: LocalizedText
        public var description: LocalizedText
        /// Words accepted as this answer besides the number.
        public var words: [String]
    }

    public var kind: Kind
    /// Lowest level first.
    public var levels: [Level]

    public var range: ClosedRange<Int> { (levels.first?.value ?? 0)...(levels.last?.value ?? 0) }

    public func level(_ value: Int) -> Level? { levels.first { $0.value == value } }

    /// Whether an answer is high (a strength or opportunity), low (a weakness or threat) or in the middle (no
    /// item). For maturity and rating scales, levels above the scale's midpoint are high and below it low: on a
    /// 1–5 scale 4–5 high, 1–2 low, 3 neither. For stages see `AssessmentResult.proposals`.
    public func reading(of value: Int) -> Reading {
        let middle = Double(range.lowerBound + range.upperBound) / 2
        if Double(value) > middle { return .high }
        if Double(value) < middle { return .low }
        return .middle
    }

    public enum Reading: Sendable {
        case high
        case middle
        case low
    }

    /// A framework's own levels (KPMG).
    static func maturity(_ levels: [Framework.Level]) -> AssessmentScale {
        AssessmentScale(kind: .maturity, levels: levels.sorted { $0.level < $1.level }.map {
            Level(value: $0.level, name: $0.name, description: $0.description, words: [])
        })
    }

    /// The default 1–5 rating for frameworks whose paper gives no scale.
    public static let rating = AssessmentScale(kind: .rating, levels: [
        Level(value: 1, name: LocalizedText(en: "absent", id: "tidak ada"),
              description: LocalizedText(en: "Not in place at all.", id: "Sama sekali belum ada."),
              words: ["absent", "none"]),
        Level(value: 2, name: LocalizedText(en: "weak", id: "lemah"),
                description: LocalizedText(
                    en: "Started, but falls clearly short.",
                    id: "Sudah dimulai, tetapi masih jelas kurang."
                ),
              words: ["weak", "lemah"]),
        Level(value: 3, name: LocalizedText(en: "adequate", id: "cukup"),
                description: LocalizedText(
                    en: "In place and working, with gaps.",
                    id: "Sudah ada dan berjalan, dengan kekurangan."
                ),
              words: ["adequate", "cukup"]),
        Level(value: 4, name: LocalizedText(en: "good", id: "baik"),
                description: LocalizedText(
                    en: "Works well; minor improvements possible.",
                    id: "Berjalan baik; perbaikan kecil masih mungkin."
                ),
              words: ["good", "baik"]),
        Level(value: 5, name: LocalizedText(en: "strong", id: "sangat kuat"),
              description: LocalizedText(en: "Fully in place; a model for others.", id: "Sepenuhnya berjalan; menjadi "
                  + "contoh bagi yang lain."),
              words: ["strong", "kuat"]),
    ])

    /// A stage model's stage: 0 no, 1 partly, 2 yes.
    public static let stages = AssessmentScale(kind: .stages, levels: [
        Level(value: 0, name: LocalizedText(en: "no", id: "belum"),
                description: LocalizedText(
                    en: "The agency does not offer this yet.",
                    id: "Instansi belum menyediakan ini."
                ),
              words: ["no", "n", "tidak", "belum"]),
        Level(value: 1, name: LocalizedText(en: "partly", id: "sebagian"),
                description: LocalizedText(
                    en: "Offered in part, or only by some units.",
                    id: "Baru sebagian, atau hanya di sebagian unit."
                ),
              words: ["partly", "partial", "p", "sebagian"]),
        Level(value: 2, name: LocalizedText(en: "yes", id: "sudah"),
              description: LocalizedText(en: "Fully offered.", id: "Sudah sepenuhnya tersedia."),
              words: ["yes", "y", "ya", "sudah"]),
    ])
}
