import Foundation
import Logging

/// Runs `AlertDispatcher.sendDue` every `interval` until cancelled: what `vigil serve` does so
/// that alerts go out without anyone running `vigil alerts send`. A failed run is logged and the
/// loop goes on. Cancelling stops the loop between runs: a run already started finishes, so a
/// webhook or e-mail that went out is also recorded as delivered rather than sent again later.
public enum AlertDeliveryLoop {
    public static func run(_ dispatcher: AlertDispatcher, every interval: Duration, logger: Logger) async {
        while !Task.isCancelled {
            do {
                // An unstructured task does not inherit the loop's cancellation.
                let report = try await Task { try await dispatcher.sendDue() }.value
                if report.queued + report.delivered + report.retrying + report.givenUp > 0 {
                    logger.notice("Alerts: \(report.summary)")
                }
            } catch is CancellationError {
                return
            } catch {
                logger.error("Alerts: delivery run failed: \(String(reflecting: error))")
            }
            do { try await Task.sleep(for: interval) } catch { return }
        }
    }
}
