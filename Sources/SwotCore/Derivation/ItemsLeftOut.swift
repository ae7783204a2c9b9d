/// An item that no strategy of the plan names (rejected strategies do not count), with the reason for each
/// quadrant it could have joined and the steps that bring it in. `derive` prints the list and reports show it, so
/// no item silently drops out of the plan.
public struct LeftOutItem: Equatable, Sendable {
    public var id: String
    public var reasons: [Reason]

    public enum Reason: Equatable, Sendable {
        /// The matcher found no category for the item.
        case noCategory
        /// No move of the quadrant lists the item's top category on its side (`category` as `C05 HR`).
        case noMove(TOWSQuadrant, category: String)
        /// Moves list the item's top category, but each fits only items that use words of its subject
        /// (`StrategyMove.internalWords`, `externalWords`) and the item uses none of them.
        case otherWordsOnly(TOWSQuadrant, category: String)
        /// The only moves for the item's top category direct every agency of the government, which a sectoral
        /// agency's plan does not take (`PlanScope`).
        case governmentMovesOnly(TOWSQuadrant, category: String)
        /// Moves exist, but no item of the other side fits any of them.
        case noPartner(TOWSQuadrant)
        /// Items of the other side fit its moves, but none shares its topic (no category, rare word or subject in
        /// common, `StrategyDeriver.related`), and those pairs rank below the strategies kept.
        case noRelatedPartner(TOWSQuadrant)
        /// Strategies for the item exist but rank below the ones `derive` keeps.
        case notInTop(TOWSQuadrant)
    }

    /// The quadrant the hint proposes: the first one the reasons name.
    public var hintQuadrant: TOWSQuadrant? {
        for reason in reasons {
            switch reason {
            case .noMove(let quadrant, _), .otherWordsOnly(let quadrant, _), .governmentMovesOnly(let quadrant, _),
                 .noPartner(let quadrant), .noRelatedPartner(let quadrant), .notInTop(let quadrant):
                return quadrant
            case .noCategory: continue
            }
        }
        return nil
    }

    /// The reasons as one clause, e.g. "SO: no move for its category C05 HR; ST: no threat fits a move for it".
    public func explanation(_ language: Language) -> String {
        reasons.map { describe($0, language) }.joined(separator: "; ")
    }

    /// One reason in plain words, e.g. "ST: no threat fits a move for it".
    public func describe(_ reason: Reason, _ language: Language) -> String {
        switch (reason, language) {
        case (.noCategory, .en): return "it has no category"
        case (.noCategory, .id): return "belum punya kategori"
        case (.noMove(let quadrant, let category), .en): return "\(quadrant.rawValue): no move for its category "
            + "\(category)"
        case (.noMove(let quadrant, let category), .id): return "\(quadrant.rawValue): belum ada langkah untuk "
            + "kategorinya \(category)"
        case (.otherWordsOnly(let quadrant, let category), .en): return "\(quadrant.rawValue): the moves for its "
            + "category \(category) are about things it does not name"
        case (.otherWordsOnly(let quadrant, let category), .id): return "\(quadrant.rawValue): langkah untuk "
            + "kategorinya \(category) membahas hal yang tidak disebutnya"
        case (.governmentMovesOnly(let quadrant, let category), .en): return "\(quadrant.rawValue): the moves for "
            + "its category \(category) direct every agency, for Diskominfo or Bappeda to propose"
        case (.governmentMovesOnly(let quadrant, let category), .id): return "\(quadrant.rawValue): langkah untuk "
            + "kategorinya \(category) mengatur semua perangkat daerah, usulan Diskominfo atau Bappeda"
        case (.noPartner(let quadrant), .en):
            return "\(quadrant.rawValue): no \(LeftOutItem.sideWord(quadrant, of: id, language)) fits a move for it"
        case (.noPartner(let quadrant), .id):
            return "\(quadrant.rawValue): tidak ada \(LeftOutItem.sideWord(quadrant, of: id, language)) yang cocok "
                + "dengan langkahnya"
        case (.noRelatedPartner(let quadrant), .en):
            return "\(quadrant.rawValue): no \(LeftOutItem.sideWord(quadrant, of: id, language)) shares its topic, "
                + "and its other pairs rank below those kept"
        case (.noRelatedPartner(let quadrant), .id):
            return "\(quadrant.rawValue): tidak ada \(LeftOutItem.sideWord(quadrant, of: id, language)) yang "
                + "setopik, dan pasangan lainnya di bawah yang ditampilkan"
        case (.notInTop(let quadrant), .en): return "\(quadrant.rawValue): its strategies rank below those kept"
        case (.notInTop(let quadrant), .id): return "\(quadrant.rawValue): strateginya di bawah yang ditampilkan"
        }
    }

