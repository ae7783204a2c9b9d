/// Extending a knowledge base with a planner's own entries (`kb load`).
extension KnowledgeBase {
    /// This knowledge base with the extension's entries added after its own.
    ///
    /// Refused, naming the entry, when an id or category code is already used here, or when an entry refers to a
    /// category or cites a source that is neither here nor in the extension.
    public func merging(_ extension: KnowledgeBaseExtension) throws(KnowledgeBaseFileError) -> KnowledgeBase {
        let checked = try checked(`extension`)
        var result = self
        result.sources += checked.sources
        result.categories += checked.categories
        result.factors += checked.factors
        result.moves += checked.moves
        return result
    }

    /// The extension checked against this knowledge base, with category references written as ids (a factor may
    /// name its category `GIS` or `c90`; it is stored as `C90`).
    public func checked(_ extension: KnowledgeBaseExtension) throws(KnowledgeBaseFileError) -> KnowledgeBaseExtension {
        var result = `extension`
        try result.checkUniqueIDs()
        func clash(
            _ section: String,
            _ index: Int,
            _ id: String,
            _ what: String,
            _ existing: String,
            suggestion: String
        ) -> KnowledgeBaseFileError {
            .invalidEntry(
                entry: Draft.entryName(section, index, id),
                problem: "\(what) is already used by the shipped knowledge base (\(existing)); give your entry a new "
                    + "\(suggestion)")
        }

        for (index, source) in result.sources.enumerated() {
            if let shipped = self.source(source.id) {
                throw clash(
                    "sources",
                    index,
                    source.id,
                    "id \(source.id)",
                    "\(shipped.id) \(shipped.file)",
                    suggestion: "id, such as U01"
                )
            }
        }
        for (index, category) in result.categories.enumerated() {
            if let shipped = categories.first(where: { $0.id == category.id }) {
                throw clash(
                    "categories",
                    index,
                    category.id,
                    "id \(category.id)",
                    "\(shipped.id) \(shipped.code)",
                    suggestion: "id, such as C90"
                )
            }
            if let shipped = categories.first(where: { $0.code == category.code }) {
                throw clash(
                    "categories",
                    index,
                    category.id,
                    "code \(category.code)",
                    "\(shipped.id) \(shipped.code)",
                    suggestion: "code"
                )
            }
        }
        for (index, factor) in result.factors.enumerated() where factors.contains(where: { $0.id == factor.id }) {
            throw clash(
                "factors",
                index,
                factor.id,
                "id \(factor.id)",
                "factor \(factor.id)",
                suggestion: "id, such as F900"
            )
        }
        for (index, move) in result.moves.enumerated() where moves.contains(where: { $0.id == move.id }) {
            throw clash("moves", index, move.id, "id \(move.id)", "move \(move.id)", suggestion: "id, such as M900")
        }

        // References: categories by id or code, among the shipped ones and the file's own.
        let all = KnowledgeBase(categories: categories + result.categories)
        func resolve(
            _ name: String,
            _ section: String,
            _ index: Int,
            _ id: String,
            _ field: String
        ) throws(KnowledgeBaseFileError) -> String {
            guard let category = all.category(named: name) else {
                throw .invalidEntry(
                    entry: Draft.entryName(section, index, id),
                    problem: "\(field) \"\(name)\" is not a category; use a shipped one (C01 … C24, or its code such "
                        + "as HR, as the knowledge base lists them) or one defined in the file's \"categories\"",
                    remedy: .listCategories)
            }
            return category.id
        }
        for index in result.factors.indices {
            let factor = result.factors[index]
            result.factors[index].category = try resolve(factor.category, "factors", index, factor.id, "category")
        }
        for index in result.moves.indices {
            let move = result.moves[index]
            var internalIDs: [String] = []
            for name in move.internal {
                internalIDs.append(try resolve(name, "moves", index, move.id, "internal category"))
            }
            var externalIDs: [String] = []
            for name in move.external {
                externalIDs.append(try resolve(name, "moves", index, move.id, "external category"))
            }
            result.moves[index].internal = internalIDs
            result.moves[index].external = externalIDs
        }

        // Citations: a shipped paper or a source declared in the file.
        let known = Set(sources.map(\.id) + result.sources.map(\.id))
        func checkCitations(
            _ citations: [Citation],
            _ section: String,
            _ index: Int,
            _ id: String
        ) throws(KnowledgeBaseFileError) {
            for (number, citation) in citations.enumerated() where !known.contains(citation.source) {
                let shipped = sources.map(\.id).joined(separator: ", ")
                throw .invalidEntry(
                    entry: Draft.entryName(section, index, id),
                    problem: "citations[\(number)] cites source \"\(citation.source)\", which is neither a paper "
                        + "(\(shipped)) nor declared in the file's \"sources\"")
            }
        }
        for (index, category) in result.categories.enumerated() {
            try checkCitations(category.citations, "categories", index, category.id)
        }
        for (index, factor) in result.factors.enumerated() {
            try checkCitations(factor.citations, "factors", index, factor.id)
        }
        for (index, move) in result.moves.enumerated() { try checkCitations(move.citations, "moves", index, move.id) }
        return result
    }
}
