import Foundation
import Logging

/// Runs `AlertDispatcher.sendDue` every `interval` until cancelled: what `vigil serve` does so
/// that alerts go out without anyone running `vigil alerts send`. A failed run is logged and the
/// loop goes on.
public enum AlertDeliveryLoop {
    public static func run(_ dispatcher: AlertDispatcher, every interval: Duration, logger: Logger) async {
        while !Task.isCancelled {
            do {
                let report = try await dispatcher.sendDue()
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