    /// The step that answers a reason, if one does: giving the item a category, or keeping more strategies.
    public func remedy(for reason: Reason) -> Remedy? {
        switch reason {
        case .noCategory: return .tagItem(id)
        case .notInTop, .noRelatedPartner: return .deriveMore
        case .noMove, .otherWordsOnly, .governmentMovesOnly, .noPartner: return nil
        }
    }

    /// Writing a strategy for the item by hand, in the quadrant the reasons name first (else the item's first).
    public var handWritten: Remedy {
        let first: [Character: TOWSQuadrant] = ["S": .so, "W": .wo, "O": .so, "T": .st]
        return .addStrategy(hintQuadrant ?? id.first.flatMap { first[$0] } ?? .so, from: id)
    }

    /// "opportunity" / "peluang": the other side of a quadrant, seen from the item.
    static func sideWord(_ quadrant: TOWSQuadrant, of id: String, _ language: Language) -> String {
        let isInternal = id.first.map { "SW".contains($0) } ?? true
        let side = isInternal ? quadrant.externalSide : quadrant.internalSide
        switch (side, language) {
        case (.strength, .en): return "strength"
        case (.weakness, .en): return "weakness"
        case (.opportunity, .en): return "opportunity"
        case (.threat, .en): return "threat"
        case (.strength, .id): return "kekuatan"
        case (.weakness, .id): return "kelemahan"
        case (.opportunity, .id): return "peluang"
        case (.threat, .id): return "ancaman"
        }
    }
}

