import Crypto

/// The SHA-256 of a person-level row's bytes: what decides that a row repeats an earlier one
/// and is dropped as a duplicate (`StintTally`).
///
/// Cryptographic, so that no one can make two different rows share a digest and have one of
/// them silently dropped: the reader keeps 32 bytes per distinct row, never the row itself,
/// and so cannot compare the bytes of the rows it has seen. At a few hundred bytes a row,
/// hashing costs well under a microsecond (SHA-NI where the processor has it).
struct RowDigest: Hashable, Sendable {
    var words: (UInt64, UInt64, UInt64, UInt64)

    init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    init(of bytes: UnsafeRawBufferPointer) {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        words = Self.words(of: hasher.finalize())
    }

    private static func words(of digest: SHA256.Digest) -> (UInt64, UInt64, UInt64, UInt64) {
        digest.withUnsafeBytes { d in
            (d.loadUnaligned(fromByteOffset: 0, as: UInt64.self), d.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
             d.loadUnaligned(fromByteOffset: 16, as: UInt64.self), d.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        }
    }

    /// The digest of a row given as cells (a workbook row): each cell's length, then its bytes.
    init(cells: [String]) {
        var hasher = SHA256()
        for cell in cells {
            var cell = cell
            withUnsafeBytes(of: UInt64(cell.utf8.count).littleEndian) { hasher.update(bufferPointer: $0) }
            cell.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        words = Self.words(of: hasher.finalize())
    }

    init(of text: String) {
        var text = text
        self = text.withUTF8 { RowDigest(of: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: RowDigest, b: RowDigest) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}

/// The digests of the rows seen so far: an open-addressing table of 32-byte entries, indexed by
/// the digest's own first word (it is already uniformly spread), growing at half full. Two
/// digests are the same entry only when all 256 bits agree.
struct RowDigestSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    /// The all-zero digest marks an empty slot, so a row hashing to it is noted apart.
    private var holdsZero = false
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size * 4)
        mask = size - 1
    }

    /// Adds `digest`; returns false when it was already there (a duplicate row).
    mutating func insert(_ digest: RowDigest) -> Bool {
        let w = digest.words
        if w.0 == 0 && w.1 == 0 && w.2 == 0 && w.3 == 0 {
            defer { holdsZero = true }
            if holdsZero { return false }
            count += 1
            return true
        }
        if (count + 1) * 2 > slots.count / 4 { grow() }
        return place(w)
    }

    private mutating func place(_ w: (UInt64, UInt64, UInt64, UInt64)) -> Bool {
        var slot = Int(truncatingIfNeeded: w.0) & mask
        let mask = self.mask
        let added: Bool = slots.withUnsafeMutableBufferPointer { s in
            while true {
                let i = slot * 4
                if s[i] == 0 && s[i + 1] == 0 && s[i + 2] == 0 && s[i + 3] == 0 {
                    s[i] = w.0; s[i + 1] = w.1; s[i + 2] = w.2; s[i + 3] = w.3
                    return true
                }
                if s[i] == w.0 && s[i + 1] == w.1 && s[i + 2] == w.2 && s[i + 3] == w.3 { return false }
                slot = (slot + 1) & mask
            }
        }
        if added { count += 1 }
        return added
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count / 4 - 1
        count = holdsZero ? 1 : 0
        var i = 0
        while i < old.count {
            if old[i] != 0 || old[i + 1] != 0 || old[i + 2] != 0 || old[i + 3] != 0 {
                _ = place((old[i], old[i + 1], old[i + 2], old[i + 3]))
            }
            i += 4
        }
    }
}
