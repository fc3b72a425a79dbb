import Foundation
import Hummingbird
import Logging
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
                let model = ErrorPageModel(chrome: chrome, status: Int(status.code), title: status.reasonPhrase, message: message)
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
            return (.notFound, "There is no page at \(path). Start from the national overview or the release archive.")
        case let error as HTTPError:
            return (error.status, error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            return (error.status, error.status.reasonPhrase)
        default:
            return (.internalServerError, "Something went wrong on our side while reading the archive. The error was logged.")
        }
    }
}
