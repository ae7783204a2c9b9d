// The quantitative layer applied to a plan: IFE/EFE weights and ratings on items, the matrices, the IE cell, the
// SWOT position, AHP judgements and the QSPM worksheet. The arithmetic is in the pure functions next to this file
// (FactorMatrix, IEMatrix, SWOTPosition, AHP, AWOT, QSPM); this file reads the plan, checks what the planner typed
// and writes it back. Every edit checks its input first and throws before changing anything.

extension ScoringError: PlannerFacingError {
    public var remedies: [Remedy] {
        guard case .weightsDoNotSum(_, _, _, let normalizable?) = self else { return [] }
        return [.normalizeWeights(normalizable)]
    }
}

/// Settings of the quantitative layer that are choices of this tool rather than of the methods.
public enum Quantitative {
    /// How weakness and threat ratings enter the SWOT position: `.reverseWeaknessesAndThreats`.
    ///
    /// anchors.md §5.3 computes the position "from the IFE/EFE weighted scores", x = Σ_S w·r − Σ_W w·r and
    /// y = Σ_O w·r − Σ_T w·r, and its cells read "critical weaknesses" and "major threats" as pulling the point left
    /// and down: the subtraction treats W and T scores as *severity*. §5.3 itself notes that sources rate
    /// weaknesses and threats "1–4 as severity" for this. This tool's IFE and EFE follow David (§5.2): a weakness
    /// is rated 1 (major) or 2 (minor) and a threat 1 (poor response) to 4 (superior response), so higher means
    /// *less* severe. Taken as entered, a major weakness (1) would pull x left less than a minor one (2), and a
    /// threat the organisation handles superbly (4) would pull y down the most. Severity = 5 − rating puts David's
    /// ratings on §5.3's scale (major weakness 4, minor 3; poorly met threat 4 … well met 1), so the §5.3 formula
    /// reads as intended on the same 1–4 scale as strengths and opportunities. `.asEntered` is never right here,
    /// because the rating rules do not let a planner enter weaknesses as severity.
    public static let positionConvention: PositionRatingConvention = .reverseWeaknessesAndThreats

    /// The letters that name the SWOT groups in between-group AHP comparisons, in order.
    public static let groupLetters = Quadrant.allCases.map(\.letter)
}

/// Why a quantitative command cannot go ahead with the plan as it is. Nothing is changed when one is thrown.
public enum QuantitativeError: PlannerFacingError, Equatable {
    /// The matrix has no items (no strengths or weaknesses for the IFE; no opportunities or threats for the EFE).
    case noItems(FactorMatrixKind)
    /// Some items of the matrix have no weight or no rating yet.
    case incomplete(FactorMatrixKind, missingWeights: [String], missingRatings: [String])
    /// Two items of different quadrants were compared.
    case comparedAcrossQuadrants(String, String)
    /// An item was compared with a SWOT group.
    case comparedItemWithGroup(String, String)
    /// A word in `compare` is neither an item id nor a SWOT group.
    case notComparable(String)
    /// `compare A B -` for a pair that has no judgement.
    case noSuchComparison(String, String)
    /// `qspm` was given fewer than two strategies, or the same one twice.
    case qspmNeedsTwo
    case qspmDuplicate(String)
    /// `attract` names a strategy that is not among the ones compared.
    case notInQSPM(String, chosen: [String])
    /// `attract` before any strategy was chosen.
    case qspmNoStrategies
    /// `attract` names an item without an IFE/EFE weight above 0.
    case notAQSPMFactor(String)

