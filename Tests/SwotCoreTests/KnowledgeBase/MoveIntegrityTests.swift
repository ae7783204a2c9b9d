import Foundation
import Testing
@testable import SwotCore

/// The strategy moves read as a planner's own short imperatives, fit any agency's setting, say whose authority they
/// need, and cover every category in every quadrant on both sides. (Citations are checked with all other entries in
/// `KnowledgeBaseIntegrityTests`.)
@Suite("Move integrity")
struct MoveIntegrityTests {
    static let moves = KnowledgeBase.shipped.moves

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    static func occursFirstAsWholeWords(_ words: String, in action: String) -> Bool {
        guard let range = action.range(of: words) else { return false }
        let isWordCharacter = { (character: Character?) in character?.isLetter == true || character?.isNumber == true }
        return !isWordCharacter(action[..<range.lowerBound].last) && !isWordCharacter(action[range.upperBound...].first)
    }

    /// The deriver writes "Padukan S1 dengan peluang O2: …" / "Fix W1 by drawing on O2: …"; an action starting with
    /// the form's own verb would double it.
    static let formVerbs: Set<String> = [
        "use", "fix", "reduce", "counter", "seize", "draw", "combine",
        "gunakan", "manfaatkan", "atasi", "kurangi", "tangkal", "raih", "padukan", "antisipasi",
    ]

    /// Words that carry one paper's setting (its places, agencies and programmes) or one kind of government into
    /// another plan. Generic words for the region's head and regulation (kepala daerah, Perkada) are used instead.
    static let settingWords: [String] = [
        "medan", "bekasi", "sragen", "sumatera", "jawa", "jakarta", "kemensetneg", "kemsetneg", "setneg", "kominfo",
        "diskominfo", "diskominfoantik", "kominfostantik", "bebunge", "jokowi", "customs", "bea cukai", "kota", "city",
        "smart city", "kabupaten", "regency", "provinsi", "province", "bupati", "walikota", "wali kota", "mayor",
        "gubernur", "governor", "perbup", "perwal", "pergub", "pemkot", "pemkab",
    ]

