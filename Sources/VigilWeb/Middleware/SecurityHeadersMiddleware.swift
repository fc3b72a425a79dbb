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

    /// For browsers older than `frame-ancestors`.
    static var xFrameOptions: HTTPField.Name { HTTPField.Name("X-Frame-Options")! }
    static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy")! }

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
        func setIfAbsent(_ name: HTTPField.Name, _ value: String) {
            if headers[name] == nil { headers[name] = value }
        }
        setIfAbsent(.contentSecurityPolicy, Self.contentSecurityPolicy)
        setIfAbsent(.xContentTypeOptions, "nosniff")
        setIfAbsent(Self.xFrameOptions, "DENY")
        setIfAbsent(Self.referrerPolicy, "same-origin")
        if strictTransportSecurity { setIfAbsent(.strictTransportSecurity, Self.strictTransportSecurityValue) }
    }
}
