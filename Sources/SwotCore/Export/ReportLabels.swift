/// The fixed words of reports and command output, in the plan's language: `labels("Budget", "Anggaran")`.
public struct ReportLabels: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func callAsFunction(_ english: String, _ indonesian: String) -> String {
        language == .en ? english : indonesian
    }
}
