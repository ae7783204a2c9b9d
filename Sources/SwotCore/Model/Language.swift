/// The two languages the workbench speaks: Bahasa Indonesia and English.
public enum Language: String, Codable, CaseIterable, Hashable, Sendable {
    case id
    case en

    /// Parses `id`, `en` and the common spellings planners type (`indonesia`, `english`, `bahasa`, `inggris`).
    public init?(parsing word: String) {
        switch word.lowercased() {
        case "id", "ind", "indonesia", "indonesian", "bahasa", "bahasa indonesia": self = .id
        case "en", "eng", "english", "inggris": self = .en
        default: return nil
        }
    }
}

/// A text given in both languages.
public struct LocalizedText: Codable, Hashable, Sendable {
    public var en: String
    public var id: String

    public init(en: String, id: String) {
        self.en = en
        self.id = id
    }

    public subscript(_ language: Language) -> String {
        switch language {
        case .en: return en.isEmpty ? id : en
        case .id: return id.isEmpty ? en : id
        }
    }
}