    public var message: String {
        switch self {
        case .noItems(let kind):
            let what = kind == .ife ? "strengths or weaknesses" : "opportunities or threats"
            return "The \(kind.title) has no \(what) yet. Add some first."
        case .incomplete(let kind, let weights, let ratings):
            var parts: [String] = []
            if !weights.isEmpty { parts.append("no weight for \(weights.joined(separator: ", "))") }
            if !ratings.isEmpty { parts.append("no rating for \(ratings.joined(separator: ", "))") }
            return "The \(kind.title) is not complete: \(parts.joined(separator: "; ")). Set each item's "
                + "weight and rating (a weight of 0 leaves an item out of the matrix)."
        case .comparedAcrossQuadrants(let first, let second):
            return "\(first) and \(second) are in different quadrants. AHP compares items within one quadrant "
                + "and the quadrants with each other as groups."
        case .comparedItemWithGroup(let first, let second):
            return "\(first) vs \(second) compares an item with a whole SWOT group. Compare items within a quadrant "
                + "or two groups."
        case .notComparable(let word):
            return "\"\(word)\" is neither an item id (S1, W2, …) nor a SWOT group (S, W, O, T)."
        case .noSuchComparison(let first, let second):
            return "\(first) and \(second) have not been compared, so there is nothing to remove."
        case .qspmNeedsTwo:
            return "QSPM compares alternative strategies: name at least two of the plan's strategies."
        case .qspmDuplicate(let id):
            return "\(id) is named twice. Name each strategy once."
        case .notInQSPM(let id, let chosen):
            return "\(id) is not among the strategies compared in the QSPM (\(chosen.joined(separator: ", "))). "
                + "Choose the strategies again with \(id) among them."
        case .qspmNoStrategies:
            return "No strategies are chosen for the QSPM yet. Choose two or more first."
        case .notAQSPMFactor(let id):
            return "\(id) has no IFE/EFE weight above 0, so it is not a QSPM factor. QSPM rows are the weighted "
                + "factors of the IFE and EFE; give it a weight first."
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .noItems(let kind): return [.addItem(kind == .ife ? .strength : .opportunity)]
        case .incomplete: return [.setWeight(nil), .setRating]
        case .comparedAcrossQuadrants, .comparedItemWithGroup: return [.compareItems, .compareGroups]
        case .qspmNeedsTwo: return [.chooseForQSPM(nil), .listStrategies]
        case .notInQSPM(let id, let chosen): return [.chooseForQSPM(chosen + [id])]
        case .qspmNoStrategies: return [.chooseForQSPM(nil)]
        case .notAQSPMFactor(let id): return [.setWeight(id)]
        case .notComparable, .noSuchComparison, .qspmDuplicate: return []
        }
    }
}

// MARK: - IFE and EFE

extension Plan {
    /// The matrix an item belongs to: IFE for strengths and weaknesses, EFE for opportunities and threats.
    public static func matrix(of quadrant: Quadrant) -> FactorMatrixKind { quadrant.isInternal ? .ife : .efe }

    /// The items of a matrix, in S, W (or O, T) then number order.
    public func items(of kind: FactorMatrixKind) -> [Item] {
        kind.quadrants.flatMap { items(in: $0) }
    }

    /// True when any item of the matrix has a weight or a rating (so the matrix is being filled in).
    public func hasScores(_ kind: FactorMatrixKind) -> Bool {
        items(of: kind).contains { $0.weight != nil || $0.rating != nil }
    }

    /// Sets an item's IFE/EFE weight (0…1), or clears it with nil. The matrix's sum is checked when it is shown.
    public mutating func setWeight(_ id: ItemID, _ weight: Double?) throws {
        let index = try indexOfItem(id)
        let item = items[index]
        if let weight {
            let kind = Plan.matrix(of: item.quadrant)
            guard weight.isFinite else {
                throw ScoringError.notFinite(what: "the weight of \(item.id) in the \(kind.title)")
            }
            guard (0...1).contains(weight) else {
                throw ScoringError.weightOutOfRange(context: kind.title, item: item.id, value: weight)
            }
        }
        items[index].weight = weight
    }

    /// Sets an item's IFE/EFE rating, or clears it with nil: strengths 3–4, weaknesses 1–2, O and T 1–4.
    public mutating func setRating(_ id: ItemID, _ rating: Double?) throws {
        let index = try indexOfItem(id)
        let item = items[index]
        if let rating {
            let kind = Plan.matrix(of: item.quadrant)
            guard rating.isFinite else {
                throw ScoringError.notFinite(what: "the rating of \(item.id) in the \(kind.title)")
            }
            guard kind.ratingRange(for: item.quadrant).contains(rating) else {
                throw ScoringError.ratingOutOfRange(matrix: kind, item: item.id, quadrant: item.quadrant, value: rating)
            }
        }
        items[index].rating = rating
    }

