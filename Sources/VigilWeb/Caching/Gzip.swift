import CompressNIO
import NIOCore

/// gzip content coding (compress-nio over zlib): which responses to compress, whether a client
/// takes it, and the compression itself.
enum Gzip {
    /// Below this a gzip header and the work cost more than they save.
    static let minimumLength = 1024

    /// Text, JSON, YAML, SVG and the like; not PDFs or images, which are compressed already.
    static func isCompressible(contentType: String?) -> Bool {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return type.hasPrefix("text/") || ["application/json", "application/yaml", "application/xml", "application/javascript",
                                           "image/svg+xml"].contains(type)
    }

    static func worthCompressing(contentType: String?, length: Int) -> Bool {
        length >= minimumLength && isCompressible(contentType: contentType)
    }

    /// Whether an `Accept-Encoding` value accepts gzip: `gzip`, `x-gzip` or `*`, with a quality
    /// above zero (`gzip;q=0` refuses it).
    static func isAccepted(by acceptEncoding: String?) -> Bool {
        guard let acceptEncoding else { return false }
        for item in acceptEncoding.split(separator: ",") {
            let parameters = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parameters.first, ["gzip", "x-gzip", "*"].contains(coding) else { continue }
            let quality = parameters.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0
        }
        return false
    }

    /// `buffer` gzipped, or nil if zlib fails (the response then goes out plain).
    static func compress(_ buffer: ByteBuffer) -> ByteBuffer? {
        var input = buffer
        return try? input.compress(with: .gzip())
    }
}
