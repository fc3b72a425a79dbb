/// The body of every JSON error: `{"error": {"status": 404, "message": "..."}}`.
struct APIErrorBody: Codable, Sendable, Hashable {
    struct Detail: Codable, Sendable, Hashable {
        var status: Int
        var message: String
    }

    var error: Detail

    init(status: Int, message: String) {
        error = Detail(status: status, message: message)
    }
}
