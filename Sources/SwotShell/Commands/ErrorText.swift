import SwotCore

/// How the shell shows a core error: its message (in the plan's language when it has two) followed by the commands
/// that take the steps it names, so the core never has to know the shell's command words.
enum ErrorText {
    /// The whole text of an error for the planner; `language` is the open plan's (nil: none open).
    static func of(_ error: any Error, language: Language?) -> String {
        guard let error = error as? any PlannerFacingError else { return "Unexpected problem: \(error)" }
        let translated = language.flatMap { language in (error as? any BilingualError)?.message(language) }
        let message = translated ?? error.message
        // The hint speaks the message's language: some cases of a bilingual error have their English text only.
        let hintLanguage = message == error.message ? .en : language ?? .en
        return [message, hint(error.remedies, hintLanguage)].compactMap { $0 }.joined(separator: " ")
    }

    /// "Type `plans` or `new medan`." / "Ketik `plans` atau `new medan`."; nil when there is nothing to type.
    static func hint(_ remedies: [Remedy], _ language: Language) -> String? {
        let commands = remedies.map { "`\($0.command(language))`" }
        guard let last = commands.last else { return nil }
        let or = language == .id ? " atau " : " or "
        let list = commands.count == 1 ? last : commands.dropLast().joined(separator: ", ") + or + last
        return (language == .id ? "Ketik " : "Type ") + list + "."
    }
}

extension Remedy {
    /// The command line that takes this step, with placeholders in the planner's language.
    func command(_ language: Language) -> String {
        let text = language == .id ? "TEKS" : "TEXT"
        switch self {
        case .listPlans: return "plans"
        case .newPlan(let name): return "new \(name ?? "NAME")"
        case .openPlan(let name): return "open \(name)"
        case .openReadOnly(let name): return "open \(name) read-only"
        case .reload: return "reload"
        case .saveAs: return "save as PATH"
        case .saveOverwrite: return "save overwrite"
        case .listVersions: return "versions"
        case .keepSnapshot: return "snapshot NAME"
        case .addItem(let quadrant): return "add \(quadrant.letter.lowercased()) \(text)"
        case .listItems: return "list"
        case .showItem(let id): return "show \(id)"
        case .tagItem(let id): return "tag \(id) \(language == .id ? "KATEGORI" : "CATEGORY")"
        case .setContext: return "context \(text)"
        case .setWeight(let id): return "weight \(id ?? "ID") \(language == .id ? "B" : "W")"
        case .setRating: return "rate ID R"
        case .normalizeWeights(let kind): return "normalize \(kind.rawValue)"
        case .compareItems: return "compare S1 S2 3"
        case .compareGroups: return "compare S O 2"
        case .chooseForQSPM(let ids): return "qspm " + (ids ?? ["SO1", "WO2"]).joined(separator: " ")
        case .derive: return "derive"
        case .deriveMore: return "derive --top 10"
        case .listStrategies: return "strategies"
        case .addStrategy(let quadrant, let item):
            return "strategy add \((quadrant ?? .so).rawValue) \(text)" + (item.map { " from \($0)" } ?? "")
        case .acceptStrategy(let id): return "accept \(id)"
        case .setPeriod: return "period START END"
        case .clearTarget: return "target ID YEAR -"
        case .zeroBudgetLine: return "budget ID 0 SOURCE YEAR"
        case .listActions: return "actions"
        case .assess(let framework): return "assess \(framework ?? "FRAMEWORK")"
        case .enterSpbeLevels: return "assess spbe 1=2 2=3 …"
        case .importSpbeLevels: return "import spbe FILE.csv"
        case .listFramework(let framework): return "kb framework \(framework)"
        case .listProposals: return "proposals"
        case .removeItem(let id): return "remove \(id)"
        case .undo: return "undo"
        case .listCategories: return "kb"
        case .listParticipants: return "participants"
        case .addParticipant: return "participant add NAME …"
        case .takeBackVotes: return "vote ID 0"
        case .listVotes: return "votes"
        case .exportBallot: return "export ballot FILE.csv NAME"
        case .importBallot: return "import ballot FILE.csv NAME"
        }
    }
}
