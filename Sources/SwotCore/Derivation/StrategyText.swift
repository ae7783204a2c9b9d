/// The sentence of a derived strategy: one imperative sentence in the plan's language, naming each item by its
/// label with its id beside it, then the move's action after a colon.
///
///     SO  Padukan SDM TI bersertifikat (S2) dengan peluang program SPLP nasional (O1): …
///         Combine certified IT staff (S2) with the national SPLP programme (O1): …
///     ST  Gunakan … (S1) untuk menghadapi … (T1): …       Use … (S1) to counter … (T1): …
///     WO  Atasi kurangnya SDM TI (W3) dengan memanfaatkan … (O2): …
///         Fix the lack of IT staff (W3) by drawing on … (O2): …
///     WT  Atasi … (W1) untuk mengantisipasi … (T2): …     Fix … (W1) ahead of … (T2): …
///
/// The forms of `research/strategy-writing.md`, varied where they read badly with the labels plans have: an
/// opportunity is often a regulation, a programme or a partner, which no one "seizes" ("untuk meraih Permen LHK
/// P.75/2019", "to seize Bapenda & Bank Daerah"), and a threat is often a law or a deadline, which does not "make
/// a weakness worse" ("sebelum UU PDP memperburuknya"); a blind reading of four tuning cases flagged both.
/// A one-sided fallback ends with "(hanya satu sisi)" / "(one-sided)".
public enum StrategyText {
    /// The longest sentence `derive` writes where it has the choice, in words as a reader counts them (ids too).
    public static let maximumWords = 30

    /// An item as the sentence names it: its label and id.
    public struct Mention: Sendable, Equatable {
        public var id: String
        public var label: ItemLabel

        public init(id: String, label: ItemLabel) {
            self.id = id
            self.label = label
        }

        /// The item as the sentence names it.
        public init(_ item: Item) {
            self.init(id: item.id, label: ItemLabel.of(item))
        }

        func rendered(_ language: Language) -> String { "\(label.phrase(language)) (\(id))" }
    }

    /// The sentence for a quadrant, with the items of each side and the action.
    public static func sentence(
        _ quadrant: TOWSQuadrant, internal internalMentions: [Mention], external externalMentions: [Mention],
        action: String, language: Language, oneSided: Bool = false, opener: String? = nil
    ) -> String {
        let form = form(quadrant, language)
        var action = cleanedAction(action)
        let marker = oneSided ? (language == .id ? " (hanya satu sisi)" : " (one-sided)") : ""
        // "Atasi server aplikasi" overcomes a thing: a weakness named by its subject alone is put right instead.
        let one = internalMentions.count == 1 ? internalMentions[0] : nil
        var verb = opener ?? one.map { mention in
            switch quadrant.internalSide {
            case .weakness: WeaknessRepair.opener(for: mention.label, language: language) ?? form.verb
            default: quadrant == .st && isLeader(mention) ? useWords(mention, language).verb : form.verb
            }
        } ?? form.verb
        // "Benahi server aplikasi …: benahi …": readers marked the verb said twice. The action says it in other words
        // ("perbaiki …"), else the form's verb opens the sentence.
        if let first = action.split(separator: " ").first, first.lowercased() == verb.lowercased() {
            if let other = otherVerbs[first.lowercased()] {
                action = other + action.dropFirst(first.count)
            } else {
                verb = form.verb
            }
        }
        return "\(verb) \(list(internalMentions, language)) \(form.link) "
            + "\(externalPhrase(externalMentions, quadrant, language)): \(action)\(marker)."
    }

    /// Verbs that open both a sentence and a move's action, and another way to say them in the action.
    static let otherVerbs = ["benahi": "perbaiki"]

    /// The sentence of a WO or WT strategy of one weakness whose label says its repair (`WeaknessRepair`): the repair
    /// opens it in place of the form's verb and the label ("Digitalkan laporan BOS (W5) dengan memanfaatkan …"), and
    /// no move's action follows. Also the repair with the external items' labels alone, for a headline.
    /// `link`: the words by which the repair draws on the external items, when an opportunity's kind says them
    /// (`OpportunityUse.link`: "bersama", "sesuai"); else the quadrant's form.
    public static func sentence(
        _ quadrant: TOWSQuadrant, repairing weakness: String, with repair: WeaknessRepair,
        external externalMentions: [Mention], link: String? = nil, language: Language
    ) -> (text: String, action: String) {
        let link = link ?? form(quadrant, language).link
        let text = "\(repair.verb) \(repair.object) (\(weakness)) \(link) "
            + "\(externalPhrase(externalMentions, quadrant, language))."
        let labels = joined(externalMentions.map { $0.label.phrase(language) }, language)
        let verb = repair.verb.prefix(1).lowercased() + repair.verb.dropFirst()
        return (text, "\(verb) \(repair.object) \(link) \(labels)")
    }

