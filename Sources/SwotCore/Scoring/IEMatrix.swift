// David's Internal-External (IE) matrix (anchors.md §5.2, [V]).
//
// x = IFE total, strong 3.0–4.0 on the left, average 2.0–2.99, weak 1.0–1.99 on the right;
// y = EFE total, high 3.0–4.0 at the top, medium 2.0–2.99, low 1.0–1.99 at the bottom.
// Cells I…IX run row-major from the top left. Bins are half-open ([1, 2), [2, 3), [3, 4]); 4.0 is in the top bin.
//
//   EFE \ IFE   strong   average   weak
//   high          I        II       III
//   medium        IV       V        VI
//   low           VII      VIII     IX

/// A band of the IE matrix's axes: 1.0–1.99, 2.0–2.99 or 3.0–4.0.
public enum IEBand: Int, Codable, CaseIterable, Hashable, Sendable, Comparable {
    /// 1.0–1.99: IFE "weak", EFE "low".
    case low = 1
    /// 2.0–2.99: IFE "average", EFE "medium".
    case medium = 2
    /// 3.0–4.0: IFE "strong", EFE "high".
    case high = 3

    /// The band of a total in 1.0…4.0 (half-open bins; 4.0 is `high`).
    ///
    /// `axis` (`"IFE"` or `"EFE"`) names the total in the error. Values are snapped to 9 decimals first, so binary
    /// noise such as 2.9999999999996 counts as 3.0. Errors: NaN/infinite, below 1.0 or above 4.0.
    public init(total: Double, axis: String) throws(ScoringError) {
        guard total.isFinite else { throw .notFinite(what: "the \(axis) total") }
        let value = snapped(total)
        guard value >= 1.0, value <= 4.0 else { throw .totalOutOfRange(axis: axis, value: total) }
        if value >= 3.0 {
            self = .high
        } else if value >= 2.0 {
            self = .medium
        } else {
            self = .low
        }
    }

    /// The range label, `"3.0–4.0"`, `"2.0–2.99"` or `"1.0–1.99"`.
    public var rangeLabel: String {
        switch self {
        case .low: return "1.0–1.99"
        case .medium: return "2.0–2.99"
        case .high: return "3.0–4.0"
        }
    }

    /// The band's name on the IFE (x) axis: strong, average, weak.
    public func ifeName(_ language: Language = .en) -> String {
        switch (self, language) {
        case (.high, .en): return "strong"
        case (.medium, .en): return "average"
        case (.low, .en): return "weak"
        case (.high, .id): return "kuat"
        case (.medium, .id): return "rata-rata"
        case (.low, .id): return "lemah"
        }
    }

    /// The band's name on the EFE (y) axis: high, medium, low.
    public func efeName(_ language: Language = .en) -> String {
        switch (self, language) {
        case (.high, .en): return "high"
        case (.medium, .en): return "medium"
        case (.low, .en): return "low"
        case (.high, .id): return "tinggi"
        case (.medium, .id): return "sedang"
        case (.low, .id): return "rendah"
        }
    }

    /// Low < medium < high.
    public static func < (lhs: IEBand, rhs: IEBand) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The three strategy prescriptions of the IE matrix.
public enum IEPrescription: String, Codable, CaseIterable, Hashable, Sendable {
    /// Cells I, II, IV: intensive (penetration, market and product development) or integrative strategies.
    case growAndBuild
    /// Cells III, V, VII: market penetration and product development.
    case holdAndMaintain
    /// Cells VI, VIII, IX: retrenchment or divestiture.
    case harvestOrDivest

    /// `"Grow and build"`, `"Hold and maintain"`, `"Harvest or divest"` (or Indonesian).
    public func name(_ language: Language = .en) -> String {
        switch (self, language) {
        case (.growAndBuild, .en): return "Grow and build"
        case (.holdAndMaintain, .en): return "Hold and maintain"
        case (.harvestOrDivest, .en): return "Harvest or divest"
        case (.growAndBuild, .id): return "Tumbuh dan membangun"
        case (.holdAndMaintain, .id): return "Pertahankan dan pelihara"
        case (.harvestOrDivest, .id): return "Panen atau divestasi"
        }
    }
}

/// One of the nine cells of the IE matrix, I…IX (raw value 1…9, row-major from the top left).
public enum IECell: Int, Codable, CaseIterable, Hashable, Sendable, Comparable {
    case i = 1, ii, iii, iv, v, vi, vii, viii, ix

    /// The cell for an IFE band (column) and EFE band (row).
    public init(ife: IEBand, efe: IEBand) {
        let row = 3 - efe.rawValue  // high EFE is the top row (0)
        let column = 3 - ife.rawValue  // strong IFE is the left column (0)
        self = IECell(rawValue: row * 3 + column + 1)!
    }

    /// The row from the top, 0…2 (0 = EFE high).
    public var row: Int { (rawValue - 1) / 3 }
    /// The column from the left, 0…2 (0 = IFE strong).
    public var column: Int { (rawValue - 1) % 3 }
    /// The IFE band of the cell's column.
    public var ifeBand: IEBand { IEBand(rawValue: 3 - column)! }
    /// The EFE band of the cell's row.
    public var efeBand: IEBand { IEBand(rawValue: 3 - row)! }

    /// `"I"` … `"IX"`.
    public var roman: String { ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][rawValue - 1] }

    /// David's prescription: I, II, IV grow and build; III, V, VII hold and maintain; VI, VIII, IX harvest or divest.
    public var prescription: IEPrescription {
        switch self {
        case .i, .ii, .iv: return .growAndBuild
        case .iii, .v, .vii: return .holdAndMaintain
        case .vi, .viii, .ix: return .harvestOrDivest
        }
    }

    /// I < II < … < IX.
    public static func < (lhs: IECell, rhs: IECell) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where an organisation sits in the IE matrix.
public struct IEPlacement: Codable, Hashable, Sendable {
    /// The IFE total placed on the x axis.
    public var ifeTotal: Double
    /// The EFE total placed on the y axis.
    public var efeTotal: Double
    /// The column band (high = strong, left).
    public var ifeBand: IEBand
    /// The row band (high = top).
    public var efeBand: IEBand
    /// The cell, I…IX.
    public var cell: IECell

    /// The cell's prescription.
    public var prescription: IEPrescription { cell.prescription }
}

/// IE matrix look-ups and the cell grid as data for renderers.
public enum IEMatrix {
    /// The cell for an IFE total (x) and an EFE total (y), both in 1.0…4.0.
    public static func place(ifeTotal: Double, efeTotal: Double) throws(ScoringError) -> IEPlacement {
        let ife = try IEBand(total: ifeTotal, axis: "IFE")
        let efe = try IEBand(total: efeTotal, axis: "EFE")
        return IEPlacement(ifeTotal: ifeTotal, efeTotal: efeTotal, ifeBand: ife, efeBand: efe, cell: IECell(ife: ife, efe: efe))
    }

    /// The cell for an evaluated IFE and EFE matrix.
    public static func place(ife: FactorEvaluation, efe: FactorEvaluation) throws(ScoringError) -> IEPlacement {
        try place(ifeTotal: ife.total, efeTotal: efe.total)
    }

    /// The nine cells as rows top to bottom (EFE high → low), each left to right (IFE strong → weak).
    public static var grid: [[IECell]] {
        (0..<3).map { row in (0..<3).map { column in IECell(rawValue: row * 3 + column + 1)! } }
    }
}
