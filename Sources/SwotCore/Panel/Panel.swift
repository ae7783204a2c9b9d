#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The planners in a strategy session (`participant add`), and the weights, ratings, AHP judgements and QSPM scores
/// each one gave (`as NAME`, then `weight`, `rate`, `compare`, `attract`), so the analysis is the room's judgement,
/// not the one of whoever holds the keyboard.
///
/// The plan's own weight and rating of an item are the panel's aggregate as soon as one participant has scored it:
/// the mean rating, and the mean weight, rescaled so the matrix sums to 1 once every item of it has a weight. AHP
/// judgements and QSPM scores are aggregated in `PanelJudgements.swift`. A plan without participants works as before.
public struct Participant: Codable, Equatable, Sendable {
    public var name: String
    /// Item id → weight this participant gave.
    public var weights: [String: Double]
    /// Item id → rating this participant gave.
    public var ratings: [String: Double]
    /// Strategy id → dots this participant put on it (`vote`).
    public var votes: [String: Int]
    /// AHP judgements this participant gave (`compare`), one per pair.
    public var comparisons: [PairwiseJudgement]
    /// QSPM cells this participant gave (`attract`), a score 1–4 or a dash.
    public var attractiveness: [AttractivenessScore]

    public init(name: String) {
        self.name = name
        self.weights = [:]
        self.ratings = [:]
        self.votes = [:]
        self.comparisons = []
        self.attractiveness = []
    }

    enum CodingKeys: String, CodingKey { case name, weights, ratings, votes, comparisons, attractiveness }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        weights = try container.decodeIfPresent([String: Double].self, forKey: .weights) ?? [:]
        ratings = try container.decodeIfPresent([String: Double].self, forKey: .ratings) ?? [:]
        votes = try container.decodeIfPresent([String: Int].self, forKey: .votes) ?? [:]
        comparisons = try container.decodeIfPresent([PairwiseJudgement].self, forKey: .comparisons) ?? []
        attractiveness = try container.decodeIfPresent([AttractivenessScore].self, forKey: .attractiveness) ?? []
    }

    /// Judgements and QSPM scores are written only when there are some, so a plan that uses neither keeps its file.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(weights, forKey: .weights)
        try container.encode(ratings, forKey: .ratings)
        try container.encode(votes, forKey: .votes)
        if !comparisons.isEmpty { try container.encode(comparisons, forKey: .comparisons) }
        if !attractiveness.isEmpty { try container.encode(attractiveness, forKey: .attractiveness) }
    }
}

/// What the room thinks of one item: mean, spread and how many gave a value.
public struct Agreement: Equatable, Sendable {
    public var item: String
    public var mean: Double
    /// Population standard deviation: 0 when all agree.
    public var standardDeviation: Double
    public var minimum: Double
    public var maximum: Double
    public var count: Int

    init?(item: String, values: [Double]) {
        guard !values.isEmpty else { return nil }
        self.item = item
        count = values.count
        mean = values.reduce(0, +) / Double(values.count)
        let mean = self.mean
        standardDeviation = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot()
        minimum = values.min()!
        maximum = values.max()!
    }

    /// For ratios such as AHP judgements (3 and 1/3 are as far from 1): `mean` is the geometric mean and
    /// `standardDeviation` that of the logarithms, so "3 against 1/3" is as disputed as "1/3 against 3".
    init?(item: String, ratios values: [Double]) {
        guard let logarithms = Agreement(item: item, values: values.map { log($0) }) else { return nil }
        self = logarithms
        mean = exp(logarithms.mean)
        minimum = values.min()!
        maximum = values.max()!
    }
}