    /// The sentence of an SO or ST strategy of one strength and one external item whose words say how the strength
    /// seizes or answers it (`OpportunityUse`, `ThreatAnswer`): "Gunakan … (S1) untuk memenuhi … (O1).", no move's
    /// action after it. Also the same without the ids, for a headline.
    public static func sentence(
        using strength: Mention, to verb: String, opportunity: Mention, language: Language
    ) -> (text: String, action: String) {
        let (use, purpose) = useWords(strength, language)
        let text = "\(use) \(strength.rendered(language)) \(purpose) \(verb) \(opportunity.rendered(language))."
        let action = "\(use.lowercased()) \(strength.label.phrase(language)) \(purpose) \(verb) "
            + opportunity.label.phrase(language)
        return (text, action)
    }

    /// The words that put one strength to use, before it and before the verb for the external item: "Gunakan …
    /// untuk" / "Use … to". A leader's support is used, not the leader ("Gunakan dukungan Walikota terpilih (S5)
    /// untuk …"): a blind reader marked "Gunakan Gubernur …" as a person used as a tool, and readers preferred this
    /// to "Libatkan", which reads as if the agency's own head had to be asked in (twice read blind: tuning after
    /// better 30/12 and 29/21 times, before 5/3 and 4/2; locked 35/44 and 40/37, before 1/2 and 4/4). English keeps
    /// "Enlist the mayor-elect (S5) to …": "Draw on" split two readers and lost usable verdicts. An achievement
    /// is built on ("Jadikan nilai SAKIP yang naik ke B (S3) modal untuk …" / "Build on … to …").
    static func useWords(_ strength: Mention, _ language: Language) -> (verb: String, purpose: String) {
        let english = language == .en
        if isLeader(strength) {
            return english ? ("Enlist", "to") : ("Gunakan dukungan", "untuk")
        }
        if isAchievement(strength) { return english ? ("Build on", "to") : ("Jadikan", "modal untuk") }
        return english ? ("Use", "to") : ("Gunakan", "untuk")
    }

    /// Whether a strength's label opens with a leader or a head of office, and not with a leader's regulation
    /// ("governor regulation on e-archiving").
    static func isLeader(_ strength: Mention) -> Bool {
        let words = strength.label.text.split(separator: " ").map { $0.lowercased() }
        let head = words.first ?? ""
        guard !(words.dropFirst().first.map(leaderRegulations.contains) ?? false) else { return false }
        return leaderHeads.contains(head.split(whereSeparator: { $0 == "/" || $0 == "&" }).first.map(String.init)
            ?? head)
    }

    /// English words that make a leader's title before them the name of a regulation.
    static let leaderRegulations: Set<String> = ["regulation", "regulations", "decree", "instruction", "circular"]

    /// Whether a strength is a score or an achievement ("nilai SAKIP yang naik ke B", "indeks SPBE …", "opini WTP
    /// 6 tahun"), which a plan builds on rather than uses: readers marked "Gunakan indeks SPBE …" as a state put to
    /// work as if it were a means.
    static func isAchievement(_ strength: Mention) -> Bool {
        achievementHeads.contains(strength.label.text.split(separator: " ").first.map { $0.lowercased() } ?? "")
    }

    /// First words of a label that name a score or an achievement.
    static let achievementHeads: Set<String> = [
        "nilai", "indeks", "skor", "opini", "predikat", "peringkat", "capaian", "akreditasi", "maturitas",
        "kapabilitas", "penghargaan", "score", "index", "rating", "ranking", "accreditation", "award", "maturity",
    ]

    /// First words of a label that name a leader or a head of an office.
    static let leaderHeads: Set<String> = [
        "bupati", "wabup", "walikota", "wali", "wawali", "gubernur", "wagub", "wakil", "sekda", "kepala", "kadis",
        "kadinkes", "kaban", "direktur", "dirut", "pimpinan", "camat", "lurah", "kades", "ketua", "rektor", "menteri",
        "pj", "plt", "mayor", "regent", "governor", "director", "head", "minister", "chief", "leaders",
    ]

