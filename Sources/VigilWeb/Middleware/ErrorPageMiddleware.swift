import Foundation
import Hummingbird
import Logging
import VigilCore
import VigilStore

/// Turns every error into a page: HTML for people, JSON under `/api/`.
///
/// The one place error responses are made, so that a missing facility, a bad release number
/// and an unknown address all look the same, and a server fault never leaks its details.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let database: VigilDatabase

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let isAPI = request.uri.path.hasPrefix("/api/")
            let (status, message) = Self.describe(error, path: request.uri.path, isAPI: isAPI)
            if status.code >= 500 {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            }
            var response: Response
            if isAPI {
                response = JSONResponse.make(APIErrorBody(status: Int(status.code), message: message), status: status)
            } else {
                let chrome = await PageChrome.load(database: database)
                let model = ErrorPageModel(chrome: chrome, status: Int(status.code), title: Self.title(status), message: message)
                response = HTMLResponse.make(ErrorPageView.render(model), status: status)
            }
            // Headers the error carries belong to the answer (`Allow` with a 405).
            if let error = error as? WebError { response.headers.append(contentsOf: error.headers) }
            if let error = error as? HTTPError { response.headers.append(contentsOf: error.headers) }
            return response
        }
    }

    /// The status and the sentence to show. Vigil's own errors say what they say; the framework's
    /// (a body too large, a request that timed out) carry HTTP's English, which the API keeps and a
    /// page replaces with the catalogue's sentence for the status.
    static func describe(_ error: any Error, path: String, isAPI: Bool) -> (HTTPResponse.Status, String) {
        switch error {
        case let error as WebError:
            return (error.status, error.description)
        case let error as HTTPError where error.status == .notFound:
            return (.notFound, t("error.no_page", ["path": path]))
        case let error as HTTPError:
            return (error.status, isAPI ? error.body ?? error.status.reasonPhrase : explanation(error.status))
        case let error as any HTTPResponseError:
            return (error.status, isAPI ? error.status.reasonPhrase : explanation(error.status))
        default:
            return (.internalServerError, t("error.server_fault"))
        }
    }

    /// The status's name in the reader's language; a generic name with the number for a status the catalogue lacks.
    static func title(_ status: HTTPResponse.Status) -> String {
        ErrorPageModel.titledStatuses.contains(Int(status.code)) ? t("error.status.\(status.code)")
            : t("error.status.other", ["status": String(status.code)])
    }

    /// What a framework error means for the reader, in their language; a generic sentence with the number for a status the catalogue lacks.
    static func explanation(_ status: HTTPResponse.Status) -> String {
        ErrorPageModel.explainedStatuses.contains(Int(status.code)) ? t("error.explain.\(status.code)")
            : t("error.explain.other", ["status": String(status.code)])
    }
}
