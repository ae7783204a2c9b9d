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

    /// The lowest and highest total of the band: 1.0–1.99, 2.0–2.99, 3.0–4.0.
    public var bounds: (lower: Double, upper: Double) {
        switch self {
        case .low: return (1.0, 1.99)
        case .medium: return (2.0, 2.99)
        case .high: return (3.0, 4.0)
        }
    }

    /// The band's range in the language's numbers: `2.0–2.99`, `2,0–2,99`.
    public func range(_ language: Language = .en) -> String {
        NumberFormat(language).band(bounds.lower, bounds.upper)
    }

    /// The band's name on a matrix's axis, the one naming every reading of an IFE or EFE total (the `ife`, `efe`
    /// and `ie` commands and the reports): IFE (x) strong, average, weak; EFE (y) high, medium, low.
    public func name(_ kind: FactorMatrixKind, _ language: Language = .en) -> String {
        switch (kind, self, language) {
        case (.ife, .high, .en): return "strong"
        case (.ife, .medium, .en): return "average"
        case (.ife, .low, .en): return "weak"
        case (.efe, .high, .en): return "high"
        case (.efe, .medium, .en): return "medium"
        case (.efe, .low, .en): return "low"
        case (.ife, .high, .id): return "kuat"
        case (.ife, .medium, .id): return "sedang"
        case (.ife, .low, .id): return "lemah"
        case (.efe, .high, .id): return "tinggi"
        case (.efe, .medium, .id): return "sedang"
        case (.efe, .low, .id): return "rendah"
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

    /// `"Grow and build"`, `"Hold and maintain"`, `"Harvest or divest"`; in Indonesian the words a Pemda uses for
    /// the same advice: grow and develop, keep and maintain, fix and slim down (David's retrenchment, for a public
    /// agency: set the basics right, merge or stop weak services).
    public func name(_ language: Language = .en) -> String {
        switch (self, language) {
        case (.growAndBuild, .en): return "Grow and build"
        case (.holdAndMaintain, .en): return "Hold and maintain"
        case (.harvestOrDivest, .en): return "Harvest or divest"
        case (.growAndBuild, .id): return "Tumbuh dan kembangkan"
        case (.holdAndMaintain, .id): return "Pertahankan dan pelihara"
        case (.harvestOrDivest, .id): return "Benahi dan rampingkan"
        }
    }

    /// What the prescription means for an e-Government programme.
    public func meaning(_ language: Language = .en) -> String {
        switch (self, language) {
        case (.growAndBuild, .en):
            return "Cells I, II and IV: grow and build — intensive or integrative strategies; for e-Government, expand "
                + "and integrate services (favour SO and WO moves that build new capability)."
        case (.holdAndMaintain, .en):
            return "Cells III, V and VII: hold and maintain — penetration and development of what exists; for "
                + "e-Government, raise the uptake and quality of existing services before adding new ones."
        case (.harvestOrDivest, .en):
            return "Cells VI, VIII and IX: harvest or divest — retrenchment; for e-Government, fix the basics, merge "
                + "or stop weak services and protect core ones (favour WT and ST moves)."
        case (.growAndBuild, .id):
            return "Sel I, II dan IV: tumbuh dan kembangkan — perluas dan integrasikan layanan SPBE (utamakan strategi "
                + "SO dan WO yang membangun kemampuan baru)."
        case (.holdAndMaintain, .id):
            return "Sel III, V dan VII: pertahankan dan pelihara — tingkatkan pemanfaatan dan mutu layanan yang sudah "
                + "ada sebelum menambah layanan baru."
        case (.harvestOrDivest, .id):
            return "Sel VI, VIII dan IX: benahi dan rampingkan — perbaiki hal-hal mendasar, gabungkan atau hentikan "
                + "layanan yang lemah dan lindungi layanan inti (utamakan strategi WT dan ST)."
        }
    }

    /// The SWOT positions that point the same way: grow and build with aggressive and turnaround (SO, WO: build),
    /// hold and maintain with the two mixed positions, harvest or divest with defensive and diversification (WT, ST).
    public func agrees(with quadrant: PositionQuadrant) -> Bool {
        switch self {
        case .growAndBuild: return quadrant == .aggressive || quadrant == .turnaround
        case .holdAndMaintain: return quadrant == .diversification || quadrant == .turnaround
        case .harvestOrDivest: return quadrant == .defensive || quadrant == .diversification
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

    /// One sentence when the IE cell and the SWOT position point different ways, saying why; nil when they agree.
    public func disagreement(with position: SWOTPosition, _ language: Language = .en) -> String? {
        guard !prescription.agrees(with: position.quadrant) else { return nil }
        let quadrant = position.quadrant
        switch language {
        case .en:
            return "The IE cell (\(cell.roman), \(prescription.name(.en).lowercased())) and the SWOT position "
                + "(quadrant \(quadrant.roman), \(quadrant.name(.en).lowercased()), favouring "
                + "\(quadrant.favoured.rawValue)) point different ways because they read the same ratings differently: "
                + "the IE cell adds weaknesses and threats into the IFE and EFE totals, while the position subtracts "
                + "their severity from the strengths and opportunities; take the position as the guide to which "
                + "strategies come first and the IE cell as the guide to how far to invest."
        case .id:
            return "Sel IE (\(cell.roman), \(prescription.name(.id).lowercased())) dan posisi SWOT (kuadran "
                + "\(quadrant.roman), strategi \(quadrant.name(.id).lowercased()), mengutamakan "
                + "\(quadrant.favoured.rawValue)) menunjuk arah berbeda karena membaca peringkat yang sama dengan cara "
                + "berbeda: sel IE menjumlahkan kelemahan dan ancaman ke dalam total IFAS dan EFAS, sedangkan posisi "
                + "mengurangkan tingkat keparahannya dari kekuatan dan peluang; jadikan posisi pedoman strategi mana "
                + "yang didahulukan dan sel IE pedoman seberapa jauh berinvestasi."
        }
    }
}

/// IE matrix look-ups and the cell grid as data for renderers.
public enum IEMatrix {
    /// The cell for an IFE total (x) and an EFE total (y), both in 1.0…4.0.
    public static func place(ifeTotal: Double, efeTotal: Double) throws(ScoringError) -> IEPlacement {
        let ife = try IEBand(total: ifeTotal, axis: "IFE")
        let efe = try IEBand(total: efeTotal, axis: "EFE")
        return IEPlacement(
            ifeTotal: ifeTotal,
            efeTotal: efeTotal,
            ifeBand: ife,
            efeBand: efe,
            cell: IECell(ife: ife, efe: efe)
        )
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
