import Foundation
import Hummingbird
import NIOCore
import VigilStore

/// Serves anonymous readers' GET and HEAD requests from the response cache, valid for one data
/// version, and makes each response HTTP-cacheable: `ETag` and `Last-Modified` from the data
/// version, `304 Not Modified` for a client that already has it, gzip made once, and
/// `Cache-Control: public, max-age=60` so a shared cache may hold it briefly.
///
/// Signed-in readers see internal records, so their requests never read from nor write to the
/// cache (and `SessionMiddleware` marks their pages private, no-store). Only 200 responses
/// without `Set-Cookie` are kept.
struct ResponseCacheMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext
    let cache: ResponseCache
    let versions: DataVersionWatch

    /// Short, so a shared cache in front of Vigil shows an import within a minute.
    static let publicCacheControl = "public, max-age=60"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard cache.isEnabled, request.method == .get || request.method == .head, context.signIn == nil,
              let version = try? await versions.current() else {
            return try await next(request, context)
        }
        let key = ResponseCache.Key(path: request.uri.path, query: request.uri.query ?? "")
        switch cache.claim(key, version: version.number) {
        case .hit(let entry):
            return Self.respond(with: entry, to: request)
        case .wait(let pending):
            guard let entry = await pending.value() else { return try await next(request, context) }
            return Self.respond(with: entry, to: request)
        case .make(let pending):
            var made: CachedResponse?
            defer { cache.fulfil(pending, key: key, with: made) }
            let response = try await next(request, context)
            guard response.status == .ok, !response.headers.contains(.setCookie), response.headers[.contentEncoding] == nil,
                  !(response.headers[.cacheControl]?.contains("no-store") ?? false) else { return response }
            guard let length = response.body.contentLength else {
                return Self.respond(streamed: response, version: version, to: request)
            }
            guard length <= cache.entryByteLimit else { return response }
            let entry = CachedResponse(headers: response.headers, body: try await BodyCollector.collect(response.body),
                                       version: DataVersionStamp(number: version.number, changedAt: version.changedAt))
            made = entry
            return Self.respond(with: entry, to: request)
        }
    }

    /// The cached response as this client should get it: gzipped if it takes gzip, or 304 if
    /// it already holds it.
    static func respond(with entry: CachedResponse, to request: Request) -> Response {
        let (body, tag, gzipped) = entry.representation(acceptsGzip: Gzip.isAccepted(by: request.headers[.acceptEncoding]))
        var validators: HTTPFields = [
            .eTag: tag.header,
            .lastModified: HTTPDate.format(entry.version.changedAt),
            .cacheControl: publicCacheControl,
        ]
        if Gzip.isCompressible(contentType: entry.headers[.contentType]) { validators.addVary("Accept-Encoding") }
        if isNotModified(entry, request) {
            return Response(status: .notModified, headers: validators)
        }
        var headers = entry.headers
        headers.append(contentsOf: validators)
        if gzipped { headers[.contentEncoding] = "gzip" }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// A streamed download (a large table): not kept, since its body is never held whole, and
    /// sent plain, but with the same validators as a kept response: an `ETag` from the data
    /// version and this build (`StreamedEntityTag`), `Last-Modified`, public `Cache-Control`,
    /// and 304 for a client that holds it.
    static func respond(streamed response: Response, version: DataVersion, to request: Request) -> Response {
        let tag = StreamedEntityTag.tag(version: version.number)
        let validators: HTTPFields = [
            .eTag: StreamedEntityTag.header(version: version.number),
            .lastModified: HTTPDate.format(version.changedAt),
            .cacheControl: publicCacheControl,
        ]
        if isNotModified(tags: [tag], changedAt: version.changedAt, request) {
            return Response(status: .notModified, headers: validators)
        }
        var response = response
        response.headers.append(contentsOf: validators)
        return response
    }

    /// `If-None-Match` decides when present (RFC 9110, 13.2.2); else `If-Modified-Since`.
    static func isNotModified(_ entry: CachedResponse, _ request: Request) -> Bool {
        isNotModified(tags: entry.tags, changedAt: entry.version.changedAt, request)
    }

    static func isNotModified(tags: [EntityTag], changedAt: Date, _ request: Request) -> Bool {
        if let ifNoneMatch = request.headers[.ifNoneMatch] {
            return EntityTag.list(ifNoneMatch, contains: tags)
        }
        if let text = request.headers[.ifModifiedSince], let since = HTTPDate.parse(text) {
            return changedAt.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
        }
        return false
    }
}
