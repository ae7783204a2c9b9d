/// The edits a planner makes to the SWOT. Each one checks its input first and changes nothing when it throws.
extension Plan {
    /// Adds an item at the end of its quadrant with the next unused id.
    @discardableResult
    public mutating func addItem(_ quadrant: Quadrant, text: String) throws -> Item {
        let text = try Plan.cleaned(text, what: "item text")
        let number = try nextItemNumber(in: quadrant)
        let item = Item(id: ItemID(quadrant, number).description, quadrant: quadrant, text: text)
        items.append(item)
        nextNumber[quadrant.letter] = number + 1
        return item
    }

    /// Replaces an item's text.
    public mutating func editItem(_ id: ItemID, text: String) throws {
        let text = try Plan.cleaned(text, what: "item text")
        let index = try indexOfItem(id)
        items[index].text = text
    }

    /// Sets the short name strategy sentences use for an item; `-` clears it, so the default label is used again.
    public mutating func setLabel(_ id: ItemID, label: String) throws {
        let label = try Plan.cleaned(label, what: "label")
        let index = try indexOfItem(id)
        guard label == "-" || label.count <= ItemLabel.maximumLength else {
            throw PlanError.textTooLong(what: "label", length: label.count, limit: ItemLabel.maximumLength)
        }
        items[index].label = label == "-" ? nil : label
    }

    /// Removes an item; its id is not given out again.
    @discardableResult
    public mutating func removeItem(_ id: ItemID) throws -> Item {
        let index = try indexOfItem(id)
        return items.remove(at: index)
    }

    /// Moves an item to another quadrant. It gets that quadrant's next id; the old id is retired. A rating that the
    /// new quadrant does not allow (a weakness rated 2 becoming a strength, rated 3–4) is cleared.
    @discardableResult
    public mutating func moveItem(_ id: ItemID, to quadrant: Quadrant) throws -> Item {
        let index = try indexOfItem(id)
        let old = items[index]
        guard old.quadrant != quadrant else { throw PlanError.sameQuadrant(old.id, quadrant) }
        let number = try nextItemNumber(in: quadrant)
        var moved = old
        moved.id = ItemID(quadrant, number).description
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
    public func indexOfItem(_ id: ItemID) throws -> Int {
        try indexOfItem(written: id.description)
    }

    /// The index of the item an id the plan itself holds names (in a strategy, a score, a panel's values).
    func indexOfItem(written id: String) throws(PlanError) -> Int {
        guard let index = itemLookup.index(of: id, in: items) else {
            throw PlanError.noSuchItem(id, known: sortedItemIDs)
        }
        return index
    }

    /// Every item id, in quadrant then number order.
    public var sortedItemIDs: [String] {
        Quadrant.allCases.flatMap { items(in: $0).map(\.id) }
    }

    /// The number the next item of `quadrant` gets, unless all six-digit numbers have been given out.
    private func nextItemNumber(in quadrant: Quadrant) throws(PlanError) -> Int {
        let number = nextNumber[quadrant.letter, default: 1]
        guard number <= ItemID.highestNumber else { throw PlanError.numbersUsedUp(quadrant) }
        return number
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