extension Plan {
    /// The items no strategy names (rejected ones do not count), in quadrant and number order, each with why.
    /// `words`: the items' words as `derive` worked them out, if at hand.
    public func itemsLeftOut(
        using deriver: StrategyDeriver, words derived: StrategyDeriver.ItemWords? = nil
    ) -> [LeftOutItem] {
        let named = Set(strategies.filter { $0.status != .rejected }.flatMap(\.sources))
        let missing = Quadrant.allCases.flatMap { positions(in: $0) }.filter { !named.contains(items[$0].id) }
        guard !missing.isEmpty else { return [] }
        // The moves a category selects in a quadrant on a side, looked up once: a large plan repeats its categories.
        var selected: [String: [StrategyMove]] = [:]
        let planScope = PlanScope.of(self)
        func moves(
            _ category: String, _ quadrant: TOWSQuadrant, internal isInternal: Bool, scope: PlanScope? = nil
        ) -> [StrategyMove] {
            let scope = scope ?? planScope
            let key = "\(quadrant.rawValue) \(isInternal) \(category) \(scope == .wholeGovernment)"
            if let known = selected[key] { return known }
            let found = deriver.moves(for: category, in: quadrant, internal: isInternal, scope: scope)
            selected[key] = found
            return found
        }
        let itemWords = derived ?? StrategyDeriver.ItemWords(self, examples: nil)
        // The moves an item of these top categories fits on its side in a quadrant, looked up once per categories:
        // those that name no words for the side, and those that do with the stems of their words
        // (`StrategyFit.stems`), which the item's own words must meet (as `StrategyFit.fits`).
        typealias Fitting = (plain: Set<String>, worded: [(id: String, stems: Set<String>)])
        var byTops: [String: Fitting] = [:]
        // A move's words stemmed once per side, not once per combination of top categories that selects it.
        var stemsOfMoves: [Bool: [String: Set<String>?]] = [:]
        func stems(_ move: StrategyMove, internal isInternal: Bool) -> Set<String>? {
            if let known = stemsOfMoves[isInternal]?[move.id] { return known }
            let found = StrategyFit.stems(of: isInternal ? move.internalWords : move.externalWords)
            stemsOfMoves[isInternal, default: [:]][move.id] = .some(found)
            return found
        }
        func fitting(_ quadrant: TOWSQuadrant, internal isInternal: Bool, tops: [CategoryMatch]) -> (String, Fitting) {
            let key = ([quadrant.rawValue, "\(isInternal)"] + tops.map(\.category)).joined(separator: " ")
            if let known = byTops[key] { return (key, known) }
            var found: Fitting = ([], [])
            for top in tops {
                for move in moves(top.category, quadrant, internal: isInternal) {
                    if let stems = stems(move, internal: isInternal) {
                        found.worded.append((move.id, stems))
                    } else {
                        found.plain.insert(move.id)
                    }
                }
            }
            byTops[key] = found
            return (key, found)
        }
        // Per quadrant and side, the moves some item of that side fits: a partner exists when the other side has one.
        var fittedMoves: [TOWSQuadrant: [Bool: Set<String>]] = [:]
        func fitted(_ quadrant: TOWSQuadrant, internal isInternal: Bool) -> Set<String> {
            if let known = fittedMoves[quadrant]?[isInternal] { return known }
            let side = isInternal ? quadrant.internalSide : quadrant.externalSide
            var found = Set<String>(), seen = Set<String>()
            for position in items.indices where items[position].quadrant == side {
                let tops = StrategyFit.topCategories(of: items[position])
                let (key, moves) = fitting(quadrant, internal: isInternal, tops: tops)
                if seen.insert(key).inserted { found.formUnion(moves.plain) }
                for move in moves.worded where !move.stems.isDisjoint(with: itemWords.stems[position]) {
                    found.insert(move.id)
                }
            }
            fittedMoves[quadrant, default: [:]][isInternal] = found
            return found
        }
        // Whether an item fits some move of a quadrant through its top categories (and words), and whether an item of
        // the other side fits one of those moves too. Whether a plain move has a partner is asked once per categories.
        var plainPartnered: [String: Bool] = [:]
        func reach(_ position: Int, _ quadrant: TOWSQuadrant, tops: [CategoryMatch]) -> (fits: Bool, partnered: Bool) {
            let isInternal = items[position].quadrant.isInternal
            let (key, moves) = fitting(quadrant, internal: isInternal, tops: tops)
            let others = fitted(quadrant, internal: !isInternal)
            let partnered = plainPartnered[key] ?? !moves.plain.isDisjoint(with: others)
            plainPartnered[key] = partnered
            let admitted = moves.worded.filter { !$0.stems.isDisjoint(with: itemWords.stems[position]) }
            return (fits: !moves.plain.isEmpty || !admitted.isEmpty,
                    partnered: partnered || admitted.contains { others.contains($0.id) })
        }
        // Whether some item of a quadrant's other side shares the item's topic (`StrategyDeriver.related`): by
        // categories and rare words only, which need no reading of the labelled examples.
        let topics = items.map(StrategyScoring.topics)
        func hasRelatedPartner(_ position: Int, _ quadrant: TOWSQuadrant) -> Bool {
            let side = items[position].quadrant.isInternal ? quadrant.externalSide : quadrant.internalSide
            return items.indices.contains { other in
                items[other].quadrant == side && StrategyDeriver.related(
                    sameTopic: StrategyScoring.affinity(topics[position], topics[other]),
                    sharedWords: itemWords.affinity(position, other))
            }
        }
        return missing.map { position in
            let item = items[position]
            let tops = StrategyFit.topCategories(of: item)
            guard let top = tops.first else { return LeftOutItem(id: item.id, reasons: [.noCategory]) }
            let isInternal = item.quadrant.isInternal
            let quadrants = TOWSQuadrant.allCases.filter {
                (isInternal ? $0.internalSide : $0.externalSide) == item.quadrant
            }
            let reasons = quadrants.map { quadrant -> LeftOutItem.Reason in
                let label = deriver.knowledgeBase.label(forCategory: top.category)
                let listed = tops.contains { !moves($0.category, quadrant, internal: isInternal).isEmpty }
                if !listed {
                    let onlyGovernmentMoves = planScope != .wholeGovernment && tops.contains {
                        !moves($0.category, quadrant, internal: isInternal, scope: .wholeGovernment).isEmpty
                    }
                    return onlyGovernmentMoves
                        ? .governmentMovesOnly(quadrant, category: label) : .noMove(quadrant, category: label)
                }
                let (fits, partnered) = reach(position, quadrant, tops: tops)
                if !fits { return .otherWordsOnly(quadrant, category: label) }
                if !partnered { return .noPartner(quadrant) }
                return hasRelatedPartner(position, quadrant) ? .notInTop(quadrant) : .noRelatedPartner(quadrant)
            }
            return LeftOutItem(id: item.id, reasons: reasons)
        }
    }
}