    /// The verb that opens a quadrant's sentence before the internal items, and the words between them and the
    /// external items.
    static func form(_ quadrant: TOWSQuadrant, _ language: Language) -> (verb: String, link: String) {
        switch (quadrant, language) {
        case (.so, .id): ("Padukan", "dengan")
        case (.so, .en): ("Combine", "with")
        case (.st, .id): ("Gunakan", "untuk menghadapi")
        case (.st, .en): ("Use", "to counter")
        case (.wo, .id): ("Atasi", "dengan memanfaatkan")
        case (.wo, .en): ("Fix", "by drawing on")
        case (.wt, .id): ("Atasi", "untuk mengantisipasi")
        // No verb after the threat: its label's noun may be plural ("cyber attacks") or not.
        case (.wt, .en): ("Fix", "ahead of")
        }
    }

    /// The external items as the sentence names them: an Indonesian SO sentence says "peluang" before them.
    static func externalPhrase(_ mentions: [Mention], _ quadrant: TOWSQuadrant, _ language: Language) -> String {
        let listed = list(mentions, language)
        return quadrant == .so && language == .id ? opportunity(mentions, listed) : listed
    }

    /// The sentence for a move and the items it names (each side in id order), and the action it says: in the items'
    /// own words where the move allows it (`ItemObject`), unless their longer names would carry a sentence within
    /// `maximumWords` past it.
    public static func sentence(
        _ quadrant: TOWSQuadrant, move: StrategyMove, internal inner: [Item], external outer: [Item],
        language: Language, oneSided: Bool = false
    ) -> (text: String, action: String) {
        let inner = inner.sorted { $0.number < $1.number }, outer = outer.sorted { $0.number < $1.number }
        switch ownStep(quadrant, move: move, internal: inner, external: outer, language: language, oneSided: oneSided) {
        case .repair(let repair)?:
            // One opportunity says how the repair draws on it: together with a partner, through a programme or a
            // platform, in line with a regulation, to meet a mandate. A blind reading of 61 WO and WT strategies
            // preferred this to "dengan memanfaatkan" 35 times to 13 (alike 13; partners 22 to 6).
            let link = quadrant == .wo && outer.count == 1
                ? OpportunityUse.link(for: outer[0].text, label: ItemLabel.of(outer[0]).text, language: language) : nil
            let written = sentence(quadrant, repairing: inner[0].id, with: repair, external: outer.map(Mention.init),
                                   link: link, language: language)
            let step = closingStep(quadrant, .repair(repair), internal: inner, external: outer, language: language)
            return withStep(written, step?.text)
        case .use(let verb)?:
            let written = sentence(using: Mention(inner[0]), to: verb, opportunity: Mention(outer[0]),
                                   language: language)
            let step = closingStep(quadrant, .use(verb), internal: inner, external: outer, language: language)
            return withStep(written, step?.text)
        case nil:
            break
        }
        // Staff counted short are named as such, and strengthened: "Perkuat staf IT seksi SIK (W2) …".
        var internalMentions = inner.map(Mention.init)
        var opener: String?
        if inner.count == 1, quadrant.internalSide == .weakness, language == .id, inner[0].label == nil,
           let staff = WeaknessRepair.countedShortStaff(inner[0].text) {
            internalMentions = [Mention(id: inner[0].id, label: ItemLabel(text: staff.joined(separator: " "),
                                                                          language: .id))]
        } else if inner.count == 1, quadrant.internalSide == .weakness, !oneSided,
                  let repair = WeaknessRepair.of(ItemLabel.of(inner[0]), text: inner[0].text, language: language),
                  !doesRepair(move, repair, language) {
            // The action names the items' own words and stays; the repair opens the sentence, as the counted
            // staff's does: "Kurangi pergantian staf yang sudah ikut pelatihan (W2) …: jalin MoU dengan …".
            internalMentions = [Mention(id: inner[0].id, label: ItemLabel(text: repair.object, language: language))]
            opener = repair.verb
        }
        let write = { (action: String) in
            sentence(quadrant, internal: internalMentions, external: outer.map(Mention.init), action: action,
                     language: language, oneSided: oneSided, opener: opener)
        }
        let general = move.action[language]
        let plain = write(general)
        let named = ItemObject.action(of: move, internal: inner, external: outer, language: language)
        guard named != general else { return (plain, general) }
        let specific = write(named)
        let fits = wordCount(specific) <= maximumWords || wordCount(specific) <= wordCount(plain)
        return fits ? (specific, named) : (plain, general)
    }

