/// How a strength is put to work against a threat, where both their kinds say it: a team against attacks becomes
/// the incident team, a leader against resistance opens a dialogue, a regulation against a change of regional head
/// keeps the programme running. An ST sentence of one strength and one threat ends with it in place of a move's
/// action or the threat's own step (`StrategyText.closingStep`), which a blind reading of 60 tuning ST strategies
/// found answering the threat without using the strength, or fitting neither item, more often than not.
/// Only pairs of kinds with a step that fits both are listed; others keep what they had.
enum StrengthAgainstThreat {
    /// What a strength is, read from the first word of its label (after figures and words of quantity).
    enum Strength {
        case team, leader, regulation, channel, network
    }

    /// The step for a strength labelled `strength` against a threat written `text` with label `label`, or nil.
    static func step(strength: StrategyText.Mention, threat text: String, label: String, language: Language)
        -> String? {
        guard let threat = ThreatAnswer.name(of: text, label: label), let kind = kind(of: strength),
              let step = steps[kind]?[threat] else { return nil }
        return language == .id ? step.id : step.en
    }

    /// The strength's kind: a leader (`StrategyText.isLeader`), else by the label's first word.
    static func kind(of strength: StrategyText.Mention) -> Strength? {
        if StrategyText.isLeader(strength) { return .leader }
        let label = strength.label.text
        if OpportunityUse.Head.of(label) == .regulation { return .regulation }
        let words = OpportunityUse.wordsOf(label).drop {
            $0.first?.isNumber == true || WeaknessRepair.quantityWords.contains($0) || ["the", "our"].contains($0)
        }
        guard let head = words.first else { return nil }
        return headWords.first { $0.value.contains(head) }?.key
    }

    /// First words of a strength's label, by kind.
    static let headWords: [Strength: Set<String>] = [
        .team: ["tim", "sdm", "staf", "staff", "pegawai", "asn", "operator", "petugas", "analis", "programmer",
                "konsultan", "fasilitator", "pendamping", "auditor", "relawan", "kader", "jf", "statistisi", "pranata",
                "tenaga", "team", "officers", "analysts", "programmers"],
        .channel: ["aplikasi", "portal", "website", "situs", "kanal", "call", "posko", "hotline", "wbs", "app",
                   "channel", "helpdesk"],
        .network: ["jaringan", "fiber", "backbone", "radio", "network"],
    ]

    /// The step for each kind of strength against each kind of threat it can answer, in our words.
    static let steps: [Strength: [ThreatAnswer.Name: (id: String, en: String)]] = [
        .team: [
            .cyber: ("jadikan mereka tim tanggap insiden dengan SOP dan latihan berkala",
                     "make them the incident team, with a procedure and regular drills"),
            .leak: ("tugaskan mereka mengaudit hak akses data pribadi tiap triwulan",
                    "have them audit access to personal data every quarter"),
            .scam: ("tugaskan mereka memantau dan menjawab setiap laporan lewat kanal resmi",
                    "have them watch for and answer every report through an official channel"),
            .resistance: ("tugaskan mereka mendampingi kelompok yang menolak sejak uji coba",
                          "have them coach the groups who resist from the trial on"),
            .deadline: ("tugaskan mereka memetakan kekurangan dan mengawal jadwal pemenuhannya",
                        "have them map the gaps and drive the schedule that meets the deadline"),
            .ruleChange: ("tugaskan mereka memantau perubahan aturan dan menyesuaikan sistemnya",
                          "have them track rule changes and adjust the systems"),
            .staffTurnover: ("pasangkan tiap orang dengan rekan cadangan dan tulis panduan kerjanya",
                             "pair each of them with a back-up colleague and write the work down"),
            .budget: ("tunjukkan hasil kerja mereka agar formasi dan anggarannya dipertahankan",
                      "show their results so that their posts and budget are kept"),
        ],
        .leader: [
            .resistance: ("buka dialog langsung antara pimpinan dan kelompok yang menolak",
                          "open a direct dialogue between the leadership and those who resist"),
            .deadline: ("tetapkan rencana aksi dengan tenggat per unit yang dipantau pimpinan",
                        "set an action plan with a deadline per unit, followed by the leadership"),
            .newLeaders: ("kukuhkan programnya dalam Perkada dan RPJMD",
                          "anchor the programme in a regional regulation and the medium-term plan"),
            .budget: ("jadikan anggaran layanan inti prioritas yang dikawal langsung pimpinan",
                      "make core-service budgets a priority the leadership guards itself"),
            .media: ("sampaikan capaian dan klarifikasi langsung oleh pimpinan",
                     "have the leadership present results and clarifications itself"),
        ],
        .regulation: [
            .newLeaders: ("jadikan dasar agar program tetap berjalan setelah pergantian pimpinan",
                          "cite it to keep the programme running after the change of leaders"),
            .budget: ("jadikan dasar untuk mempertahankan anggaran layanan inti",
                      "cite it to keep the budget of core services"),
            .resistance: ("jadikan dasar kewajiban, disertai sosialisasi dan masa transisi",
                          "cite it as the obligation, with briefings and a transition period"),
        ],
        .channel: [
            .scam: ("umumkan informasi resmi dan terima laporan warga lewat kanal ini",
                    "publish official information and take citizens' reports through it"),
        ],
        .network: [
            .cyber: ("pisahkan jaringan layanan penting dan siapkan jalur cadangan",
                     "separate the network of key services and keep a back-up route"),
        ],
    ]
}
