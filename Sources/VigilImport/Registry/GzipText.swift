import Foundation
import VigilCore

/// Decompresses a `.gz` reference list whole (they are a few megabytes at most) through
/// the project's streaming gzip reader, no further than a file read whole may be
/// (`ReadLimits.maximumFileByteCount`).
enum GzipText {
    static func decompress(_ data: Data, fileName: String, limits: ReadLimits = .current) throws -> Data {
        let stream = try GzipByteStream(source: InMemoryByteStream(data), fileName: fileName, limits: limits)
        var output = Data()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = try stream.read(into: buffer)
            if n == 0 { break }
            if output.count + n > limits.maximumFileByteCount {
                throw ImportFailure(file: fileName, """
                    the file decompresses past \(ReadLimits.describe(bytes: limits.maximumFileByteCount)) (the limit \
                    for a file read whole); a facility list is far smaller
                    """)
            }
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
        return output
    }
}

/// Bytes already in memory, as a `ByteStream`.
private final class InMemoryByteStream: ByteStream {
    private let data: Data
    private var offset = 0

    init(_ data: Data) { self.data = data }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, data.count - offset)
        guard n > 0 else { return 0 }
        data.withUnsafeBytes { bytes in
            buffer.baseAddress!.copyMemory(from: bytes.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
