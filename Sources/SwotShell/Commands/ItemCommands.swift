import SwotCore

/// Commands that add, change and list SWOT items.
enum ItemCommands {
    static let all: [Command] = [add, list, show, edit, remove, move, undo, redo]

    static let add = Command(
        "add", usage: "add s|w|o|t TEXT",
        summary: "Add a strength, weakness, opportunity or threat",
        details: "The quadrant may also be written strength, weakness, opportunity, threat or kekuatan, kelemahan, peluang, ancaman. The item gets the next id of its quadrant (S1, S2, …), kept for the plan's life.",
        arguments: [.quadrant, .text]
    ) { call in
        let quadrant = try parseQuadrant(try call.word(1))
        let text = try call.text(from: 2)
        let item = try call.session.change { try $0.addItem(quadrant, text: text) }
        call.print("Added \(item.id): \(TerminalText.safe(item.text))")
    }

    static let list = Command(
        "list", usage: "list [QUADRANT]",
        summary: "List the items, all or one quadrant",
        arguments: [.quadrant]
    ) { call in
        try call.expectNoMore(after: 1)
        let plan = try call.session.requirePlan()
        let quadrants = try call.words[1].map { [try parseQuadrant($0)] } ?? Quadrant.allCases
        for quadrant in quadrants {
            let items = plan.items(in: quadrant)
            call.print("\(quadrant.name(.en)) / \(quadrant.name(.id)) (\(items.count))")
            for item in items {
                call.print("  \(item.id.padding(to: 4)) \(TerminalText.safe(item.text))")
            }
        }
    }

    static let show = Command(
        "show", usage: "show ID",
        summary: "Show one item in full",
        arguments: [.itemID]
    ) { call in
        let id = try call.word(1)
        try call.expectNoMore(after: 1)
        let plan = try call.session.requirePlan()
        let item = plan.items[try plan.indexOfItem(id)]
        call.print("\(item.id) (\(item.quadrant.name(.en).lowercased()) / \(item.quadrant.name(.id).lowercased()))")
        call.print("  \(TerminalText.safe(item.text))")
    }

    static let edit = Command(
        "edit", usage: "edit ID TEXT",
        summary: "Replace an item's text",
        arguments: [.itemID, .text]
    ) { call in
        let id = try call.word(1)
        let text = try call.text(from: 2)
        try call.session.change { try $0.editItem(id, text: text) }
        call.print("Changed \(id.uppercased()).")
    }

    static let remove = Command(
        "remove", usage: "remove ID",
        summary: "Remove an item (its id is not reused; `undo` brings it back)",
        arguments: [.itemID]
    ) { call in
        let id = try call.word(1)
        try call.expectNoMore(after: 1)
        let item = try call.session.change { try $0.removeItem(id) }
        call.print("Removed \(item.id): \(TerminalText.safe(item.text))")
    }

    static let move = Command(
        "move", usage: "move ID QUADRANT",
        summary: "Move an item to another quadrant (it gets that quadrant's next id)",
        arguments: [.itemID, .quadrant]
    ) { call in
        let id = try call.word(1)
        let quadrant = try parseQuadrant(try call.word(2))
        try call.expectNoMore(after: 2)
        let moved = try call.session.change { try $0.moveItem(id, to: quadrant) }
        call.print("Moved \(id.uppercased()) to \(quadrant.name(.en).lowercased()) as \(moved.id).")
    }

    static let undo = Command(
        "undo", usage: "undo",
        summary: "Take back the last change of this session"
    ) { call in
        try call.expectNoMore(after: 0)
        try call.session.undo()
        call.print("Undone.")
    }

    static let redo = Command(
        "redo", usage: "redo",
        summary: "Make again the change `undo` took back"
    ) { call in
        try call.expectNoMore(after: 0)
        try call.session.redo()
        call.print("Redone.")
    }

    static func parseQuadrant(_ word: String) throws(ShellError) -> Quadrant {
        guard let quadrant = Quadrant(parsing: word) else {
            throw ShellError.badArgument("\"\(word)\" is not a quadrant. Use s, w, o or t (or strength, weakness, opportunity, threat; kekuatan, kelemahan, peluang, ancaman).")
        }
        return quadrant
    }

    /// "7 strengths, 6 weaknesses, 3 opportunities, 3 threats".
    static func countSummary(_ plan: Plan) -> String {
        Quadrant.allCases.map { quadrant in
            let count = plan.items(in: quadrant).count
            return "\(count) \(quadrant.name(.en).lowercased())"
        }.joined(separator: ", ")
    }
}
