import Crypto
import Foundation
import VigilCore

/// Identifies a release by what it says rather than by its bytes, so that the same
/// release re-published under another file name (or re-saved by another program) is
/// recognised.
///
/// It covers the as-of date and every value of every facility row (inspections and
/// uninterpreted columns included), and leaves out where the rows sit in the sheet and the
/// file's name. The canonical text is written by hand: `JSONEncoder` made this a fifth of
/// a whole import's time.
enum ReleaseFingerprint {
    static func of(_ release: IceStatsRelease) -> String {
        var hasher = SHA256()
        var text = release.asOfDate.iso
        for observation in release.facilities {
            append(observation, to: &text)
            if text.utf8.count > 64 * 1024 {
                hasher.update(data: Data(text.utf8))
                text.removeAll(keepingCapacity: true)
            }
        }
        hasher.update(data: Data(text.utf8))
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Fields end with a unit separator, records with a record separator; an absent value
    /// is written as a NUL so that it differs from an empty one.
    private static func append(_ o: FacilityObservation, to text: inout String) {
        func field(_ value: String?) {
            text += value ?? "\u{0}"
            text += "\u{1F}"
        }
        func field(_ value: Double?) { field(value.map { "\($0)" }) }
        field(o.name); field(o.address); field(o.city); field(o.state); field(o.zip)
        field(o.areaOfResponsibility); field(o.typeDetailed); field(o.gender); field(o.averageLengthOfStay)
        field(o.levelA); field(o.levelB); field(o.levelC); field(o.levelD)
        field(o.maleCriminal); field(o.maleNonCriminal); field(o.femaleCriminal); field(o.femaleNonCriminal)
        field(o.threatLevel1); field(o.threatLevel2); field(o.threatLevel3); field(o.noThreatLevel)
        field(o.mandatory); field(o.guaranteedMinimum); field(o.pendingInspection)
        for i in o.inspections {
            field(i.position.rawValue); field(i.inspector.rawValue); field(i.type); field(i.standard)
            field(i.rating); field(i.date?.iso); field(i.dateLabel)
        }
        for (key, value) in o.otherColumns.sorted(by: { $0.key < $1.key }) {
            field(key); field(value)
        }
        text += "\u{1E}"
    }
}
