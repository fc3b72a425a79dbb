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
    /// The address does not answer this method (405); `allowed` goes into the `Allow` header.
    case methodNotAllowed(String, allowed: String)

    var status: HTTPResponse.Status {
        switch self {
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .signInRequired: .unauthorized
        case .forbidden: .forbidden
        case .conflict: .conflict
        case .unavailable: .serviceUnavailable
        case .contentTooLarge: .contentTooLarge
        case .methodNotAllowed: .methodNotAllowed
        }
    }

    /// Headers that belong to the answer (`Allow` with a 405).
    var headers: HTTPFields {
        switch self {
        case .methodNotAllowed(_, let allowed): [.allow: allowed]
        default: [:]
        }
    }

    var description: String {
        switch self {
        case .notFound(let message), .badRequest(let message), .forbidden(let message), .conflict(let message),
             .unavailable(let message), .contentTooLarge(let message), .methodNotAllowed(let message, _): message
        case .signInRequired: t("error.sign_in_required")
        }
    }
}
