/// Why a change to the action plan (period, budget, targets, baseline, programme) was refused. Nothing is changed
/// when one is thrown.
public enum ActionPlanError: PlannerFacingError, Equatable {
    case badAmount(String, reason: String)
    case negativeAmount(String)
    case decimalWithoutUnit(String)
    case ambiguousAmount(String)
    case notWholeRupiah(String)
    case amountTooLarge(String)
    case unknownSource(String)
    case badYear(String)
    /// A target or budget line names a year before the plan has a period to check it against.
    case noPeriod
    case yearOutsidePeriod(Int, PlanPeriod)
    case badPeriod(String)
    case periodWouldDropEntries(PlanPeriod, entries: [String])
    case rejectedStrategy(String)
    case noBudgetLine(String, source: FundingSource, year: Int?)

    public var message: String {
        switch self {
        case .badAmount(let text, let reason):
            return "\"\(text)\" is not an amount of money: \(reason). Write whole rupiah (1250000000 or 1.250.000.000) "
                + "or a number and a unit (750 juta, 1,25 miliar, 1,25 M)."
        case .negativeAmount(let text):
            return "\"\(text)\" is negative; a budget line holds the money a strategy needs, 0 or more. To remove a "
                + "line, give it 0."
        case .decimalWithoutUnit(let text):
            return "\"\(text)\" has decimals but no unit. Write whole rupiah grouped in threes (1.250.000.000), or add "
                + "the unit: 1,25 miliar, 750 juta."
        case .ambiguousAmount(let text):
            return "\"\(text)\" can be read two ways: a dot or comma before three digits may group thousands or mark "
                + "decimals. Write 1250 juta rather than 1.250 juta, or 1,25 juta with only the decimals meant."
        case .notWholeRupiah(let text):
            return "\"\(text)\" is not a whole number of rupiah. Use fewer decimals (1,25 juta) or write the amount in "
                + "rupiah."
        case .amountTooLarge(let text):
            return "\"\(text)\" is more than one budget line may hold (Rp1.000 triliun). Check the unit: M is miliar, "
                + "juta is million."
        case .unknownSource(let word):
            let sources = FundingSource.allCases.map(\.label).joined(separator: ", ")
            return "\"\(word)\" is not a funding source. Use one of \(sources) (APBD when you name none)."
        case .badYear(let word):
            return "\"\(word)\" is not a year. Write it with four digits, e.g. 2026."
        case .noPeriod:
            return "The plan has no period yet, so the year cannot be checked. Set the period first, e.g. 2025 to "
                + "2029 for a five-year Renstra."
        case .yearOutsidePeriod(let year, let period):
            return "\(year) is outside the plan period \(period.label). Use a year from \(period.start) to "
                + "\(period.end), or widen the period."
        case .badPeriod(let reason):
            return "That period cannot be used: \(reason). Write the first and last year, e.g. 2025 2029."
        case .periodWouldDropEntries(let period, let entries):
            return "\(period.label) leaves out years the action plan already uses: "
                + "\(PlanError.shortList(entries)). Change or remove those targets and budget lines first."
        case .rejectedStrategy(let id):
            return "\(id) is rejected, so it has no place in the action plan. Accept it first if the plan should "
                + "carry it out."
        case .noBudgetLine(let id, let source, let year):
            return "\(id) has no \(source.label) budget line for \(year.map(String.init) ?? "the period as a whole"); "
                + "the action plan shows its lines."
        }
    }

    public var remedies: [Remedy] {
        switch self {
        case .noPeriod, .yearOutsidePeriod: return [.setPeriod]
        case .periodWouldDropEntries(_, let entries):
            return [.clearTarget, .zeroBudgetLine] + (PlanError.isShortened(entries) ? [.listActions] : [])
        case .rejectedStrategy(let id): return [.acceptStrategy(id)]
        case .noBudgetLine: return [.listActions]
        default: return []
        }
    }
}
