import Foundation
import Testing
import TestSupport
@testable import SwotCore

/// Mutated plan files fed to the loader: each must be refused with a clear `PlanFileProblem` or load into a plan
/// that survives a save and a reload unchanged. None may crash or hang.
@Suite("plan file fuzzing")
struct PlanFileFuzzTests {
    static let medanPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("workspaces/medan.json").path

    static func medanBytes() throws -> [UInt8] {
        try Array(Data(contentsOf: URL(fileURLWithPath: medanPath)))
    }

    /// What the loader did with one input.
    enum Outcome { case refused(String), loaded }

    /// Decodes `bytes` and checks the contract; returns what happened so tests can count both kinds.
    @discardableResult
    static func check(
        _ bytes: [UInt8],
        _ label: @autoclosure () -> String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome {
        do {
            let plan = try PlanFile.decode(bytes)
            let again = try PlanFile.decode(PlanFile.encode(plan))
            #expect(
                again == plan,
                "a loaded plan changes on save and reload: \(label())",
                sourceLocation: sourceLocation
            )
            return .loaded
        } catch {
            #expect(
                !error.message.trimmingWhitespace().isEmpty,
                "empty message for \(label())",
                sourceLocation: sourceLocation
            )
            #expect(
                !error.message.contains("Unexpected"),
                "unclear message \(error.message) for \(label())",
                sourceLocation: sourceLocation
            )
            return .refused(error.message)
        }
    }

    @Test func theShippedPlanLoads() throws {
        guard case .loaded = Self.check(try Self.medanBytes(), "medan.json") else {
            Issue.record("workspaces/medan.json does not load")
            return
        }
    }

    /// Every prefix length at a spread of points, including inside strings, numbers and escapes.
    @Test func truncatedFilesAreRefused() throws {
        let bytes = try Self.medanBytes()
        var refused = 0
        for length in stride(from: 0, to: bytes.count, by: 7) {
            if case .refused = Self.check(Array(bytes[0..<length]), "truncated to \(length) bytes") { refused += 1 }
        }
        #expect(refused >= bytes.count / 7 - 1, "a truncated plan was accepted")
    }

    /// Random byte-level damage: flipped bits, inserted and deleted bytes, NULs, invalid UTF-8, swapped chunks.
    @Test func byteMutationsAreRefusedOrLoaded() throws {
        let original = try Self.medanBytes()
        var random = SeededRandom(seed: Self.seed(default: 0x5107_F11E))
        for round in 0..<3_000 {
            var bytes = original
            random.damage(&bytes, times: 1 + random.below(4))
            Self.check(bytes, "byte mutation round \(round)")
        }
    }

    /// Structural damage on the parsed tree: wrong types, huge and odd numbers, missing and unknown fields,
    /// duplicated items, empty and very long strings, control characters.
    @Test func structuralMutationsAreRefusedOrLoaded() throws {
        let original = try JSONSerialization.jsonObject(with: Data(try Self.medanBytes()))
        var random = SeededRandom(seed: Self.seed(default: 0x7EE5))
        var loaded = 0, refused = 0
        for round in 0..<2_000 {
            var tree = original
            var applied: [String] = []
            for _ in 0..<(1 + random.below(3)) {
                applied.append(JSONMutator.mutate(&tree, random: &random))
            }
            guard let data = try? JSONSerialization.data(withJSONObject: tree, options: [.fragmentsAllowed]) else {
                continue
            }
            switch Self.check(Array(data), "round \(round): \(applied.joined(separator: "; "))") {
            case .loaded: loaded += 1
            case .refused: refused += 1
            }
        }
        #expect(loaded > 0 && refused > 0, "mutations should both pass and fail: loaded \(loaded), refused \(refused)")
    }

    @Test(arguments: [
        (
            "duplicate ids",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S1","quadrant":"S","text":"a"},{"id":"S1","#
                + #""quadrant":"S","text":"b"}],"nextNumber":{"S":2}}"#
        ),
        (
            "id of another quadrant",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"W1","quadrant":"S","text":"a"}],"nextNumber":{"S":2}}"#
        ),
        (
            "lower-case id",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"s1","quadrant":"S","text":"a"}],"nextNumber":{"S":2}}"#
        ),
        (
            "huge id number",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S99999999999999999999999","quadrant":"S","#
                + #""text":"a"}],"nextNumber":{"S":2}}"#
        ),
        ("huge schema version", #"{"schemaVersion":99999999999999999999999,"name":"x","items":[]}"#),
        ("float schema version", #"{"schemaVersion":1.5,"name":"x","items":[]}"#),
        ("negative schema version", #"{"schemaVersion":-9223372036854775808,"name":"x","items":[]}"#),
        ("string schema version", #"{"schemaVersion":"1","name":"x","items":[]}"#),
        ("overflowing counter", #"{"schemaVersion":1,"name":"x","items":[],"nextNumber":{"S":9223372036854775808}}"#),
        (
            "max counter",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S9223372036854775806","quadrant":"S","text":"a"}],"#
                + #""nextNumber":{"S":9223372036854775807}}"#
        ),
        (
            "infinite score",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S1","quadrant":"S","text":"a","#
                + #""categories":[{"category":"C01","score":1e999,"terms":[]}]}],"nextNumber":{"S":2}}"#
        ),
        (
            "infinite weight",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S1","quadrant":"S","text":"a","weight":1e999}],"#
                + #""nextNumber":{"S":2}}"#
        ),
        (
            "tiny weight",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S1","quadrant":"S","text":"a","weight":1e-400}],"#
                + #""nextNumber":{"S":2}}"#
        ),
        (
            "negative zero rating",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S1","quadrant":"S","text":"a","rating":-0.0}],"#
                + #""nextNumber":{"S":2}}"#
        ),
        (
            "NaN literal",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S1","quadrant":"S","text":"a","weight":NaN}],"#
                + #""nextNumber":{"S":2}}"#
        ),
        (
            "unknown fields everywhere",
            #"{"schemaVersion":1,"name":"x","zzz":[1,{"a":null}],"items":[{"id":"S1","quadrant":"S","text":"a","#
                + #""extra":true}],"nextNumber":{"S":2,"Q":7}}"#
        ),
        (
            "duplicate keys",
            #"{"schemaVersion":1,"name":"x","name":"y","items":[],"items":[{"id":"S1","quadrant":"S","#
                + #""text":"a"}],"nextNumber":{"S":2}}"#
        ),
        ("null items", #"{"schemaVersion":1,"name":"x","items":null}"#),
        ("items as object", #"{"schemaVersion":1,"name":"x","items":{"0":{"id":"S1"}}}"#),
        (
            "blank text",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S1","quadrant":"S","text":" \t\n"}],"nextNumber":{"S":2}}"#
        ),
        (
            "NUL in text",
            #"{"schemaVersion":1,"name":"x","items":[{"id":"S1","quadrant":"S","text":"a\u0000b\u001b[31m"}],"#
                + #""nextNumber":{"S":2}}"#
        ),
        ("lone surrogate", #"{"schemaVersion":1,"name":"x\ud800","items":[],"nextNumber":{}}"#),
        ("byte order mark", "\u{FEFF}{\"schemaVersion\":1,\"name\":\"x\",\"items\":[]}"),
        ("top-level array", "[{\"schemaVersion\":1}]"),
        ("top-level string", "\"schemaVersion\""),
        ("top-level number", "1e999999"),
        ("trailing garbage", #"{"schemaVersion":1,"name":"x","items":[]} trailing"#),
        ("comments", "{/* c */\"schemaVersion\":1,\"name\":\"x\",\"items\":[]}"),
    ])
    func handWrittenOddities(label: String, json: String) {
        Self.check(Array(json.utf8), label)
    }

    /// A 50 MB text value, built in memory: loaded (and saved again) or refused, within seconds.
    @Test func aFiftyMegabyteTextValue() throws {
        var object = try JSONSerialization.jsonObject(with: Data(try Self.medanBytes())) as! [String: Any]
        object["context"] = String(repeating: "Pemerintah kota Medan \u{00E9}\u{1F600} ", count: 50_000_000 / 28)
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(data.count >= 50_000_000)
        var started = Date()
        Self.check(Array(data), "50 MB context")
        print("PlanFileFuzzTests: 50 MB context loaded, saved and reloaded in "
            + "\(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        #expect(Date().timeIntervalSince(started) < 30)
        // The same size as one unknown field (skipped), and a smaller one as an item text.
        object["context"] = "short"
        object["unknownHugeField"] = String(repeating: "x", count: 50_000_000)
        started = Date()
        Self.check(Array(try JSONSerialization.data(withJSONObject: object)), "50 MB unknown field")
        print("PlanFileFuzzTests: 50 MB unknown field in \(String(format: "%.1f", Date().timeIntervalSince(started))) "
            + "s")
        object["unknownHugeField"] = nil
        var items = object["items"] as! [[String: Any]]
        items[0]["text"] = String(repeating: "kata ", count: 1_000_000)
        object["items"] = items
        Self.check(Array(try JSONSerialization.data(withJSONObject: object)), "5 MB item text")
    }

    /// Deeply nested arrays and objects, in an unknown field and in place of a known one.
    @Test(arguments: [100, 1_000, 100_000])
    func deeplyNestedJSON(depth: Int) throws {
        let medan = String(decoding: try Self.medanBytes(), as: UTF8.self)
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let objects = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        let unclosed = String(repeating: "[{\"a\":", count: depth)
        for (label, nested) in [("arrays", arrays), ("objects", objects), ("unclosed", unclosed)] {
            let inUnknownField = medan.replacingOccurrences(
                of: "\"context\" :",
                with: "\"deep\" : \(nested), \"context\" :"
            )
            Self.check(Array(inUnknownField.utf8), "\(depth) nested \(label) in an unknown field")
            let asItems = medan.replacingOccurrences(of: "\"items\" :", with: "\"items\" : \(nested), \"old\" :")
            Self.check(Array(asItems.utf8), "\(depth) nested \(label) as items")
            Self.check(Array(nested.utf8), "\(depth) nested \(label) alone")
        }
    }

    static func seed(default value: UInt64) -> UInt64 {
        if let text = ProcessInfo.processInfo.environment["SWOT_FUZZ_SEED"], let seed = UInt64(text) { return seed }
        return value
    }
}

/// Changes one random node of a parsed JSON tree and says what it did.
enum JSONMutator {
    nonisolated(unsafe) static let hostileValues: [(String, Any)] = [
        ("null", NSNull()), ("true", true), ("0", 0), ("-1", -1), ("1.5", 1.5),
        ("Int.max", Int.max), ("Int.min", Int.min), ("1e308", 1e308), ("-1e308", -1e308), ("5e-324", 5e-324),
        ("empty string", ""), ("blank string", "   "), ("control chars", "a\u{0}\u{7}\u{1B}[2J\u{7F}b"),
        ("long string", String(repeating: "panjang ", count: 2_000)), ("emoji", "👩🏽‍💻🇮🇩"),
        ("id-like", "S1"), ("quadrant", "O"), ("category", "C99"), ("empty array", [Any]()),
        ("empty object", [String: Any]()),
        ("array of null", [NSNull()]), ("nested", ["a": [1, [2, ["b": NSNull()]]]]),
    ]

    static func mutate(_ tree: inout Any, random: inout SeededRandom) -> String {
        var paths: [[PathStep]] = []
        collect(tree, [], into: &paths)
        let path = paths[random.below(paths.count)]
        let described = path.map(\.description).joined()
        switch random.below(7) {
        case 0, 1:
            let (label, value) = hostileValues[random.below(hostileValues.count)]
            update(&tree, path[...]) { $0 = value }
            return "\(described) = \(label)"
        case 2:
            // Remove the node from its parent.
            guard let last = path.last else { return "nothing" }
            update(&tree, path.dropLast()) { parent in
                switch last {
                case .key(let key): if var object = parent as? [String: Any] { object[key] = nil; parent = object }
                case .index(let index):
                    if var array = parent as? [Any], index < array.count { array.remove(at: index); parent = array }
                }
            }
            return "remove \(described)"
        case 3:
            // Duplicate an element of an array (duplicate item ids, duplicate strategies, duplicate scores).
            guard let last = path.last, case .index(let index) = last else { return "nothing" }
            update(&tree, path.dropLast()) { parent in
                if var array = parent as? [Any], index < array.count { array.append(array[index]); parent = array }
            }
            return "duplicate \(described)"
        case 4:
            update(&tree, path[...]) { node in
                if var object = node as? [String: Any] { object["unknown\(object.count)"] = ["x": 1]; node = object }
            }
            return "unknown field in \(described)"
        case 5:
            update(&tree, path[...]) { node in
                if let number = node as? Int {
                    node = number &* 1_000_003 &+ 7
                } else if let number = node as? Double {
                    node = -number * 1e300
                } else if let text = node as? String {
                    node = text + text.uppercased()
                }
            }
            return "scale \(described)"
        default:
            update(&tree, path[...]) { node in
                if let text = node as? String {
                    node = String(text.reversed())
                } else if let array = node as? [Any] {
                    node = Array(array.reversed())
                }
            }
            return "reverse \(described)"
        }
    }

    enum PathStep: CustomStringConvertible {
        case key(String), index(Int)
        var description: String {
            switch self {
            case .key(let key): ".\(key)"
            case .index(let index): "[\(index)]"
            }
        }
    }

    static func collect(_ node: Any, _ path: [PathStep], into paths: inout [[PathStep]]) {
        paths.append(path)
        if let object = node as? [String: Any] {
            for key in object.keys.sorted() { collect(object[key]!, path + [.key(key)], into: &paths) }
        } else if let array = node as? [Any] {
            for (index, element) in array.enumerated() { collect(element, path + [.index(index)], into: &paths) }
        }
    }

    static func update(_ node: inout Any, _ path: ArraySlice<PathStep>, _ body: (inout Any) -> Void) {
        guard let first = path.first else { return body(&node) }
        switch first {
        case .key(let key):
            guard var object = node as? [String: Any], var child = object[key] else { return }
            update(&child, path.dropFirst(), body)
            object[key] = child
            node = object
        case .index(let index):
            guard var array = node as? [Any], index < array.count else { return }
            var child = array[index]
            update(&child, path.dropFirst(), body)
            array[index] = child
            node = array
        }
    }
}