extension Plan {
    /// A participant's name: one word of letters, digits, `-`, `_` or `.` (typed after `as`), at most 40 characters.
    public static func isParticipantName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40
            && name.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) } && name != "-"
    }

    /// The participant of this name (case-insensitive), if any.
    public func participant(named name: String) -> Participant? {
        participants.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Where the participant of this name (case-insensitive) is in `participants`.
    func participantIndex(_ name: String) throws(PanelError) -> Int {
        guard let index = participants.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw .noSuchParticipant(name, known: participants.map(\.name))
        }
        return index
    }

    /// Adds participants; a name already there, or not a name, is refused and none is added.
    public mutating func addParticipants(_ names: [String]) throws(PanelError) {
        var seen = Set(participants.map { $0.name.lowercased() })
        for name in names {
            guard Plan.isParticipantName(name) else { throw .badName(name) }
            guard seen.insert(name.lowercased()).inserted else { throw .alreadyThere(name) }
        }
        participants += names.map(Participant.init(name:))
    }

    /// Removes a participant and what they gave; the aggregate is taken again without them.
    public mutating func removeParticipant(_ name: String) throws(PanelError) {
        let index = try participantIndex(name)
        let gone = participants.remove(at: index)
        applyPanel(to: Set(gone.weights.keys).union(gone.ratings.keys))
        for judgement in gone.comparisons { applyPanelComparison(judgement.first, judgement.second) }
        applyPanelAttractiveness(to: Set(gone.attractiveness.map(\.item)))
    }

    /// Records a participant's weight or rating for an item (nil clears it), checked as `weight` and `rate` check the
    /// plan's own, then takes the aggregate again.
    public mutating func setParticipantScore(
        _ name: String, item id: ItemID, weight: Double?? = nil, rating: Double?? = nil
    ) throws {
        let index = try participantIndex(name)
        let itemID = try self.items[indexOfItem(id)].id
        // The plan's own checks, on a scratch copy: the same ranges and messages as `weight` and `rate`.
        var scratch = self
        if let weight {
            try scratch.setWeight(id, weight)
            participants[index].weights[itemID] = weight
        }
        if let rating {
            try scratch.setRating(id, rating)
            participants[index].ratings[itemID] = rating
        }
        applyPanel(to: [itemID])
    }

    /// Sets the plan's weights and ratings from the participants' values, for every item of each matrix a touched
    /// item belongs to: the mean rating and the mean weight of the items any participant scored (the others keep
    /// the facilitator's). When the panel has weighted every item of a matrix, its weights are the means rescaled
    /// to sum to 1, always from the means, so repeated entries never compound.
    mutating func applyPanel(to touched: Set<String>) {
        let kinds = Set(touched.compactMap { item(written: $0).map { Plan.matrix(of: $0.quadrant) } })
        for kind in kinds {
            let members = items(of: kind)
            let means = members.map { weightAgreement($0.id)?.mean }
            let sum = means.reduce(0) { $0 + ($1 ?? 0) }
            let rescale = means.allSatisfy { $0 != nil } && sum > 0
            for (member, mean) in zip(members, means) {
                guard let index = try? indexOfItem(written: member.id) else { continue }
                if let rating = ratingAgreement(member.id)?.mean { items[index].rating = rating }
                if let mean { items[index].weight = rescale ? (mean / sum * 10_000).rounded() / 10_000 : mean }
            }
        }
    }

    public func weightAgreement(_ id: String) -> Agreement? {
        Agreement(item: id, values: participants.compactMap { $0.weights[id] })
    }

    public func ratingAgreement(_ id: String) -> Agreement? {
        Agreement(item: id, values: participants.compactMap { $0.ratings[id] })
    }

    /// Every item the panel scored for `measure` (every pair judged, every QSPM cell scored), most disputed first
    /// (largest standard deviation, then widest range, then the plan's order).
    public func consensus(_ measure: PanelMeasure) -> [Agreement] {
        let agreements: [Agreement]
        switch measure {
        case .weight: agreements = sortedItemIDs.compactMap(weightAgreement)
        case .rating: agreements = sortedItemIDs.compactMap(ratingAgreement)
        case .judgement: agreements = judgementAgreements
        case .attractiveness: agreements = attractivenessAgreements
        }
        return agreements.enumerated().sorted { first, second in
            let (a, b) = (first.element, second.element)
            if a.standardDeviation != b.standardDeviation { return a.standardDeviation > b.standardDeviation }
            if a.maximum - a.minimum != b.maximum - b.minimum { return a.maximum - a.minimum > b.maximum - b.minimum }
            return first.offset < second.offset
        }.map(\.element)
    }
}

public enum PanelMeasure: Sendable, CaseIterable {
    case rating
    case weight
    /// AHP pairwise judgements (`compare`), aggregated by the geometric mean.
    case judgement
    /// QSPM attractiveness scores (`attract`), aggregated by the mean.
    case attractiveness
}

/// Why a change to the panel was refused. Nothing is changed when one is thrown.
public enum PanelError: PlannerFacingError, Equatable {
    case badName(String)
    case alreadyThere(String)
    case noSuchParticipant(String, known: [String])
    case overBudget(String, asked: Int, left: Int, budget: Int)

    public var message: String {
        switch self {
        case .badName(let name):
            let shown = name.count > 40 ? name.prefix(40) + "…" : Substring(name)
            return "\"\(shown)\" cannot be a participant's name: use one word of letters, digits, '-', '_' or '.', at "
                + "most 40 characters (Budi, ibu.sari, Kabid-TI)."
        case .alreadyThere(let name):
            return "\(name) is already a participant."
        case .noSuchParticipant(let name, let known):
            let list = known.isEmpty ? "There are no participants yet; add them first."
                : "Participants: \(known.joined(separator: ", "))."
            return "No participant named \(name). \(list)"
        case .overBudget(let name, let asked, let left, let budget):
            return "\(name) has \(left) of \(budget) votes left, so cannot give \(asked) here. Take votes back "
                + "from elsewhere (by giving a strategy 0), or give fewer."
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .alreadyThere: return [.listParticipants]
        case .noSuchParticipant(_, let known) where known.isEmpty: return [.addParticipant]
        case .overBudget: return [.takeBackVotes, .listVotes]
        default: return []
        }
    }
}
