/// Matches a SWOT item's text to knowledge-base categories.
///
/// How a match is made (what to tell a planner who asks "why this category?"):
/// 1. The text is normalised (lower case, no accents or punctuation), acronyms are expanded from the KB
///    (`SDM` → `sumber daya manusia`), function words are skipped, and every word is reduced to its stem
///    (`pelatihan` → `latih`, `trainings` → `train`). An English word whose stem is no keyword stem may be another
///    form of a keyword word that WordNet knows (`bribers` → `bribe`, `meritorious` → `merit`): it stands for it.
/// 2. Each category's keywords went through the same steps when the matcher was built. A keyword matches where its
///    stems appear in the item one after another, or with one word of the item between two of them, or (two-word
///    keywords) in the other order — then it counts 0.8 of its weight. A single word counts 1; a phrase of n words
///    counts 1 + 0.5 × (n − 1), up to 2.5. n counts the words typed and meant: an acronym is one word (and it
///    matches only as a whole); an acronym spelled out (`teknologi informasi dan komunikasi`) is one word too; a
///    phrase of one word plus function words (`kerja sama`) is one word; `antar`, `lintas`, `inter`, `cross` do not
///    count (`antar dinas` counts as `between agencies` does). Such a keyword after a word of the item only says
///    whose that word is (`data antar OPD`) and counts half.
///    A keyword listed under several categories counts 1/k toward each of its k categories, and a keyword whose words
///    the KB uses across many categories (in keywords, names, descriptions, factors) counts less, down to nothing for
///    words used by every category. A keyword made only of words that name e-government itself (`aplikasi`,
///    `online services`, `portal`) counts half: they say what the item is about, not which aspect of it.
///    Each word of the item counts once per category (the strongest keyword covering it wins; a keyword said again
///    elsewhere in the item adds a quarter), and a word inside a longer phrase matched for another category counts
///    only there (`laporan keuangan` is not `laporan`).
/// 3. A category's points p become a score p / (p + 1): one keyword ≈ 0.5, two ≈ 0.67, three ≈ 0.75.
///    Categories scoring at least `minimumScore` are returned, best first, with the words that matched.
/// 4. When several categories score, a second reading (`CategoryProfile`) adds 3 × its similarity (0…1) to each
///    one's points: how much the item's words, its first words most, share with the words the KB uses for the
///    category (keywords, name, description, question, factors). A clear keyword lead stands; a near tie goes to
///    the category the item's subject belongs to.
///
/// Typing slips are forgiven for longer words (seven letters or more) that match no keyword: one letter missing,
/// extra, wrong or swapped (`anggran` → `anggaran`); an ordinary English word is not a slip (`country` is not
/// `counter`).
///
/// What is not read, to avoid false hits: text swot wrote itself (a proposal's source, `GeneratedText`); words of
/// three letters or fewer except as whole words, and an acronym spelled like an ordinary word (`it`, `tik`) unless
/// typed in capitals (`IT`, `TIK`); general words alone (`aplikasi`, `online`, `value`) give only a low-confidence
/// category.
///
/// 5. A third reading: the project's labelled items that read like this one (`ExampleClassifier`) add to the
///    keyword categories' points by their share, and a category they clearly agree on joins them if no keyword found
///    it (`exampleReadingWeight`, `exampleCandidatePoints`): what planners say in their own words is taught by items
///    that said it alike.
///
/// No silent misses: when no keyword matches with confidence, the nearest categories are guessed by fallback rules
/// (`MatchFallback`: general words only, part of a keyword phrase, a word like a keyword, a WordNet synonym of an
/// English keyword, last the second reading alone) and marked as low confidence; when the labelled items that read
/// like it (`ExampleClassifier`) clearly agree on a category, that one leads the guesses. An item none of them reaches
/// has no category, and the shell says to `tag` it.
///
/// Built from any `KnowledgeBase` (the shipped one or one extended with `kb load`); everything is precomputed at init.
public struct Matcher: Sendable {
    /// Lowest score a category needs to be reported.
    public static let minimumScore = 0.2
    /// How much a keyword loses when the KB uses its words in every category (linearly less for fewer).
    static let generalityDiscount = 1.0
    /// How much a keyword made only of words that name e-government itself counts (`aplikasi`, `online services`):
    /// nearly every item is about some application or online service, so these words say what the item is about,
    /// not which aspect of it.
    static let topicWeight = 0.5
    /// Words that name e-government itself, in both languages.
    static let topicWords = [
        "aplikasi", "application", "applications", "app", "apps", "online", "daring", "sistem", "system", "systems",
        "layanan", "pelayanan", "service", "services", "digital", "elektronik", "electronic", "website", "websites",
        "web", "situs", "laman", "portal", "platform", "egovernment", "egov", "spbe", "teknologi", "technology",
        "informasi", "information", "ti", "it",
    ]
    /// Words with senses outside the category they are a keyword of (`value` of a service or of a culture, a `unit`
    /// of anything), and the words of a maturity level, which every SPBE indicator's name starts with ("Tingkat
    /// kematangan penerapan manajemen keamanan informasi" is about security): like the topic words, alone they give
    /// only a low-confidence category.
    static let generalWords = [
        "value", "values", "nilai", "unit", "units", "update", "project", "proyek", "index", "indeks",
        "tingkat", "level", "kematangan", "matang", "maturity", "mature",
    ]
    /// How a low-confidence category's score is shown: its points' score, scaled down.
    static let fallbackScale = 0.5
    /// How much a phrase counts when one word of the item stands between two of its words, or when its two words
    /// come in the other order.
    static let looseFactor = 0.8
    /// What a keyword adds each time it comes again in the same item.
    static let repeatFactor = 0.25
    /// Words that only relate the next word to others (`antar dinas`, `lintas OPD`, `cross-sector`): like function
    /// words, they do not make a keyword a phrase, so `antar dinas` counts as `between agencies` does.
    static let linkWords: Set<String> = ["antar", "lintas", "inter", "cross", "intra"]
    /// How much a keyword that opens with a link word counts when it qualifies the word before it (`data antar OPD`
    /// is data, `antar OPD` only says whose): the item is about that word, not about working across units.
    static let qualifierFactor = 0.5
    /// Most categories reported for one item.
    public static let maximumCategories = 5
    /// How much the second reading (`CategoryProfile`, a cosine similarity 0…1) adds to a category's points when
    /// the keywords found several: a clear keyword lead stands, a near tie goes to the category whose text the item's
    /// words share most. Chosen on the tuning set: 2 to 15 give the same figures, 3 is well inside.
    static let similarityWeight = 3.0
    /// How much less the item's last word counts than its first in the second reading (see `weightedStems`).
    static let subjectEmphasis = 0.8
    /// Least similarity for a guess by the second reading alone: about one word that few categories use.
    static let minimumSimilarity = 0.03

