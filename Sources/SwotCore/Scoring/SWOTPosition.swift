// The quantified SWOT position diagram (anchors.md §5.3, marked [T]: a practitioner convention, common in
// Indonesian public-administration theses, after Pearce & Robinson's four cells).
//
// x = Σ_S w·r − Σ_W w·r, y = Σ_O w·r − Σ_T w·r.
// anchors.md gives the open quadrants only (x > 0, y > 0 → I …). On an axis this tool follows the rule
// "zero counts as positive": x ≥ 0 is the strengths side, y ≥ 0 the opportunities side, so the origin is
// aggressive. x and y are snapped to 9 decimals first, so binary noise does not flip a point that sits on an axis.

/// Pearce & Robinson's four cells of the SWOT position diagram, each favouring one TOWS quadrant.
public enum PositionQuadrant: Int, Codable, CaseIterable, Hashable, Sendable {
    /// I (x ≥ 0, y ≥ 0): many opportunities and substantial strengths → favour SO.
    case aggressive = 1
    /// II (x ≥ 0, y < 0): strengths but major threats → favour ST.
    case diversification = 2
    /// III (x < 0, y ≥ 0): opportunities but critical weaknesses → favour WO.
    case turnaround = 3
    /// IV (x < 0, y < 0): weaknesses and threats → favour WT.
    case defensive = 4

    /// The quadrant of a point (zero counts as positive on both axes).
    public init(x: Double, y: Double) {
        switch (snapped(x) >= 0, snapped(y) >= 0) {
        case (true, true): self = .aggressive
        case (true, false): self = .diversification
        case (false, true): self = .turnaround
        case (false, false): self = .defensive
        }
    }

    /// The TOWS quadrant this position favours.
    public var favoured: TOWSQuadrant {
        switch self {
        case .aggressive: return .so
        case .diversification: return .st
        case .turnaround: return .wo
        case .defensive: return .wt
        }
    }

    /// `"I"` … `"IV"`.
    public var roman: String { ["I", "II", "III", "IV"][rawValue - 1] }

    /// `"Aggressive"`, `"Diversification"`, … (Indonesian, as planners name the strategies of Kuadran I–IV:
    /// `"Agresif"`, `"Diversifikasi"`, `"Turn-around"`, `"Defensif"`).
    public func name(_ language: Language = .en) -> String {
        switch (self, language) {
        case (.aggressive, .en): return "Aggressive"
        case (.diversification, .en): return "Diversification"
        case (.turnaround, .en): return "Turnaround"
        case (.defensive, .en): return "Defensive"
        case (.aggressive, .id): return "Agresif"
        case (.diversification, .id): return "Diversifikasi"
        case (.turnaround, .id): return "Turn-around"
        case (.defensive, .id): return "Defensif"
        }
    }

    /// `Quadrant III: Turnaround` / `Kuadran III: strategi turn-around`.
    public func title(_ language: Language = .en) -> String {
        language == .en ? "Quadrant \(roman): \(name(.en))" : "Kuadran \(roman): strategi \(name(.id).lowercased())"
    }
}

/// How weakness and threat ratings enter the position's subtraction (anchors.md §5.3: "make the sign convention
/// explicit").
public enum PositionRatingConvention: String, Codable, CaseIterable, Hashable, Sendable {
    /// Use weight × rating as entered for every quadrant (the formula of §5.3 literally; right when W and T were
    /// rated for *severity*, higher = worse).
    case asEntered
    /// Use weight × (5 − rating) for weaknesses and threats, turning David's IFE/EFE ratings (weakness 1 = major,
    /// threat 4 = superior response) into severity on the same 1–4 scale, so a major weakness or a poorly met threat
    /// pulls the point further left or down.
    case reverseWeaknessesAndThreats
}

