import SwotCore

/// A command line split into words. Words are separated by spaces; "double" or 'single' quotes keep spaces inside
/// one word. Free text (an item's text, a title) is taken raw from where it starts, so planners need no quotes.
public struct CommandWords: Sendable, Equatable {
    public struct Word: Sendable, Equatable {
        /// The word without its quotes.
        public var text: String
        /// The line from this word's start to the end: shared with the other words, so splitting a long line
        /// stays linear; `rest` copies it out only when a command asks for free text.
        private var tail: ArraySlice<Unicode.Scalar>

        init(text: String, tail: ArraySlice<Unicode.Scalar>) {
            self.text = text
            self.tail = tail
        }

        /// The line from the start of this word to the end, trimmed.
        public var rest: String {
            String(String.UnicodeScalarView(tail)).trimmingWhitespace()
        }

        public static func == (a: Word, b: Word) -> Bool {
            a.text == b.text && a.rest == b.rest
        }
    }

    public var words: [Word]

    public init(_ line: String) throws(ShellError) {
        // No command needs them, and a plan must never store them (they would act on the next reader's terminal).
        if let control = ControlCharacters.first(in: line) {
            throw .invalidText("This line holds the control character \(ControlCharacters.code(control)), which could "
                + "act on a terminal or hide text, so it was not run. Type the line without it.")
        }
        var words: [Word] = []
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            guard index < scalars.count else { break }
            let start = index
            var text = String.UnicodeScalarView()
            var quote: Unicode.Scalar? = nil
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote {
                    if scalar == open { quote = nil } else { text.append(scalar) }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar.properties.isWhitespace {
                    break
                } else {
                    text.append(scalar)
                }
                index += 1
            }
            if quote != nil {
                // An unclosed quote in free text (an apostrophe in "Medan's") is just a character: from this word on,
                // the line is plain words split at spaces.
                var position = start
                while position < scalars.count {
                    let wordStart = position
                    while position < scalars.count, !scalars[position].properties.isWhitespace { position += 1 }
                    words.append(
                        Word(
                            text: String(String.UnicodeScalarView(scalars[wordStart..<position])),
                            tail: scalars[wordStart...]
                        )
                    )
                    while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
                }
                break
            }
            words.append(Word(text: String(text), tail: scalars[start...]))
        }
        self.words = words
    }

    public var count: Int { words.count }
    public var isEmpty: Bool { words.isEmpty }

    public subscript(_ index: Int) -> String? {
        index < words.count ? words[index].text : nil
    }

    /// The free text from word `index` to the end of the line. One quoted word loses its quotes.
    public func text(from index: Int) -> String? {
        guard index < words.count else { return nil }
        let rest = words[index].rest
        if let first = rest.first, first == "\"" || first == "'", rest.count >= 2, rest.last == first,
           !rest.dropFirst().dropLast().contains(first) {
            return String(rest.dropFirst().dropLast())
        }
        return rest
    }
}
