import Foundation
import Testing
@testable import SwotCore

/// The parsers of the ids a planner types: one rule each, used by the shell's commands and every file check.
@Suite("ids")
struct IDTests {
    @Test func itemIDsAreAQuadrantLetterAndUpToSixDigitsInEitherCase() throws {
        for (text, quadrant, number) in [("S1", Quadrant.strength, 1), ("w12", .weakness, 12), ("O3", .opportunity, 3),
                                         ("T999999", .threat, 999_999)] {
            let id = try #require(ItemID(text), "\(text)")
            #expect(id.quadrant == quadrant && id.number == number, "\(text)")
            #expect(id.description == text.uppercased())
        }
        for bad in ["S", "S0", "S01", "X1", "S1a", "S-1", "S+1", "", "SO1", "T1234567", "S１", " S1", "strength1"] {
            #expect(ItemID(bad) == nil, "\(bad)")
        }
    }

    @Test func strategyIDsAreATOWSQuadrantAndUpToSixDigitsInEitherCase() throws {
        for (text, quadrant, number) in [("SO1", TOWSQuadrant.so, 1), ("st2", .st, 2), ("Wo30", .wo, 30),
                                         ("WT999999", .wt, 999_999)] {
            let id = try #require(StrategyID(text), "\(text)")
            #expect(id.quadrant == quadrant && id.number == number, "\(text)")
            #expect(id.description == text.uppercased())
        }
        for bad in ["SO", "SO0", "SO01", "XX1", "OS1", "S1", "SO1a", "WT1234567", "", "SO-1"] {
            #expect(StrategyID(bad) == nil, "\(bad)")
        }
    }

    @Test func proposalIDsArePAndUpToSixDigitsInEitherCase() throws {
        // Words in variables: `ProposalID("P1")` would be the tests' literal, not the parser.
        for (text, number) in [("P1", 1), ("p12", 12), ("P999999", 999_999)] {
            let id = try #require(ProposalID(text), "\(text)")
            #expect(id.number == number && id.description == text.uppercased(), "\(text)")
        }
        for bad in ["P", "P0", "P01", "S1", "P1234567", "", "PP1", "P1 "] { #expect(ProposalID(bad) == nil, "\(bad)") }
    }

    /// Plan files, journals and exports hold the ids as the same strings as before they were types; a file holding an
    /// id swot would not write (lower case, a leading zero) was edited by hand and is refused.
    @Test func idsAreWrittenAsTheirTextAndReadOnlyAsSwotWritesThem() throws {
        struct Ids: Codable, Equatable {
            var item: ItemID
            var strategy: StrategyID
            var proposal: ProposalID
        }
        let ids = Ids(item: "W12", strategy: "WT3", proposal: "P7")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(ids), as: UTF8.self)
        #expect(json == #"{"item":"W12","proposal":"P7","strategy":"WT3"}"#)
        #expect(try JSONDecoder().decode(Ids.self, from: Data(json.utf8)) == ids)
        for bad in [#""w12""#, #""W012""#, #""X1""#, "12"] {
            #expect(throws: DecodingError.self, "\(bad)") {
                try JSONDecoder().decode(ItemID.self, from: Data(bad.utf8))
            }
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(StrategyID.self, from: Data(#""so1""#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ProposalID.self, from: Data(#""p1""#.utf8)) }
    }

    @Test func aComparedElementIsAnItemIDOrASWOTGroup() {
        let words = ["s2", "S", "peluang", "Threats", "X1", "SO1", "S0", ""]
        #expect(words.map(ComparedElement.init) == [
            .item(ItemID(.strength, 2)), .group(.strength), .group(.opportunity), .group(.threat), nil, nil, nil, nil,
        ])
    }

    @Test func idsSortByQuadrantThenNumber() {
        let items: [ItemID] = ["T1", "S10", "W2", "S9", "O1"]
        #expect(items.sorted().map(\.description) == ["S9", "S10", "W2", "O1", "T1"])
        let strategies: [StrategyID] = ["WT1", "SO10", "SO2", "ST1"]
        #expect(strategies.sorted().map(\.description) == ["SO2", "SO10", "ST1", "WT1"])
        #expect(ProposalID(2) < ProposalID(10))
    }
}
