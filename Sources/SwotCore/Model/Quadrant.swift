/// The four SWOT quadrants.
public enum Quadrant: String, Codable, CaseIterable, Hashable, Sendable, Comparable {
    case strength = "S"
    case weakness = "W"
    case opportunity = "O"
    case threat = "T"

    /// The letter used in item ids (`S1`, `W2`, …).
    public var letter: String { rawValue }

    /// Internal quadrants (S, W) describe the organisation; external ones (O, T) its environment.
    public var isInternal: Bool { self == .strength || self == .weakness }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.strength, .en): return "Strengths"
        case (.weakness, .en): return "Weaknesses"
        case (.opportunity, .en): return "Opportunities"
        case (.threat, .en): return "Threats"
        case (.strength, .id): return "Kekuatan"
        case (.weakness, .id): return "Kelemahan"
        case (.opportunity, .id): return "Peluang"
        case (.threat, .id): return "Ancaman"
        }
    }

    /// Every word a planner may type for this quadrant, in English and Indonesian.
    public var spellings: [String] {
        switch self {
        case .strength: return ["s", "strength", "strengths", "kekuatan"]
        case .weakness: return ["w", "weakness", "weaknesses", "kelemahan"]
        case .opportunity: return ["o", "opportunity", "opportunities", "peluang"]
        case .threat: return ["t", "threat", "threats", "ancaman"]
        }
    }

    /// Parses `s`, `strength`, `kekuatan`, … (case-insensitive).
    public init?(parsing word: String) {
        let lowered = word.lowercased()
        guard let match = Quadrant.allCases.first(where: { $0.spellings.contains(lowered) }) else { return nil }
        self = match
    }

    public static func < (lhs: Quadrant, rhs: Quadrant) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The four TOWS strategy quadrants: which internal side meets which external side.
public enum TOWSQuadrant: String, Codable, CaseIterable, Hashable, Sendable, Comparable {
    case so = "SO"
    case st = "ST"
    case wo = "WO"
    case wt = "WT"

    public var internalSide: Quadrant {
        switch self {
        case .so, .st: return .strength
        case .wo, .wt: return .weakness
        }
    }

    public var externalSide: Quadrant {
        switch self {
        case .so, .wo: return .opportunity
        case .st, .wt: return .threat
        }
    }

    public init?(parsing word: String) {
        self.init(rawValue: word.uppercased())
    }

    public static func < (lhs: TOWSQuadrant, rhs: TOWSQuadrant) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
