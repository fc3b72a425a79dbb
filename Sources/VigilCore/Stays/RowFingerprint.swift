/// A fast 128-bit hash of a few bytes, for interning facility codes and release reasons
/// (`DailyPopulationBuilder`), where a match is always confirmed by comparing the bytes.
///
/// Two independent 64-bit multiply–rotate lanes over 8-byte words, each finished with
/// MurmurHash3's avalanche: fast (a few GB/s). Not cryptographic, so it never decides on its
/// own that two things are the same: duplicate person-level rows are told by SHA-256
/// (`RowDigest` in VigilImport).
public struct RowFingerprint: Hashable, Sendable {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public init(of bytes: UnsafeRawBufferPointer) {
        var a: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        var b: UInt64 = 0x1319_8A2E_0370_7344 &+ UInt64(bytes.count)
        let count = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            while i + 8 <= count {
                let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                a = ((a ^ w) &* 0x9E37_79B9_7F4A_7C15)
                a = (a << 31) | (a >> 33)
                b = (b &+ w) &* 0xC2B2_AE3D_27D4_EB4F
                b ^= b >> 29
                i += 8
            }
            if i < count {
                var w: UInt64 = 0
                var shift: UInt64 = 0
                while i < count {
                    w |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
                    shift += 8
                    i += 1
                }
                a = ((a ^ w) &* 0x9E37_79B9_7F4A_7C15)
                a = (a << 31) | (a >> 33)
                b = (b &+ w) &* 0xC2B2_AE3D_27D4_EB4F
                b ^= b >> 29
            }
        }
        high = Self.avalanche(a ^ (b >> 17))
        low = Self.avalanche(b &+ a)
    }

    public init(of text: String) {
        var text = text
        self = text.withUTF8 { RowFingerprint(of: UnsafeRawBufferPointer($0)) }
    }

    static func avalanche(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }
}