    @Test func everyActionIsAShortImperativeInBothLanguages() {
        for move in Self.moves {
            for (language, text) in [("en", move.action.en), ("id", move.action.id)] {
                let words = Self.words(text)
                // The deriver counts a sentence's words between spaces; ten for the action leave the quadrant's form
                // and the items' labels room within the 30 words a Renstra sentence can take (issue 11).
                #expect(words.count >= 6 && StrategyText.wordCount(text) <= 10,
                        "\(move.id) \(language) has \(StrategyText.wordCount(text)) words: \(text)")
                #expect(text.first?.isLowercase == true,
                        "\(move.id) \(language) should start with a lowercase verb: \(text)")
                #expect(!text.hasSuffix(".") && text == text.trimmingCharacters(in: .whitespaces),
                        "\(move.id) \(language) should end without a full stop or spaces")
                #expect(!Self.formVerbs.contains(words.first ?? ""),
                        "\(move.id) \(language) repeats a form verb: \(text)")
            }
            // Indonesian imperatives are base forms (latih, tetapkan); a me- verb is the infinitive of the old texts.
            let indonesian = Self.words(move.action.id).first ?? ""
            #expect(!indonesian.hasPrefix("me"), "\(move.id) id is not imperative: \(move.action.id)")
            let english = Self.words(move.action.en).first ?? ""
            #expect(!english.hasSuffix("ing") || english == "bring",
                    "\(move.id) en is not imperative: \(move.action.en)")
        }
    }

    /// The words a strategy says in its item's own words (`MoveObject`) are words of the action, at most one set per
    /// kind, and some moves have them.
    @Test func everyObjectIsWordsOfItsActionOncePerKind() {
        let marked = Self.moves.filter { !($0.objects ?? []).isEmpty }
        #expect(
            marked.count >= 20, "moves that say an item's own staff, system, service, data or partner: \(marked.count)")
        for move in marked {
            let objects = move.objects ?? []
            #expect(Set(objects.map(\.kind)).count == objects.count, "\(move.id) marks a kind twice")
            for object in objects {
                #expect(object.id != nil || object.en != nil, "\(move.id) marks no words")
                for language in [Language.id, .en] {
                    guard let words = object.words(language) else { continue }
                    // The strategy replaces where the words first occur: that must be whole words.
                    #expect(Self.occursFirstAsWholeWords(words, in: move.action[language]),
                            "\(move.id) \(language): \"\(words)\" is not whole words of the action")
                }
            }
        }
    }

    @Test func noActionCarriesAPapersSetting() {
        for move in Self.moves {
            for text in [move.action.en, move.action.id] {
                let padded = " " + Self.words(text).joined(separator: " ") + " "
                for word in Self.settingWords {
                    #expect(!padded.contains(" \(word) "), "\(move.id) says \"\(word)\": \(text)")
                }
            }
        }
    }

    /// The papers' lines are evidence (quoted in `citations`), not the text: no five words in a row of any action
    /// appear in any paper.
    @Test(.enabled(if: KnowledgeBaseIntegrityTests.seedsAvailable, KnowledgeBaseIntegrityTests.seedsMissing))
    func noActionReusesAPapersSentence() throws {
        let length = 5
        var runs = Set<[String]>()
        for lines in try KnowledgeBaseIntegrityTests.papers().values {
            let words = Self.words(lines.joined(separator: " "))
            for start in 0...(words.count - length) { runs.insert(Array(words[start..<(start + length)])) }
        }
        for move in Self.moves {
            for text in [move.action.en, move.action.id] {
                let words = Self.words(text)
                for start in 0...max(0, words.count - length) where start + length <= words.count {
                    let run = Array(words[start..<(start + length)])
                    #expect(!runs.contains(run), "\(move.id) repeats the papers' \"\(run.joined(separator: " "))\"")
                }
            }
        }
    }

    @Test func everyMoveNamesOneToThreeCategoriesOnEachSide() {
        for move in Self.moves {
            #expect((1...3).contains(move.internal.count), "\(move.id) internal \(move.internal)")
            #expect((1...3).contains(move.external.count), "\(move.id) external \(move.external)")
            #expect(Set(move.internal).count == move.internal.count && Set(move.external).count == move.external.count,
                    "\(move.id) repeats a category")
        }
    }

    /// Read from the shipped file itself, because a move stored without the field decodes as `own`.
    @Test func everyShippedMoveStatesItsAuthority() throws {
        struct Raw: Decodable { var moves: [Entry]; struct Entry: Decodable { var id: String; var authority: String? } }
        let raw = try JSONDecoder().decode(Raw.self, from: Data(EmbeddedKnowledgeBase.moves.utf8))
        #expect(raw.moves.count == Self.moves.count)
        for entry in raw.moves {
            #expect(entry.authority.flatMap(StrategyMove.Authority.init(rawValue:)) != nil,
                    "\(entry.id) needs \"authority\": own, shared, government or national")
        }
        // Most moves are the agency's own to carry out; a national one is kept for reference, never proposed.
        #expect(Self.moves.count { $0.authority == .own } > Self.moves.count / 2)
    }

    /// Category × quadrant × side combinations that no item can plausibly take. Every category can be an
    /// organisation's strength or weakness and a trend outside it (CULT outside: the reform culture agenda, middlemen's
    /// habits; ORG outside: a restructuring; INCENT outside: national awards, private pay; PHASE outside: the
    /// national roadmap, pressure to launch at once), so none is excluded today. Add one here only with a reason.
    static let impossible: Set<String> = []

    @Test func everyCategoryHasAMoveInEveryQuadrantOnBothSides() {
        var gaps: [String] = []
        for category in KnowledgeBase.shipped.categories {
            for quadrant in TOWSQuadrant.allCases {
                for (side, categories) in [("internal", \StrategyMove.internal), ("external", \StrategyMove.external)] {
                    let key = "\(category.id) \(quadrant.rawValue) \(side)"
                    let covered = Self.moves.contains {
                        $0.quadrant == quadrant && $0[keyPath: categories].contains(category.id)
                    }
                    if !covered && !Self.impossible.contains(key) { gaps.append("\(key) (\(category.code))") }
                }
            }
        }
        #expect(gaps.isEmpty, "no move for: \(gaps.joined(separator: ", "))")
    }

    /// A weakness and an opportunity (or a strength and a threat) on the same topic are the pairing a planner
    /// reaches for first, so every quadrant has a move for every category on both sides at once (issue 11).
    @Test func everyQuadrantHasAMoveForEachSameTopicPair() {
        var gaps: [String] = []
        for category in KnowledgeBase.shipped.categories {
            for quadrant in TOWSQuadrant.allCases {
                let covered = Self.moves.contains {
                    $0.quadrant == quadrant && $0.authority != .national
                        && $0.internal.contains(category.id) && $0.external.contains(category.id)
                }
                if !covered { gaps.append("\(quadrant.rawValue) \(category.code)") }
            }
        }
        #expect(gaps.isEmpty, "no same-topic move for: \(gaps.joined(separator: ", "))")
    }

    /// The pairings planners reach for first each have a move on that topic.
    @Test func theFirstPairingsPlannersReachForHaveAMove() {
        let pairings: [(quadrant: TOWSQuadrant, internal: String, external: String, word: String, what: String)] = [
            (.wo, "C13", "C13", "SPLP", "interoperability weakness × national interoperability programme"),
            (.wo, "C05", "C16", "MoU", "too few IT staff × a university partnership"),
            (.wt, "C05", "C05", "BKPSDM", "trained staff transferred away × staff shortage"),
            (.wt, "C05", "C05", "serah terima", "trained staff transferred away: knowledge transfer"),
            (.st, "C01", "C01", "RPJMD", "leadership strength × a change of regional head"),
            (.st, "C04", "C04", "sinyal", "network strength × areas without signal"),
            (.wt, "C14", "C14", "CSIRT", "security weakness × rising attacks"),
            (.wo, "C03", "C03", "DAK", "budget weakness × central funds"),
            (.wo, "C13", "C06", "Satu Data", "data weakness × the one-data policy"),
            (.wo, "C04", "C04", "Pusat Data Nasional", "server weakness × the national data centre"),
            (.wo, "C12", "C12", "SRIKANDI", "own e-office weakness × the national e-office application"),
            (.so, "C11", "C15", "mal pelayanan publik", "good services × a public service mall"),
            (.wt, "C16", "C16", "vendor", "vendor dependence × vendor lock-in"),
            (.so, "C17", "C17", "SP4N-LAPOR", "a complaints channel × citizens who report"),
            (.wo, "C19", "C19", "literasi digital", "low literacy × a national literacy programme"),
            (.wt, "C06", "C06", "aturan nasional", "weak local rules × national rules that keep changing"),
            (.so, "C20", "C20", "evaluasi SPBE", "monitoring strength × SPBE evaluation results"),
            (.so, "C02", "C13", "SPLP", "an SPBE architecture × the national interoperability platform"),
            (.so, "C20", "C13", "Satu Data", "a monitoring dashboard × the one-data portal"),
            (.so, "C12", "C13", "platform nasional", "an application used everywhere × the national platform"),
            (.so, "C06", "C03", "anggaran desa", "a regulation in force × village and unit budgets"),
            (.st, "C24", "C20", "inspektorat", "open reporting × an external audit of plan and budget"),
            (.st, "C13", "C03", "e-budgeting", "linked budget data × transfer cuts"),
            (.st, "C06", "C16", "standar", "regulation × vendors selling separate applications"),
            (.st, "C15", "C11", "peringatan dini", "a monitoring dashboard × users hit by service trouble"),
            (.wo, "C05", "C13", "bimtek", "untrained operators × a national platform's technical guidance"),
            (.wo, "C20", "C16", "indikator kinerja", "weak indicators × a university's support"),
            (.wt, "C20", "C02", "Renja", "weak monitoring × medium-term plan indicators"),
            (.wt, "C03", "C15", "sistem bersama", "small budgets × each unit buying its own system"),
            (.wt, "C04", "C21", "luring", "areas without signal × reporting deadlines"),
            (.wt, "C18", "C24", "triwulan", "stale public channels × suspicion of misuse"),
            (.so, "C14", "C16", "CSIRT", "a security team × BSSN's regional CSIRT programme"),
            (.so, "C03", "C16", "CSR", "a healthy budget × grants and CSR"),
            (.wo, "C10", "C10", "agen perubahan", "weak change management × the bureaucratic-reform programme"),
            (.wo, "C14", "C13", "SPLP", "data sent by email × the national service bus"),
            (.wo, "C03", "C22", "insentif fiskal", "a small budget × performance-based fiscal incentives"),
            (.wo, "C13", "C15", "forum Satu Data", "unstandardised data × the one-data forum"),
            (.st, "C16", "C16", "mitra", "good partners × vendor lock-in"),
            (.st, "C07", "C05", "mutasi", "an SPBE team × staff transfers"),
            (.wt, "C12", "C13", "SPLP", "stand-alone applications × a national integration duty"),
            (.wt, "C01", "C06", "Perkada", "wavering leadership × changing national priorities"),
        ]
        for pairing in pairings {
            let found = Self.moves.contains {
                $0.quadrant == pairing.quadrant && $0.internal.contains(pairing.internal)
                    && $0.external.contains(pairing.external)
                    && $0.action.id.localizedCaseInsensitiveContains(pairing.word)
            }
            #expect(found, "no \(pairing.quadrant.rawValue) move on \(pairing.what)")
        }
    }
}
