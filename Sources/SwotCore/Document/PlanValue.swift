/// The value of one field of a plan, for an edit that replaces whole fields (`PlanEdit.setFields`). The plan's name
/// and schema version are not among them: no edit changes those.
public enum PlanValue: Codable, Equatable, Sendable {
    case title(String)
    case context(String)
    case language(Language?)
    case items([Item])
    /// Raised only: counters in the plan that are higher stay (see `PlanEdit`).
    case nextNumber([String: Int])
    case strategies([Strategy])
    case knowledgeExtension(KnowledgeBaseExtension?)
    case assessments([Assessment])
    case proposals([ProposedItem])
    case comparisons([PairwiseJudgement])
    case qspm(QSPMWorksheet)
    case period(PlanPeriod?)
    case participants([Participant])
    case spbe(SpbePlanning)

    /// The fields of `after` that differ from `before`, with their values in `after`. Item lists compare their shared
    /// items by identity first, so this costs microseconds on a plan of thousands of items.
    public static func changes(from before: Plan, to after: Plan) -> [PlanValue] {
        var values: [PlanValue] = []
        if before.title != after.title { values.append(.title(after.title)) }
        if before.context != after.context { values.append(.context(after.context)) }
        if before.language != after.language { values.append(.language(after.language)) }
        if !Item.sameList(before.items, after.items) { values.append(.items(after.items)) }
        if before.nextNumber != after.nextNumber { values.append(.nextNumber(after.nextNumber)) }
        if before.strategies != after.strategies { values.append(.strategies(after.strategies)) }
        if before.knowledgeExtension != after.knowledgeExtension {
            values.append(.knowledgeExtension(after.knowledgeExtension))
        }
        if before.assessments != after.assessments { values.append(.assessments(after.assessments)) }
        if before.proposals != after.proposals { values.append(.proposals(after.proposals)) }
        if before.comparisons != after.comparisons { values.append(.comparisons(after.comparisons)) }
        if before.qspm != after.qspm { values.append(.qspm(after.qspm)) }
        if before.period != after.period { values.append(.period(after.period)) }
        if before.participants != after.participants { values.append(.participants(after.participants)) }
        if before.spbe != after.spbe { values.append(.spbe(after.spbe)) }
        return values
    }

    /// The same field's value in `plan`.
    func current(in plan: Plan) -> PlanValue {
        switch self {
        case .title: .title(plan.title)
        case .context: .context(plan.context)
        case .language: .language(plan.language)
        case .items: .items(plan.items)
        case .nextNumber: .nextNumber(plan.nextNumber)
        case .strategies: .strategies(plan.strategies)
        case .knowledgeExtension: .knowledgeExtension(plan.knowledgeExtension)
        case .assessments: .assessments(plan.assessments)
        case .proposals: .proposals(plan.proposals)
        case .comparisons: .comparisons(plan.comparisons)
        case .qspm: .qspm(plan.qspm)
        case .period: .period(plan.period)
        case .participants: .participants(plan.participants)
        case .spbe: .spbe(plan.spbe)
        }
    }

    /// Puts the value into its field of `plan` (id counters only rise, and rise past every item's number).
    func set(on plan: inout Plan) {
        switch self {
        case .title(let value): plan.title = value
        case .context(let value): plan.context = value
        case .language(let value): plan.language = value
        case .items(let value):
            plan.items = value
            for item in value { plan.retireID(of: item) }
        case .nextNumber(let value): plan.nextNumber.merge(value) { max($0, $1) }
        case .strategies(let value): plan.strategies = value
        case .knowledgeExtension(let value): plan.knowledgeExtension = value
        case .assessments(let value): plan.assessments = value
        case .proposals(let value): plan.proposals = value
        case .comparisons(let value): plan.comparisons = value
        case .qspm(let value): plan.qspm = value
        case .period(let value): plan.period = value
        case .participants(let value): plan.participants = value
        case .spbe(let value): plan.spbe = value
        }
    }
}

extension Item {
    /// True when two item lists hold equal items in the same order; shared items compare by identity, at once.
    static func sameList(_ first: [Item], _ second: [Item]) -> Bool {
        first.count == second.count && (sharedPrefixCount(first[...], second[...]) == first.count || first == second)
    }
}
