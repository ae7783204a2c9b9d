/// The sentences of proposed items, in both languages, as a planner would write them, each ending with its source
/// (except SPBE indicators, see `indicator`): "Kompetensi e-Government masih pada tahap awal pengembangan (KPMG
/// ORG.1: level 2)".
enum ProposalText {
    /// A rated answer: maturity levels ("already at advanced practice") or the default rating ("still weak").
    static func rated(_ question: AssessmentQuestion, level: Int, form: AssessmentForm) -> LocalizedText {
        if question.item.levels != nil { return indicator(question, level: level) }
        let scale = question.scale
        let name = subject(question, form: form)
        let levelName = scale.level(level)?.name ?? LocalizedText(en: "\(level)", id: "\(level)")
        let source = LocalizedText(
            en: scale.kind == .maturity
                ? "(\(form.shortName.en) \(question.item.id): level \(level), \(lowered(levelName.en)))"
                : "(\(form.shortName.en) \(question.item.id): \(level) of \(scale.range.upperBound), \(levelName.en))",
            id: scale.kind == .maturity
                ? "(\(form.shortName.id) \(question.item.id): level \(level), \(lowered(levelName.id)))"
                : "(\(form.shortName.id) \(question.item.id): \(level) dari \(scale.range.upperBound), \(levelName.id))"
        )
        let en: String, id: String
        switch (scale.reading(of: level), level == scale.range.lowerBound, scale.kind) {
        case (.low, true, _):
            en = "\(capitalised(name.en)) not yet in place"
            id = "Belum ada \(lowered(name.id))"
        case (.low, false, .maturity):
            en = "\(capitalised(name.en)) still at \(lowered(levelName.en))"
            id = "\(capitalised(name.id)) masih pada \(lowered(levelName.id))"
        case (.low, false, _):
            en = "\(capitalised(name.en)) still \(levelName.en)"
            id = "\(capitalised(name.id)) masih \(levelName.id)"
        case (_, _, .maturity):
            en = "\(capitalised(name.en)) already at \(lowered(levelName.en))"
            id = "\(capitalised(name.id)) sudah pada tingkat \(lowered(levelName.id))"
        default:
            en = "\(capitalised(name.en)) rated \(levelName.en)"
            id = "\(capitalised(name.id)) sudah \(levelName.id)"
        }
        return LocalizedText(en: "\(en) \(source.en)", id: "\(id) \(source.id)")
    }

    /// An indicator with its own level criteria (SPBE), named with its level and without a source in brackets:
    /// the proposal keeps its source as a field, and words such as "SPBE 11" would only disturb matching.
    /// "Arsitektur SPBE Instansi Pusat/Pemerintah Daerah baru pada tingkat 2 (Terkelola) dalam evaluasi SPBE".
    static func indicator(_ question: AssessmentQuestion, level: Int) -> LocalizedText {
        let name = question.item.name
        let levelName = question.scale.level(level)?.name ?? LocalizedText(en: "\(level)", id: "\(level)")
        if question.scale.reading(of: level) == .high {
            return LocalizedText(
                en: "\(capitalised(name.en)) already at level \(level) (\(levelName.en)) in the SPBE evaluation",
                id: "\(capitalised(name.id)) sudah pada tingkat \(level) (\(levelName.id)) dalam evaluasi SPBE")
        }
        return LocalizedText(
            en: "\(capitalised(name.en)) only at level \(level) (\(levelName.en)) in the SPBE evaluation",
            id: "\(capitalised(name.id)) baru pada tingkat \(level) (\(levelName.id)) dalam evaluasi SPBE")
    }

    /// The stage a stage model's answers reach: "e-Government has reached the Interaction stage (World Bank WB.2: stage
    /// 2 of 4)".
    static func stageReached(_ question: AssessmentQuestion, form: AssessmentForm, stageCount: Int) -> LocalizedText {
        let stage = question.stage
        let number = stage?.level ?? question.number
        return LocalizedText(
            en: "e-Government has reached the \(stage?.name.en ?? question.item.name.en) stage (\(form.shortName.en) "
                + "\(question.item.id): stage \(number) of \(stageCount))",
            id: "e-Government sudah mencapai tahap \(stage?.name.id ?? question.item.name.id) (\(form.shortName.id) "
                + "\(question.item.id): tahap \(number) dari \(stageCount))"
        )
    }

    /// The next stage, not (fully) offered yet: "Online service transactions not yet in place (World Bank WB.3, stage 3
    /// Transaction: no)".
    static func stageMissing(_ question: AssessmentQuestion, level: Int, form: AssessmentForm) -> LocalizedText {
        // "Level 2 Maturation: interactive sites …" names the stage in the source already; keep what it is.
        func strip(_ text: String) -> String {
            guard let colon = text.firstRange(of: ": ") else { return text }
            return String(text[colon.upperBound...])
        }
        let name = LocalizedText(en: strip(question.item.name.en), id: strip(question.item.name.id))
        let stage = question.stage
        let number = stage?.level ?? question.number
        let answer = AssessmentScale.stages.level(level)?.name ?? LocalizedText(en: "\(level)", id: "\(level)")
        let source = LocalizedText(
            en: "(\(form.shortName.en) \(question.item.id), stage \(number) \(stage?.name.en ?? ""): \(answer.en))",
            id: "(\(form.shortName.id) \(question.item.id), tahap \(number) \(stage?.name.id ?? ""): \(answer.id))"
        )
        if level == AssessmentScale.stages.range.lowerBound {
            return LocalizedText(
                en: "\(capitalised(name.en)) not yet in place \(source.en)",
                id: "Belum ada \(lowered(name.id)) \(source.id)"
            )
        }
        return LocalizedText(
            en: "\(capitalised(name.en)) only partly in place \(source.en)",
            id: "\(capitalised(name.id)) baru sebagian tersedia \(source.id)"
        )
    }

    /// The item's name, with what it is about where the name alone is too short (website criteria).
    static func subject(_ question: AssessmentQuestion, form: AssessmentForm) -> LocalizedText {
        let name = question.item.name
        switch form.framework.id {
        case "website": return LocalizedText(en: "Website \(lowered(name.en))", id: "\(name.id) situs web")
        default: return name
        }
    }

    /// The first letter in lower case, unless the word is an acronym (`SDM`) or a name (`e-Government` stays).
    static func lowered(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count >= 2, characters[0].isUppercase, characters[1].isLowercase else { return text }
        return characters[0].lowercased() + String(characters.dropFirst())
    }

    /// The first letter in upper case, except names written in lower case on purpose (`e-Government`, `e-Vision`).
    static func capitalised(_ text: String) -> String {
        guard let first = text.first, first.isLowercase, !text.hasPrefix("e-") else { return text }
        return first.uppercased() + String(text.dropFirst())
    }
}
