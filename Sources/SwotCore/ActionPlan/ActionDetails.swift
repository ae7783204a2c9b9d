/// Where the money for a strategy comes from: the funding sources Indonesian regional plans name.
public enum FundingSource: String, Codable, CaseIterable, Hashable, Sendable, Comparable {
    /// Anggaran Pendapatan dan Belanja Daerah: the region's own budget.
    case apbd = "APBD"
    /// Dana Alokasi Khusus: the special allocation fund from the centre.
    case dak = "DAK"
    /// Anggaran Pendapatan dan Belanja Negara: the national budget.
    case apbn = "APBN"
    /// A grant.
    case hibah
    /// Kerja sama Pemerintah dengan Badan Usaha: a public–private partnership.
    case kpbu = "KPBU"
    /// A company's corporate social responsibility programme.
    case csr = "CSR"

    /// The source a budget line gets when the planner names none: the region's own budget.
    public static let standard = FundingSource.apbd

    /// `APBD`, `apbd`, `hibah`, `grant`, `KPBU`, `PPP`, `CSR`, …
    public init?(parsing word: String) {
        switch word.lowercased() {
        case "apbd": self = .apbd
        case "dak": self = .dak
        case "apbn": self = .apbn
        case "hibah", "grant": self = .hibah
        case "kpbu", "ppp": self = .kpbu
        case "csr": self = .csr
        default: return nil
        }
    }

    /// The name planners write in tables: `APBD`, `DAK`, `APBN`, `Hibah`, `KPBU`, `CSR`.
    public var label: String { self == .hibah ? "Hibah" : rawValue }

    /// What the source is, for help and legends.
    public func meaning(_ language: Language) -> String {
        switch (self, language) {
        case (.apbd, .en): return "regional budget"
        case (.dak, .en): return "special allocation fund from the centre"
        case (.apbn, .en): return "national budget"
        case (.hibah, .en): return "grant"
        case (.kpbu, .en): return "public–private partnership"
        case (.csr, .en): return "corporate social responsibility"
        case (.apbd, .id): return "anggaran daerah"
        case (.dak, .id): return "dana alokasi khusus dari pusat"
        case (.apbn, .id): return "anggaran negara"
        case (.hibah, .id): return "hibah"
        case (.kpbu, .id): return "kerja sama pemerintah dan badan usaha"
        case (.csr, .id): return "tanggung jawab sosial perusahaan"
        }
    }

    /// The order of the cases: APBD, DAK, APBN, hibah, KPBU, CSR.
    public static func < (lhs: FundingSource, rhs: FundingSource) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One line of a strategy's indicative budget (pagu indikatif): an amount in whole rupiah from one source, for one
/// year of the plan period or, when the year is not decided yet, for the period as a whole.
public struct BudgetLine: Codable, Hashable, Sendable {
    /// Whole rupiah, above zero and at most `RupiahAmount.maximum`.
    public var amount: Int64
    public var source: FundingSource
    /// A year of the plan period; nil for money not yet phased by year.
    public var year: Int?

    public init(amount: Int64, source: FundingSource, year: Int?) {
        self.amount = amount
        self.source = source
        self.year = year
    }

    /// Year order (lines without a year last), then source order: the order lines are kept and shown in.
    static func precedes(_ lhs: BudgetLine, _ rhs: BudgetLine) -> Bool {
        if lhs.year != rhs.year { return (lhs.year ?? Int.max) < (rhs.year ?? Int.max) }
        return lhs.source < rhs.source
    }
}

/// The value an indicator should reach in one year of the plan period, as the planner wrote it (`75%`, `3,1`,
/// `12 layanan`).
public struct YearTarget: Codable, Hashable, Sendable {
    public var year: Int
    public var value: String

    public init(year: Int, value: String) {
        self.year = year
        self.value = value
    }
}

extension Strategy {
    /// True when any part of the Renstra row is set: programme, baseline, targets or budget.
    public var hasActionDetails: Bool {
        programme != nil || baseline != nil || !targets.isEmpty || !budget.isEmpty
    }

    /// The strategy's budget over all its lines, in whole rupiah.
    public var budgetTotal: Int64 { RupiahSum.of(budget.map(\.amount)) }
}
