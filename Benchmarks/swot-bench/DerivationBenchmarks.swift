import SwotCore

/// Strategy derivation on large plans: `size` items per quadrant (so size² pairs per TOWS quadrant), each with one
/// to three categories spread over the 24, set directly (no matcher), derived with the shipped knowledge base.
enum DerivationBenchmarks {
    static let words = [
        "pimpinan", "anggaran", "infrastruktur", "SDM", "regulasi", "budaya", "aplikasi", "keamanan", "masyarakat",
        "konsultan",
    ]

    static func plan(size: Int) -> Plan {
        var plan = Plan(name: "bench-derive", title: "Derivation benchmark")
        let categories = KnowledgeBase.shipped.categories.map(\.id)
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for quadrant in Quadrant.allCases {
            for index in 0..<size {
                let word = words[index % words.count]
                let item = try! plan.addItem(quadrant, text: "Butir \(quadrant.letter) \(index): \(word) pemerintah "
                    + "kota belum optimal \(index)")
                var matches: [CategoryMatch] = []
                for _ in 0..<(1 + next() % 3) {
                    let category = categories[next() % categories.count]
                    guard !matches.contains(where: { $0.category == category }) else { continue }
                    matches.append(
                        CategoryMatch(
                            category: category,
                            score: 0.3 + Double(next() % 70) / 100,
                            terms: [word.lowercased()]
                        )
                    )
                }
                matches.sort { $0.score > $1.score }
                plan.items[plan.items.count - 1].categories = matches
                plan.items[plan.items.count - 1].language = .id
                _ = item
            }
        }
        return plan
    }

    /// The whole `derive`: candidates for all four quadrants, ranking, merging into the plan, sentences.
    static func derive(size: Int) -> () -> Void {
        let plan = plan(size: size)
        let deriver = StrategyDeriver(knowledgeBase: .shipped)
        return {
            var copy = plan
            let summary = copy.deriveStrategies(using: deriver)
            // 250 items a side: every quadrant gets the default view's most proposals.
            precondition(summary.added.count == 4 * Plan.defaultStrategyCount || size < Plan.defaultStrategyCount,
                         "every quadrant gets its proposals")
        }
    }
}
