/// Encodes a value as one line of compact JSON, written straight into bytes.
///
/// A journal record is written for every change a script makes; JSONEncoder first builds a tree of the whole value
/// and took most of a change's time. This writer emits each member as it is encoded: a container stays open until a
/// member of an outer container (or the end) closes it. Keys keep the order the value encodes them in; numbers are
/// written in the shortest form that reads back exactly; strings are escaped so a record never holds a line break.
/// JSONDecoder reads the result.
enum JSONLineEncoder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let output = JSONLineOutput()
        try output.encodeValue(value, depth: 0)
        output.closeContainers(deeperThan: -1)
        return output.bytes
    }
}

/// The bytes written so far and the containers still open, outermost first.
private final class JSONLineOutput {
    var bytes: [UInt8] = []
    private var open: [(closer: UInt8, members: Int)] = []

    /// Closes the containers nested deeper than `depth`, whose values are complete once a shallower member is written.
    func closeContainers(deeperThan depth: Int) {
        while open.count > depth + 1 {
            bytes.append(open.removeLast().closer)
        }
    }

    func openContainer(_ opener: UInt8, _ closer: UInt8, depth: Int) {
        // Still open at this depth: the same value asking for its container again (Codable allows it); a sibling's
        // container would have been closed when this value's member began.
        if open.count > depth {
            closeContainers(deeperThan: depth)
            return
        }
        bytes.append(opener)
        open.append((closer, 0))
    }

    /// Starts a member of the container at `depth`: closes finished inner containers, writes the comma and the key.
    func beginMember(depth: Int, key: String?) {
        closeContainers(deeperThan: depth)
        if open[depth].members > 0 { bytes.append(UInt8(ascii: ",")) }
        open[depth].members += 1
        if let key {
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Writes a value whose container (if it has one) goes at `depth`.
    func encodeValue(_ value: some Encodable, depth: Int) throws {
        // The common kinds first: casting to an existential (`any BinaryInteger`) costs more than the others.
        switch value {
        case let text as String: writeString(text)
        case let number as Double: try writeNumber(number)
        case let number as Int: bytes.append(contentsOf: String(number).utf8)
        case let flag as Bool: bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case let number as any BinaryInteger: bytes.append(contentsOf: "\(number)".utf8)
        case let number as Float: try writeNumber(Double("\(number)") ?? Double(number))
        default:
            let before = bytes.count
            try value.encode(to: JSONLineValueEncoder(output: self, depth: depth))
            // A value that wrote nothing is an empty object, as JSONEncoder writes it.
            if bytes.count == before { bytes.append(contentsOf: "{}".utf8) }
        }
    }

    func writeNumber(_ number: Double) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(
                number,
                EncodingError.Context(codingPath: [], debugDescription: "\(number) is not a JSON number")
            )
        }
        // Swift prints the shortest digits that read back as the same Double; JSON takes them as they are.
        var text = "\(number)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// The `Encoder` handed to one value; its container goes at `depth`.
private struct JSONLineValueEncoder: Encoder {
    let output: JSONLineOutput
    let depth: Int
    // Paths are not tracked: building one for every member cost more than the rest of the encoding.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        output.openContainer(UInt8(ascii: "{"), UInt8(ascii: "}"), depth: depth)
        return KeyedEncodingContainer(JSONLineKeyedContainer<Key>(output: output, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        output.openContainer(UInt8(ascii: "["), UInt8(ascii: "]"), depth: depth)
        return JSONLineUnkeyedContainer(output: output, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONLineSingleValueContainer(output: output, depth: depth)
    }
}

private struct JSONLineKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let output: JSONLineOutput
    let depth: Int
    // Paths are not tracked: building one for every member cost more than the rest of the encoding.
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        output.beginMember(depth: depth, key: key.stringValue)
        output.bytes.append(contentsOf: "null".utf8)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        output.beginMember(depth: depth, key: key.stringValue)
        try output.encodeValue(value, depth: depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type,
        forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        output.beginMember(depth: depth, key: key.stringValue)
        return JSONLineValueEncoder(output: output, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        output.beginMember(depth: depth, key: key.stringValue)
        return JSONLineValueEncoder(output: output, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        output.beginMember(depth: depth, key: "super")
        return JSONLineValueEncoder(output: output, depth: depth + 1)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        output.beginMember(depth: depth, key: key.stringValue)
        return JSONLineValueEncoder(output: output, depth: depth + 1)
    }
}

private struct JSONLineUnkeyedContainer: UnkeyedEncodingContainer {
    let output: JSONLineOutput
    let depth: Int
    // Paths are not tracked: building one for every member cost more than the rest of the encoding.
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(output: JSONLineOutput, depth: Int) {
        self.output = output
        self.depth = depth
    }

    mutating func encodeNil() throws {
        output.beginMember(depth: depth, key: nil)
        output.bytes.append(contentsOf: "null".utf8)
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        output.beginMember(depth: depth, key: nil)
        try output.encodeValue(value, depth: depth + 1)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        output.beginMember(depth: depth, key: nil)
        count += 1
        return JSONLineValueEncoder(output: output, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        output.beginMember(depth: depth, key: nil)
        count += 1
        return JSONLineValueEncoder(output: output, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        output.beginMember(depth: depth, key: nil)
        count += 1
        return JSONLineValueEncoder(output: output, depth: depth + 1)
    }
}

/// A single value is written in place: it opens no container of its own.
private struct JSONLineSingleValueContainer: SingleValueEncodingContainer {
    let output: JSONLineOutput
    let depth: Int
    // Paths are not tracked: building one for every member cost more than the rest of the encoding.
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        output.bytes.append(contentsOf: "null".utf8)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try output.encodeValue(value, depth: depth)
    }
}
