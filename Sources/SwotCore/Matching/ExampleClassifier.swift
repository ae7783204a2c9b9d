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
    /// log P(feature | category) for the features each category's examples use.
    private let logLikelihood: [[String: Double]]
    /// log P(feature | category) for a known feature the category's examples never use.
    private let logUnseen: [Double]
    private let vocabulary: Set<String>

    /// Added to every count: a feature one category never saw still counts a little there.
    static let smoothing = 0.1
    /// How much the share of examples per category counts: little, as the examples' mix is not the plans' mix.
    static let priorWeight = 0.3

    /// Examples as (category id, text).
    public init(examples: [(category: String, text: String)]) {
        var counts: [String: [String: Double]] = [:]
        var totals: [String: Double] = [:]
        var examplesPer: [String: Double] = [:]
        var vocabulary = Set<String>()
        for (category, text) in examples {
            examplesPer[category, default: 0] += 1
            for feature in ExampleClassifier.features(of: text) {
                counts[category, default: [:]][feature, default: 0] += 1
                totals[category, default: 0] += 1
                vocabulary.insert(feature)
            }
        }
        categories = examplesPer.keys.sorted()
        let all = Double(examples.count)
        let size = Double(vocabulary.count)
        logPrior = categories.map { ExampleClassifier.priorWeight * log((examplesPer[$0] ?? 0) / all) }
        logLikelihood = categories.map { category in
            let total = totals[category] ?? 0
            return (counts[category] ?? [:]).mapValues {
                log(($0 + ExampleClassifier.smoothing) / (total + ExampleClassifier.smoothing * size))
            }
        }
        logUnseen = categories.map { category in
            log(ExampleClassifier.smoothing / ((totals[category] ?? 0) + ExampleClassifier.smoothing * size))
        }
        self.vocabulary = vocabulary
    }

    /// The shipped examples, read the first time an item needs a guess.
    public static let shipped = ExampleClassifier(
        examples: EmbeddedKnowledgeBase.labelledItems.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        })

    /// How likely each category is for the text (summing to 1), most likely first; empty when the text has no word
    /// any example used.
    public func reading(_ text: String) -> [(category: String, share: Double)] {
        let features = ExampleClassifier.features(of: text).filter(vocabulary.contains)
        guard !features.isEmpty else { return [] }
        let scores = categories.indices.map { c in
            features.reduce(logPrior[c]) { $0 + (logLikelihood[c][$1] ?? logUnseen[c]) }
        }
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
            let lifts: [Double] = ContentStems.of(word).map { (logLikelihood[c][$0] ?? logUnseen[c]) - logUnseen[c] }
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
