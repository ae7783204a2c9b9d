extension PlanFile {
    /// Checks the quantitative inputs of a plan file: item weights in 0…1 and ratings in their quadrant's range,
    /// AHP judgements on Saaty's scale between two elements of one level, QSPM cells of chosen strategies with
    /// scores 1…4 and no row mixing scores and dashes. References to items or strategies removed since are allowed
    /// (they are ignored), so removing an item never makes a plan unreadable.
    static func checkScoring(_ plan: Plan) throws(PlanFileProblem) {
        for item in plan.items {
            let kind = Plan.matrix(of: item.quadrant)
            if let weight = item.weight, !(weight.isFinite && (0...1).contains(weight)) {
                throw PlanFileProblem(message: "item \(item.id) has a weight outside 0…1")
            }
            if let rating = item.rating, !(rating.isFinite && kind.ratingRange(for: item.quadrant).contains(rating)) {
                throw PlanFileProblem(message: "item \(item.id) has a rating outside "
                    + "\(describe(kind.ratingRange(for: item.quadrant)))")
            }
        }
        var pairs = Set<[String]>()
        for judgement in plan.comparisons {
            let ends = [judgement.first, judgement.second]
            let groups = ends.map { Quantitative.groupLetters.contains($0) }
            let itemIDs = ends.map { ItemID(written: $0) }
            guard
                (groups[0] && groups[1])
                    || (itemIDs[0] != nil && itemIDs[0]?.quadrant == itemIDs[1]?.quadrant),
                  judgement.first != judgement.second else {
                throw PlanFileProblem(message: "the comparison \(judgement.first) vs \(judgement.second) does not "
                    + "compare two items of one quadrant or two SWOT groups")
            }
            guard judgement.value.isFinite, judgement.value >= AHP.lowestJudgement,
                judgement.value <= AHP.highestJudgement
            else {
                throw PlanFileProblem(message: "the comparison \(judgement.first) vs \(judgement.second) is outside "
                    + "Saaty's scale 1/9…9")
            }
            guard pairs.insert(ends.sorted()).inserted else {
                throw PlanFileProblem(message: "the pair \(judgement.first) vs \(judgement.second) is compared twice")
            }
        }
        let chosen = plan.qspm.strategies
        guard Set(chosen).count == chosen.count, chosen.allSatisfy({ StrategyID(written: $0) != nil }) else {
            throw PlanFileProblem(message: "the QSPM's strategies are not distinct strategy ids")
        }
        var cells = Set<[String]>()
        for cell in plan.qspm.scores {
            guard chosen.contains(cell.strategy) else {
                throw PlanFileProblem(message: "the QSPM scores \(cell.strategy), which is not among its strategies")
            }
            guard cells.insert([cell.strategy, cell.item]).inserted else {
                throw PlanFileProblem(message: "the QSPM cell \(cell.strategy)/\(cell.item) appears twice")
            }
            if let score = cell.score, !(score.isFinite && (1...4).contains(score)) {
                throw PlanFileProblem(message: "the QSPM score of \(cell.strategy) for \(cell.item) is outside 1…4")
            }
        }
        for item in Set(plan.qspm.scores.map(\.item)) {
            let row = plan.qspm.scores.filter { $0.item == item }
            guard row.allSatisfy({ $0.score == nil }) || row.allSatisfy({ $0.score != nil }) else {
                throw PlanFileProblem(message: "the QSPM row \(item) mixes scores and dashes")
            }
        }
    }

    private static func describe(_ range: ClosedRange<Double>) -> String {
        "\(ScoreFormat.number(range.lowerBound))…\(ScoreFormat.number(range.upperBound))"
    }
}