    /// The step after the colon of a sentence of the strategy's own step, and what chose it.
    public struct ClosingStep: Sendable, Equatable {
        public enum Source: Sendable, Equatable {
            /// The external item's kind (`step`).
            case externalKind
            /// The weakness's fault (`means`), in WT, and in WO in place of agreeing who does what.
            case weaknessFault
            /// The strength's kind against the threat's (`StrengthAgainstThreat`), in ST.
            case strengthAgainstThreat
            /// The strength's kind with the opportunity's (`StrengthForOpportunity`), in SO.
            case strengthForOpportunity
            /// The weakness's fault with the opportunity's kind (`RepairWithOpportunity`), in WO.
            case repairWithOpportunity
            /// The weakness's fault against the threat's kind (`RepairAgainstThreat`), in WT.
            case repairAgainstThreat
        }

        public var text: String
        public var source: Source
    }

    /// The step a sentence of the strategy's own step ends with, saying through what: in WT how the weakness's
    /// fault is repaired (`means`), elsewhere the step its external item's kind asks for (`step`); in WO also the
    /// fault's step where the opportunity's would only be to agree who does what with a government body ("Stabilkan
    /// CCTV & ATCS (W3) bersama Diskominfo …: pantau ketersediaannya …": a blind reading of 21 tuning strategies,
    /// usable 6 and 6 against 1 and 1, preferred 14 and 15 to 5 and 5); in ST and SO first the step that puts the
    /// strength to work against the threat or on the opportunity (`strengthStep`). Nil where there is none; the
    /// sentence may still leave it out to stay short (`withStep`). In WO first the step the weakness's fault asks for
    /// with what the opportunity offers (`RepairWithOpportunity`), in WT the one that also meets the
    /// threat (`RepairAgainstThreat`).
    public static func closingStep(
        _ quadrant: TOWSQuadrant, _ ownStep: OwnStep, internal inner: [Item], external outer: [Item],
        language: Language
    ) -> ClosingStep? {
        if let step = strengthStep(quadrant, inner, outer, language: language) {
            return ClosingStep(text: step, source: quadrant == .st ? .strengthAgainstThreat : .strengthForOpportunity)
        }
        if case .repair(let repair) = ownStep, outer.count == 1 {
            let label = ItemLabel.of(outer[0]).text
            let step = quadrant == .wo
                ? RepairWithOpportunity.step(repair, opportunity: outer[0].text, label: label, language: language)
                : RepairAgainstThreat.step(repair, threat: outer[0].text, label: label, language: language)
            if let step, !repeats(step, inner + outer) {
                return ClosingStep(text: step, source: quadrant == .wo ? .repairWithOpportunity : .repairAgainstThreat)
            }
        }
        let external = step(quadrant, internal: inner, external: outer, language: language)
        if case .repair(let repair) = ownStep, quadrant == .wt || external.map(OpportunityUse.isSharedWork) == true {
            return means(of: repair, internal: inner[0], external: outer, language: language)
                .map { ClosingStep(text: $0, source: .weaknessFault) }
                ?? external.map { ClosingStep(text: $0, source: .externalKind) }
        }
        return external.map { ClosingStep(text: $0, source: .externalKind) }
    }

    /// The step for a sentence's one external item's kind (`OpportunityUse.step`, `ThreatAnswer.step`). Nil for
    /// several items, for no kind, for a step that repeats what the items say ("Siapkan CSIRT dan SOP …: siapkan
    /// tim tanggap insiden, SOP …"), and for a threat of another topic than the internal item's: a threat's step
    /// answers the threat, and a blind reading found it wrong on an item it does not touch (an incident team for
    /// digitising forms). Not for WT (`closingStep`), where a step for the threat was judged wrong more often than
    /// usable (tuning 15 to 11 of 36 verdicts, against 2 and 1 without it): there the repair says what is done, and
    /// `means` how.
    static func step(_ quadrant: TOWSQuadrant, internal inner: [Item], external outer: [Item],
                     language: Language) -> String? {
        guard inner.count == 1, outer.count == 1 else { return nil }
        let label = ItemLabel.of(outer[0]).text
        let step: String?
        if quadrant.externalSide == .opportunity {
            step = OpportunityUse.step(for: outer[0].text, label: label, language: language)
        } else {
            guard quadrant == .st, StrategyScoring.affinity(inner[0], outer[0]) > 1 else { return nil }
            step = ThreatAnswer.step(for: outer[0].text, label: label, language: language)
        }
        guard let step, !repeats(step, [inner[0]] + outer) else { return nil }
        return step
    }

