/// The content words of a text as stems: stop words and one- and two-letter words left out, each word under both
/// languages' stems (items mix them). What `derive` compares items and moves by, and what the examples reading
/// (`ExampleClassifier`) learns from.
enum ContentStems {
    static func of(_ text: String) -> Set<String> {
        stems(of: words(of: text))
    }

    /// The stems of words `words(of:)` gave, under both languages.
    static func stems(of words: [String]) -> Set<String> {
        var found = Set<String>()
        for word in words {
            found.insert(indonesian.stem(word))
            found.insert(english.stem(word))
        }
        return found
    }

    /// The content words in order, in lower case, unstemmed.
    static func words(of text: String) -> [String] {
        TextNormalizer().tokenize(text).filter { $0.text.utf8.count >= 3 && !Matcher.isStopWord($0) }.map(\.text)
    }

    private static let indonesian = IndonesianStemmer()
    private static let english = EnglishStemmer()
}
