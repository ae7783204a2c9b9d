/// The planner's decisions on strategies. Each one checks its input first and changes nothing when it throws.
extension Plan {
    public mutating func acceptStrategy(_ id: StrategyID) throws {
        strategies[try indexOfStrategy(id)].status = .accepted
    }

    public mutating func rejectStrategy(_ id: StrategyID) throws {
        strategies[try indexOfStrategy(id)].status = .rejected
    }

    /// Replaces a strategy's text; it is marked edited, so a re-derive keeps it as written.
    public mutating func editStrategy(_ id: StrategyID, text: String) throws {
        let text = try Plan.cleaned(text, what: "strategy text")
        let index = try indexOfStrategy(id)
        strategies[index].text = text
        strategies[index].edited = true
    }

    /// Sets who carries the strategy out; `-` clears it.
    public mutating func assignStrategy(_ id: StrategyID, owner: String) throws {
        let owner = try Plan.cleaned(owner, what: "owner")
        strategies[try indexOfStrategy(id)].owner = owner == "-" ? nil : owner
    }

    /// Sets the due date (ISO `YYYY-MM-DD`); `-` clears it.
    public mutating func setStrategyDue(_ id: StrategyID, date: String) throws {
        let date = try Plan.cleaned(date, what: "due date")
        let index = try indexOfStrategy(id)
        guard date == "-" || StrategyDate.isValid(date) else { throw StrategyError.badDate(date) }
        strategies[index].due = date == "-" ? nil : date
    }

    /// Sets the key performance indicator that tells whether the strategy worked; `-` clears it.
    public mutating func setStrategyKPI(_ id: StrategyID, text: String) throws {
        let text = try Plan.cleaned(text, what: "KPI")
        strategies[try indexOfStrategy(id)].kpi = text == "-" ? nil : text
    }

    /// Adds the planner's own strategy, accepted, with the quadrant's next id. Source items must be on the
    /// quadrant's sides (S or W, and O or T); its score is computed from them as for a derived strategy.
    @discardableResult
    public mutating func addStrategy(
        _ quadrant: TOWSQuadrant,
        text: String,
        sources: [ItemID] = []
    ) throws -> Strategy {
        let text = try Plan.cleaned(text, what: "strategy text")
        let resolved = try sourcePositions(sources, for: quadrant).map { items[$0] }
        let scoring = StrategyScoring(plan: self)
        let inner = resolved.filter { $0.quadrant.isInternal }.sorted { $0.number < $1.number }
        let outer = resolved.filter { !$0.quadrant.isInternal }.sorted { $0.number < $1.number }
        let score = resolved.isEmpty ? 0 :
            (inner.map(scoring.bestStrength).max() ?? 1) * (outer.map(scoring.bestStrength).max() ?? 1)
        var categories: [String] = []
        for item in resolved {
            if let top = item.categories.first?.category, !categories.contains(top) { categories.append(top) }
        }
        var strategy = Strategy(
            id: takeStrategyID(quadrant), quadrant: quadrant, text: text, sources: (inner + outer).map(\.id),
            categories: categories, score: score, status: .accepted, origin: .manual
        )
        strategy.stale = false
        strategies.append(strategy)
        return strategy
    }

    /// The positions of the items a strategy of `quadrant` names, each once, in the order given; an error for an item
    /// the plan lacks or one off the quadrant's sides.
    func sourcePositions(_ sources: [ItemID], for quadrant: TOWSQuadrant) throws -> [Int] {
        var positions: [Int] = []
        for id in sources {
            let position = try indexOfItem(id)
            guard [quadrant.internalSide, quadrant.externalSide].contains(items[position].quadrant) else {
                throw StrategyError.sourceOutsideQuadrant(items[position].id, quadrant)
            }
            if !positions.contains(position) { positions.append(position) }
        }
        return positions
    }

    /// The index of a strategy, or an error that lists the ids the plan has.
    public func indexOfStrategy(_ id: StrategyID) throws -> Int {
        try indexOfStrategy(written: id.description)
    }

