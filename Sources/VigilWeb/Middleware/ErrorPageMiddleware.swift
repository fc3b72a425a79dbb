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
            let (status, message) = describe(error, path: request.uri.path)
            if status.code >= 500 {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            }
            var response: Response
            if request.uri.path.hasPrefix("/api/") {
                response = JSONResponse.make(APIErrorBody(status: Int(status.code), message: message), status: status)
            } else {
                let chrome = await PageChrome.load(database: database)
                let model = ErrorPageModel(chrome: chrome, status: Int(status.code), title: Self.title(status), message: message)
                response = HTMLResponse.make(ErrorPageView.render(model), status: status)
            }
            // Headers the error carries belong to the answer (`Allow` with a 405).
            if let error = error as? HTTPError { response.headers.append(contentsOf: error.headers) }
            return response
        }
    }

    private func describe(_ error: any Error, path: String) -> (HTTPResponse.Status, String) {
        switch error {
        case let error as WebError:
            return (error.status, error.description)
        case let error as HTTPError where error.status == .notFound:
            return (.notFound, t("error.no_page", ["path": path]))
        case let error as HTTPError:
            return (error.status, error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            return (error.status, error.status.reasonPhrase)
        default:
            return (.internalServerError, t("error.server_fault"))
        }
    }

    /// The status's name in the reader's language; HTTP's own phrase for a status the catalogue lacks.
    static func title(_ status: HTTPResponse.Status) -> String {
        let key = "error.status.\(status.code)"
        return ErrorPageModel.titledStatuses.contains(Int(status.code)) ? t(key) : status.reasonPhrase
    }
}
