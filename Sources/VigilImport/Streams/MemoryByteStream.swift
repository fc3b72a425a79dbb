/// Bytes already in memory as a `ByteStream`, handed out at most `chunkSize` at a time: text
/// read whole goes through the same `DelimitedRecordScanner` as a streamed file (and the fuzz
/// target feeds it in small chunks so that records straddle refills).
final class MemoryByteStream: ByteStream {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    init(_ bytes: [UInt8], chunkSize: Int = .max) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset, chunkSize)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
        offset += n
        return n
    }
}
