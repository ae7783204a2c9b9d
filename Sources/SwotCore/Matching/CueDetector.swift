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
        "rendah", "rendahnya", "buruk", "jarang", "sulit", "kesulitan", "kendala", "terkendala",
        "hambatan", "terhambat", "masalah", "permasalahan", "lambat", "tertinggal", "usang", "kosong",
        "belum optimal", "belum maksimal", "tidak optimal", "tidak memadai", "belum memadai",
        // English
        "not yet", "lack of", "lack", "lacks", "lacking", "insufficient", "inadequate", "inadequately", "limited",
        "limitation", "limitations", "not", "no", "none", "weak", "weakness", "low", "poor", "poorly", "missing",
        "absent", "absence", "shortage", "shortages", "scarce", "few", "outdated", "unclear",
        "unable", "cannot", "lagging", "fragmented", "slow",
    ]

    /// Words and phrases that signal an origin outside the organisation.
    public static let externalCues: [String] = [
        // Indonesian
        "pemerintah pusat", "regulasi dari pusat", "dari pusat", "pusat", "kementerian", "kemenkominfo", "kominfo",
        "kemendagri", "kemenpan", "menpan", "bssn", "nasional", "peretas", "hacker", "hackers",
        "serangan siber", "swasta", "sektor swasta", "pihak swasta", "pihak lain", "pihak luar",
        "pihak ketiga", "donor", "bank dunia", "global", "internasional", "pandemi", "krisis", "ekonomi",
        "persaingan", "pesaing", "perguruan tinggi", "universitas", "operator seluler", "operator telekomunikasi",
        "dunia usaha", "industri", "pilkada", "pemilu", "politik", "perpres", "inpres", "undang undang", "eksternal",
        "luar negeri", "tren", "perkembangan teknologi",
        // English
        "central government", "national government", "regulation from above", "from above", "ministry",
        "ministries", "national", "nationwide", "hackers", "hacker", "hacking", "cyber attack",
        "cyber attacks", "cyberattack", "cyberattacks", "private sector", "third party",
        "third parties", "donors", "world bank", "international",
        "pandemic", "crisis", "economy", "economic", "competition", "competitors",
        "university", "universities", "telecom", "telco", "telcos", "industry", "election",
        "elections", "external", "trend", "trends", "abroad",
    ]

    /// Actors outside the organisation that a strength or weakness may still name (the public it serves, the
    /// regulations it follows, the vendor that built its application, the market it runs, the disasters it records),
    /// so they do not suggest moving it; but an opportunity or threat that names one is about the environment, not
    /// the organisation itself. So are the bodies an opportunity or threat usually comes from, and the words of
    /// offers, mandates, trends and risks. Of the 496 opportunities and threats of the labelled strategy cases, each
    /// where its planner put it, 182 were told they read as internal before these were listed, 6 after; of their 513
    /// strengths and weaknesses put on the other side on purpose, 240 still get the note (351 before).
    public static let outsideActorCues: [String] = [
        // Indonesian
        "masyarakat", "warga", "penduduk", "publik", "rakyat", "pengguna layanan", "pemohon", "regulasi",
        "peraturan", "undang undang", "uu", "permen", "permenpan", "pp", "program nasional", "kebijakan nasional",
        "pemerintah provinsi", "pemprov", "vendor", "pasar", "bencana", "operator", "pelajar", "siswa", "pasien",
        "wajib pajak", "pelaku usaha", "perantau", "kab/kota", "kabupaten/kota", "opd lain", "perangkat daerah lain",
        "bkn", "bpk", "bps", "bpkp", "kpk", "kasn", "lan", "lkpp", "bmkg", "bnpb", "bakti", "komdigi", "anri",
        "perpusnas", "ombudsman", "polri", "ojk", "bank", "bpjs", "pln", "telkom", "ditjen", "dirjen", "klhk",
        "diskominfo", "bappeda", "dukcapil", "kepala daerah", "pimpinan daerah", "bupati", "walikota", "wali kota",
        "gubernur", "apbn", "dak", "tkd", "dau", "dana desa", "dana kelurahan", "permendes", "splp", "pdns", "pdn",
        "satu data indonesia", "dprd", "konsultan", "investor", "nelayan", "petani", "tengkulak", "harga",
        "daya beli", "penyederhanaan birokrasi", "gelombang", "ransomware", "malware", "serangan", "pencurian",
        "mewajibkan", "wajibkan", "wajib", "menyediakan", "sediakan", "tersedia", "membuka", "buka", "menawarkan",
        "tawarkan", "siap", "mendorong", "dorong", "hibah", "insentif", "bantuan", "program", "kebijakan",
        "pemotongan", "efisiensi", "dipotong", "dipangkas", "memangkas", "pergantian", "berubah", "perubahan",
        "meningkat", "naik", "marak", "makin", "semakin", "tren", "risiko", "rawan", "ancaman", "potensi",
        "berpotensi", "cuaca", "banjir", "longsor", "gempa", "inflasi", "penipuan", "judi", "dibobol", "diretas",
        "kebocoran", "bocor", "phishing", "fraud", "viral", "sorotan", "tuntutan", "menuntut", "larangan",
        // English
        "citizens", "citizen", "residents", "public", "people", "community", "communities", "users", "regulation",
        "regulations", "law", "laws", "legislation", "national programme", "national program", "national policy",
        "provincial government", "vendor", "vendors", "market", "markets", "disaster", "disasters", "students",
        "patients", "taxpayers", "businesses", "regional head", "mayor", "regent", "governor", "bank",
        "offers", "offer", "provides", "provide", "shares", "available", "allow", "allows", "rising", "increasing",
        "growing", "risk", "risks", "threat", "threats", "could", "may", "might", "require", "requires", "mandatory",
        "frequent", "changes", "cuts", "scam", "scams", "fraud", "gambling", "phishing", "leak", "leaks", "breach",
        "demand", "demands", "pressure", "funding", "grant", "grants", "incentive", "incentives", "programme",
        "program", "policy", "parliament", "consultant", "consultants", "investors", "fishers", "farmers",
        "faculties", "ready", "prices", "attack", "attacks", "ransomware", "malware", "theft",
    ]

    /// The first letters of ministries' short names (Kemenkes, Kemendikdasmen, KemenPANRB): each is an outside actor,
    /// but for the words that only begin so ("kemenangan", a victory).
    static let ministryPrefix = "kemen"
    static let notMinistries: Set<String> = ["kemenangan", "kemenyan"]

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
            let next = index + 1 < words.count ? words[index + 1] : ""
            // `no` followed by a number is "nomor" (UU No 43), not a negation; "kurang dari" is "less than", a
            // figure ("ditindaklanjuti kurang dari 5 hari").
            return (words[index] == "no" && next.first?.isNumber == true)
                || (words[index] == "kurang" && next == "dari")
        })
    }

    /// External-origin cues in the normalised words, in text order.
    public func externalCues(in words: [String]) -> [String] {
        find(external, in: words, skip: { _ in false })
    }

    /// Every actor outside the organisation the words name: the external-origin cues and the outside actors.
    public func outsideActorCues(in words: [String]) -> [String] {
        let prefix = CueDetector.ministryPrefix
        let ministries = words.filter {
            $0.count > prefix.count && $0.hasPrefix(prefix) && !CueDetector.notMinistries.contains($0)
        }
        return find(outsideActors, in: words, skip: { _ in false }) + ministries
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
