import Foundation

/// How closely a move's action speaks to an item's own words, beyond their shared category.
///
/// Categories are broad: three moves fit an infrastructure weakness and an infrastructure opportunity (national
/// towers, the national data centre, satellite internet for remote offices), and only the words tell that
/// "internet di pulau-pulau kecil" × "akses internet satelit" wants the satellite one. So an item's strength for a
/// move grows with the rare words (by stem, in either language) that its text shares with the move's action: a word
/// that few moves use counts more than one that many use ("satelit" more than "layanan").
struct MoveRelevance: Sendable {
    /// The largest factor an item's strength for a move is raised by.
    static let maximumBoost = 0.6
    /// Shared rarity (summed inverse move frequency) that earns the full boost.
    static let fullBoostRarity = 4.0

    /// What a pair keeps of its score for each subject the move's action names that neither item names
    /// (`foreignSubjects`). On the 19 tuning cases, actions naming such a subject fell from 147 of 526 default
    /// strategies to 84 of 534 (0.5: 91, 0.7: 105), pairings recalled 176 -> 177 of 273.
    static let foreignSubjectFactor = 0.3

    /// Each move's stems (both languages' actions) by move position, with each stem's rarity over the moves.
    private let moveStems: [Set<String>]
    private let rarity: [String: Double]
    /// Each stem of the moves' actions with the positions of the moves that use it: `factors` looks a stem up once
    /// for every move.
    private let movesByStem: [String: [Int]]
    /// The subjects (`SubjectLexicon.mask`) each move's action names, by language, by move position.
    private let moveSubjects: [(id: UInt64, en: UInt64)]

    init(moves: [StrategyMove]) {
        moveStems = moves.map { move in
            ContentStems.of(move.action[.id]).union(ContentStems.of(move.action[.en]))
        }
        moveSubjects = moves.map { move in
            (SubjectLexicon.mask(of: ContentStems.of(move.action[.id])),
             SubjectLexicon.mask(of: ContentStems.of(move.action[.en])))
        }
        var counts: [String: Int] = [:]
        for stems in moveStems { for stem in stems { counts[stem, default: 0] += 1 } }
        let total = Double(max(moves.count, 1))
        // A stem most moves use says nothing about which one fits; one in a single move says the most.
        rarity = counts.mapValues { max(0, log2(total / Double($0)) - 1) }
        var movesByStem: [String: [Int]] = [:]
        for (position, stems) in moveStems.enumerated() {
            for stem in stems { movesByStem[stem, default: []].append(position) }
        }
        self.movesByStem = movesByStem
    }

    /// The factor (1 … 1 + `maximumBoost`) for an item whose stems are `itemStems` and the move at `position`.
    func factor(_ itemStems: Set<String>, move position: Int) -> Double {
        var shared = 0.0
        for stem in itemStems where moveStems[position].contains(stem) { shared += rarity[stem] ?? 0 }
        return MoveRelevance.boost(shared)
    }

    /// `factor` for every move, by move position: one lookup per stem instead of one per stem and move, for an item
    /// weighed with many moves (`derive` of a large plan).
    func factors(_ itemStems: Set<String>) -> [Double] {
        var shared = [Double](repeating: 0, count: moveStems.count)
        for stem in itemStems {
            guard let positions = movesByStem[stem] else { continue }
            let stemRarity = rarity[stem] ?? 0
            for position in positions { shared[position] += stemRarity }
        }
        return shared.map(MoveRelevance.boost)
    }

    /// The factor for so much shared rarity.
    private static func boost(_ shared: Double) -> Double {
        1 + maximumBoost * min(shared, fullBoostRarity) / fullBoostRarity
    }

    /// How many subjects the move's action names that neither item names (`first` and `second`, the items'
    /// `SubjectLexicon.mask`): satellite internet for a town's CCTV, a campus for a bank's QRIS offer. The action
    /// then brings a thing of its own that the planner would have to strike out. The language whose action names
    /// fewer counts, as an item in either language may name the subject.
    func foreignSubjects(_ first: UInt64, _ second: UInt64, move position: Int) -> Int {
        let subjects = moveSubjects[position], named = first | second
        return min((subjects.id & ~named).nonzeroBitCount, (subjects.en & ~named).nonzeroBitCount)
    }

    /// True when the move's action, in either language, names a subject of the item (`SubjectLexicon.mask`): an
    /// action that has campus interns help speaks to "kampus lokal buka kerjasama KKN" although no word is shared.
    func namesSubject(_ item: UInt64, move position: Int) -> Bool {
        (moveSubjects[position].id | moveSubjects[position].en) & item != 0
    }

    /// `foreignSubjectFactor` raised to the number of `foreignSubjects`.
    func foreignFactor(_ first: UInt64, _ second: UInt64, move position: Int) -> Double {
        let count = foreignSubjects(first, second, move: position)
        return count == 0 ? 1 : pow(MoveRelevance.foreignSubjectFactor, Double(count))
    }
}
