extension PlanFile {
    /// Checks the participants of a plan file as `participant add`, `weight` and `rate` would: names that could be
    /// typed, none twice, and weights and ratings within the ranges of the items they score. Values for items removed
    /// since are allowed (they are ignored), so removing an item never makes a plan unreadable.
    static func checkPanel(_ plan: Plan) throws(PlanFileProblem) {
        var names = Set<String>()
        for person in plan.participants {
            guard Plan.isParticipantName(person.name), names.insert(person.name.lowercased()).inserted else {
                throw PlanFileProblem(message: "its participants include a name that cannot be typed, or one name "
                    + "twice")
            }
            for (id, weight) in person.weights
            where !(weight.isFinite && (0...1).contains(weight)) || ItemID(written: id) == nil {
                throw PlanFileProblem(message: "participant \(person.name) has a weight for \(id) that is not an item "
                    + "id with a weight in 0…1")
            }
            for (id, dots) in person.votes where dots < 1 || StrategyID(written: id) == nil {
                throw PlanFileProblem(message: "participant \(person.name) has \(dots) votes for \(id); votes are "
                    + "whole numbers from 1 on a strategy id")
            }
            for judgement in person.comparisons {
                let ids = [judgement.first, judgement.second]
                guard ids.allSatisfy({ ItemID(written: $0) != nil || Quantitative.groupLetters.contains($0) }),
                    judgement.value.isFinite, judgement.value >= AHP.lowestJudgement,
                    judgement.value <= AHP.highestJudgement
                else {
                    throw PlanFileProblem(message: "participant \(person.name) has a judgement "
                        + "\(ids.joined(separator: " vs ")) "
                                          + "that is not two item ids or SWOT groups with a value in 1/9…9")
                }
            }
            for cell in person.attractiveness
            where StrategyID(written: cell.strategy) == nil || ItemID(written: cell.item) == nil
                || !(cell.score.map { $0.isFinite && (1...4).contains($0) } ?? true) {
                throw PlanFileProblem(message: "participant \(person.name) has a QSPM score for \(cell.strategy) and "
                    + "\(cell.item) "
                                      + "that is not a strategy and item id with a score 1–4 or a dash")
            }
            for (id, rating) in person.ratings {
                let itemID = ItemID(written: id)
                // An item removed since may have been rated on any scale: only a present one's range applies.
                let range = itemID.flatMap(plan.item).map { Plan.matrix(of: $0.quadrant).ratingRange(for: $0.quadrant) }
                    ?? 1...4
                guard itemID != nil, rating.isFinite, range.contains(rating) else {
                    throw PlanFileProblem(message: "participant \(person.name) has a rating for \(id) outside its "
                        + "range")
                }
            }
        }
    }
}
