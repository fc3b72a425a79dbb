import Hummingbird

/// gzips responses the response cache did not already prepare (signed-in pages, error pages,
/// anything not kept) when the client accepts gzip, and says that text responses vary by
/// `Accept-Encoding`. Outermost, so it sees every response as it leaves.
struct CompressionMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Larger bodies go out plain rather than hold the request on compressing them.
    static var maximumLength: Int { 32 << 20 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard Gzip.isCompressible(contentType: response.headers[.contentType]) else { return response }
        response.headers.addVary("Accept-Encoding")
        guard response.headers[.contentEncoding] == nil, Gzip.isAccepted(by: request.headers[.acceptEncoding]),
              let length = response.body.contentLength, length >= Gzip.minimumLength, length <= Self.maximumLength else {
            return response
        }
        let body = try await BodyCollector.collect(response.body)
        if let compressed = Gzip.compress(body) {
            response.headers[.contentEncoding] = "gzip"
            response.body = ResponseBody(byteBuffer: compressed)
        } else {
            response.body = ResponseBody(byteBuffer: body)
        }
        return response
    }
}
