/// What a strength is, read from the first word of its label (after figures and words of quantity): a team, a leader,
/// a regulation, a channel that serves the public, a system for the agency's own work, a network, an operated
/// facility, data, an achievement, a partnership. `StrengthAgainstThreat` and `StrengthForOpportunity` say by it how
/// the strength is put to work.
enum StrengthKind {
    case team, leader, regulation, channel, system, network, facility, data, achievement, partner

    /// The strength's kind: a leader (`StrategyText.isLeader`), an achievement (`StrategyText.isAchievement`),
    /// else by the label's first word.
    static func of(_ strength: StrategyText.Mention) -> StrengthKind? {
        if StrategyText.isLeader(strength) { return .leader }
        if StrategyText.isAchievement(strength) { return .achievement }
        let label = strength.label.text
        let words = OpportunityUse.wordsOf(label).drop {
            $0.first?.isNumber == true || WeaknessRepair.quantityWords.contains($0) || ["the", "our"].contains($0)
        }
        guard let head = words.first else { return nil }
        if OpportunityUse.Head.of(label) == .regulation
            || words.dropFirst().first.map(StrategyText.leaderRegulations.contains) == true { return .regulation }
        // An internal system named after "aplikasi" ("aplikasi umum SRIKANDI") serves no public.
        if words.contains(where: { headWords[.system]?.contains($0) == true }) { return .system }
        if head == "portal", words.dropFirst().first == "data" { return .data }
        if head == "data", let next = words.dropFirst().first {
            // "data center" is a system, "data officer" a team.
            if OpportunityUse.dataCompounds.contains(next) { return .system }
            if headWords[.team]?.contains(next) == true { return .team }
        }
        if let kind = kind(of: head) { return kind }
        // An English noun phrase ends with its head ("all 14 fire stations", "online queue app"): the first of its
        // next words with a kind names it.
        guard strength.label.isWritten(in: .en) else { return nil }
        return words.dropFirst().prefix(2).lazy.compactMap(kind(of:)).first
    }

    static func kind(of word: String) -> StrengthKind? {
        headWords.first { $0.value.contains(word) }?.key
    }

    /// Whether a strength's label names IT work ("tim IT", "programmer"), which technical steps ask of a team.
    static func namesITWork(_ strength: StrategyText.Mention) -> Bool {
        !Set(OpportunityUse.wordsOf(strength.label.text)).isDisjoint(with: itWords)
    }

    /// Words of a team's label that name IT work.
    static let itWords: Set<String> = [
        "it", "ti", "tik", "programmer", "programmers", "developer", "developers", "siber", "cyber", "keamanan",
        "security", "sandi", "persandian", "jaringan", "network", "pranata", "komputer", "csirt", "infrastruktur",
    ]

    /// First words of a strength's label, by kind.
    static let headWords: [StrengthKind: Set<String>] = [
        .team: ["tim", "sdm", "staf", "staff", "pegawai", "asn", "operator", "petugas", "analis", "programmer",
                "konsultan", "fasilitator", "pendamping", "auditor", "relawan", "kader", "jf", "statistisi", "pranata",
                "tenaga", "team", "officer", "officers", "analysts", "programmers", "bidang", "instalasi", "seksi",
                "pengawas"],
        .channel: ["aplikasi", "portal", "website", "situs", "kanal", "call", "posko", "hotline", "wbs", "app",
                   "channel", "helpdesk", "e", "sp4n", "lapor"],
        .system: ["sistem", "simrs", "simpus", "siskeudes", "srikandi", "sipd", "simbg", "dashboard", "server",
                  "system", "systems", "bridging"],
        .network: ["jaringan", "fiber", "backbone", "radio", "internet", "wifi", "vsat", "network"],
        // Operated places, not buildings as such: an office block has no part in an incident response.
        .facility: ["titik", "cctv", "atcs", "command", "gerai", "uptd", "pusdalops", "mal", "mpp", "centre", "center",
                    "stations", "sensor", "sensors"],
        .data: ["data", "database", "dataset", "basis", "nik", "dtks", "dapodik", "sinkronisasi", "datasets"],
        .partner: ["pks", "mou", "kerja", "kemitraan", "kolaborasi", "hubungan", "jejaring", "partnership",
                   "agreement", "partners"],
    ]
}
