/// The plan file format: human-readable JSON with sorted keys (so files diff well) and a schema version.
public enum PlanFile {
    public static func encode(_ plan: Plan) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plans hold only strings, numbers and arrays: encoding cannot fail.
        return Array(try! encoder.encode(plan)) + [0x0A]
    }

    /// Decodes and checks a plan; the error says what is wrong in words a planner can act on.
    public static func decode(_ bytes: [UInt8]) throws(PlanFileProblem) -> Plan {
        if let control = ControlCharacters.first(inJSON: bytes) {
            throw PlanFileProblem(message: "\(control.description), which could act on a terminal or hide text; swot "
                + "never writes one, so the file was edited or crafted: remove it with a text editor")
        }
        let data = Data(bytes)
        struct VersionProbe: Decodable { var schemaVersion: Int? }
        guard let probe = try? JSONDecoder().decode(VersionProbe.self, from: data) else {
            throw PlanFileProblem(
                message: bytes.isEmpty ? "the file is empty" : "it is not JSON (truncated or edited by hand?)"
            )
        }
        guard let version = probe.schemaVersion else {
            throw PlanFileProblem(message: "it has no schemaVersion, so it is not a swot plan")
        }
        guard version <= Plan.currentSchemaVersion else {
            throw PlanFileProblem(message: "it was written by a newer swot (schema \(version); this one reads up to "
                + "\(Plan.currentSchemaVersion)); upgrade swot to open it")
        }
        guard version >= 1 else { throw PlanFileProblem(message: "schemaVersion \(version) is not valid") }
        let plan: Plan
        do {
            plan = try JSONDecoder().decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw PlanFileProblem(message: describe(error))
        } catch {
            throw PlanFileProblem(message: "it could not be read as a plan")
        }
        try check(plan)
        // A file as swot writes it is the plan encoded again, byte for byte: only another file is walked field by
        // field.
        let encoded = encode(plan)
        let unknown = encoded == bytes ? [] : UnknownFields.paths(in: data, knownAs: Data(encoded))
        if !unknown.isEmpty {
            let names = unknown.map { "`\($0)`" }.joined(separator: ", ")
            throw PlanFileProblem(message: "it holds fields this swot does not know (\(names)), which the next save "
                + "would drop: open it with the swot that wrote them, or remove them with a text editor")
        }
        return plan
    }

    /// Checks what JSON decoding cannot: ids well formed, unique, matching their quadrant, counters ahead of them.
    static func check(_ plan: Plan) throws(PlanFileProblem) {
        // Item numbers have at most six digits (`ItemID`); a counter beyond would overflow or give bad ids.
        for (letter, number) in plan.nextNumber where !(1...ItemID.highestNumber + 1).contains(number) {
            throw PlanFileProblem(message: "nextNumber for \(letter) is \(number); it must be between 1 and "
                + "\(ItemID.highestNumber + 1)")
        }
        var seen = Set<String>()
        for item in plan.items {
            guard ItemID(written: item.id)?.quadrant == item.quadrant else {
                throw PlanFileProblem(message: "item id \"\(item.id)\" does not fit its quadrant "
                    + "\(item.quadrant.letter)")
            }
            guard seen.insert(item.id).inserted else {
                throw PlanFileProblem(message: "item id \(item.id) appears twice")
            }
            guard !item.text.trimmingWhitespace().isEmpty else {
                throw PlanFileProblem(message: "item \(item.id) has no text")
            }
            guard item.text.count <= Plan.maximumTextLength else {
                throw PlanFileProblem(message: "item \(item.id) is \(item.text.count) characters long; items may have "
                    + "at most \(Plan.maximumTextLength)")
            }
            if let label = item.label {
                guard !label.trimmingWhitespace().isEmpty, label.count <= ItemLabel.maximumLength,
                      !label.contains(where: \.isNewline) else {
                    throw PlanFileProblem(message: "item \(item.id) has a label that is empty, over "
                        + "\(ItemLabel.maximumLength) characters or broken over lines")
                }
            }
            guard item.number < plan.nextNumber[item.quadrant.letter, default: 1] else {
                throw PlanFileProblem(message: "nextNumber for \(item.quadrant.letter) must be above \(item.number)")
            }
            for match in item.categories where !(match.score.isFinite && match.score >= 0 && match.score <= 1) {
                throw PlanFileProblem(message: "item \(item.id) has a category score outside 0…1")
            }
            for match in item.categories where !isToken(match.category) {
                throw PlanFileProblem(message: "item \(item.id) names category \"\(match.category)\", which is not a "
                    + "category id")
            }
        }
        if let entries = plan.knowledgeExtension {
            // The same checks as `kb load`: what a planner could not load cannot come in by editing the plan file.
            do throws(KnowledgeBaseFileError) {
                _ = try KnowledgeBaseExtension.decode(Array(try! JSONEncoder().encode(entries)))
            } catch {
                throw PlanFileProblem(message: "its knowledge-base entries (knowledgeExtension) are not valid: "
                    + "\(error.message)")
            }
        }
        try checkStrategies(plan)
        try checkScoring(plan)
        try checkAssessments(plan)
        try checkActionPlan(plan)
        try checkPanel(plan)
        try checkSpbe(plan)
    }

    /// An id as the knowledge base writes them (`C05`, `D003`, `M900`, `U01`): letters, digits, `-` and `_`, at most
    /// 20; what a report or a trace prints as a name, never as text.
    static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 20
            && text.utf8.allSatisfy {
                $0 < 0x80 && (Character(UnicodeScalar($0)).isASCIILetterOrDigit || $0 == 0x2D || $0 == 0x5F)
            }
    }

    /// Turns a decoding error into "field `items[2].text`: expected text" style words.
    static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            var result = ""
            for key in codingPath {
                if let index = key.intValue {
                    result += "[\(index)]"
                } else {
                    result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return result.isEmpty ? "the top level" : "field `\(result)`"
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "" : " in \(path(context.codingPath))"
            return "the required field `\(key.stringValue)` is missing\(parent)"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) should be \(describe(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) is null but should be \(describe(type))"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)) has a value swot does not know"
        @unknown default:
            return "it could not be read as a plan"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default: return type is any Collection.Type ? "a list" : "an object"
        }
    }
}

/// What is wrong with a plan file.
public struct PlanFileProblem: PlannerFacingError, Equatable {
    public var message: String
}
