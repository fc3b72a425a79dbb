import Hummingbird

/// Answers 405 Method Not Allowed, with `Allow`, to a method Vigil serves nowhere on the path: anything
/// but GET and HEAD under `/api/` (the API is read-only), anything but GET, HEAD and POST elsewhere.
///
/// Runs before the CSRF check, which would otherwise call a TRACE or PUT an expired form (403), and inside
/// the error pages, so the answer is JSON under `/api/` and a page elsewhere.
struct AllowedMethodsMiddleware<Context: RequestContext>: RouterMiddleware {
    static var apiMethods: [HTTPRequest.Method] { [.get, .head] }
    static var pageMethods: [HTTPRequest.Method] { [.get, .head, .post] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let allowed = request.uri.path.hasPrefix("/api/") ? Self.apiMethods : Self.pageMethods
        guard allowed.contains(request.method) else {
            throw HTTPError(.methodNotAllowed, headers: [.allow: allowed.map(\.rawValue).joined(separator: ", ")],
                            message: "\(request.method.rawValue) is not served here; this address answers \(allowed.map(\.rawValue).joined(separator: ", ")).")
        }
        return try await next(request, context)
    }
}
