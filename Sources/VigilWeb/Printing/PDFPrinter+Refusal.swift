import Foundation
import Hummingbird

extension PDFPrinter {
    /// Prints `html`; when Chromium cannot, a 503 whose message is `refusal` given the reason in the
    /// reader's language (the page's sentence, which names the page printable from any browser).
    /// Chromium's own output is for whoever runs the server, so it goes to the log, not to the reader.
    func pdf(html: String, context: VigilRequestContext, refusal: (_ reason: String) -> String) async throws -> Data {
        do {
            return try await pdf(html: html)
        } catch let failure as PDFPrinter.Failure {
            context.logger.error("PDF printing failed", metadata: ["failure": "\(failure)"])
            throw WebError.unavailable(refusal(failure.localizedMessage))
        }
    }
}