    struct Keyword: Sendable {
        /// Stem alternatives for each word of the keyword.
        var tokens: [[Int32]]
        var category: Int32
        var weight: Double
        /// The phrase bonus inside `weight` (1 for a single word).
        var phraseBonus: Double
        /// Made only of topic or general words (`aplikasi`, `online services`, `value`): alone, low confidence.
        var isGeneral: Bool
    }

    /// A phrase counts as a phrase only for the words the planner typed: an acronym that expands to a long keyword
    /// (`SDM` → `sumber daya manusia`) counts as one word.
    func effectiveWeight(_ keyword: Keyword, typedWords: Int) -> Double {
        let n = min(keyword.tokens.count, max(typedWords, 1))
        guard n < keyword.tokens.count else { return keyword.weight }
        return keyword.weight / keyword.phraseBonus * min(1 + 0.5 * Double(n - 1), 2.5)
    }

    struct Expansion: Sendable {
        var indonesian: [[Int32]]
        var english: [[Int32]]
        /// Set when the acronym is also an ordinary word (`IT`/`it`): only the capitalised form expands.
        var needsCapitals: Bool
    }

    let categoryIDs: [String]
    let internalCategories: Set<String>
    let keywords: [Keyword]
    /// One-word keywords by their stem.
    let index: [Int32: [Int32]]
    /// Keywords of two words or more by the stems of their first two words (`pairKey`): an item's word is checked
    /// only against the phrases its next word (or the one after) can continue, however many phrases start with it.
    let pairIndex: [Int64: [Int32]]
    /// Two-word keywords by their second and first word, for the two words in the other order (`exchange data`).
    let reverseIndex: [Int64: [Int32]]
    /// Keywords matched on the full word sequence, function words included.
    let literalIndex: [Int32: [Int32]]
    let stemIDs: [String: Int32]
    let wordStems: [String: [Int32]]
    let acronyms: [String: Expansion]
    /// Keyword words by their one-letter deletions, for typing slips.
    let deletions: [String: [String]]
    /// Keywords by each stem of each of their words, for the partial-phrase fallback (general words left out).
    let partIndex: [Int32: [Int32]]
    /// Keyword words by their first five letters, for the similar-word fallback.
    let prefixIndex: [String: [String]]
    /// Acronyms and capitalised keywords of three letters or fewer that are also ordinary words (`it`, `tik`):
    /// they count only when typed in capitals.
    let capitalsOnly: Set<String>
    /// Stems of the link words (`antar`, `lintas`, `inter`, `cross`), as keywords' first words.
    let linkStems: Set<Int32>
    let generated: GeneratedText
    let normalizer = TextNormalizer()
    let detector: LanguageDetector
    /// Stems below this id are keyword stems; the others come only from the categories' text.
    let keywordStemCount: Int32
    let profile: CategoryProfile
    let cues = CueDetector()
    let indonesianStemmer = IndonesianStemmer()
    let englishStemmer = EnglishStemmer()

    /// Which labelled items the matcher (and `derive`) reads (`ExampleClassifier`).
    public enum Examples: Sendable {
        /// The shipped ones, read the first time an item is matched (not when the matcher is built).
        case shipped
        case these(ExampleClassifier)
        /// None: the fallbacks are the rules' alone.
        case none

        /// The classifier these examples make, if any.
        public var classifier: ExampleClassifier? {
            switch self {
            case .shipped: ExampleClassifier.shipped
            case .these(let classifier): classifier
            case .none: nil
            }
        }
    }

    let examples: Examples

