import Hummingbird

/// What went wrong with a request, in words a reader can act on.
enum WebError: Error, Sendable, CustomStringConvertible {
    case notFound(String)
    case badRequest(String)

    var status: HTTPResponse.Status {
        switch self {
        case .notFound: .notFound
        case .badRequest: .badRequest
        }
    }

    var description: String {
        switch self {
        case .notFound(let message), .badRequest(let message): message
        }
    }
}
