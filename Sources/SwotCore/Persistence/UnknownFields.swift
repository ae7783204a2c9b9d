import Foundation

/// Fields of a plan file that swot does not know: a newer swot's, or added by hand. Decoding would drop them
/// silently at the next save, so a plan holding one is refused at open with their names.
enum UnknownFields {
    /// Paths such as `reviewNotes` or `items[0].owner` of fields in `original` that re-encoding the decoded plan
    /// (`known`) does not write. A field holding nothing (null, false, 0, "", an empty list or object) is not
    /// reported: swot leaves such defaults out of its own files, and dropping one loses nothing.
    static func paths(in original: Data, knownAs known: Data, limit: Int = 5) -> [String] {
        guard let originalTree = try? JSONSerialization.jsonObject(with: original),
              let knownTree = try? JSONSerialization.jsonObject(with: known) else { return [] }
        var found: [String] = []
        collect(originalTree, knownTree, path: "", into: &found, limit: limit)
        return found
    }

    private static func collect(_ original: Any, _ known: Any, path: String, into found: inout [String], limit: Int) {
        guard found.count < limit else { return }
        if let object = original as? [String: Any] {
            let knownObject = known as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                // A crafted name of thousands of characters is cut: the message only has to point at it.
                let name = key.count > 40 ? key.prefix(40) + "…" : key
                let child = path.isEmpty ? name : "\(path).\(name)"
                guard let value = object[key] else { continue }
                if let knownValue = knownObject[key] {
                    collect(value, knownValue, path: child, into: &found, limit: limit)
                } else if holdsSomething(value), found.count < limit {
                    found.append(child)
                }
            }
        } else if let list = original as? [Any], let knownList = known as? [Any] {
            for (index, (value, knownValue)) in zip(list, knownList).enumerated() {
                collect(value, knownValue, path: "\(path)[\(index)]", into: &found, limit: limit)
            }
        }
    }

    private static func holdsSomething(_ value: Any) -> Bool {
        switch value {
        case is NSNull: return false
        case let text as String: return !text.isEmpty
        case let number as NSNumber: return number != 0
        case let list as [Any]: return list.contains(where: holdsSomething)
        case let object as [String: Any]: return object.values.contains(where: holdsSomething)
        default: return true
        }
    }
}
