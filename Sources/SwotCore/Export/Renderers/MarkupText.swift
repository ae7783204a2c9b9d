/// Escapes planners' text for HTML and SVG (XML): the five markup characters become entities, and everything
/// `ReportWording.visible` hides is shown as its code, so no text can open a tag, an attribute or a script.
public enum MarkupText {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in ReportWording.visible(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
