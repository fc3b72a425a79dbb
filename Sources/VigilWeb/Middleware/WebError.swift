import Hummingbird
import VigilCore

/// What went wrong with a request, in words a reader can act on.
enum WebError: Error, Sendable, CustomStringConvertible {
    case notFound(String)
    case badRequest(String)
    /// The action needs a signed-in user (see `VigilRequestContext.requireRole`).
    case signInRequired
    case forbidden(String)
    /// The change contradicts one made meanwhile (someone else decided first).
    case conflict(String)
    /// A part the server needs for this is missing or failed (Chromium for PDFs).
    case unavailable(String)
    /// The request's body is larger than the server reads (413).
    case contentTooLarge(String)

    var status: HTTPResponse.Status {
        switch self {
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .signInRequired: .unauthorized
        case .forbidden: .forbidden
        case .conflict: .conflict
        case .unavailable: .serviceUnavailable
        case .contentTooLarge: .contentTooLarge
        }
    }

    var description: String {
        switch self {
        case .notFound(let message), .badRequest(let message), .forbidden(let message), .conflict(let message),
             .unavailable(let message), .contentTooLarge(let message): message
        case .signInRequired: t("error.sign_in_required")
        }
    }
}
