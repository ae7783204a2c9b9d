/// A small deterministic generator (SplitMix64), so a failing fuzz or crash run can be replayed from its seed.
public struct SeededRandom: RandomNumberGenerator {
    public var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (0 when bound is not positive).
    public mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}

extension SeededRandom {
    /// Damages bytes as disks, editors and cut-off writes do: flipped bits, inserted and deleted bytes, invalid
    /// UTF-8 and NULs, JSON punctuation in odd places, chunks moved elsewhere.
    public mutating func damage(_ bytes: inout [UInt8], times: Int) {
        for _ in 0..<times where !bytes.isEmpty {
            let position = below(bytes.count)
            switch below(6) {
            case 0: bytes[position] ^= UInt8(1 << below(8))
            case 1: bytes.insert(UInt8(below(256)), at: position)
            case 2: bytes.remove(at: position)
            case 3: bytes.insert(contentsOf: [0xFF, 0xC3, 0x28, 0x00, 0x0A], at: position)
            case 4: bytes[position] = Array("{}[]\",:0-e.\n".utf8)[below(12)]
            default:
                let length = min(below(40), bytes.count - position)
                let chunk = Array(bytes[position..<(position + length)])
                bytes.removeSubrange(position..<(position + length))
                bytes.insert(contentsOf: chunk, at: below(bytes.count + 1))
            }
        }
    }
}
