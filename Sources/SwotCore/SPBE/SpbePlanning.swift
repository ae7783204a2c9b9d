/// What the plan aims for on the SPBE index: the target set with `spbe target`, and the indicators each strategy
/// is meant to raise (`raises SO1 11 12`). Stored in the plan beside the evaluation (the `spbe` assessment).
public struct SpbePlanning: Codable, Equatable, Sendable {
    /// The index aimed for, 1–5; nil when none is set.
    public var target: Double?
    /// Indicator numbers by strategy id (`SO1` → [11, 12]), in the order given.
    public var raises: [String: [Int]]

    public init(target: Double? = nil, raises: [String: [Int]] = [:]) {
        self.target = target
        self.raises = raises
    }

    public var isEmpty: Bool { target == nil && raises.isEmpty }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        target = try container.decodeIfPresent(Double.self, forKey: .target)
        raises = try container.decodeIfPresent([String: [Int]].self, forKey: .raises) ?? [:]
    }
}

/// One indicator an accepted strategy aims to move, from its level now to the next.
public struct SpbeAimedRaise: Equatable, Sendable {
    public var strategy: String
    public var indicator: Int
    public var from: Int
    public var to: Int
}

extension Plan {
    /// Sets the index the plan aims for (nil clears it).
    public mutating func setSpbeTarget(_ target: Double?) throws(SpbeError) {
        if let target, !(1...5).contains(target) { throw .targetOutOfRange("\(target)") }
        spbe.target = target
    }

    /// Links a strategy to the indicators it is meant to raise, replacing earlier links; an empty list unlinks it.
    /// Checks every number first; nothing changes when one is wrong.
    public mutating func linkSpbeRaises(
        _ strategyID: StrategyID, indicators: [String], structure: SpbeStructure = .shipped
    ) throws -> [Int] {
        let id = strategies[try indexOfStrategy(strategyID)].id
        var numbers: [Int] = []
        for word in indicators {
            guard let number = Int(word), structure.indicator(number) != nil else {
                throw SpbeError.unknownIndicator(word, range: structure.indicatorRange)
            }
            guard !numbers.contains(number) else { throw SpbeError.repeatedIndicator(number) }
            numbers.append(number)
        }
        spbe.raises[id] = numbers.isEmpty ? nil : numbers
        return numbers
    }

    /// The raises the accepted strategies aim for, each indicator one level up from where it stands, in strategy
    /// order; indicators with no level yet or already at 5 are left out.
    public var spbeAimedRaises: [SpbeAimedRaise] {
        let evaluation = SpbeEvaluation(plan: self)
        return strategies.filter { $0.status == .accepted }.flatMap { strategy in
            (spbe.raises[strategy.id] ?? []).compactMap { number in
                guard let level = evaluation.levels[number], level < 5 else { return nil }
                return SpbeAimedRaise(strategy: strategy.id, indicator: number, from: level, to: level + 1)
            }
        }
    }

    /// The index once every raise the accepted strategies aim for is made (each indicator once, however many
    /// strategies name it); nil without an evaluation.
    public var spbeAimedIndex: Double? {
        SpbeEvaluation(plan: self).raising(spbeAimedRaises.map(\.indicator)).index()
    }
}

extension PlanFile {
    /// Checks the SPBE target and links: a target on the 1–5 scale, links from well-formed strategy ids to
    /// indicator numbers 1–47, each named once.
    static func checkSpbe(_ plan: Plan) throws(PlanFileProblem) {
        if let target = plan.spbe.target, !(target.isFinite && (1...5).contains(target)) {
            throw PlanFileProblem(message: "spbe.target \(target) is outside 1…5")
        }
        let range = SpbeStructure.shipped.indicatorRange
        for (strategy, numbers) in plan.spbe.raises {
            guard StrategyID(written: strategy) != nil else {
                throw PlanFileProblem(message: "spbe.raises names \"\(strategy)\", which is not a strategy id")
            }
            guard !numbers.isEmpty, Set(numbers).count == numbers.count, numbers.allSatisfy(range.contains) else {
                let numbers = "\(range.lowerBound)–\(range.upperBound)"
                throw PlanFileProblem(message: "spbe.raises for \(strategy) must name indicators \(numbers), each once")
            }
        }
    }
}
