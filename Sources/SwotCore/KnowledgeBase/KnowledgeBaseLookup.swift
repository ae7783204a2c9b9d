/// Finding entries by the names planners type.
extension KnowledgeBase {
    /// A category by id or code, in any case: `C05`, `c5`, `HR`, `hr`.
    public func category(named name: String) -> Category? {
        let upper = name.uppercased()
        if let match = categories.first(where: { $0.id == upper || $0.code == upper }) { return match }
        // `C5` for `C05`.
        if upper.hasPrefix("C"), let number = Int(upper.dropFirst()) {
            let id = number < 10 ? "C0\(number)" : "C\(number)"
            return categories.first { $0.id == id }
        }
        return nil
    }

    /// The category, or an error listing the valid names.
    public func requireCategory(_ name: String) throws(KnowledgeBaseError) -> Category {
        guard let category = category(named: name) else { throw KnowledgeBaseError.unknownCategory(name) }
        return category
    }

    /// `C05 HR`.
    public func label(forCategory id: String) -> String {
        guard let category = categories.first(where: { $0.id == id }) else { return id }
        return "\(category.id) \(category.code)"
    }

    public func source(_ id: String) -> SourceDocument? {
        sources.first { $0.id == id }
    }
}

/// A knowledge-base name or file that could not be used.
public enum KnowledgeBaseError: PlannerFacingError, Equatable {
    case unknownCategory(String)

    public var message: String {
        switch self {
        case .unknownCategory(let name):
            return "\"\(name)\" is not a category. Use an id or code such as C05 or HR; the knowledge base lists all "
                + "24."
        }
    }

    public var remedies: [Remedy] { [.listCategories] }
}
