/// The scoring messages in the plan's language, for a report or a table at the prompt and for the errors that
/// refuse a scoring command: an incomplete or empty IFAS/EFAS, the QSPM without strategies, the AHP pairs not
/// judged yet, the consistency warning. Other cases keep their English `message`.
extension QuantitativeError: BilingualError {
    public func message(_ language: Language) -> String {
        guard language == .id else { return message }
        switch self {
        case .noItems(let kind):
            let what = kind == .ife ? "kekuatan atau kelemahan" : "peluang atau ancaman"
            return "Matriks \(kind.shortName(.id)) belum memuat \(what). Tambahkan dulu."
        case .incomplete(let kind, let weights, let ratings):
            var parts: [String] = []
            if !weights.isEmpty { parts.append("belum ada bobot untuk \(weights.joined(separator: ", "))") }
            if !ratings.isEmpty { parts.append("belum ada rating untuk \(ratings.joined(separator: ", "))") }
            return "Matriks \(kind.shortName(.id)) belum lengkap: \(parts.joined(separator: "; ")). Isi bobot dan "
                + "rating setiap butir (bobot 0 mengeluarkan butir dari matriks)."
        case .qspmNoStrategies:
            return "Belum ada strategi yang dipilih untuk QSPM. Pilih dulu dua atau lebih."
        case .qspmNeedsTwo:
            return "QSPM membandingkan sedikitnya dua strategi yang berbeda dari rencana."
        default:
            return message
        }
    }
}

extension ScoringError: BilingualError {
    public func message(_ language: Language) -> String {
        guard language == .id, case .missingComparison(_, let first, let second, let more) = self else {
            return message
        }
        return "Belum dinilai: \(first) vs \(second)\(more == 0 ? "" : " (dan \(more) pasangan lainnya)"). "
            + "Bandingkan setiap pasangan sekali (1/9 hingga 9)."
    }
}

extension PlanComparisonSet {
    /// What the set compares: `comparisons of Strengths` / `perbandingan Kekuatan`.
    public func subject(_ language: Language) -> String {
        guard let quadrant else {
            return language == .id ? "perbandingan antarkelompok SWOT" : "comparisons between the SWOT groups"
        }
        return language == .id ? "perbandingan \(quadrant.name(.id))" : "comparisons of \(quadrant.name(.en))"
    }

    /// The consistency warning of the set's result, in the plan's language; nil when the set is consistent.
    public func warning(_ language: Language) -> String? {
        guard let warning = result?.warning else { return nil }
        guard language == .id else { return "Warning: " + warning.message }
        let number = NumberFormat(language)
        var text = "Peringatan: \(subject(language)) tidak konsisten: CR = "
            + "\(number.fine(warning.consistencyRatio)) (seharusnya di bawah 0,10)."
        if let worst = warning.worst {
            text += " Penilaian yang paling tidak konsisten adalah \(worst.first) vs \(worst.second): diisi "
                + "\(ScoreFormat.ratio(worst.entered)), sedangkan penilaian lain menyiratkan sekitar "
                + "\(number.score(worst.implied)). Tinjau kembali."
        } else {
            text += " Tinjau kembali penilaiannya."
        }
        return text
    }
}
