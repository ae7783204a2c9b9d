/// The participants' AHP judgements (`compare` after `as NAME`) and QSPM attractiveness scores (`attract`), and the
/// plan's values taken from them: for a pair, the geometric mean of the individual judgements (Saaty's aggregation
/// of individual judgements, which keeps a_ji = 1/a_ij); for a QSPM cell, the mean score.
///
/// A pair or QSPM row the panel has judged is the panel's: its value is always the aggregate, and when the last
/// participant's judgement of a pair is taken back the plan's goes too. A factor is dashed in the QSPM only when
/// everyone who judged its row dashed it; where some scored it, a dash leaves that participant out of the mean.
extension Plan {
    /// Records a participant's judgement "`first` is `value` times as important as `second`" (nil takes it back),
    /// checked as `compare` checks the plan's own, then takes the plan's judgement of the pair again.
    @discardableResult
    public mutating func setParticipantComparison(
        _ name: String, _ first: ComparedElement, _ second: ComparedElement, _ value: Double?
    ) throws -> (String, String) {
        let index = try participantIndex(name)
        var scratch = self
        scratch.comparisons = participants[index].comparisons
        let pair = try scratch.setComparison(first, second, value)
        participants[index].comparisons = scratch.comparisons
        applyPanelComparison(pair.0, pair.1)
        return pair
    }

    /// Records a participant's QSPM cell (`strategy` nil: every chosen strategy), checked as `attract` checks the
    /// plan's own (a row of theirs is all scores or all dashes), then takes the plan's cells of the row again.
    public mutating func setParticipantAttractiveness(
        _ name: String, strategy: StrategyID?, item id: ItemID, score: Double?
    ) throws {
        let index = try participantIndex(name)
        let own = participants[index].attractiveness
        var scratch = self
        scratch.qspm.scores = own.filter { qspm.strategies.contains($0.strategy) }
        try scratch.setAttractiveness(strategy: strategy, item: id, score: score)
        participants[index].attractiveness = scratch.qspm.scores + own.filter { !qspm.strategies.contains($0.strategy) }
        applyPanelAttractiveness(to: [items[try indexOfItem(id)].id])
    }

    /// The participants' judgements of a pair, each as "`first` over `second`".
    public func participantJudgements(_ first: String, _ second: String) -> [Double] {
        participants.compactMap { person in
            person.comparisons.lazy.compactMap { judgement -> Double? in
                if judgement.first == first && judgement.second == second { return judgement.value }
                if judgement.first == second && judgement.second == first { return 1 / judgement.value }
                return nil
            }.first
        }
    }

    /// Sets the plan's judgement of a pair to the geometric mean of the participants' (or removes it when none has
    /// one left).
    mutating func applyPanelComparison(_ first: String, _ second: String) {
        let samePair: (PairwiseJudgement) -> Bool = {
            ($0.first == first && $0.second == second) || ($0.first == second && $0.second == first)
        }
        // A pair the plan already has keeps the orientation it was entered in.
        let index = comparisons.firstIndex(where: samePair)
        let (a, b) = index.map { (comparisons[$0].first, comparisons[$0].second) } ?? (first, second)
        let aggregate = Agreement(item: a, ratios: participantJudgements(a, b)).map { PairwiseJudgement(a, b, $0.mean) }
        switch (index, aggregate) {
        case (let index?, let aggregate?): comparisons[index] = aggregate
        case (let index?, nil): comparisons.remove(at: index)
        case (nil, let aggregate?): comparisons.append(aggregate)
        case (nil, nil): break
        }
    }

    /// Sets the plan's QSPM cells of the rows of `touched` items from the participants' cells.
    mutating func applyPanelAttractiveness(to touched: Set<String>) {
        for item in touched {
            let given = participants.flatMap { $0.attractiveness.filter { $0.item == item } }
            guard !given.isEmpty else { continue }
            let rowScored = given.contains { $0.score != nil }
            qspm.scores.removeAll { $0.item == item }
            for strategy in qspm.strategies {
                let cells = given.filter { $0.strategy == strategy }
                let scores = cells.compactMap(\.score)
                if !scores.isEmpty {
                    qspm.scores.append(
                        AttractivenessScore(
                            strategy: strategy,
                            item: item,
                            score: scores.reduce(0, +) / Double(scores.count)
                        )
                    )
                } else if !cells.isEmpty && !rowScored {
                    qspm.scores.append(AttractivenessScore(strategy: strategy, item: item, score: nil))
                }
            }
        }
        sortQSPMScores()
    }

    /// Every pair any participant judged, in the plan's order, as "S1 vs S2" with the geometric mean.
    var judgementAgreements: [Agreement] {
        var pairs: [(String, String)] = []
        for judgement in participants.flatMap(\.comparisons) {
            let pair = (judgement.first, judgement.second)
            if !pairs.contains(where: { $0 == pair || ($0.1, $0.0) == pair }) { pairs.append(pair) }
        }
        return pairs.compactMap { Agreement(item: "\($0.0) vs \($0.1)", ratios: participantJudgements($0.0, $0.1)) }
    }

    /// Every QSPM cell of a chosen strategy that any participant scored, as "SO1 × O2".
    var attractivenessAgreements: [Agreement] {
        qspm.strategies.flatMap { strategy in
            sortedItemIDs.compactMap { item in
                let scores = participants.compactMap { person in
                    person.attractiveness.first { $0.strategy == strategy && $0.item == item }?.score
                }
                return Agreement(item: "\(strategy) × \(item)", values: scores)
            }
        }
    }
}