    public init(knowledgeBase: KnowledgeBase, examples: Examples = .shipped) {
        self.examples = examples
        let normalizer = TextNormalizer()
        let categories = knowledgeBase.categories
        categoryIDs = categories.map(\.id)

        // Words of each language known from the keyword lists guide the choice of stemmer.
        // Each keyword's words, worked out once for the several passes below.
        var tokenCache: [String: [TextNormalizer.Token]] = [:]
        func tokens(_ text: String) -> [TextNormalizer.Token] {
            if let known = tokenCache[text] { return known }
            let found = normalizer.tokenize(text)
            tokenCache[text] = found
            return found
        }
        var idWords = Set<String>()
        var enWords = Set<String>()
        for category in categories {
            for keyword in category.keywords.id { for t in tokens(keyword) { idWords.insert(t.text) } }
            for keyword in category.keywords.en { for t in tokens(keyword) { enWords.insert(t.text) } }
        }
        let detector = LanguageDetector(
            indonesianWords: idWords.subtracting(enWords), englishWords: enWords.subtracting(idWords))
        self.detector = detector

        var stemIDs: [String: Int32] = [:]
        var wordStems: [String: [Int32]] = [:]
        let indonesian = IndonesianStemmer()
        let english = EnglishStemmer()
        func stems(of word: String, register: Bool) -> [Int32] {
            if let known = wordStems[word] { return known }
            let strings = Matcher.stems(of: word, detector: detector, indonesian: indonesian, english: english)
            return ids(of: strings, for: word, register: register)
        }
        func ids(of strings: [String], for word: String, register: Bool) -> [Int32] {
            var ids: [Int32] = []
            for s in strings {
                if let id = stemIDs[s] {
                    ids.append(id)
                } else if register {
                    let id = Int32(stemIDs.count)
                    stemIDs[s] = id
                    ids.append(id)
                }
            }
            if register { wordStems[word] = ids }
            return ids
        }

        // Keywords: stems per word; duplicates within a category dropped; spread across categories counted.
        // A keyword that is mostly function words (`up to date`, `sejak tahun`, `between agencies`) is matched
        // literally, function words included, so it does not shrink to one misleading word.
        func literalID(_ word: String) -> Int32 {
            let key = "=" + word
            if let id = stemIDs[key] { return id }
            let id = Int32(stemIDs.count)
            stemIDs[key] = id
            return id
        }
        // A keyword word of a root whose other forms mean something else stands only for its own form
        // (`Matcher.driftingRoots`): `keterbukaan` (openness) is not `membuka` (to open), `pengumuman` is not `umum`;
        // the root itself too, as `undang-undang` is read as two words `undang`, which `undangan` is not.
        func keywordStems(of word: String) -> [Int32] {
            if let known = wordStems[word] { return known }
            let strings = Matcher.stems(of: word, detector: detector, indonesian: indonesian, english: english)
            guard strings.contains(where: { Matcher.driftingRoots.contains($0) }) else {
                return ids(of: strings, for: word, register: true)
            }
            let literal = [literalID(word)]
            wordStems[word] = literal
            return literal
        }
        struct Draft {
            var tokens: [[Int32]]; var category: Int32; var key: [Int32]; var literal: Bool
            /// Words that carry meaning: function words and link words (`antar`, `cross`) do not make a keyword a
            /// phrase.
            var contentWords: Int
        }
        var drafts: [Draft] = []
        var seen = Set<[Int32]>()
        var spread: [[Int32]: Set<Int32>] = [:]
        for (ci, category) in categories.enumerated() {
            for keyword in category.keywords.id + category.keywords.en {
                // `roll-out` is also typed `rollout`.
                let variants = keyword.contains("-") ? [keyword, String(keyword.filter { $0 != "-" })] : [keyword]
                for variant in variants {
                    let all = tokens(variant)
                    let content = all.filter { !Matcher.isStopWord($0) }
                    let literal = all.count >= 2 && content.count < 2
                    let used = literal ? all : content
                    guard !used.isEmpty else { continue }
                    let tokens = used.map { token in
                        literal && Matcher.isStopWord(token)
                            ? [literalID(token.text)] : keywordStems(of: token.text)
                    }
                    guard !tokens.contains(where: \.isEmpty) else { continue }
                    let key = tokens.map { $0[0] }
                    spread[key, default: []].insert(Int32(ci))
                    if seen.insert([Int32(ci)] + key).inserted {
                        drafts.append(Draft(
                            tokens: tokens, category: Int32(ci), key: key, literal: literal,
                            contentWords: literal
                                ? max(content.count, 1)
                                : max(used.filter { !Matcher.linkWords.contains($0.text) }.count, 1)))
                    }
                }
            }
        }
        // How widely the KB uses each stem: the number of categories whose keywords, name, description or factors
        // contain it. A word used across many categories (`layanan`, `services`) tells less about any one of them.
        var bags = Array(repeating: Set<Int32>(), count: categories.count)
        for draft in drafts { for token in draft.tokens { bags[Int(draft.category)].formUnion(token) } }
        var position: [String: Int] = [:]
        for (ci, category) in categories.enumerated() { position[category.id] = ci }
        func addText(_ text: String, to ci: Int) {
            for token in normalizer.tokenize(text) where !Matcher.isStopWord(token) {
                bags[ci].formUnion(stems(of: token.text, register: false))
            }
        }
        for (ci, category) in categories.enumerated() {
            for text in [category.name.en, category.name.id, category.description.en, category.description.id] {
                addText(text, to: ci)
            }
        }
        for factor in knowledgeBase.factors {
            guard let ci = position[factor.category] else { continue }
            addText(factor.text.en, to: ci)
            addText(factor.text.id, to: ci)
        }
        var usage: [Int32: Int] = [:]
        for bag in bags { for stem in bag { usage[stem, default: 0] += 1 } }
        let total = Double(max(categories.count - 1, 1))
        func generality(_ stem: Int32) -> Double { Double(max((usage[stem] ?? 1) - 1, 0)) / total }

        // Spelled-out acronyms (`teknologi informasi dan komunikasi`) name one thing, like the acronym itself.
        var expansions = Set<[Int32]>()
        for acronym in knowledgeBase.acronyms {
            for text in [acronym.expansion.id, acronym.expansion.en] {
                let key = normalizer.tokenize(text).filter { !Matcher.isStopWord($0) }
                    .map { stems(of: $0.text, register: false).first ?? -1 }
                if key.count >= 2, !key.contains(-1) { expansions.insert(key) }
            }
        }
        // Words that name e-government itself (application, online, portal, system…).
        var topic = Set<Int32>()
        for word in Matcher.topicWords { topic.formUnion(stems(of: word, register: false)) }
        var generalStems = topic
        for word in Matcher.generalWords { generalStems.formUnion(stems(of: word, register: false)) }

        keywords = drafts.map { draft in
            let n = Double(draft.tokens.count)
            let named = expansions.contains(draft.key) ? 1 : draft.contentWords
            let base = min(1 + 0.5 * Double(named - 1), 2.5)
            let general = draft.tokens.map { generality($0[0]) }.reduce(0, +) / n
            var weight = base * (1 - Matcher.generalityDiscount * general) / Double(spread[draft.key]?.count ?? 1)
            if draft.tokens.allSatisfy({ topic.contains($0[0]) }) { weight *= Matcher.topicWeight }
            return Keyword(
                tokens: draft.tokens, category: draft.category, weight: weight, phraseBonus: base,
                isGeneral: draft.tokens.allSatisfy { generalStems.contains($0[0]) })
        }
        var index: [Int32: [Int32]] = [:]
        var pairIndex: [Int64: [Int32]] = [:]
        var literalIndex: [Int32: [Int32]] = [:]
        var reverseIndex: [Int64: [Int32]] = [:]
        for (k, keyword) in keywords.enumerated() {
            let first = Set(keyword.tokens[0])
            if drafts[k].literal {
                for s in first { literalIndex[s, default: []].append(Int32(k)) }
            } else if keyword.tokens.count == 1 {
                for s in first { index[s, default: []].append(Int32(k)) }
            } else {
                for s in first {
                    for t in Set(keyword.tokens[1]) {
                        pairIndex[Matcher.pairKey(s, t), default: []].append(Int32(k))
                        if keyword.tokens.count == 2 {
                            reverseIndex[Matcher.pairKey(t, s), default: []].append(Int32(k))
                        }
                    }
                }
            }
        }
        self.index = index
        self.pairIndex = pairIndex
        self.reverseIndex = reverseIndex
        self.literalIndex = literalIndex
        // Parts of phrases for the fallback: words that say something of their own (not general, not used by most
        // categories).
        var partIndex: [Int32: [Int32]] = [:]
        for (k, keyword) in keywords.enumerated() where !drafts[k].literal && keyword.weight > 0 {
            for token in keyword.tokens {
                for s in Set(token) where !generalStems.contains(s) && generality(s) < 0.5 {
                    partIndex[s, default: []].append(Int32(k))
                }
            }
        }
        self.partIndex = partIndex
        linkStems = Set(Matcher.linkWords.flatMap { stems(of: $0, register: false) })
        var prefixIndex: [String: [String]] = [:]
        for word in wordStems.keys where word.utf8.count >= 6 && word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            prefixIndex[String(word.prefix(5)), default: []].append(word)
        }
        self.prefixIndex = prefixIndex

