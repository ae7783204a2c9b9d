/// Numbers as the report prints them, in the report's language. Every figure of the report goes through here.
extension ReportContext {
    /// A score or total with two decimals: `2,85` in Indonesian, `2.85` in English.
    public func number(_ value: Double, decimals: Int = 2) -> String {
        let text = ScoreFormat.fixed(value, decimals: decimals)
        return language == .id ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// A number with its sign: `+1,25`, `−0,45`.
    public func signed(_ value: Double) -> String {
        let text = number(abs(value))
        if text == number(0) { return text }
        return (value > 0 ? "+" : "−") + text
    }

    /// A band of the IE matrix's axes: `3,0–4,0`.
    func range(_ band: IEBand) -> String {
        language == .id ? String(band.rangeLabel.map { $0 == "." ? "," : $0 }) : band.rangeLabel
    }
}

extension ReportContext {
    /// A rating or score as typed: whole numbers without decimals (`4`), others with two (`3,50`).
    public func figure(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : number(value)
    }
}
