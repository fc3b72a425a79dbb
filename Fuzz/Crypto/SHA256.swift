/// The fuzz build's stand-in for swift-crypto's `SHA256`, the one piece of it VigilImport uses
/// (`FileDigest`, `FileByteStream`, `RowDigest`): building swift-crypto's BoringSSL with the
/// fuzzer's instrumentation would take longer than most fuzz runs, and the digest's value
/// decides nothing a reader does with its input. NOT a cryptographic hash: four FNV-1a lanes,
/// 32 bytes, the same API. Never part of the product (`scripts/fuzz` compiles it as `Crypto`).
public struct SHA256: Sendable {
    public struct Digest: Sequence, Sendable {
        let bytes: [UInt8]
        public func makeIterator() -> IndexingIterator<[UInt8]> { bytes.makeIterator() }
        public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            try bytes.withUnsafeBytes(body)
        }
    }

    private var lanes: [UInt64] = [0xcbf29ce484222325, 0x84222325cbf29ce4, 0x9ce484222325cbf2, 0x2325cbf29ce48422]
    private var count = 0

    public init() {}

    public mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        for byte in bufferPointer {
            lanes[count & 3] = (lanes[count & 3] ^ UInt64(byte)) &* 0x100000001b3
            count += 1
        }
    }

    public mutating func update<D: Sequence>(data: D) where D.Element == UInt8 {
        for byte in data {
            lanes[count & 3] = (lanes[count & 3] ^ UInt64(byte)) &* 0x100000001b3
            count += 1
        }
    }

    public func finalize() -> Digest {
        Digest(bytes: lanes.flatMap { lane in (0..<8).map { UInt8(truncatingIfNeeded: lane >> ($0 * 8)) } })
    }

    public static func hash<D: Sequence>(data: D) -> Digest where D.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(data: data)
        return hasher.finalize()
    }
}
