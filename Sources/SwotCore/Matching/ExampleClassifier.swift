import Foundation

/// The labelled items this project wrote and checked (`Data/labelled-items.txt`: the matcher's tuning sets, never
/// its locked ones), read as a naive Bayes classifier over the items' content stems and pairs of words. When no
/// keyword matches an item with confidence, items that read like it are the nearest guess: what planners say in
/// their own words ("only two people can write code" is staffing) is taught by items that said it alike.
public struct ExampleClassifier: Sendable {
    /// Category ids, in the order of the arrays below.
    let categories: [String]
    /// log P(category), flattened by `priorWeight`.
    private let logPrior: [Double]
    /// log P(feature | category) for every feature some example uses, by category in the order of `categories`: one
    /// lookup per feature, as `derive` reads every item of a large plan.
    private let logLikelihood: [String: [Double]]
    /// log P(feature | category) for a known feature the category's examples never use.
    private let logUnseen: [Double]

    /// Added to every count: a feature one category never saw still counts a little there.
    static let smoothing = 0.1
    /// How much the share of examples per category counts: little, as the examples' mix is not the plans' mix.
    static let priorWeight = 0.3

    /// Examples as (category id, text).
    public init(examples: [(category: String, text: String)]) {
        let categories = Set(examples.map(\.category)).sorted()
        let position = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
        // Counts by feature, one slot per category: one hash per feature of an example, not one per category too.
        var counts: [String: [Double]] = [:]
        var totals = [Double](repeating: 0, count: categories.count)
        var examplesPer = totals
        for (category, text) in examples {
            guard let c = position[category] else { continue }
            examplesPer[c] += 1
            for feature in ExampleClassifier.features(of: text) {
                counts[feature, default: [Double](repeating: 0, count: categories.count)][c] += 1
                totals[c] += 1
            }
        }
        self.categories = categories
        let all = Double(examples.count)
        let size = Double(counts.count)
        logPrior = examplesPer.map { ExampleClassifier.priorWeight * log($0 / all) }
        let denominators = totals.map { $0 + ExampleClassifier.smoothing * size }
        logUnseen = denominators.map { log(ExampleClassifier.smoothing / $0) }
        logLikelihood = counts.mapValues { row in
            row.indices.map { log((row[$0] + ExampleClassifier.smoothing) / denominators[$0]) }
        }
    }

    /// The shipped examples, read the first time an item is matched.
    public static let shipped = readingShippedExamples()

    /// A classifier of the shipped examples, built anew (what `shipped` costs once; `swot-bench examples` times it).
    public static func readingShippedExamples() -> ExampleClassifier {
        ExampleClassifier(
            examples: EmbeddedKnowledgeBase.labelledItems.split(whereSeparator: \.isNewline).compactMap { line in
                let parts = line.split(separator: "\t", maxSplits: 1)
                return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
            })
    }

    /// How likely each category is for the text (summing to 1), most likely first; empty when the text has no word
    /// any example used.
    public func reading(_ text: String) -> [(category: String, share: Double)] {
        var scores = logPrior
        var known = false
        for feature in ExampleClassifier.features(of: text) {
            guard let row = logLikelihood[feature] else { continue }
            known = true
            for c in scores.indices { scores[c] += row[c] }
        }
        guard known else { return [] }
        let best = scores.max() ?? 0
        let weights = scores.map { exp($0 - best) }
        let sum = weights.reduce(0, +)
        return categories.indices.map { (categories[$0], weights[$0] / sum) }.sorted { $0.share > $1.share }
    }

    /// The text's words (lower case) whose stems the category's examples use most, at most two: what `show` names as
    /// the reason for the guess.
    public func evidence(_ text: String, for category: String) -> [String] {
        guard let c = categories.firstIndex(of: category) else { return [] }
        var weighed: [(word: String, lift: Double)] = []
        for word in ContentStems.words(of: text) where !weighed.contains(where: { $0.word == word }) {
            let lifts: [Double] = ContentStems.of(word).map { (logLikelihood[$0]?[c] ?? logUnseen[c]) - logUnseen[c] }
            if let lift = lifts.max(), lift > 2 { weighed.append((word, lift)) }
        }
        return weighed.sorted { $0.lift > $1.lift }.prefix(2).map(\.word)
    }

    /// Content stems, and pairs of neighbouring content words ("write_code", "tidak_sinkron").
    static func features(of text: String) -> Set<String> {
        let words = ContentStems.words(of: text)
        var features = ContentStems.stems(of: words)
        for (first, second) in zip(words, words.dropFirst()) { features.insert(first + "_" + second) }
        return features
    }
}
