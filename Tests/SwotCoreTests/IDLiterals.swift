import SwotCore

// Tests name ids as literals (`plan.editItem("S1", text: …)`); a literal that is not an id is a mistake in the test,
// so it stops the test run. Parsing words that may not be ids is tested in `IDTests`.

extension ItemID: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self = ItemID(text)! }
}

extension StrategyID: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self = StrategyID(text)! }
}

extension ProposalID: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self = ProposalID(text)! }
}

extension ComparedElement: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self = ComparedElement(text)! }
}