    /// The index of the strategy an id the plan itself holds names (in the QSPM, a panel's votes).
    func indexOfStrategy(written id: String) throws(StrategyError) -> Int {
        guard let index = strategies.firstIndex(where: { $0.id == id }) else {
            throw StrategyError.noSuchStrategy(id, known: sortedStrategyIDs)
        }
        return index
    }

    /// Every strategy id, in quadrant then number order.
    public var sortedStrategyIDs: [String] {
        strategies.sorted { $0.quadrant != $1.quadrant ? $0.quadrant < $1.quadrant : $0.number < $1.number }.map(\.id)
    }
}

/// Why a change to a strategy was refused.
public enum StrategyError: PlannerFacingError, Equatable {
    case noSuchStrategy(String, known: [String])
    case malformedID(String)
    case badDate(String)
    case sourceOutsideQuadrant(String, TOWSQuadrant)
    /// `strategy add WO from …` named items of one side only.
    case needsBothSides(TOWSQuadrant)
    /// `strategy add … from …` named more items than a strategy names.
    case tooManyItems([String])
    /// A strategy of the quadrant (not rejected) already names exactly these items.
    case alreadyNamed(String, [String])
    /// No move of the quadrant fits every named item.
    case noMoveFits(TOWSQuadrant, [String])

    public var message: String {
        switch self {
        case .noSuchStrategy(let id, let known):
            let list = known.isEmpty ? "The plan has no strategies yet; derive them or add one by hand." :
                "Strategies are \(PlanError.shortList(known))."
            return "No strategy \(id) in this plan. \(list)"
        case .malformedID(let id):
            return "\"\(id)\" is not a strategy id. Strategy ids are a TOWS quadrant and a number, like SO1, ST2, WO3, "
                + "WT4."
        case .badDate(let text):
            return "\"\(text)\" is not a date. Write it as YYYY-MM-DD, e.g. 2026-06-30 (or - to clear it)."
        case .sourceOutsideQuadrant(let id, let quadrant):
            return "\(id) cannot back a \(quadrant.rawValue) strategy: \(quadrant.rawValue) uses "
                + "\(quadrant.internalSide.name(.en).lowercased()) and \(quadrant.externalSide.name(.en).lowercased()) "
                + "(\(quadrant.internalSide.letter)… and \(quadrant.externalSide.letter)… items)."
        case .needsBothSides(let quadrant):
            return "A \(quadrant.rawValue) strategy pairs \(quadrant.internalSide.name(.en).lowercased()) with "
                + "\(quadrant.externalSide.name(.en).lowercased()): name at least one item of each, like "
                + "`strategy add \(quadrant.rawValue) from \(quadrant.internalSide.letter)1 "
                + "\(quadrant.externalSide.letter)1`."
        case .tooManyItems(let ids):
            return "A strategy names at most \(StrategyDeriver.maximumItems) items, and \(ids.count) are named "
                + "(\(ids.joined(separator: ", "))): name the ones its action should act on."
        case .alreadyNamed(let id, let ids):
            return "\(id) already names \(ids.joined(separator: ", ")) (`edit \(id) TEXT` rewords it)."
        case .noMoveFits(let quadrant, let ids):
            return "No \(quadrant.rawValue) move of the knowledge base fits \(ids.joined(separator: ", ")) together "
                + "(an item fits a move through its first categories; `show ID` lists them). Write the strategy in "
                + "your own words, or `tag` an item with the category you mean and try again."
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .noSuchStrategy(_, let known) where known.isEmpty: return [.derive, .addStrategy(nil, from: nil)]
        case .noSuchStrategy(_, let known) where PlanError.isShortened(known): return [.listStrategies]
        case .noMoveFits(let quadrant, let ids): return [.addStrategy(quadrant, from: ids.joined(separator: " "))]
        case .alreadyNamed(let id, _): return [.acceptStrategy(id)]
        default: return []
        }
    }
}

/// ISO calendar dates, `YYYY-MM-DD`.
public enum StrategyDate {
    /// True for a real date from year 1900 to 9999 written `YYYY-MM-DD`.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              year >= 1900, (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
