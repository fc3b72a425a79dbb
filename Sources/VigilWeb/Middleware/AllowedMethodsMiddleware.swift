import Hummingbird
import Synchronization

/// Answers 405 Method Not Allowed, with `Allow`, to a method Vigil does not serve on the path: anything
/// but GET and HEAD under `/api/` (the API is read-only) and on every page without a form posting to it,
/// anything but GET, HEAD and POST on the addresses `Routes` registers a POST for.
///
/// Runs before the CSRF check, which would otherwise call a TRACE, a PUT or a POST to a page with no form
/// an expired form (403), and inside the error pages, so the answer is JSON under `/api/` and a page elsewhere.
struct AllowedMethodsMiddleware<Context: RequestContext>: RouterMiddleware {
    static var readMethods: [HTTPRequest.Method] { [.get, .head] }
    static var formMethods: [HTTPRequest.Method] { [.get, .head, .post] }

    /// The route patterns that take a POST, filled in as `Routes` registers them.
    let posts: PostRoutes

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // GET and HEAD are served everywhere: most requests go straight on.
        if Self.readMethods.contains(request.method) { return try await next(request, context) }
        let allowed = !request.uri.path.hasPrefix("/api/") && posts.contains(path: request.uri.path) ? Self.formMethods : Self.readMethods
        guard allowed.contains(request.method) else {
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            throw WebError.methodNotAllowed(t("error.method_not_allowed", ["method": request.method.rawValue, "allowed": list]), allowed: list)
        }
        return try await next(request, context)
    }
}

/// The route patterns (`/orgs/{slug}/cases`) that have a POST handler.
final class PostRoutes: Sendable {
    private let patterns = Mutex<[[Substring]]>([])

    func add(_ pattern: String) {
        patterns.withLock { $0.append(pattern.split(separator: "/")) }
    }

    /// Whether `path` fits a pattern: the same number of segments, each literal equal, a `{parameter}` any one segment.
    func contains(path: String) -> Bool {
        let segments = path.split(separator: "/")
        return patterns.withLock { patterns in
            patterns.contains { pattern in
                pattern.count == segments.count
                    && zip(pattern, segments).allSatisfy { expected, actual in expected.hasPrefix("{") || expected == actual }
            }
        }
    }
}
