/// The edits a planner makes to the SWOT. Each one checks its input first and changes nothing when it throws.
extension Plan {
    /// Adds an item at the end of its quadrant with the next unused id.
    @discardableResult
    public mutating func addItem(_ quadrant: Quadrant, text: String) throws -> Item {
        let text = try Plan.cleaned(text, what: "item text")
        let number = try nextItemNumber(in: quadrant)
        let item = Item(id: "\(quadrant.letter)\(number)", quadrant: quadrant, text: text)
        items.append(item)
        nextNumber[quadrant.letter] = number + 1
        return item
    }

    /// Replaces an item's text.
    public mutating func editItem(_ id: String, text: String) throws {
        let text = try Plan.cleaned(text, what: "item text")
        let index = try indexOfItem(id)
        items[index].text = text
    }

    /// Sets the short name strategy sentences use for an item; `-` clears it, so the default label is used again.
    public mutating func setLabel(_ id: String, label: String) throws {
        let label = try Plan.cleaned(label, what: "label")
        let index = try indexOfItem(id)
        guard label == "-" || label.count <= ItemLabel.maximumLength else {
            throw PlanError.textTooLong(what: "label", length: label.count, limit: ItemLabel.maximumLength)
        }
        items[index].label = label == "-" ? nil : label
    }

    /// Removes an item; its id is not given out again.
    @discardableResult
    public mutating func removeItem(_ id: String) throws -> Item {
        let index = try indexOfItem(id)
        return items.remove(at: index)
    }

    /// Moves an item to another quadrant. It gets that quadrant's next id; the old id is retired. A rating that the
    /// new quadrant does not allow (a weakness rated 2 becoming a strength, rated 3–4) is cleared.
    @discardableResult
    public mutating func moveItem(_ id: String, to quadrant: Quadrant) throws -> Item {
        let index = try indexOfItem(id)
        let old = items[index]
        guard old.quadrant != quadrant else { throw PlanError.sameQuadrant(old.id, quadrant) }
        let number = try nextItemNumber(in: quadrant)
        var moved = old
        moved.id = "\(quadrant.letter)\(number)"
        moved.quadrant = quadrant
        if let rating = moved.rating, !Plan.matrix(of: quadrant).ratingRange(for: quadrant).contains(rating) {
            moved.rating = nil
        }
        items[index] = moved
        nextNumber[quadrant.letter] = number + 1
        return moved
    }

    public mutating func setTitle(_ text: String) throws {
        title = try Plan.cleaned(text, what: "title")
    }

    public mutating func setContext(_ text: String) throws {
        context = try Plan.cleaned(text, what: "context")
    }

    /// The index of an item, or an error that lists the ids the plan has.
    public func indexOfItem(_ id: String) throws -> Int {
        guard Plan.isItemID(id) else { throw PlanError.malformedItemID(id) }
        let wanted = id.uppercased()
        guard let index = itemLookup.index(of: wanted, in: items) else {
            throw PlanError.noSuchItem(wanted, known: sortedItemIDs)
        }
        return index
    }

    /// Every item id, in quadrant then number order.
    public var sortedItemIDs: [String] {
        Quadrant.allCases.flatMap { items(in: $0).map(\.id) }
    }

    /// True for `S1`, `w12`, …: a quadrant letter followed by a positive number.
    /// Item numbers have at most six digits (`isItemID`).
    public static let highestItemNumber = 999_999

    /// The number the next item of `quadrant` gets, unless all six-digit numbers have been given out.
    private func nextItemNumber(in quadrant: Quadrant) throws(PlanError) -> Int {
        let number = nextNumber[quadrant.letter, default: 1]
        guard number <= Plan.highestItemNumber else { throw PlanError.numbersUsedUp(quadrant) }
        return number
    }

    public static func isItemID(_ text: String) -> Bool {
        guard let first = text.first, Quadrant(parsing: String(first)) != nil, text.count >= 2 else { return false }
        let digits = text.dropFirst()
        return digits.count <= 6 && digits.allSatisfy(\.isASCIIDigit) && digits.first != "0"
    }

    /// The longest text an item, title or context may have. A SWOT item is a sentence or two; a limit keeps
    /// pasted documents out of the matrix (and keeps matching instant).
    public static let maximumTextLength = 2_000

    /// Trims the text and refuses an empty or overlong one, or one holding a control character.
    static func cleaned(_ text: String, what: String) throws -> String {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw PlanError.emptyText(what: what) }
        if let control = ControlCharacters.first(in: trimmed) { throw PlanError.controlCharacter(what: what, control) }
        guard trimmed.count <= maximumTextLength else {
            throw PlanError.textTooLong(what: what, length: trimmed.count, limit: maximumTextLength)
        }
        return trimmed
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String {
        // Sliced by scalar indices and copied once: rebuilding the string scalar by scalar took a fifth of `open`.
        let text = Substring(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
