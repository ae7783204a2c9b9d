/// Finds the words of an item that say "something is missing" (lack cues) or "this comes from outside the
/// organisation" (external-origin cues). The cues only inform the planner (see `Matcher.misfileWarning`); they never
/// change the categories.
///
/// Cues are matched on normalised words, longest phrase first, so `not yet` is one cue rather than `not` and `yet`.
public struct CueDetector: Sendable {
    /// Words and phrases that signal a lack, absence or weakness.
    public static let lackCues: [String] = [
        // Indonesian
        "belum ada", "belum", "tidak ada", "tidak", "tak", "tdk", "blm", "gak", "nggak", "kurang", "kurangnya",
        "kekurangan", "minim", "minimnya", "terbatas", "terbatasnya", "keterbatasan", "lemah", "lemahnya",
        "rendah", "rendahnya", "buruk", "tanpa", "jarang", "sulit", "kesulitan", "kendala", "terkendala",
        "hambatan", "terhambat", "masalah", "permasalahan", "lambat", "tertinggal", "usang", "kosong",
        "belum optimal", "belum maksimal", "tidak optimal", "tidak memadai", "belum memadai",
        // English
        "not yet", "lack of", "lack", "lacks", "lacking", "insufficient", "inadequate", "inadequately", "limited",
        "limitation", "limitations", "not", "no", "none", "weak", "weakness", "low", "poor", "poorly", "missing",
        "absent", "absence", "without", "shortage", "shortages", "scarce", "few", "outdated", "unclear",
        "unable", "cannot", "lagging", "fragmented", "slow",
    ]

    /// Words and phrases that signal an origin outside the organisation.
    public static let externalCues: [String] = [
        // Indonesian
        "pemerintah pusat", "regulasi dari pusat", "dari pusat", "pusat", "kementerian", "kemenkominfo", "kominfo",
        "kemendagri", "kemenpan", "menpan", "bssn", "nasional", "pasar", "peretas", "hacker", "hackers",
        "serangan siber", "vendor", "swasta", "sektor swasta", "pihak swasta", "pihak lain", "pihak luar",
        "pihak ketiga", "konsultan", "investor", "donor", "bank dunia", "global", "internasional", "pandemi",
        "bencana", "krisis", "ekonomi", "persaingan", "pesaing", "perguruan tinggi", "universitas", "operator",
        "dunia usaha", "industri", "dprd", "pilkada", "pemilu", "politik", "perpres", "inpres", "undang undang",
        "eksternal", "luar negeri", "tren", "perkembangan teknologi",
        // English
        "central government", "national government", "regulation from above", "from above", "ministry",
        "ministries", "national", "market", "markets", "hackers", "hacker", "hacking", "cyber attack",
        "cyber attacks", "cyberattack", "cyberattacks", "vendors", "private sector", "third party",
        "third parties", "consultant", "consultants", "investors", "donors", "world bank", "international",
        "pandemic", "disaster", "disasters", "crisis", "economy", "economic", "competition", "competitors",
        "university", "universities", "telecom", "telco", "telcos", "industry", "parliament", "election",
        "elections", "external", "trend", "trends", "abroad",
    ]

    /// Actors outside the organisation that a strength or weakness may still name (the public it serves, the
    /// regulations it follows), so they do not suggest moving it; but an opportunity or threat that names one is
    /// about the environment, not the organisation itself.
    public static let outsideActorCues: [String] = [
        // Indonesian
        "masyarakat", "warga", "penduduk", "publik", "rakyat", "pengguna layanan", "pemohon", "regulasi",
        "peraturan", "undang undang", "uu", "permen", "permenpan", "pp", "program nasional", "kebijakan nasional",
        "pemerintah provinsi", "pemprov",
        // English
        "citizens", "citizen", "residents", "public", "people", "community", "communities", "users", "regulation",
        "regulations", "law", "laws", "legislation", "national programme", "national program", "national policy",
        "provincial government",
    ]

    /// Phrases by their first word, longest first.
    private let lack: [String: [[String]]]
    private let external: [String: [[String]]]
    private let outsideActors: [String: [[String]]]

    public init() {
        let normalizer = TextNormalizer()
        func compile(_ list: [String]) -> [String: [[String]]] {
            let phrases = list.map { normalizer.tokenize($0).map(\.text) }.filter { !$0.isEmpty }
            return Dictionary(grouping: phrases, by: { $0[0] }).mapValues { $0.sorted { $0.count > $1.count } }
        }
        lack = compile(CueDetector.lackCues)
        external = compile(CueDetector.externalCues)
        outsideActors = compile(CueDetector.externalCues + CueDetector.outsideActorCues)
    }

    /// Lack cues in the normalised words, as phrases of those words, in text order.
    public func lackCues(in words: [String]) -> [String] {
        find(lack, in: words, skip: { index in
            // `no` followed by a number is "nomor" (UU No 43), not a negation.
            words[index] == "no" && index + 1 < words.count && words[index + 1].first?.isNumber == true
        })
    }

    /// External-origin cues in the normalised words, in text order.
    public func externalCues(in words: [String]) -> [String] {
        find(external, in: words, skip: { _ in false })
    }

    /// Every actor outside the organisation the words name: the external-origin cues and the outside actors.
    public func outsideActorCues(in words: [String]) -> [String] {
        find(outsideActors, in: words, skip: { _ in false })
    }

    private func find(_ phrases: [String: [[String]]], in words: [String], skip: (Int) -> Bool) -> [String] {
        var found: [String] = []
        var index = 0
        outer: while index < words.count {
            if let candidates = phrases[words[index]], !skip(index) {
                for phrase in candidates where phrase.count <= words.count - index {
                    var matches = true
                    for offset in 1..<phrase.count where words[index + offset] != phrase[offset] {
                        matches = false
                        break
                    }
                    if matches {
                        let cue = phrase.joined(separator: " ")
                        if !found.contains(cue) { found.append(cue) }
                        index += phrase.count
                        continue outer
                    }
                }
            }
            index += 1
        }
        return found
    }
}
