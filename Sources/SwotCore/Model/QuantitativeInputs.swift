/// The QSPM as the planner fills it in: the strategies chosen for comparison and one attractiveness score (or a
/// dash) per strategy and factor. Weights are not stored here: they are the items' IFE/EFE weights.
public struct QSPMWorksheet: Codable, Equatable, Sendable {
    /// The strategy ids compared, in column order (`SO1`, `WO2`, …), chosen with `qspm ID ID …`.
    public var strategies: [String]
    /// The cells entered with `attract`, at most one per strategy and item.
    public var scores: [AttractivenessScore]

    public init(strategies: [String] = [], scores: [AttractivenessScore] = []) {
        self.strategies = strategies
        self.scores = scores
    }

    /// True when nothing has been chosen or scored (the plan file then leaves the worksheet out).
    public var isEmpty: Bool { strategies.isEmpty && scores.isEmpty }

    /// The cell for a strategy and item: nil when not entered, `.some(nil)` for a dash, `.some(score)` otherwise.
    public func cell(strategy: String, item: String) -> Double?? {
        guard let entry = scores.first(where: { $0.strategy == strategy && $0.item == item }) else { return nil }
        return .some(entry.score)
    }

    enum CodingKeys: String, CodingKey {
        case strategies, scores
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        strategies = try container.decodeIfPresent([String].self, forKey: .strategies) ?? []
        scores = try container.decodeIfPresent([AttractivenessScore].self, forKey: .scores) ?? []
    }
}

/// One QSPM cell: how attractive `strategy` is with respect to factor `item` (1 = not … 4 = highly attractive),
/// or a dash (nil) when the factor does not affect the choice.
public struct AttractivenessScore: Codable, Equatable, Sendable {
    /// The strategy id, e.g. `SO1`.
    public var strategy: String
    /// The factor's item id, e.g. `O2`.
    public var item: String
    /// 1…4, or nil for a dash.
    public var score: Double?

    public init(strategy: String, item: String, score: Double?) {
        self.strategy = strategy
        self.item = item
        self.score = score
    }

    enum CodingKeys: String, CodingKey {
        case strategy, item, score
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        strategy = try container.decode(String.self, forKey: .strategy)
        item = try container.decode(String.self, forKey: .item)
        score = try container.decodeIfPresent(Double.self, forKey: .score)
    }

    /// A dash is written as `"score": null`, so the file says so explicitly.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(strategy, forKey: .strategy)
        try container.encode(item, forKey: .item)
        try container.encode(score, forKey: .score)
    }
}
