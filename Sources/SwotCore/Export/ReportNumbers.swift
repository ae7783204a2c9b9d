/// Numbers as the report prints them: every figure goes through the one convention of the report's language
/// (`NumberFormat`: 2,85 and Rp1.250.000.000 in Indonesian, 2.85 and IDR 1,250,000,000 in English).
extension ReportContext {
    public var format: NumberFormat { NumberFormat(language) }

    /// A score or total, two decimals unless asked otherwise.
    public func number(_ value: Double, decimals: Int = 2) -> String {
        format.decimal(value, places: decimals)
    }

    /// A number with its sign: `+1,25`, `−0,45`.
    public func signed(_ value: Double) -> String {
        let text = format.score(abs(value))
        if text == format.score(0) { return text }
        return (value > 0 ? "+" : "−") + text
    }

    /// A rating or score as typed: whole numbers without decimals (`4`), others with two (`3,50`).
    public func figure(_ value: Double) -> String { format.number(value) }

    /// Money in full: `Rp1.250.000.000`.
    public func money(_ amount: Int64) -> String { format.rupiah(amount) }

    /// Money where space is short: `Rp1,25 miliar`.
    public func shortMoney(_ amount: Int64) -> String { format.rupiahShort(amount) }
}
