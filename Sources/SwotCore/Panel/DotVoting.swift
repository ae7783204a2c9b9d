/// Dot voting on strategies (`vote ID [N]`): each participant spreads a budget of dots over the strategies they want
/// the plan to pursue, and the room's choice is the sum. The budget is a third of the strategies, rounded up (the
/// usual rule for dot voting: enough to say what matters, too few to vote for everything).
extension Plan {
    /// Dots each participant may give.
    public var voteBudget: Int { max(1, (strategies.count + 2) / 3) }

    /// Dots a participant has given to strategies still in the plan.
    public func votesGiven(by person: Participant) -> Int {
        let ids = Set(strategies.map(\.id))
        return person.votes.filter { ids.contains($0.key) }.values.reduce(0, +)
    }

    /// Sets how many dots a participant puts on a strategy (0 takes them back); refused beyond the budget.
    public mutating func vote(_ name: String, strategy id: StrategyID, dots: Int) throws {
        let index = try participantIndex(name)
        let strategyID = strategies[try indexOfStrategy(id)].id
        guard dots >= 0 else { throw PanelError.overBudget(name, asked: dots, left: 0, budget: voteBudget) }
        var person = participants[index]
        let left = voteBudget - (votesGiven(by: person) - (person.votes[strategyID] ?? 0))
        guard dots <= left else {
            throw PanelError.overBudget(person.name, asked: dots, left: left, budget: voteBudget)
        }
        person.votes[strategyID] = dots == 0 ? nil : dots
        participants[index] = person
    }

    /// The strategies with votes, most first (ties in the plan's order): the sum and who gave how many.
    public var voteTally: [VoteCount] {
        var counts: [VoteCount] = []
        for strategy in strategies {
            var by: [(name: String, dots: Int)] = []
            for person in participants {
                if let dots = person.votes[strategy.id] { by.append((person.name, dots)) }
            }
            let total = by.reduce(0) { $0 + $1.dots }
            if total > 0 { counts.append(VoteCount(strategy: strategy, total: total, by: by)) }
        }
        let ranked = counts.enumerated().sorted { first, second in
            first.element.total != second.element.total ? first.element.total > second.element.total
                : first.offset < second.offset
        }
        return ranked.map(\.element)
    }
}

/// One strategy's votes: the sum, and who gave how many.
public struct VoteCount: Sendable {
    public var strategy: Strategy
    public var total: Int
    public var by: [(name: String, dots: Int)]
}
