import Foundation
import Hummingbird
import Logging
import Plot
import VigilCore
import VigilStore

/// A rendered page as a response.
enum HTMLResponse {
    static func make(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        text(html.render(), contentType: "text/html; charset=utf-8", status: status)
    }

    static func text(_ body: String, contentType: String, status: HTTPResponse.Status = .ok,
                     extraHeaders: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: contentType]
        headers.append(contentsOf: extraHeaders)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// A JSON API value as a response: snake_case keys, sorted, dates as ISO 8601 strings.
enum JSONResponse {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static let logger: Logger = {
        var logger = Logger(label: "vigil.web")
        logger[metadataKey: "component"] = "web"
        return logger
    }()

    /// `value` encoded; when it cannot be (a NaN among the figures), a 500 with an `APIErrorBody`
    /// saying so, and the error logged, rather than a half answer that looks like a good one.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data: Data
        let finalStatus: HTTPResponse.Status
        do {
            data = try encoder().encode(value)
            finalStatus = status
        } catch {
            logger.error("JSON encoding failed", metadata: ["type": "\(type(of: value))", "error": "\(String(reflecting: error))"])
            let body = APIErrorBody(status: 500, message: "The server could not write this answer as JSON. The error was logged.")
            // The error body holds only a number and fixed text, so it always encodes.
            data = (try? encoder().encode(body)) ?? Data()
            finalStatus = .internalServerError
        }
        return Response(status: finalStatus, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// A `DataTable` as a download: CSV as an attachment, JSON as an array of row objects.
/// Large tables are streamed (`TableBodyStream`), with the same bytes.
enum TableResponse {
    static func make(_ table: DataTable, format: ExportFormat, fileStem: String) -> Response {
        let headers: HTTPFields = switch format {
        case .csv: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(fileStem).csv\""]
        case .json: [.contentType: "application/json", .contentDisposition: "inline; filename=\"\(fileStem).json\""]
        }
        if TableBodyStream.shouldStream(table) {
            return Response(status: .ok, headers: headers, body: TableBodyStream.body(table, format: format))
        }
        let text = switch format {
        case .csv: table.csv()
        case .json: table.json()
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
