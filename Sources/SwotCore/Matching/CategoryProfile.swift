import Foundation

/// A second reading of an item, by every word the knowledge base uses for a category rather than by its keyword
/// phrases: each category is a document of its keywords, name, description, question and the text of the factors
/// filed under it (both languages), and an item is compared with each by TF-IDF cosine similarity over word stems.
/// A word every category uses says nothing; a word only one category uses says most. It decides between keyword
/// readings that come out nearly even and gives a guess for an item that no keyword reaches.
struct CategoryProfile: Sendable {
    struct Posting: Sendable {
        var category: Int32
        /// The stem's weight in the category's unit-length TF-IDF vector.
        var weight: Double
    }

    /// Categories using each stem, with its weight in each.
    let postings: [Int32: [Posting]]
    /// How rare each stem is across categories: log(categories / categories using it).
    let rarity: [Int32: Double]
    let categoryCount: Int

    /// `documents`: the stems of each category's text, in the order of the categories, repeats kept.
    init(documents: [[Int32]]) {
        categoryCount = documents.count
        let counts: [[Int32: Int]] = documents.map { stems in
            var count: [Int32: Int] = [:]
            for stem in stems { count[stem, default: 0] += 1 }
            return count
        }
        var users: [Int32: Int] = [:]
        for count in counts { for stem in count.keys { users[stem, default: 0] += 1 } }
        let n = Double(max(documents.count, 1))
        var rarity: [Int32: Double] = [:]
        for (stem, k) in users where k < documents.count { rarity[stem] = log(n / Double(k)) }
        var postings: [Int32: [Posting]] = [:]
        for (ci, count) in counts.enumerated() {
            var vector: [(Int32, Double)] = []
            for (stem, tf) in count {
                guard let idf = rarity[stem] else { continue }
                vector.append((stem, (1 + log(Double(tf))) * idf))
            }
            let length = vector.map { $0.1 * $0.1 }.reduce(0, +).squareRoot()
            guard length > 0 else { continue }
            for (stem, w) in vector {
                postings[stem, default: []].append(Posting(category: Int32(ci), weight: w / length))
            }
        }
        self.postings = postings
        self.rarity = rarity
    }

    /// True when the category's text uses the stem (and not every category does).
    func uses(_ stem: Int32, category: Int) -> Bool {
        postings[stem]?.contains { $0.category == Int32(category) } ?? false
    }

    /// Cosine similarity of an item's distinct stems, each with a weight of its own, with each category, in the
    /// order of the categories.
    func similarities(_ stems: [(stem: Int32, weight: Double)]) -> [Double] {
        var result = Array(repeating: 0.0, count: categoryCount)
        var length = 0.0
        for (stem, weight) in stems {
            guard let idf = rarity[stem] else { continue }
            let w = idf * weight
            length += w * w
            for posting in postings[stem] ?? [] { result[Int(posting.category)] += w * posting.weight }
        }
        guard length > 0 else { return result }
        let norm = length.squareRoot()
        for i in result.indices { result[i] /= norm }
        return result
    }
}
