import Hummingbird
import NIOCore

/// Reads a response body whole, to keep it or compress it. Only for bodies of known, bounded
/// length: streamed downloads are left to stream.
final class BodyCollector: ResponseBodyWriter {
    private var buffer: ByteBuffer

    private init(capacity: Int) { buffer = ByteBuffer(); buffer.reserveCapacity(capacity) }

    func write(_ part: ByteBuffer) async throws {
        var part = part
        buffer.writeBuffer(&part)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}

    static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let collector = BodyCollector(capacity: body.contentLength ?? 0)
        try await body.write(collector)
        return collector.buffer
    }
}