        // Typing slips: every keyword word of six letters or more, by each of its one-letter deletions.
        var deletions: [String: [String]] = [:]
        for word in wordStems.keys where word.utf8.count >= 6 && word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            deletions[word, default: []].append(word)
            for variant in Matcher.oneLetterDeletions(of: word) { deletions[variant, default: []].append(word) }
        }
        self.deletions = deletions

        // Short acronyms that are also ordinary words: the KB's acronyms and the keywords it writes in capitals.
        var shortAcronyms = Set<String>()
        for acronym in knowledgeBase.acronyms { shortAcronyms.insert(acronym.short) }
        for category in categories {
            for keyword in category.keywords.id + category.keywords.en {
                for token in tokens(keyword) where token.isUpperCase { shortAcronyms.insert(token.text) }
            }
        }
        capitalsOnly = Set(shortAcronyms.map { normalizer.tokenize($0).map(\.text).joined() }.filter { word in
            word.utf8.count <= 3 && (StopWords.contains(word) || LexicalData.shortWords.contains(word))
        })
        generated = GeneratedText(frameworks: knowledgeBase.frameworks)

        // Each category's text for the second reading (`CategoryProfile`): the stems of words that are no keyword
        // word get ids too (after the keyword stems, so a word known only from this text may still be a typing slip
        // of a keyword word).
        keywordStemCount = Int32(stemIDs.count)
        func textStems(_ text: String) -> [Int32] {
            normalizer.tokenize(text).filter { !Matcher.isStopWord($0) }.flatMap { token -> [Int32] in
                if let known = wordStems[token.text] { return known }
                return Matcher.stems(of: token.text, detector: detector, indonesian: indonesian, english: english)
                    .map { stem in
                        if let id = stemIDs[stem] { return id }
                        let id = Int32(stemIDs.count)
                        stemIDs[stem] = id
                        return id
                    }
            }
        }
        var documents = categories.map { category in
            (category.keywords.id + category.keywords.en
                + [category.name, category.description, category.question].flatMap { [$0.en, $0.id] })
                .flatMap(textStems)
        }
        for factor in knowledgeBase.factors {
            guard let ci = position[factor.category] else { continue }
            documents[ci] += textStems(factor.text.en) + textStems(factor.text.id)
        }
        profile = CategoryProfile(documents: documents)

        // Acronyms (after the keywords, so their stems are the keywords' stems).
        var acronyms: [String: Expansion] = [:]
        for acronym in knowledgeBase.acronyms {
            let short = normalizer.tokenize(acronym.short).map(\.text).joined()
            guard !short.isEmpty else { continue }
            func expand(_ text: String) -> [[Int32]] {
                normalizer.tokenize(text).filter { !Matcher.isStopWord($0) }.map { stems(of: $0.text, register: false) }
            }
            acronyms[short] = Expansion(
                indonesian: expand(acronym.expansion.id), english: expand(acronym.expansion.en),
                needsCapitals: StopWords.contains(short) || short.utf8.count < 2 || capitalsOnly.contains(short))
        }
        self.acronyms = acronyms
        self.stemIDs = stemIDs
        self.wordStems = wordStems

        // Categories whose factors are mostly internal (for the "reads as internal" warning).
        var origins: [String: (internal: Int, external: Int)] = [:]
        for factor in knowledgeBase.factors {
            var counts = origins[factor.category] ?? (0, 0)
            if factor.origin == .internal { counts.internal += 1 } else { counts.external += 1 }
            origins[factor.category] = counts
        }
        var internalCategories = Set<String>()
        for category in categories {
            if let counts = origins[category.id], counts.internal + counts.external > 0 {
                if counts.internal >= 2 * counts.external { internalCategories.insert(category.id) }
            } else if Matcher.internalCodes.contains(category.code.uppercased()) {
                internalCategories.insert(category.id)
            }
        }
        self.internalCategories = internalCategories
    }

    /// Indonesian roots whose derived keyword words mean something their other forms do not: `keterbukaan`
    /// (openness) / `membuka` (to open), `pengumuman` (announcement) / `umum` (general), `kependudukan`
    /// (civil registration) / `duduk` (to sit), `perhatian` (attention) / `hati` (heart), `pengetahuan` / `tahu`,
    /// `pendapat` (opinion) / `pendapatan` (revenue) / `dapat` (can), `pengadaan` (procurement) / `keadaan` /
    /// `ada`, `pelaku` (actor) / `perilaku` (behaviour), `satuan` (unit) / `Satu Data`, `penyimpangan`
    /// (irregularity) / `simpang` (a road junction: "ATCS di 12 simpang" was filed under transparency), `kebijakan`
    /// (policy) / `bijak` (wise: "Bupati bijak" was filed under regulation), `undang-undang` (a law) / `undangan` (an
    /// invitation: "jadwal, undangan & bahan rapat" was filed under regulation), `pegawai` (an employee) / `gawai` (a
    /// device: "judi online lewat gawai sekolah" was filed under staff). Such keyword words match only themselves
    /// (with `-nya`); the stemmer would make them one word.
    static let driftingRoots: Set<String> = [
        "buka", "umum", "duduk", "hati", "tahu", "dapat", "ada", "laku", "satu", "simpang", "bijak", "undang", "gawai",
    ]

    /// Categories that describe the organisation itself when the KB has no factors to tell.
    static let internalCodes: Set<String> = ["LEAD", "BUDGET", "HR", "ORG", "PROC", "CULT", "CHANGE", "INCENT", "MONEV"]

    // MARK: - Matching

    public func match(_ itemText: String) -> MatchResult {
        let text = generated.blanked(itemText)
        let raw = normalizer.tokenize(text)
        let words = raw.map(\.text)
        // System names with a letter prefix (e-planning, e-budgeting, m-banking) are written so in both languages:
        // three of them made "KPK lewat MCP dorong integrasi e-planning, e-budgeting, e-procurement" English.
        let language = detector.detect(raw.filter { !$0.hasLetterPrefix }.map(\.text))
        let lackCues = cues.lackCues(in: words)
        let externalCues = cues.externalCues(in: words)
        let outsideActorCues = cues.outsideActorCues(in: words)

        // Token sequences to search: the text with acronyms expanded in its own language, plus each acronym alone
        // and in the other language (so `SDM` also meets keywords written as `SDM` or `human resources`).
        typealias Slot = (stems: [Int32], raw: Int)
        var main: [Slot] = []
        main.reserveCapacity(raw.count + 4)
        var extras: [[Slot]] = []
        var literal: [Slot] = []
        let wantsLiteral = !literalIndex.isEmpty
        if wantsLiteral { literal.reserveCapacity(raw.count) }
        for (i, token) in raw.enumerated() {
            // `it`, `tik` in lower case are ordinary words, not the acronyms IT and TIK.
            let isStop = Matcher.isStopWord(token) || (!token.isUpperCase && capitalsOnly.contains(token.text))
            let stems = isStop ? [] : tokenStems(token)
            if wantsLiteral {
                literal.append((isStop ? stemIDs["=" + token.text].map { [$0] } ?? [] : stems, i))
            }
            if let expansion = acronyms[token.text], !expansion.needsCapitals || token.isUpperCase,
                !isInKeywordPhrase(raw, at: i)
            {
                let own = language == .id ? expansion.indonesian : expansion.english
                let other = language == .id ? expansion.english : expansion.indonesian
                let inline = own.isEmpty ? other : own
                for stems in inline { main.append((stems, i)) }
                extras.append([(stems.isEmpty ? stemsOf(token.text) : stems, i)])
                if !other.isEmpty, !own.isEmpty { extras.append(other.map { ($0, i) }) }
                continue
            }
            if isStop { continue }
            main.append((stems, i))
        }

        // Keyword occurrences: (keyword, first raw token, last raw token, the raw token skipped inside or -1).
        func similarity() -> [Double] { profile.similarities(Matcher.weightedStems(main, extras)) }

        var found: [(keyword: Int32, lo: Int, hi: Int, gap: Int, loose: Bool)] = []
        // The keywords that may start at one word of the item, each once.
        var candidates: [Int32] = []
        func search(_ sequence: [Slot], _ index: [Int32: [Int32]], _ pairs: [Int64: [Int32]], gaps: Bool) {
            for p in sequence.indices {
                for s in sequence[p].stems {
                    candidates.removeAll(keepingCapacity: true)
                    candidates.append(contentsOf: index[s] ?? [])
                    // Phrases go on with the next word, or with the one after it when a word may stand between.
                    for next in (p + 1)...(p + 2) where next < sequence.count && (gaps || next == p + 1) {
                        for t in sequence[next].stems {
                            for k in pairs[Matcher.pairKey(s, t)] ?? [] where !candidates.contains(k) {
                                candidates.append(k)
                            }
                        }
                    }
                    for k in candidates {
                        let keyword = keywords[Int(k)]
                        let n = keyword.tokens.count
                        guard p + n <= sequence.count else { continue }
                        // The phrase's words one after another, or with one word of the item between two of them
                        // (`kebutuhan kalangan masyarakat` is still `kebutuhan masyarakat`).
                        var q = p + 1
                        var gap = -1
                        var j = 1
                        while j < n {
                            if q < sequence.count, Matcher.intersects(sequence[q].stems, keyword.tokens[j]) {
                                q += 1
                            } else if gaps, gap < 0, q + 1 < sequence.count,
                                sequence[q].raw != sequence[q - 1].raw, sequence[q].raw != sequence[q + 1].raw,
                                Matcher.intersects(sequence[q + 1].stems, keyword.tokens[j])
                            {
                                gap = sequence[q].raw
                                q += 2
                            } else {
                                break
                            }
                            j += 1
                        }
                        guard j == n else { continue }
                        let last = q - 1
                        // Only the one word between: no function words around it (`back to queuing at offices` is
                        // not `back office`).
                        if gap >= 0, sequence[last].raw - sequence[p].raw > n { continue }
                        // An expanded acronym matches as a whole: `TIK` is "teknologi informasi dan komunikasi",
                        // not "komunikasi".
                        if p > 0, sequence[p - 1].raw == sequence[p].raw { continue }
                        if last + 1 < sequence.count, sequence[last + 1].raw == sequence[last].raw { continue }
                        found.append((k, sequence[p].raw, sequence[last].raw, gap, gap >= 0))
                    }
                    // A two-word keyword in the other order: `exchange data` for `data exchange`.
                    guard gaps, p + 1 < sequence.count,
                        sequence[p + 1].raw != sequence[p].raw,
                        p == 0 || sequence[p - 1].raw != sequence[p].raw,
                        p + 2 >= sequence.count || sequence[p + 2].raw != sequence[p + 1].raw,
                        sequence[p + 1].raw - sequence[p].raw <= 2
                    else { continue }
                    candidates.removeAll(keepingCapacity: true)
                    for t in sequence[p + 1].stems {
                        for k in reverseIndex[Matcher.pairKey(s, t)] ?? [] where !candidates.contains(k) {
                            candidates.append(k)
                            found.append((k, sequence[p].raw, sequence[p + 1].raw, -1, true))
                        }
                    }
                }
            }
        }
        search(main, index, pairIndex, gaps: true)
        for extra in extras { search(extra, index, pairIndex, gaps: false) }
        if wantsLiteral { search(literal, literalIndex, [:], gaps: false) }

        // The longest reading wins across categories: a word inside a longer phrase of another category counts only
        // there (`laporan keuangan` is a financial report, not `laporan` + `keuangan`).
        if found.count > 1, found.contains(where: { $0.hi > $0.lo }) {
            var kept: [(keyword: Int32, lo: Int, hi: Int, gap: Int, loose: Bool)] = []
            kept.reserveCapacity(found.count)
            for a in found {
                var inside = false
                for b in found where b.hi - b.lo > a.hi - a.lo && b.lo <= a.lo && a.hi <= b.hi
                    && (b.gap < a.lo || b.gap > a.hi)
                    && keywords[Int(b.keyword)].category != keywords[Int(a.keyword)].category
                {
                    inside = true
                    break
                }
                if !inside { kept.append(a) }
            }
            found = kept
        }

        guard !found.isEmpty else {
            return MatchResult(
                categories: withExamples(
                    fallback(raw: raw, main: main, text: text, general: [], similarity: similarity()), text),
                language: language,
                lackCues: lackCues, externalCues: externalCues,
                outsideActorCues: outsideActorCues)
        }

        // Per category: strongest keywords first, each word of the item counted once.
        func weight(_ occurrence: (keyword: Int32, lo: Int, hi: Int, gap: Int, loose: Bool)) -> Double {
            let typed = occurrence.hi - occurrence.lo + (occurrence.gap < 0 ? 1 : 0)
            let keyword = keywords[Int(occurrence.keyword)]
            var w = effectiveWeight(keyword, typedWords: typed)
            if keyword.tokens.count > 1, keyword.tokens[0].contains(where: linkStems.contains), occurrence.lo > 0,
                !Matcher.isStopWord(raw[occurrence.lo - 1])
            {
                w *= Matcher.qualifierFactor
            }
            return occurrence.loose ? w * Matcher.looseFactor : w
        }
        found.sort { a, b in
            let ka = keywords[Int(a.keyword)], kb = keywords[Int(b.keyword)]
            if ka.category != kb.category { return ka.category < kb.category }
            let wa = weight(a), wb = weight(b)
            if wa != wb { return wa > wb }
            if a.hi - a.lo != b.hi - b.lo { return a.hi - a.lo > b.hi - b.lo }
            return a.lo < b.lo
        }
        let scalars = Array(text.unicodeScalars)
        var results: [(match: CategoryMatch, points: Double, first: Int, order: Int32)] = []
        // Categories only general words reached (or too weakly): the first guess when nothing else matches.
        var general: [(match: CategoryMatch, points: Double, first: Int, order: Int32)] = []
        var start = 0
        while start < found.count {
            let category = keywords[Int(found[start].keyword)].category
            var end = start
            while end < found.count, keywords[Int(found[end].keyword)].category == category { end += 1 }
            var points = 0.0
            var usedKeywords: [Int32] = []
            var spans: [(lo: Int, hi: Int)] = []
            var onlyGeneral = true
            for occurrence in found[start..<end] {
                if spans.contains(where: { $0.lo <= occurrence.hi && occurrence.lo <= $0.hi }) { continue }
                if !keywords[Int(occurrence.keyword)].isGeneral { onlyGeneral = false }
                // A keyword said again adds a little: the item dwells on it.
                let again = usedKeywords.contains(occurrence.keyword)
                if !again { usedKeywords.append(occurrence.keyword) }
                spans.append((occurrence.lo, occurrence.hi))
                points += weight(occurrence) * (again ? Matcher.repeatFactor : 1)
            }
            spans.sort { $0.lo < $1.lo }
            var terms: [String] = []
            for span in spans {
                let term = String(String.UnicodeScalarView(scalars[raw[span.lo].start..<raw[span.hi].end])).lowercased()
                if !terms.contains(term) { terms.append(term) }
            }
            let score = points / (points + 1)
            if score >= Matcher.minimumScore, !onlyGeneral {
                let match = CategoryMatch(category: categoryIDs[Int(category)], score: score, terms: terms)
                results.append((match, points, spans.first?.lo ?? 0, category))
            } else if points > 0 {
                let match = CategoryMatch(
                    category: categoryIDs[Int(category)], score: score * Matcher.fallbackScale, terms: terms,
                    fallback: .generalWords)
                general.append((match, points, spans.first?.lo ?? 0, category))
            }
            start = end
        }
        // When the keywords found several categories, the second reading adds to their points: a clear keyword lead
        // stands, a near tie goes to the category whose text shares the item's words most.
        if results.count > 1 {
            let closeness = similarity()
            for i in results.indices {
                results[i].points += Matcher.similarityWeight * closeness[Int(results[i].order)]
                results[i].match.score = results[i].points / (results[i].points + 1)
            }
        }
        if !results.isEmpty, let reader = examples.classifier {
            addExampleReading(reader.reading(text), of: text, by: reader, to: &results, after: raw.count)
        }
        guard !results.isEmpty else {
            return MatchResult(
                categories: withExamples(
                    fallback(
                        raw: raw, main: main, text: text, general: Matcher.ranked(general), similarity: similarity()),
                    text),
                language: language, lackCues: lackCues, externalCues: externalCues,
                outsideActorCues: outsideActorCues)
        }
        return MatchResult(
            categories: Matcher.ranked(results), language: language, lackCues: lackCues, externalCues: externalCues,
                outsideActorCues: outsideActorCues)
    }

    /// The third reading of keyword matches: the labelled items that read like the item (`ExampleClassifier`).
    /// When the keywords found several categories, each gains `exampleReadingWeight` × its share of the reading; a
    /// category the examples clearly agree on (`leastExampleShare`) that no keyword found joins them with
    /// `exampleCandidatePoints` × its share, ranked after the categories the item names when points tie, and marked as
    /// found by the examples (`MatchFallback.examples`): no keyword says it, so it is worth a look.
    func addExampleReading(
        _ reading: [(category: String, share: Double)], of text: String, by reader: ExampleClassifier,
        to results: inout [(match: CategoryMatch, points: Double, first: Int, order: Int32)], after lastWord: Int
    ) {
        if results.count > 1 {
            for i in results.indices {
                let share = reading.first { $0.category == results[i].match.category }?.share ?? 0
                results[i].points += Matcher.exampleReadingWeight * share
                results[i].match.score = results[i].points / (results[i].points + 1)
            }
        }
        guard let best = reading.first, best.share >= Matcher.leastExampleShare,
              let order = categoryIDs.firstIndex(of: best.category),
              !results.contains(where: { $0.match.category == best.category })
        else { return }
        // Examples that agree only through words naming e-government itself ("layanan aplikasi") say what the item
        // is about, not which aspect; nor do words a keyword of another category already reads ("budaya organisasi"
        // is culture, whatever "organisasi" says alone: the longest reading wins, as between keywords).
        let read = Set(results.flatMap { $0.match.terms.flatMap { $0.split(separator: " ").map(String.init) } })
        let evidence = Matcher.aspectWords(reader.evidence(text, for: best.category)).filter { !read.contains($0) }
        guard !evidence.isEmpty else { return }
        let points = Matcher.exampleCandidatePoints * best.share
        let match = CategoryMatch(
            category: best.category, score: points / (points + 1), terms: evidence, fallback: .examples)
        results.append((match, points, lastWord, Int32(order)))
    }

    /// The fallbacks, led by the examples reading's category when the labelled items clearly agree on one.
    func withExamples(_ fallbacks: [CategoryMatch], _ text: String) -> [CategoryMatch] {
        guard let examples = examples.classifier, let best = examples.reading(text).first,
              best.share >= Matcher.leastExampleShare,
              categoryIDs.contains(best.category)
        else { return fallbacks }
        let evidence = examples.evidence(text, for: best.category)
        let guess = CategoryMatch(
            category: best.category, score: best.share * Matcher.fallbackScale, terms: evidence, fallback: .examples)
        // Before a guess from general words too: "aplikasi" or "online" say the item is about e-government, the
        // examples which part of it (held-out top-1 of fresh3 and fresh6 one item better each, none worse). Unless
        // the examples agree only through such words themselves ("25 layanan aplikasi"): then they come second.
        let others = fallbacks.filter { $0.category != best.category }
        let ordered = Matcher.aspectWords(evidence).isEmpty && !others.isEmpty
            ? [others[0], guess] + others.dropFirst() : [guess] + others
        return Array(ordered.prefix(Matcher.maximumFallbacks))
    }

    /// The words of an examples reading's evidence that are not e-government's own (`topicWords`): what says which
    /// aspect of e-government an item is about.
    static func aspectWords(_ evidence: [String]) -> [String] {
        evidence.filter { !topicWords.contains($0) }
    }

    /// The least share of the examples reading (`ExampleClassifier`) that leads the fallbacks, or joins the keyword
    /// categories as a category of its own: labelled items that read alike are a fair guess if they clearly agree
    /// (0.5 let one word such as "city" decide; 0.5 to 0.8 measure alike on the held-out tuning files, 0.7 is inside).
    static let leastExampleShare = 0.7
    /// What the examples reading's share adds to a keyword category's points when the keywords found several: as
    /// much as a keyword phrase when the examples all agree. Measured leaving each tuning file out of the examples:
    /// top-1 on the four newest files 79.8/78.3/81.7/82.5 % -> 86.6/86.7/87.5/88.3 % (0.5: a little less, 2: alike).
    static let exampleReadingWeight = 1.0
    /// The points (times its share) of a category the examples clearly agree on and no keyword found: an item in a
    /// planner's words ("only two people can write code") has its subject among its categories. Those four files'
    /// top-1 rose further to 91.6/91.7/95.0/92.5 %, top-3 to 96.6/97.5/99.2/97.5 % (1.25 to 1.5 alike; 2 and 3 less,
    /// the examples then overruled keywords).
    static let exampleCandidatePoints = 1.5

    /// Best first: most points, then the one the item names first, then the knowledge base's order.
    static func ranked(
        _ results: [(match: CategoryMatch, points: Double, first: Int, order: Int32)]
    ) -> [CategoryMatch] {
        results.sorted { a, b in
            if a.points != b.points { return a.points > b.points }
            if a.first != b.first { return a.first < b.first }
            return a.order < b.order
        }.prefix(Matcher.maximumCategories).map(\.match)
    }

    // MARK: - Fallback

    /// Most low-confidence categories offered for one item.
    static let maximumFallbacks = 3

    /// The nearest categories for an item no keyword matched with confidence, marked with the rule that found them:
    /// the categories only general words reached, else those a part of a keyword phrase, a word like a keyword word
    /// or a WordNet synonym of an English keyword points to, in that order.
    func fallback(
        raw: [TextNormalizer.Token], main: [(stems: [Int32], raw: Int)], text: String, general: [CategoryMatch],
        similarity: [Double]
    ) -> [CategoryMatch] {
        if !general.isEmpty { return Array(general.prefix(Matcher.maximumFallbacks)) }
        // Each slot: the item word (raw index) and the keyword stems it stands for, by one rule.
        var slots: [(raw: Int, stems: [Int32], rule: MatchFallback)] = []
        // A word of three letters or fewer (`one`, `on`) is too common to stand for a keyword phrase on its own.
        for slot in main where !slot.stems.isEmpty && raw[slot.raw].text.utf8.count > 3 {
            slots.append((slot.raw, slot.stems, .partialPhrase))
        }
        for (i, token) in raw.enumerated() where !Matcher.isStopWord(token) {
            let word = token.text
            if word.utf8.count >= 6, wordStems[word] == nil {
                for candidate in prefixIndex[String(word.prefix(5))] ?? [] where Matcher.sharePrefix(word, candidate) {
                    slots.append((i, wordStems[candidate] ?? [], .similarWord))
                }
            }
            let synonyms = LexicalData.englishSynonyms[word]
                ?? LexicalData.englishSynonyms[englishStemmer.stem(word)] ?? []
            for keyword in synonyms { slots.append((i, wordStems[keyword] ?? [], .synonym)) }
        }
        // Per category, the best word for each item word; a keyword counts by the share of its words present.
        var best: [Int32: [Int: (points: Double, rule: MatchFallback)]] = [:]
        for slot in slots {
            for s in slot.stems {
                for k in partIndex[s] ?? [] {
                    let keyword = keywords[Int(k)]
                    let points = keyword.weight / Double(keyword.tokens.count)
                    if let known = best[keyword.category]?[slot.raw], known.points >= points { continue }
                    best[keyword.category, default: [:]][slot.raw] = (points, slot.rule)
                }
            }
        }
        let scalars = Array(text.unicodeScalars)
        var results: [(match: CategoryMatch, points: Double, first: Int, order: Int32)] = []
        for (category, words) in best {
            let points = words.values.map(\.points).reduce(0, +)
            let positions = words.keys.sorted()
            let strongest = words.values.max { $0.points < $1.points }!
            let terms = positions.map {
                String(String.UnicodeScalarView(scalars[raw[$0].start..<raw[$0].end])).lowercased()
            }
            let match = CategoryMatch(
                category: categoryIDs[Int(category)], score: points / (points + 1) * Matcher.fallbackScale,
                terms: terms, fallback: strongest.rule)
            results.append((match, points, positions[0], category))
        }
        // Last, the categories whose text shares the item's words (`CategoryProfile`).
        if results.isEmpty {
            for (ci, closeness) in similarity.enumerated() where closeness >= Matcher.minimumSimilarity {
                // As for parts of phrases, a word of three letters or fewer (`one`) is too common to guess from.
                let shared = main.filter { slot in
                    raw[slot.raw].text.utf8.count > 3 && slot.stems.contains { profile.uses($0, category: ci) }
                }.map(\.raw)
                guard !shared.isEmpty else { continue }
                var terms: [String] = []
                for i in shared {
                    let term = String(String.UnicodeScalarView(scalars[raw[i].start..<raw[i].end])).lowercased()
                    if !terms.contains(term) { terms.append(term) }
                }
                let match = CategoryMatch(
                    category: categoryIDs[ci], score: closeness * Matcher.fallbackScale, terms: terms,
                    fallback: .relatedWords)
                results.append((match, closeness, shared.first ?? 0, Int32(ci)))
            }
        }
        return Array(Matcher.ranked(results).prefix(Matcher.maximumFallbacks))
    }

    /// Two words that start alike for most of the shorter one (`koordinator`, `koordinasi`), not a mere shared
    /// beginning (`kompetensi`, `komputer`).
    static func sharePrefix(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var same = 0
        while same < min(x.count, y.count), x[same] == y[same] { same += 1 }
        return same >= 5 && Double(same) >= 0.7 * Double(min(x.count, y.count))
    }

    // MARK: - Helpers

    /// The words of the item for the second reading (`CategoryProfile`), each stem once, weighted by where it first
    /// comes: an item names its subject first and its circumstances after (`SDM IT masih kurang untuk maintain
    /// server` is about staff, not servers), so the last word counts `1 - subjectEmphasis` of the first.
    static func weightedStems(_ main: [(stems: [Int32], raw: Int)], _ extras: [[(stems: [Int32], raw: Int)]])
        -> [(stem: Int32, weight: Double)]
    {
        var result: [(stem: Int32, weight: Double)] = []
        let last = Double(max(main.last?.raw ?? 0, 1))
        for slot in main + extras.joined() {
            for stem in slot.stems where !result.contains(where: { $0.stem == stem }) {
                result.append((stem, 1 - Matcher.subjectEmphasis * Double(slot.raw) / last))
            }
        }
        return result
    }

    /// True when the word at `position` and its neighbour start a keyword phrase of another category than the word's
    /// own (`KKN tematik`, `mahasiswa KKN` are partnerships with universities, `KKN` alone is corruption, collusion
    /// and nepotism): an acronym there is read as the phrase has it rather than expanded. `SDM IT` is staff either
    /// way, and an acronym that is no keyword on its own (`SPBE`) names no category to confuse: both are expanded.
    func isInKeywordPhrase(_ raw: [TextNormalizer.Token], at position: Int) -> Bool {
        let own = stemsOf(raw[position].text)
        let ownCategories = Set(own.flatMap { index[$0] ?? [] }.map { keywords[Int($0)].category })
        guard !ownCategories.isEmpty else { return false }
        func otherPhrase(_ first: [Int32], _ second: [Int32]) -> Bool {
            first.contains { a in
                second.contains { b in
                    (pairIndex[Matcher.pairKey(a, b)] ?? [])
                        .contains { !ownCategories.contains(keywords[Int($0)].category) }
                }
            }
        }
        if position + 1 < raw.count, otherPhrase(own, tokenStems(raw[position + 1])) { return true }
        return position > 0 && otherPhrase(tokenStems(raw[position - 1]), own)
    }

    /// Stem ids of an item's token, with the word behind a one-letter prefix (`e-aspirasi` → also `aspirasi`).
    func tokenStems(_ token: TextNormalizer.Token) -> [Int32] {
        var ids = stemsOf(token.text)
        // The word behind the prefix only when it is a word of its own length (`e-tik` is not `TIK`).
        if token.hasLetterPrefix, token.text.utf8.count > 4 {
            for id in stemsOf(String(token.text.dropFirst())) where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// Stem ids of a word of an item: precomputed for keyword words, else stemmed now; a word with no keyword stem
    /// may still be another form of an English keyword word (`decided` for `decision`) or a typing slip of one.
    func stemsOf(_ word: String) -> [Int32] {
        if let known = wordStems[word] { return known }
        let strings = Matcher.stems(
            of: word,
            detector: detector,
            indonesian: indonesianStemmer,
            english: englishStemmer
        )
        var ids: [Int32] = []
        for s in strings { if let id = stemIDs[s] { ids.append(id) } }
        if !ids.contains(where: { $0 < keywordStemCount }), detector.language(of: word) != .id {
            for form in [word, englishStemmer.stem(word)] {
                for keywordWord in Matcher.derivedForms[form] ?? [] {
                    for id in wordStems[keywordWord] ?? [] where !ids.contains(id) { ids.append(id) }
                }
            }
        }
        // A word of either dictionary was meant as typed: `farmasi` (pharmacy) is no slip of `formasi` (posts).
        if word.utf8.count >= 7, !ids.contains(where: { $0 < keywordStemCount }),
            !LexicalData.englishNotSlips.contains(word), !LexicalData.indonesianRoots.contains(word)
        {
            ids += slipStems(of: word)
        }
        return ids
    }

    /// WordNet's other forms of English keyword words (`LexicalData.englishDerivations`), by the form and by its
    /// stem, so that every inflection of a form finds them (`decided`, `deciding` → `decide` → `decision`). Built the
    /// first time an item has a word no keyword stem covers.
    static let derivedForms: [String: [String]] = {
        let stemmer = EnglishStemmer()
        var map = LexicalData.englishDerivations
        for (form, words) in LexicalData.englishDerivations {
            let stem = stemmer.stem(form)
            guard stem != form else { continue }
            map[stem, default: []].append(contentsOf: words.filter { !(map[stem] ?? []).contains($0) })
        }
        return map
    }()

    /// Stems of the keyword words one typing slip away from `word`.
    private func slipStems(of word: String) -> [Int32] {
        var candidates: [String] = deletions[word] ?? []
        for variant in Matcher.oneLetterDeletions(of: word) {
            if wordStems[variant] != nil { candidates.append(variant) }
            if let words = deletions[variant] { candidates.append(contentsOf: words) }
        }
        var ids: [Int32] = []
        let bytes = Array(word.utf8)
        for candidate in candidates {
            // A difference in the last letter is usually another form of a word (provided/provider), not a slip.
            let other = Array(candidate.utf8)
            var same = 0
            while same < min(bytes.count, other.count), bytes[same] == other[same] { same += 1 }
            // Slips are inside a word: the first letter is right (`procurement` is not a slip of `e-procurement`).
            guard same >= 1, same < min(bytes.count, other.count) - 1 else { continue }
            for id in wordStems[candidate] ?? [] where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    static func oneLetterDeletions(of word: String) -> [String] {
        let bytes = Array(word.utf8)
        var result: [String] = []
        result.reserveCapacity(bytes.count)
        for i in bytes.indices {
            if i > 0, bytes[i] == bytes[i - 1] { continue }
            var variant = bytes
            variant.remove(at: i)
            result.append(String(decoding: variant, as: UTF8.self))
        }
        return result
    }

    /// The stems a word may have: by the stemmer of the language it looks like, or by both when unsure.
    static func stems(
        of word: String, detector: LanguageDetector, indonesian: IndonesianStemmer, english: EnglishStemmer
    ) -> [String] {
        guard word.utf8.count >= 4, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [word] }
        switch detector.language(of: word) {
        case .id?: return [indonesian.stem(word)]
        case .en?: return [english.stem(word)]
        case nil:
            let a = indonesian.stem(word)
            let b = english.stem(word)
            return a == b ? [a] : [a, b]
        }
    }

    static func isStopWord(_ token: TextNormalizer.Token) -> Bool {
        // Capitals mark an acronym (`IT`), not the pronoun `it`.
        StopWords.contains(token.text) && !(token.isUpperCase && token.text.utf8.count >= 2)
    }

    /// The key of two stems in `pairIndex` and `reverseIndex`.
    static func pairKey(_ first: Int32, _ second: Int32) -> Int64 {
        Int64(first) << 32 | Int64(UInt32(bitPattern: second))
    }

    static func intersects(_ a: [Int32], _ b: [Int32]) -> Bool {
        for x in a where b.contains(x) { return true }
        return false
    }
}
