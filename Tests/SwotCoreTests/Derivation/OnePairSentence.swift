@testable import SwotCore

/// The sentence `StrategyText` writes in `quadrant` for one internal and one external item (ids S1 or W1, O1 or T1)
/// with a move's `action` (by default a stock one that speaks of neither, so that the step it ends with comes from the
/// items' kinds) and the things it names (`objects`).
func onePairSentence(
    _ quadrant: TOWSQuadrant, _ internalText: String, _ externalText: String,
    action: LocalizedText = LocalizedText(en: "hold a yearly review", id: "adakan tinjauan tahunan"),
    objects: [MoveObject]? = nil
) -> String {
    let move = StrategyMove(
        id: "M900", quadrant: quadrant, internal: ["C05"], external: ["C09"], action: action,
        basis: .derived, citations: [], objects: objects)
    let inner = Item(id: quadrant.internalSide == .strength ? "S1" : "W1", quadrant: quadrant.internalSide,
                     text: internalText, language: .id)
    let outer = Item(id: quadrant.externalSide == .opportunity ? "O1" : "T1", quadrant: quadrant.externalSide,
                     text: externalText, language: .id)
    return StrategyText.sentence(quadrant, move: move, internal: [inner], external: [outer], language: .id).text
}
