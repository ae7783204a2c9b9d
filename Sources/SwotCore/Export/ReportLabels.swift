/// The fixed words of reports, in the plan's language.
struct ReportLabels {
    let language: Language

    func callAsFunction(_ english: String, _ indonesian: String) -> String {
        language == .en ? english : indonesian
    }
}
