import Crypto
import Foundation
import Hummingbird
import NIOCore
import VigilCore

/// One page or download as the cache keeps it: its headers, its body as sent to clients that
/// take it plain and, when worth it, gzipped once for those that take gzip.
struct CachedResponse: Sendable {
    /// The response's own headers (content type, disposition), without its length.
    var headers: HTTPFields
    var identity: ByteBuffer
    var gzip: ByteBuffer?
    /// The data version it was made at, and when that version began.
    var version: DataVersionStamp
    /// The entity tag of the plain body, without quotes; the gzipped one adds `-gzip`.
    var tag: String

    init(headers: HTTPFields, body: ByteBuffer, version: DataVersionStamp) {
        var headers = headers
        headers[.contentLength] = nil
        self.headers = headers
        self.identity = body
        self.version = version
        // The version alone would name a stale page after an upgrade changed how pages look, so
        // the tag also names the bytes: the same page at the same version has the same tag in any
        // process, across restarts.
        let digest = body.withUnsafeReadableBytes { SHA256.hash(data: $0) }.prefix(8).lowercaseHex
        self.tag = "v\(version.number)-\(digest)"
        self.gzip = Gzip.worthCompressing(contentType: headers[.contentType], length: body.readableBytes) ? Gzip.compress(body) : nil
    }

    /// Bytes held: both bodies and a rough allowance for headers and bookkeeping.
    var bytes: Int { identity.readableBytes + (gzip?.readableBytes ?? 0) + 512 }

    /// The body and tag sent to a client that does or does not take gzip.
    func representation(acceptsGzip: Bool) -> (body: ByteBuffer, tag: EntityTag, gzipped: Bool) {
        if acceptsGzip, let gzip { return (gzip, EntityTag(tag + "-gzip"), true) }
        return (identity, EntityTag(tag), false)
    }

    /// The tags that name this response, in either encoding (the content is the same).
    var tags: [EntityTag] { [EntityTag(tag), EntityTag(tag + "-gzip")] }
}

/// The data version a cached response belongs to: its number, and when it began (`Last-Modified`).
struct DataVersionStamp: Sendable, Hashable {
    var number: Int64
    var changedAt: Date
}