    /// The step a WT repair sentence ends with: how the weakness's fault is repaired (`WeaknessRepair.means`), so
    /// it says through what too ("Percepat pokir DPRD (W3) untuk mengantisipasi …: tetapkan batas waktu tiap tahap
    /// dan pantau tiap bulan."). Nil where the fault says none or the step repeats what the items say.
    static func means(of repair: WeaknessRepair, internal inner: Item, external outer: [Item],
                      language: Language) -> String? {
        guard let means = repair.means(language) else { return nil }
        return repeats(means, [inner] + outer) ? nil : means
    }

    /// Whether a step repeats what the items' labels say: two content words, or an acronym, in common.
    static func repeats(_ step: String, _ items: [Item]) -> Bool {
        let labels = items.map { ItemLabel.of($0).text }.joined(separator: " ")
        let shared = Set(ContentStems.words(of: step)).intersection(ContentStems.words(of: labels))
        let acronyms = step.split(separator: " ").filter { $0.count > 2 && $0.allSatisfy(\.isUppercase) }
            .map { $0.lowercased() }
        return shared.count >= 2 || acronyms.contains(where: shared.contains)
    }

    /// The sentence and its action (a report's headline) with the step after a colon, unless that carries the
    /// sentence past `maximumWords`.
    static func withStep(_ written: (text: String, action: String), _ step: String?) -> (text: String, action: String) {
        guard let step, wordCount(written.text) + wordCount(step) <= maximumWords, written.text.hasSuffix(".") else {
            return written
        }
        return ("\(written.text.dropLast()): \(step).", "\(written.action): \(step)")
    }

    /// What a derived strategy's sentence says in place of its move's action.
    public enum OwnStep: Sendable, Equatable {
        /// The repair its one weakness asks for (`WeaknessRepair`), in WO and WT.
        case repair(WeaknessRepair)
        /// The verb with which its one strength seizes its one opportunity (`OpportunityUse`), in SO, or answers its
        /// one threat (`ThreatAnswer`), in ST.
        case use(String)

        /// The words that stand for the step: "Digitalkan laporan BOS", "untuk memenuhi".
        public func words(_ language: Language) -> String {
            switch self {
            case .repair(let repair): "\(repair.verb) \(repair.object)"
            case .use(let verb): (language == .id ? "untuk " : "to ") + verb
            }
        }
    }

    /// What a derived strategy's sentence says in place of its move's action, or nil when it says the action: never
    /// for a one-sided fallback, and never when the items' own names were put into the action (`ItemObject`), which
    /// then speaks of them ("alihkan pungutan retribusi tunai ke QRIS bersama Bank Riau Kepri Syariah": a blind
    /// reader preferred such an action to the bare repair). In ST, where the strength's and the threat's kinds say
    /// how one is put to work against the other (`strengthStep`), or where the action shares no word with either
    /// item (`speaksTo`).
    public static func ownStep(
        _ quadrant: TOWSQuadrant, move: StrategyMove, internal inner: [Item], external outer: [Item],
        language: Language, oneSided: Bool
    ) -> OwnStep? {
        guard !oneSided else { return nil }
        let label = outer.count == 1 ? ItemLabel.of(outer[0]).text : ""
        // The verb the sentence says: how the strength answers the threat (ST) or seizes the opportunity (SO).
        let verb = {
            quadrant == .st ? OwnStep.use(ThreatAnswer.verb(for: outer[0].text, label: label, language: language))
                : OpportunityUse.verb(for: outer[0].text, label: label, language: language).map(OwnStep.use)
        }
        // The step that puts a strength to work is ours, whatever language the items are quoted in, and even where
        // the move's action would name the strength's own thing ("tugaskan operator desa membina unit" for village
        // service points against a budget cut).
        if strengthStep(quadrant, inner, outer, language: language) != nil { return verb() }
        guard ItemObject.action(of: move, internal: inner, external: outer, language: language) == move.action[language]
        else { return nil }
        if inner.count == 1, quadrant.internalSide == .weakness,
           let repair = WeaknessRepair.of(ItemLabel.of(inner[0]), text: inner[0].text, language: language) {
            return doesRepair(move, repair, language) ? nil : .repair(repair)
        }
        guard inner.count == 1, outer.count == 1 else { return nil }
        // Items in the other language are quoted: the sentence would be their words only, so the action stays.
        let inLanguage = { (item: Item) in ItemLabel.of(item).isWritten(in: language) }
        guard inLanguage(inner[0]), inLanguage(outer[0]) else { return nil }
        if quadrant == .so { return verb() }
        return quadrant == .st && !speaksTo(move, inner[0], outer[0]) ? verb() : nil
    }

