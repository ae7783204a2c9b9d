import Testing
@testable import SwotCore

@Suite("trimming whitespace")
struct TextTrimmingTests {
    @Test func spacesTabsLineBreaksAndWideSpacesGoFromBothEndsOnly() {
        #expect("  \t SDM TIK  kurang\u{3000}\n".trimmingWhitespace() == "SDM TIK  kurang")
        #expect("tanpa spasi".trimmingWhitespace() == "tanpa spasi")
        #expect(" \n\t\u{00A0}".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
        // A combining accent stays with its letter, and a substring is trimmed like a string.
        #expect(" Cafe\u{301} ".trimmingWhitespace() == "Cafe\u{301}")
        let line = "add s  Pimpinan mendukung  "
        #expect(line.dropFirst(5).trimmingWhitespace() == "Pimpinan mendukung")
    }
}
