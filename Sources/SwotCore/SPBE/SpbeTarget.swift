/// The cheapest way to a target index: the fewest one-level raises, taking the indicators with the highest weight
/// first (each raise adds level × weight / 100 to the index, so heavy indicators move it most) and, among equal
/// weights, the lowest current level first (the nearer criteria are usually the easier ones to meet). When one
/// raise of every indicator is not enough, the next round raises them again in the same order.
public struct SpbeTarget: Equatable, Sendable {
    /// The index aimed for (at least this, as reported with two decimals).
    public var target: Double
    /// The index now.
    public var start: Double
    /// Raises in the order taken, merged per indicator (`11: 2 → 4` for two raises of indicator 11).
    public var raises: [Raise]
    /// The index once every raise is made.
    public var reached: Double

    public struct Raise: Equatable, Sendable {
        public var indicator: Int
        public var from: Int
        public var to: Int
    }

    /// The number of one-level raises.
    public var steps: Int { raises.reduce(0) { $0 + $1.to - $1.from } }

    public var isReached: Bool { SpbeStructure.reported(reached) >= target - 1e-9 }

    /// Plans the raises that bring a complete evaluation to `target`.
    public init(target: Double, evaluation: SpbeEvaluation, structure: SpbeStructure = .shipped) throws(SpbeError) {
        let missing = evaluation.missing(in: structure)
        guard missing.isEmpty else { throw .incomplete(missing: missing.map(\.number)) }
        guard let start = evaluation.index(in: structure) else { throw .incomplete(missing: missing.map(\.number)) }
        self.target = target
        self.start = start
        var levels = evaluation.levels
        var order: [Int] = []
        var first: [Int: Int] = [:]
        func index() -> Double { SpbeEvaluation(levels: levels).index(in: structure) ?? 0 }
        var current = start
        rounds: while SpbeStructure.reported(current) < target - 1e-9 {
            let round = structure.indicators
                .filter { (levels[$0.number] ?? 5) < 5 }
                .sorted { a, b in
                    if a.weight != b.weight { return a.weight > b.weight }
                    let (la, lb) = (levels[a.number] ?? 0, levels[b.number] ?? 0)
                    return la != lb ? la < lb : a.number < b.number
                }
            if round.isEmpty { break }
            for indicator in round {
                let level = levels[indicator.number] ?? 0
                if first[indicator.number] == nil {
                    first[indicator.number] = level
                    order.append(indicator.number)
                }
                levels[indicator.number] = level + 1
                current = index()
                if SpbeStructure.reported(current) >= target - 1e-9 { break rounds }
            }
        }
        raises = order.map { Raise(indicator: $0, from: first[$0] ?? 0, to: levels[$0] ?? 0) }
        reached = current
    }

    /// Reads a target: an index (`2,6` or `2.6`, 1–5) or a predicate's name in either language (`baik`,
    /// `sangat baik`, `good`), which means the lowest index of its band.
    public static func parse(_ text: String, structure: SpbeStructure = .shipped) throws(SpbeError) -> Double {
        let trimmed = text.trimmingWhitespace()
        if let value = Double(trimmed.replacing(",", with: ".")), value.isFinite {
            guard (1...5).contains(value) else { throw .targetOutOfRange(trimmed) }
            return value
        }
        func key(_ name: String) -> String {
            name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: " ")
        }
        let wanted = key(trimmed)
        let predicate = structure.predicates.first { key($0.name.id) == wanted || key($0.name.en) == wanted }
        guard let predicate else {
            throw .notATarget(trimmed, predicates: structure.predicates.map(\.name.id))
        }
        guard let from = predicate.from else { throw .lowestBand(predicate.name.id) }
        return from
    }
}
