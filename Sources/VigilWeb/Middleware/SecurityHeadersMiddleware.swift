import Hummingbird
import Logging

/// Security headers on every response: pages, the API, downloads, error pages and 304s.
///
/// Registered first in `Routes.register`, so it wraps everything else, error pages included.
/// The policy allows no inline script or style at all: the stylesheet is a file
/// (`SiteURL.stylesheet`), charts are SVG with classes and presentation attributes, and no page
/// carries a script. A route that needs another policy sets the header itself and keeps it.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Sends `Strict-Transport-Security`; on only when Vigil is served over HTTPS (`--secure-cookies`),
    /// since a browser that saw it over plain HTTP would refuse the site until it expires.
    let strictTransportSecurity: Bool

    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
    }
    /// One year: browsers keep to HTTPS for that long after they last saw the header.
    static var strictTransportSecurityValue: String { "max-age=31536000" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            // Errors that get past the error pages (a failure reading the session) still answer with the headers.
            response = try error.response(from: request, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            response = Response(status: .internalServerError)
        }
        apply(to: &response.headers)
        return response
    }

    func apply(to headers: inout HTTPFields) {
        // Each only when the response has not set its own.
        if headers[.contentSecurityPolicy] == nil { headers[.contentSecurityPolicy] = Self.contentSecurityPolicy }
        if headers[.xContentTypeOptions] == nil { headers[.xContentTypeOptions] = "nosniff" }
        // For browsers older than `frame-ancestors`.
        if headers[.init("X-Frame-Options")!] == nil { headers[.init("X-Frame-Options")!] = "DENY" }
        if headers[.init("Referrer-Policy")!] == nil { headers[.init("Referrer-Policy")!] = "same-origin" }
        if strictTransportSecurity, headers[.strictTransportSecurity] == nil {
            headers[.strictTransportSecurity] = Self.strictTransportSecurityValue
        }
    }
}