    /// The step that puts one strength to work against one threat (`StrengthAgainstThreat`) or on one opportunity
    /// (`StrengthForOpportunity`), where their kinds say one and the sentence stays within `maximumWords` with it;
    /// nil otherwise.
    static func strengthStep(_ quadrant: TOWSQuadrant, _ inner: [Item], _ outer: [Item], language: Language)
        -> String? {
        guard inner.count == 1, outer.count == 1, quadrant.internalSide == .strength else { return nil }
        let strength = Mention(inner[0]), external = Mention(outer[0])
        let text = outer[0].text, label = external.label.text
        let step: String?, verb: String?
        if quadrant == .st {
            step = StrengthAgainstThreat.step(strength: strength, threat: text, label: label, language: language)
            verb = ThreatAnswer.verb(for: text, label: label, language: language)
        } else {
            step = StrengthForOpportunity.step(strength: strength, opportunity: text, label: label, language: language)
            verb = OpportunityUse.verb(for: text, label: label, language: language)
        }
        guard let step, let verb else { return nil }
        let sentence = sentence(using: strength, to: verb, opportunity: external, language: language).text
        return wordCount(sentence) + wordCount(step) <= maximumWords ? step : nil
    }

    /// Whether the move's action does the repair itself, which then says more (how, through what): "integrasikan
    /// aplikasi lewat SPLP, layanan tersibuk dulu" beats "Integrasikan e-Audit (W3)" (a blind reader, 2 of 2).
    /// Integrating, aligning and cascading only: broad verbs such as "Siapkan" are shared by actions of any kind.
    static func doesRepair(_ move: StrategyMove, _ repair: WeaknessRepair, _ language: Language) -> Bool {
        ["Integrasikan", "Integrate", "Selaraskan", "Align", "Jabarkan"].contains(repair.verb)
            && !ContentStems.of(repair.verb).isDisjoint(with: ContentStems.of(move.action[language]))
    }

    /// Whether the move's action (in either language) shares a content word with either item's text.
    static func speaksTo(_ move: StrategyMove, _ inner: Item, _ outer: Item) -> Bool {
        let action = ContentStems.of(move.action[.id]).union(ContentStems.of(move.action[.en]))
        return !action.isDisjoint(with: ContentStems.of(inner.text).union(ContentStems.of(outer.text)))
    }

    /// "peluang …" before the opportunities' labels, unless the first label says so itself ("peluang kerja sama").
    static func opportunity(_ mentions: [Mention], _ listed: String) -> String {
        let first = mentions.first?.label.phrase(.id).lowercased() ?? ""
        return first.hasPrefix("peluang") || first.hasPrefix("kesempatan") ? listed : "peluang \(listed)"
    }

    /// "A (S1), B (S2) dan C (S3)" / "… and …".
    static func list(_ mentions: [Mention], _ language: Language) -> String {
        joined(mentions.map { $0.rendered(language) }, language)
    }

    /// "A, B dan C" / "A, B and C".
    static func joined(_ parts: [String], _ language: Language) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + (language == .en ? " and " : " dan ") + parts.last!
    }

    /// The action as it follows the colon: without a full stop of its own (moves start with a lower-case verb).
    static func cleanedAction(_ action: String) -> String {
        var action = action.trimmingWhitespace()
        while let last = action.last, ".!?".contains(last) { action.removeLast() }
        return action
    }

    /// Words of a sentence as a reader counts them: everything between spaces, ids such as "(S1)" too.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    }

    /// Words a quadrant's form adds around the labels, their ids and the action, for so many items on each side.
    static func formWords(
        _ quadrant: TOWSQuadrant,
        _ language: Language,
        internal inner: Int,
        external outer: Int
    ) -> Int {
        let placeholder = Mention(id: "S1", label: ItemLabel(text: "x"))
        let sentence = sentence(
            quadrant, internal: Array(repeating: placeholder, count: inner),
            external: Array(repeating: placeholder, count: outer), action: "x", language: language)
        return wordCount(sentence) - 2 * (inner + outer) - 1
    }
}
