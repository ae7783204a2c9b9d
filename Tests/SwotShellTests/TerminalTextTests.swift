import Testing
@testable import SwotShell

@Suite("terminal text")
struct TerminalTextTests {
    /// Characters to escape and the code the output shows for each.
    static let codes: [(Unicode.Scalar, String)] = [
        ("\u{0}", "^@"), ("\u{7}", "^G"), ("\u{1B}", "^["), ("\u{1F}", "^_"), ("\u{7F}", "^?"),
        ("\u{85}", "\\u{85}"), ("\u{9B}", "\\u{9B}"), ("\u{2028}", "\\u{2028}"), ("\u{202E}", "\\u{202E}"),
        ("\u{2066}", "\\u{2066}"),
    ]

    /// The escape check reads a text eight bytes at a time: a character to escape must be found at every position
    /// of a word and in the bytes after the last whole word, among ASCII and among other non-ASCII letters.
    @Test func aCharacterToEscapeIsFoundAtEveryPosition() {
        for filler in ["x", "é"] {
            for length in [1, 7, 8, 9, 16, 17] {
                for position in 0..<length {
                    func text(with middle: String) -> String {
                        String(repeating: filler, count: position) + middle
                            + String(repeating: filler, count: length - position - 1)
                    }
                    for (scalar, code) in Self.codes {
                        #expect(TerminalText.safeOutput(text(with: String(scalar))) == text(with: code))
                        #expect(TerminalText.safe(text(with: String(scalar))) == text(with: code))
                    }
                    #expect(TerminalText.safeOutput(text(with: "\n")) == text(with: "\n"))
                    #expect(TerminalText.safe(text(with: "\n")) == text(with: "↵ "))
                    #expect(TerminalText.safe(text(with: "\t")) == text(with: " "))
                }
            }
        }
    }

    /// Text without anything to escape comes back as it is: ASCII, Indonesian and English punctuation, « », —, “ ”.
    @Test func cleanTextIsKept() {
        for text in ["", "Dukungan pimpinan daerah terhadap SPBE", "Serangan siber — “LockBit” di OPD… café «SPBE»",
                     " ~ ! 0 @ Z [ a { } "] {
            #expect(TerminalText.safe(text) == text)
            #expect(TerminalText.safeOutput(text) == text)
        }
    }
}