    /// The sum of the weights set so far in a matrix.
    public func weightSum(_ kind: FactorMatrixKind) -> Double {
        items(of: kind).reduce(0) { $0 + ($1.weight ?? 0) }
    }

    /// The matrix's items as rated factors. Items with weight 0 are left out (the planner's way of dropping a
    /// factor); every other item needs a weight and a rating.
    public func ratedFactors(_ kind: FactorMatrixKind) throws -> [RatedFactor] {
        let members = items(of: kind)
        guard !members.isEmpty else { throw QuantitativeError.noItems(kind) }
        let missingWeights = members.filter { $0.weight == nil }.map(\.id)
        let missingRatings = members.filter { $0.rating == nil && $0.weight != 0 }.map(\.id)
        guard missingWeights.isEmpty, missingRatings.isEmpty else {
            throw QuantitativeError.incomplete(kind, missingWeights: missingWeights, missingRatings: missingRatings)
        }
        return members.filter { $0.weight != 0 }.map {
            RatedFactor(id: $0.id, quadrant: $0.quadrant, weight: $0.weight!, rating: $0.rating!)
        }
    }

    /// The evaluated IFE or EFE matrix. Errors: no items, missing weights or ratings, and those of
    /// `FactorMatrix.evaluate` (weights not summing to 1.00 ± 0.005 above all).
    public func factorEvaluation(_ kind: FactorMatrixKind) throws -> FactorEvaluation {
        let factors = try ratedFactors(kind)
        guard !factors.isEmpty else { throw ScoringError.allWeightsZero(context: kind.title) }
        return try FactorMatrix.evaluate(kind, factors)
    }

    /// Rescales a matrix's weights to sum to 1, keeping their proportions. Every item needs a weight (0 is fine).
    /// Returns the new weights in item order.
    @discardableResult
    public mutating func normalizeWeights(_ kind: FactorMatrixKind) throws -> [(id: String, weight: Double)] {
        let members = items(of: kind)
        guard !members.isEmpty else { throw QuantitativeError.noItems(kind) }
        let missing = members.filter { $0.weight == nil }.map(\.id)
        guard missing.isEmpty else {
            throw QuantitativeError.incomplete(kind, missingWeights: missing, missingRatings: [])
        }
        let weights = try FactorMatrix.normalizedWeights(members.map { ($0.id, $0.weight!) }, context: kind.title)
        for (member, weight) in zip(members, weights) {
            items[try indexOfItem(written: member.id)].weight = weight
        }
        return zip(members, weights).map { ($0.id, $1) }
    }

    /// The IE cell of the plan, from its IFE and EFE totals.
    public func iePlacement() throws -> IEPlacement {
        try IEMatrix.place(ife: factorEvaluation(.ife), efe: factorEvaluation(.efe))
    }

    /// The SWOT position from the IFE and EFE weighted scores, under `Quantitative.positionConvention`.
    public func swotPosition() throws -> SWOTPosition {
        try SWOTPosition(
            ife: factorEvaluation(.ife),
            efe: factorEvaluation(.efe),
            convention: Quantitative.positionConvention
        )
    }

    /// The TOWS quadrants in the order the SWOT position favours them (favoured first, opposite last), or
    /// SO, ST, WO, WT while the IFE and EFE are not complete. Listings of strategies follow this order.
    public var towsPreferenceOrder: [TOWSQuadrant] {
        (try? swotPosition())?.preferenceOrder ?? TOWSQuadrant.allCases
    }

    /// One sentence on how the SWOT position orders the TOWS quadrants in strategy listings, or nil while the IFE
    /// and EFE are not complete (the order is then SO, ST, WO, WT).
    public func positionOrderNote(_ language: Language = .en) -> String? {
        guard let position = try? swotPosition() else { return nil }
        let order = position.preferenceOrder.map(\.rawValue).joined(separator: ", ")
        let cell = "\(position.quadrant.roman) \(position.quadrant.name(language))"
        return language == .en
            ? "SWOT position \(cell): \(position.quadrant.favoured.rawValue) strategies first (order \(order))."
            : "Posisi SWOT \(cell): strategi \(position.quadrant.favoured.rawValue) lebih dulu (urutan \(order))."
    }
}

