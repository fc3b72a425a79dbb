/// A 128-bit fingerprint of a row's bytes, so that exact duplicate rows can be recognised
/// among millions while keeping 16 bytes per row rather than the row.
///
/// Two independent 64-bit multiply–rotate lanes over 8-byte words, each finished with
/// MurmurHash3's avalanche: fast (a few GB/s) and, at 128 bits, with a chance of two
/// different rows colliding in a file of 10 million rows around 10⁻²⁵. Not cryptographic:
/// nobody chooses the rows to collide.
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

/// The fingerprints of the rows seen so far: an open-addressing table of 16-byte entries,
/// indexed by the fingerprint's own bits (it is already a hash), growing at half full.
public struct RowFingerprintSet: Sendable {
    private var highs: [UInt64]
    private var lows: [UInt64]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        highs = Array(repeating: 0, count: size)
        lows = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds `fingerprint`; returns false when it was already there (a duplicate row).

    public mutating func insert(_ fingerprint: RowFingerprint) -> Bool {
        // (0, 0) marks an empty slot; a real fingerprint of (0, 0) is stored as (0, 1).
        let high = fingerprint.high
        let low = (high == 0 && fingerprint.low == 0) ? 1 : fingerprint.low
        if count * 2 >= highs.count { grow() }
        return place(high: high, low: low)
    }

    mutating func place(high: UInt64, low: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: low) & mask
        return highs.withUnsafeMutableBufferPointer { h in
            lows.withUnsafeMutableBufferPointer { l in
                while true {
                    if h[slot] == 0 && l[slot] == 0 {
                        h[slot] = high
                        l[slot] = low
                        count += 1
                        return true
                    }
                    if h[slot] == high && l[slot] == low { return false }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    mutating func grow() {
        let oldHighs = highs, oldLows = lows
        highs = Array(repeating: 0, count: oldHighs.count * 2)
        lows = Array(repeating: 0, count: oldLows.count * 2)
        mask = highs.count - 1
        count = 0
        for i in 0..<oldHighs.count where oldHighs[i] != 0 || oldLows[i] != 0 {
            _ = place(high: oldHighs[i], low: oldLows[i])
        }
    }
}
