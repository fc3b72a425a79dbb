import Crypto
import Foundation
import VigilCore

/// Identifies a release by what it says rather than by its bytes, so that the same
/// release re-published under another file name (or re-saved by another program) is
/// recognised.
///
/// It covers the as-of date and every facility row's values, and leaves out where the
/// rows sit in the sheet and the file's name.
enum ReleaseFingerprint {
    static func of(_ release: IceStatsRelease) -> String {
        let canonical = release.facilities.map { observation -> FacilityObservation in
            var copy = observation
            copy.sourceRow = 0
            return copy
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hasher = SHA256()
        hasher.update(data: Data(release.asOfDate.iso.utf8))
        hasher.update(data: (try? encoder.encode(canonical)) ?? Data())
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