// MARK: - AHP

/// One AHP comparison set of a plan (one quadrant's items, or the four groups) and what came of it.
public struct PlanComparisonSet: Sendable {
    /// The quadrant whose items are compared; nil for the comparison of the four groups.
    public var quadrant: Quadrant?
    /// The elements and the judgements that apply to them.
    public var comparisons: PairwiseComparisons
    /// Priorities and consistency, when every pair is judged.
    public var result: AHPResult?
    /// Why there is no result (usually a missing pair).
    public var problem: ScoringError?

    /// Pairs judged so far and pairs needed.
    public var judgedPairs: Int { comparisons.judgements.count }
    public var neededPairs: Int { comparisons.items.count * (comparisons.items.count - 1) / 2 }
}

/// What an AHP judgement compares: two items of one quadrant, or two of the SWOT groups.
public enum ComparedElement: Hashable, Sendable {
    case item(ItemID)
    case group(Quadrant)

    /// Parses an item id (`S1`) or a group (`S`, also `strengths`, `peluang`, …); nil for anything else.
    public init?(_ word: String) {
        if let id = ItemID(word) {
            self = .item(id)
        } else if let quadrant = Quadrant(parsing: word) {
            self = .group(quadrant)
        } else {
            return nil
        }
    }
}

extension Plan {
    /// The element as judgements name it, with its quadrant; an item must be in the plan.
    func comparisonElement(_ element: ComparedElement) throws -> (id: String, quadrant: Quadrant, isGroup: Bool) {
        switch element {
        case .item(let id):
            let item = items[try indexOfItem(id)]
            return (item.id, item.quadrant, false)
        case .group(let quadrant):
            return (quadrant.letter, quadrant, true)
        }
    }

    /// Records "`first` is `value` times as important as `second`" (Saaty 1/9…9), replacing any judgement of the
    /// same pair in either orientation; nil removes the pair's judgement. Returns the two element ids.
    @discardableResult
    public mutating func setComparison(
        _ first: ComparedElement, _ second: ComparedElement, _ value: Double?
    ) throws -> (String, String) {
        let a = try comparisonElement(first), b = try comparisonElement(second)
        guard a.isGroup == b.isGroup else { throw QuantitativeError.comparedItemWithGroup(a.id, b.id) }
        if !a.isGroup, a.quadrant != b.quadrant { throw QuantitativeError.comparedAcrossQuadrants(a.id, b.id) }
        let context = a.isGroup ? "comparisons between the SWOT groups" : "comparisons of \(a.quadrant.name(.en))"
        let samePair: (PairwiseJudgement) -> Bool = {
            ($0.first == a.id && $0.second == b.id) || ($0.first == b.id && $0.second == a.id)
        }
        guard let value else {
            guard comparisons.contains(where: samePair) else { throw QuantitativeError.noSuchComparison(a.id, b.id) }
            comparisons.removeAll(where: samePair)
            return (a.id, b.id)
        }
        guard value.isFinite else { throw ScoringError.notFinite(what: "the judgement \(a.id) vs \(b.id)") }
        guard a.id != b.id else { throw ScoringError.selfComparison(context: context, item: a.id, value: value) }
        guard value >= AHP.lowestJudgement, value <= AHP.highestJudgement else {
            throw ScoringError.comparisonOutOfRange(context: context, first: a.id, second: b.id, value: value)
        }
        if let index = comparisons.firstIndex(where: samePair) {
            comparisons[index] = PairwiseJudgement(a.id, b.id, value)
        } else {
            comparisons.append(PairwiseJudgement(a.id, b.id, value))
        }
        return (a.id, b.id)
    }

    /// The comparisons of one quadrant's items (or, for nil, of the four groups), with the judgements that apply.
    /// Judgements of items since removed or moved are ignored.
    public func comparisons(of quadrant: Quadrant?) -> PairwiseComparisons {
        let elements = quadrant.map { items(in: $0).map(\.id) } ?? Quadrant.allCases.map(\.letter)
        let members = Set(elements)
        let context = quadrant.map { "comparisons of \($0.name(.en))" } ?? "comparisons between the SWOT groups"
        return PairwiseComparisons(
            context: context, items: elements,
            judgements: comparisons.filter { members.contains($0.first) && members.contains($0.second) })
    }

