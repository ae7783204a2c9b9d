// The ids a planner types: items (`S1`), strategies (`SO2`) and readiness proposals (`P3`). Each is parsed from text
// once, where it comes in (a command word, a ballot cell, a plan file or journal), and is a value inside. They are
// written as they are shown, so plan files and exports hold the same strings as before they were types.

/// `S1`, `W12`: an item's quadrant and its number within it, stable for the plan's life and never reused.
public struct ItemID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let quadrant: Quadrant
    /// 1…`ItemID.highestNumber`.
    public let number: Int

    /// Numbers have at most six digits: a plan never comes near, and a bound keeps counters and ids sane.
    public static let highestNumber = 999_999

    public init(_ quadrant: Quadrant, _ number: Int) {
        precondition((1...ItemID.highestNumber).contains(number), "item number \(number) out of range")
        self.quadrant = quadrant
        self.number = number
    }

    /// Parses `S1`, `w12`, … (a quadrant letter in either case and a number of at most six digits without a leading
    /// zero); nil for anything else.
    public init?(_ text: String) {
        guard let first = text.first, let quadrant = Quadrant(parsing: String(first)),
              let number = IDNumber.parse(text.dropFirst()) else { return nil }
        self.init(quadrant, number)
    }

    public var description: String { quadrant.letter + String(number) }

    public static func < (lhs: ItemID, rhs: ItemID) -> Bool {
        (lhs.quadrant, lhs.number) < (rhs.quadrant, rhs.number)
    }
}

/// `SO1`, `WT12`: a strategy's TOWS quadrant and its number within it, stable for the plan's life.
public struct StrategyID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let quadrant: TOWSQuadrant
    /// 1…`ItemID.highestNumber`.
    public let number: Int

    public init(_ quadrant: TOWSQuadrant, _ number: Int) {
        precondition((1...ItemID.highestNumber).contains(number), "strategy number \(number) out of range")
        self.quadrant = quadrant
        self.number = number
    }

    /// Parses `SO1`, `wt12`, … (case-insensitive); nil for anything else.
    public init?(_ text: String) {
        guard let quadrant = TOWSQuadrant(parsing: String(text.prefix(2))),
              let number = IDNumber.parse(text.dropFirst(2)) else { return nil }
        self.init(quadrant, number)
    }

    public var description: String { quadrant.rawValue + String(number) }

    public static func < (lhs: StrategyID, rhs: StrategyID) -> Bool {
        (lhs.quadrant, lhs.number) < (rhs.quadrant, rhs.number)
    }
}

/// `P1`, `P12`: a SWOT item proposed from a readiness assessment, stable for the plan's life.
public struct ProposalID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// 1…`ItemID.highestNumber`.
    public let number: Int

    public init(_ number: Int) {
        precondition((1...ItemID.highestNumber).contains(number), "proposal number \(number) out of range")
        self.number = number
    }

    /// Parses `P1`, `p12` (case-insensitive); nil for anything else.
    public init?(_ text: String) {
        guard let first = text.first, first == "P" || first == "p",
              let number = IDNumber.parse(text.dropFirst()) else { return nil }
        self.init(number)
    }

    public var description: String { "P" + String(number) }

    public static func < (lhs: ProposalID, rhs: ProposalID) -> Bool { lhs.number < rhs.number }
}

/// The rules the three ids share for their number.
private enum IDNumber {
    /// A positive number of at most six ASCII digits, without a leading zero.
    static func parse(_ digits: Substring) -> Int? {
        guard (1...6).contains(digits.count), digits.first != "0", digits.allSatisfy(\.isASCIIDigit) else {
            return nil
        }
        return Int(digits)
    }
}

/// The three ids are written as the strings they are shown as; a file holding anything else (`s1`, `S01`, `X1`)
/// was edited by hand and is refused.
protocol WrittenID: Codable, CustomStringConvertible {
    init?(_ text: String)
}

extension WrittenID {
    /// The id exactly as swot writes it: parsed, and written back the same (upper case, no leading zero).
    init?(written text: String) {
        guard let id = Self(text), id.description == text else { return nil }
        self = id
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = Self(written: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a valid id")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ItemID: WrittenID {}
extension StrategyID: WrittenID {}
extension ProposalID: WrittenID {}
