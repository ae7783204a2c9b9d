/// An agency's SPBE evaluation: a level (1–5) per indicator, as entered with `assess spbe` or `import spbe`, and
/// the indices the regulation computes from it.
///
/// Every index is the weighted mean of the levels entered, with the regulation's indicator weights: for an
/// aspect, a domain or the whole evaluation, Σ (level × weight) / Σ weight over its indicators. With all 47
/// entered this is the regulation's formula (the weights sum to 100); with some missing it is the index of what is
/// entered, and `missing` says which are not.
public struct SpbeEvaluation: Equatable, Sendable {
    /// Level by indicator number.
    public var levels: [Int: Int]

    public init(levels: [Int: Int]) {
        self.levels = levels
    }

    /// The levels saved in the plan's `spbe` assessment (answers by indicator number as text).
    public init(_ assessment: Assessment?) {
        var levels: [Int: Int] = [:]
        for (key, level) in assessment?.answers ?? [:] {
            if let number = Int(key) { levels[number] = level }
        }
        self.init(levels: levels)
    }

    /// The plan's evaluation (empty when nothing is entered).
    public init(plan: Plan) {
        self.init(plan.assessment(of: SpbeStructure.shipped.framework.id))
    }

    public var isEmpty: Bool { levels.isEmpty }

    /// Indicators without a level, in number order.
    public func missing(in structure: SpbeStructure = .shipped) -> [SpbeStructure.Indicator] {
        structure.indicators.filter { levels[$0.number] == nil }
    }

    /// The weighted mean level of the entered indicators among `indicators`; nil when none is entered.
    public func index(of indicators: [SpbeStructure.Indicator]) -> Double? {
        var weighted = 0.0, weights = 0.0
        for indicator in indicators {
            guard let level = levels[indicator.number] else { continue }
            weighted += Double(level) * indicator.weight
            weights += indicator.weight
        }
        return weights > 0 ? weighted / weights : nil
    }

    public func index(of aspect: SpbeStructure.Aspect) -> Double? { index(of: aspect.indicators) }

    public func index(of domain: SpbeStructure.Domain) -> Double? { index(of: domain.aspects.flatMap(\.indicators)) }

    /// The SPBE index (of what is entered).
    public func index(in structure: SpbeStructure = .shipped) -> Double? { index(of: structure.indicators) }

    /// The same evaluation with each named indicator one level higher (at most 5).
    public func raising(_ indicators: some Sequence<Int>) -> SpbeEvaluation {
        var raised = levels
        for number in Set(indicators) {
            if let level = raised[number] { raised[number] = min(level + 1, 5) }
        }
        return SpbeEvaluation(levels: raised)
    }
}

extension SpbeStructure {
    /// The predicate band an index falls in, read at the two decimals the evaluation reports (1,60 → Kurang).
    public func predicate(for index: Double) -> Predicate {
        let reported = SpbeStructure.reported(index)
        return predicates.first { ($0.from ?? -.infinity) <= reported + 1e-9 } ?? predicates[predicates.count - 1]
    }

    /// An index as the evaluation reports it: rounded to two decimals.
    public static func reported(_ index: Double) -> Double {
        (index * 100).rounded(.toNearestOrAwayFromZero) / 100
    }
}

extension SpbeStructure {
    /// An index in the plan's number format: `1,60` in Indonesian, `1.60` in English.
    public static func number(_ value: Double, language: Language) -> String {
        NumberFormat(language).score(value)
    }

    /// A weight as the regulation prints it: `13`, `16,5`, `2,75` (no trailing zeros).
    public static func weight(_ value: Double, language: Language) -> String {
        var text = NumberFormat(language).score(value)
        let mark: Character = language == .id ? "," : "."
        guard text.contains(mark) else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.last == mark { text.removeLast() }
        return text
    }
}
