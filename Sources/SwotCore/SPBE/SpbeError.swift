/// Why an SPBE command was refused. Nothing is changed when one is thrown.
public enum SpbeError: PlannerFacingError, Equatable {
    case noEvaluation
    case incomplete(missing: [Int])
    case targetOutOfRange(String)
    case notATarget(String, predicates: [String])
    case lowestBand(String)
    case unknownIndicator(String, range: ClosedRange<Int>)
    case repeatedIndicator(Int)

    public var message: String {
        switch self {
        case .noEvaluation:
            return "No SPBE levels yet. Enter them in the SPBE interview, as indicator=level pairs on one line, or "
                + "from a CSV file."
        case .incomplete(let missing):
            let list = missing.count <= 12 ? missing.map(String.init).joined(separator: ", ")
                : missing.prefix(12).map(String.init).joined(separator: ", ") + ", …"
            let verb = missing.count == 1 ? "is" : "are"
            return "A target needs the level of all 47 indicators; \(missing.count) \(verb) "
                + "missing (\(list)). Enter them in the SPBE interview or from a CSV file."
        case .targetOutOfRange(let text):
            return "\(text) is outside the index's scale; a target is an index from 1 to 5, like 2,6."
        case .notATarget(let text, let predicates):
            return "\"\(text)\" is not a target. Give an index from 1 to 5 (2,6 or 2.6) or a predicate: "
                + "\(predicates.joined(separator: ", "))."
        case .lowestBand(let name):
            return "\(name) is the lowest predicate; aim for a higher one (Cukup, Baik, Sangat Baik, Memuaskan) "
                + "or an index."
        case .unknownIndicator(let word, let range):
            return "\"\(word)\" is not an SPBE indicator; indicators are numbered "
                + "\(range.lowerBound)–\(range.upperBound) "
                + "(the SPBE framework in the knowledge base lists them)."
        case .repeatedIndicator(let number):
            return "Indicator \(number) is named twice; name each indicator once."
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .noEvaluation: return [.assess("spbe"), .enterSpbeLevels, .importSpbeLevels]
        case .incomplete: return [.assess("spbe"), .importSpbeLevels]
        case .unknownIndicator: return [.listFramework("spbe")]
        default: return []
        }
    }
}
