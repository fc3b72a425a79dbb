import VigilCore

// Why a PDF download was refused, as the page says it in its language; the log keeps the details.

extension PDFPrinter.Failure {
    var localizedMessage: String {
        switch self {
        case .chromiumMissing: t("print.failure.chromium_missing")
        case .failed(let status, _): t("print.failure.failed", ["status": String(status)])
        case .timedOut(let seconds): t("print.failure.timed_out", count: seconds)
        case .busy(let seconds): t("print.failure.busy", count: seconds)
        case .notAPDF: t("print.failure.not_a_pdf")
        case .notServing: t("print.failure.not_serving")
        case .pageNotFetched: t("print.failure.page_not_fetched")
        }
    }
}
