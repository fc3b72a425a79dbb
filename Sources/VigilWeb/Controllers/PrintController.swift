import Hummingbird

/// Serves a page waiting to be printed (`PrintPages`) to the headless Chromium the printer started.
///
/// Everything but the one expected request gets the same bare 404, so nothing tells a prober whether a
/// token was right:
/// - the peer must be on loopback: Chromium runs on this machine;
/// - the request must not come through a reverse proxy (`Forwarded` or `X-Forwarded-For`): a proxy on the
///   same machine connects from loopback too, on behalf of anyone;
/// - the token must be waiting, and is taken by this request: a second fetch is a 404.
/// The peer and proxy checks come first, so a request that fails them does not use up the token.
enum PrintController {
    static func page(token: String, request: Request, context: VigilRequestContext, pages: PrintPages) async throws -> Response {
        let proxied = request.headers[.init("Forwarded")!] != nil || request.headers[.init("X-Forwarded-For")!] != nil
        guard PrintPages.isLoopback(context.remoteAddress), !proxied, let html = await pages.take(token) else {
            // HTTPError, not WebError: this route sits outside the error pages (see Routes), and the security
            // headers middleware answers an HTTPError as itself (a bare 404), where any other error would be a 500.
            throw HTTPError(.notFound)
        }
        // The page's own policy: its one inline stylesheet, no script, nothing fetched, whatever editors wrote in it.
        return HTMLResponse.text(html, contentType: "text/html; charset=utf-8",
                                 extraHeaders: [.contentSecurityPolicy: Layout.printedPagePolicy, .cacheControl: "no-store"])
    }
}