    /// True when the planner has entered any AHP judgement that still applies.
    public var hasComparisons: Bool {
        ([nil] + Quadrant.allCases.map(Optional.some)).contains { !comparisons(of: $0).judgements.isEmpty }
    }

    /// Every comparison set that has judgements, or elements to judge: the four groups first, then each quadrant
    /// with at least one item.
    public func comparisonSets() -> [PlanComparisonSet] {
        let quadrants: [Quadrant?] = [nil] + Quadrant.allCases.filter { !items(in: $0).isEmpty }.map(Optional.some)
        return quadrants.map { quadrant in
            let set = comparisons(of: quadrant)
            do throws(ScoringError) {
                let result = try AHP.evaluate(set)
                return PlanComparisonSet(quadrant: quadrant, comparisons: set, result: result, problem: nil)
            } catch {
                return PlanComparisonSet(quadrant: quadrant, comparisons: set, result: nil, problem: error)
            }
        }
    }

    /// A'WOT over the plan: the four groups compared, and every quadrant's items compared.
    public func awot() throws -> AWOTResult {
        for quadrant in Quadrant.allCases where items(in: quadrant).isEmpty {
            throw ScoringError.awotMissingGroup(quadrant)
        }
        var itemComparisons: [Quadrant: PairwiseComparisons] = [:]
        for quadrant in Quadrant.allCases { itemComparisons[quadrant] = comparisons(of: quadrant) }
        return try AWOT.evaluate(groupComparisons: comparisons(of: nil), itemComparisons: itemComparisons)
    }

    /// Replaces every item's hand-set weight with its A'WOT global weight, rescaled within its matrix so that the
    /// IFE and the EFE each sum to 1: an IFE weight is global / (group S + group W), an EFE weight
    /// global / (group O + group T). Ratings are kept. Returns the A'WOT result.
    @discardableResult
    public mutating func applyAHPWeights() throws -> AWOTResult {
        let result = try awot()
        for kind in FactorMatrixKind.allCases {
            let rows = result.priorities.filter { kind.quadrants.contains($0.quadrant) }
            let sum = rows.reduce(0) { $0 + $1.globalWeight }
            guard sum > 0 else { throw ScoringError.allWeightsZero(context: kind.title) }
            for row in rows { items[try indexOfItem(written: row.item)].weight = row.globalWeight / sum }
        }
        return result
    }
}

// MARK: - QSPM

/// The QSPM as it stands: the factors (weighted IFE/EFE items), the chosen strategies and every cell.
public struct QSPMSheet: Sendable {
    /// One factor row: the item, its weight and one cell per strategy (nil = not entered yet, `.some(nil)` = dash).
    public struct Row: Sendable {
        public var item: Item
        public var weight: Double
        public var cells: [Double??]
    }

    public var strategies: [String]
    public var rows: [Row]

    /// Cells not entered yet, as (item, strategies) per row.
    public var missing: [(item: String, strategies: [String])] {
        rows.compactMap { row in
            let absent = strategies.indices.filter { row.cells[$0] == nil }.map { strategies[$0] }
            return absent.isEmpty ? nil : (row.item.id, absent)
        }
    }

    /// True when every cell is entered.
    public var isComplete: Bool { missing.isEmpty }

    /// The evaluated QSPM; call only when complete. Errors: those of `QSPM.evaluate` (mixed rows, all dashes).
    public func evaluate() throws -> QSPMResult {
        try QSPM.evaluate(strategies: strategies, factors: rows.map { row in
            QSPMFactor(id: row.item.id, weight: row.weight, scores: row.cells.map { $0 ?? nil })
        })
    }
}

