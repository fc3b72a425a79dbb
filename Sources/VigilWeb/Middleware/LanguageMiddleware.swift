import Foundation
import Hummingbird
import VigilCore

/// Chooses the language of the response: `?lang=es` or `?lang=en` (then remembered in a cookie), else
/// the cookie, else the browser's `Accept-Language`, else English. Every page, error page and form
/// message is drawn inside that choice. The JSON API is always English: programs read its labels, and
/// a script must get the same answer whoever runs it.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext
    static let cookieName = "vigil_lang"
    static let queryName = "lang"
    /// A year: a reader who chose a language should not have to choose it again soon.
    static let cookieLifetime = 365 * 24 * 60 * 60
    var secureCookies: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let asked = request.uri.queryParameters[Self.queryName[...]].flatMap { SiteLanguage(tag: String($0)) }
        let remembered = request.cookies[Self.cookieName].flatMap { SiteLanguage(tag: $0.value) }
        let language = request.uri.path.hasPrefix("/api/") ? .english
            : asked ?? remembered ?? SiteLanguage.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .english
        let target = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        var response = try await SiteLanguage.$current.withValue(language) {
            try await PageChrome.$currentTarget.withValue(target) { try await next(request, context) }
        }
        if let asked, asked != remembered {
            response.setCookie(Cookie(name: Self.cookieName, value: asked.code, maxAge: Self.cookieLifetime, path: "/",
                                      secure: secureCookies, httpOnly: true, sameSite: .lax))
        }
        response.headers[.contentLanguage] = language.code
        response.headers.addVary("Accept-Language")
        return response
    }

    /// `target` with its `lang` parameter set to `language`: the address of this page in the other language.
    static func address(_ target: String, in language: SiteLanguage) -> String {
        let parts = target.split(separator: "?", maxSplits: 1)
        let path = parts.first.map(String.init) ?? "/"
        var query = parts.count > 1 ? parts[1].split(separator: "&").filter { !$0.hasPrefix(queryName + "=") && $0 != queryName[...] } : []
        query.append("\(queryName)=\(language.code)"[...])
        return path + "?" + query.joined(separator: "&")
    }
}
