/// Whose plan it is, as far as the moves go. A plan of the whole regional government, or of an agency that
/// coordinates SPBE for it (Diskominfo, Bappeda, the Setda's organisation bureau), may take moves that direct every
/// agency: an SPBE regulation of the regional head, the SPBE architecture, a CSIRT, the coordination team. A sectoral
/// agency's plan (a Dinas, an RSUD, a Kecamatan) may not: those moves are another agency's mandate
/// (`StrategyMove.Authority.government`), and `derive` leaves them out.
///
/// Read from the plan's title, else from its context's first sentence: a coordinator's name there makes the plan the
/// whole government's; else a sectoral agency's name makes it sectoral; a plan that names neither is read as the
/// whole government's, so nothing is left out on a guess.
public enum PlanScope: Equatable, Sendable {
    case wholeGovernment
    /// `agency`: the words of the title or context that name the sectoral agency ("Dinas Lingkungan Hidup").
    case sectoral(agency: String)

    public static func of(_ plan: Plan) -> PlanScope {
        let firstSentence = plan.context.split(whereSeparator: { ".;\n".contains($0) }).first.map(String.init) ?? ""
        for text in [plan.title, firstSentence] {
            let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
            if coordinators.contains(where: { contains(words, $0) }) { return .wholeGovernment }
            if let index = words.indices.first(where: { sectoralWords.contains(words[$0]) }) {
                return .sectoral(agency: agencyName(text, startingAt: words[index]))
            }
        }
        return .wholeGovernment
    }

    /// True when the words hold the phrase (its words in a row).
    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    /// The agency's name as the text writes it: from its first word, up to three words, stopping at punctuation or a
    /// word in lower case after a name ("Dinas Lingkungan Hidup", "RSUD Kota", "DPMD").
    private static func agencyName(_ text: String, startingAt first: String) -> String {
        let words = text.split(separator: " ").map(String.init)
        guard let start = words.firstIndex(where: { $0.lowercased().hasPrefix(first) }) else { return first }
        var name: [String] = []
        for word in words[start...].prefix(3) {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            guard !bare.isEmpty, name.isEmpty || bare.first?.isUppercase == true else { break }
            name.append(bare)
            if bare != word { break }
        }
        return name.joined(separator: " ")
    }

    /// Names of the bodies that coordinate SPBE for the whole government, or of the government itself.
    static let coordinators: [[String]] = [
        "diskominfo", "dinkominfo", "kominfo", "komdigi", "komunikasi dan informatika", "bappeda", "bapperida",
        "perencanaan pembangunan daerah", "setda", "sekretariat daerah", "sekda", "bagian organisasi",
        "biro organisasi", "tim koordinasi spbe", "pusdatin", "pemda", "pemkab", "pemkot", "pemprov",
        "pemerintah kabupaten", "pemerintah kota", "pemerintah provinsi", "pemerintah daerah",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Words that name a sectoral agency: the kinds of office, and the short names planners write.
    static let sectoralWords: Set<String> = [
        "dinas", "badan", "kantor", "rsud", "rumah", "puskesmas", "inspektorat", "setwan", "dprd", "satpol",
        "damkar", "kecamatan", "kelurahan", "uptd", "kanwil", "samsat", "ukpbj", "hospital", "disdukcapil",
        "dukcapil", "dispendukcapil", "dinsos", "dinkes", "dishub", "dispar", "dlh", "dpmd", "dpmptsp", "bapenda",
        "bkd", "bkpsdm", "bpkad", "bpbd", "disdik", "distan", "disnaker", "dispusip", "diskan", "disdag",
        "dinkopukm", "perkim", "pupr", "mpp",
    ]
}