extension Plan {
    /// Chooses the strategies compared in the QSPM (at least two, each once). Scores of strategies no longer
    /// chosen are dropped; those of strategies still chosen are kept.
    public mutating func chooseQSPMStrategies(_ ids: [StrategyID]) throws -> [String] {
        var chosen: [String] = []
        for id in ids {
            let strategy = strategies[try indexOfStrategy(id)]
            guard !chosen.contains(strategy.id) else { throw QuantitativeError.qspmDuplicate(strategy.id) }
            chosen.append(strategy.id)
        }
        guard chosen.count >= 2 else { throw QuantitativeError.qspmNeedsTwo }
        qspm.strategies = chosen
        qspm.scores.removeAll { !chosen.contains($0.strategy) }
        applyPanelAttractiveness(to: Set(participants.flatMap { $0.attractiveness.map(\.item) }))
        return chosen
    }

    /// Sets one QSPM cell (`strategy` = nil sets the cell of every chosen strategy): a score 1…4, or nil for a dash.
    /// A row must not mix scores and dashes among the cells entered, so the change is refused if it would.
    public mutating func setAttractiveness(strategy: StrategyID?, item id: ItemID, score: Double?) throws {
        guard !qspm.strategies.isEmpty else { throw QuantitativeError.qspmNoStrategies }
        let item = items[try indexOfItem(id)]
        guard let weight = item.weight, weight > 0 else { throw QuantitativeError.notAQSPMFactor(item.id) }
        let targets: [String]
        if let strategy {
            let resolved = strategies[try indexOfStrategy(strategy)].id
            guard qspm.strategies.contains(resolved) else {
                throw QuantitativeError.notInQSPM(resolved, chosen: qspm.strategies)
            }
            targets = [resolved]
        } else {
            targets = qspm.strategies
        }
        if let score {
            guard score.isFinite else {
                throw ScoringError.notFinite(what: "the attractiveness score of \(targets[0]) for \(item.id)")
            }
            guard (1...4).contains(score) else {
                throw ScoringError.qspmScoreOutOfRange(factor: item.id, strategy: targets[0], value: score)
            }
        }
        var updated = qspm
        for target in targets {
            updated.scores.removeAll { $0.strategy == target && $0.item == item.id }
            updated.scores.append(AttractivenessScore(strategy: target, item: item.id, score: score))
        }
        let row = updated.strategies.compactMap { strategy in
            updated.cell(strategy: strategy, item: item.id).map { (strategy, $0) }
        }
        let dashed = row.filter { $0.1 == nil }.map(\.0), scored = row.filter { $0.1 != nil }.map(\.0)
        guard dashed.isEmpty || scored.isEmpty else {
            throw ScoringError.qspmMixedRow(factor: item.id, dashed: dashed, scored: scored)
        }
        qspm = updated
        sortQSPMScores()
    }

    /// Keeps the cells in strategy, then item order, so the file does not depend on the order of entry.
    mutating func sortQSPMScores() {
        let order = Dictionary(uniqueKeysWithValues: qspm.strategies.enumerated().map { ($1, $0) })
        let itemOrder = Dictionary(uniqueKeysWithValues: sortedItemIDs.enumerated().map { ($1, $0) })
        qspm.scores.sort {
            let l = (order[$0.strategy] ?? .max, itemOrder[$0.item] ?? .max),
                r = (order[$1.strategy] ?? .max, itemOrder[$1.item] ?? .max)
            return l < r
        }
    }

    /// The QSPM sheet: the IFE and EFE must be complete (their weights are the QSPM's), and strategies chosen.
    /// Factors are the items with a weight above 0, IFE then EFE.
    public func qspmSheet() throws -> QSPMSheet {
        guard !qspm.strategies.isEmpty else { throw QuantitativeError.qspmNoStrategies }
        for id in qspm.strategies { _ = try indexOfStrategy(written: id) }
        let ife = try factorEvaluation(.ife), efe = try factorEvaluation(.efe)
        let rows = (ife.rows + efe.rows).map { row -> QSPMSheet.Row in
            let item = items[(try? indexOfItem(written: row.factor.id)) ?? 0]
            return QSPMSheet.Row(
                item: item, weight: row.factor.weight,
                cells: qspm.strategies.map { qspm.cell(strategy: $0, item: item.id) })
        }
        return QSPMSheet(strategies: qspm.strategies, rows: rows)
    }
}