/// A point in the SWOT position diagram and what it favours.
public struct SWOTPosition: Codable, Hashable, Sendable {
    /// Σ w·r of strengths.
    public var strengths: Double
    /// Σ w·r of weaknesses (or of w·(5 − r), see `PositionRatingConvention`).
    public var weaknesses: Double
    /// Σ w·r of opportunities.
    public var opportunities: Double
    /// Σ w·r of threats (or of w·(5 − r), see `PositionRatingConvention`).
    public var threats: Double
    /// x = strengths − weaknesses.
    public var x: Double
    /// y = opportunities − threats.
    public var y: Double
    /// The diagram cell the point falls in.
    public var quadrant: PositionQuadrant

    /// The position from the four quadrant sums.
    public init(strengths: Double, weaknesses: Double, opportunities: Double, threats: Double) throws(ScoringError) {
        for (value, name) in [(strengths, "strengths"), (weaknesses, "weaknesses"), (opportunities, "opportunities"),
                              (threats, "threats")] {
            guard value.isFinite else { throw .notFinite(what: "the weighted score total of the \(name)") }
        }
        self.strengths = strengths
        self.weaknesses = weaknesses
        self.opportunities = opportunities
        self.threats = threats
        self.x = snapped(strengths - weaknesses)
        self.y = snapped(opportunities - threats)
        self.quadrant = PositionQuadrant(x: x, y: y)
    }

    /// The position from rated items (any quadrants), summing weight × rating per quadrant under `convention`.
    ///
    /// Items are not re-validated against IFE/EFE rules here; evaluate those matrices first. Errors: NaN/infinite.
    public init(items: [RatedFactor], convention: PositionRatingConvention = .asEntered) throws(ScoringError) {
        var sums: [Quadrant: Double] = [:]
        for item in items {
            guard item.weight.isFinite, item.rating.isFinite else {
                throw .notFinite(what: "the weight or rating of \(item.id)")
            }
            let reverse =
                convention == .reverseWeaknessesAndThreats && (item.quadrant == .weakness || item.quadrant == .threat)
            sums[item.quadrant, default: 0] += item.weight * (reverse ? 5 - item.rating : item.rating)
        }
        try self.init(
            strengths: sums[.strength, default: 0], weaknesses: sums[.weakness, default: 0],
            opportunities: sums[.opportunity, default: 0], threats: sums[.threat, default: 0])
    }

    /// The position from an evaluated IFE and EFE matrix.
    public init(
        ife: FactorEvaluation,
        efe: FactorEvaluation,
        convention: PositionRatingConvention = .asEntered
    ) throws(ScoringError) {
        try self.init(items: ife.rows.map(\.factor) + efe.rows.map(\.factor), convention: convention)
    }

    /// True when the point lies on an axis (x = 0 or y = 0), where the quadrant is decided by "zero counts as
    /// positive".
    public var isOnAxis: Bool { x == 0 || y == 0 }

    /// Distance from the origin: how pronounced the position is.
    public var magnitude: Double { (x * x + y * y).squareRoot() }

    /// How well a TOWS quadrant fits the point: the point projected on the quadrant's corner direction,
    /// ±x ± y (+x for S-based quadrants, −x for W-based; +y for O-based, −y for T-based).
    public func alignment(_ quadrant: TOWSQuadrant) -> Double {
        let sx: Double = quadrant.internalSide == .strength ? 1 : -1
        let sy: Double = quadrant.externalSide == .opportunity ? 1 : -1
        return snapped(sx * x + sy * y)
    }

    /// The TOWS quadrants from most to least favoured, by `alignment` (ties in SO, ST, WO, WT order).
    ///
    /// The favoured quadrant always comes first, the opposite one last; the two between are ordered by which axis
    /// dominates (aggressive with x > y puts ST before WO).
    public var preferenceOrder: [TOWSQuadrant] {
        TOWSQuadrant.allCases.sorted { lhs, rhs in
            let a = alignment(lhs), b = alignment(rhs)
            return a != b ? a > b : lhs < rhs
        }
    }

    /// The 1-based place of a TOWS quadrant in `preferenceOrder` (1 = favoured).
    public func preferenceRank(_ quadrant: TOWSQuadrant) -> Int {
        preferenceOrder.firstIndex(of: quadrant)! + 1
    }
}
