import Crypto
import Foundation
import Testing
import VigilCore
@testable import VigilStore

@Suite("Release fingerprints")
struct ReleaseFingerprintTests {
    /// The canonical text as the first version wrote it, a String with each number's
    /// `description`: fingerprints stored by then must still be found.
    static func reference(_ release: IceStatsRelease) -> String {
        var text = release.asOfDate.iso
        func field(_ value: String?) { text += (value ?? "\u{0}") + "\u{1F}" }
        func field(_ value: Double?) { field(value.map { "\($0)" }) }
        for o in release.facilities {
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
            for (key, value) in o.otherColumns.sorted(by: { $0.key < $1.key }) { field(key); field(value) }
            text += "\u{1E}"
        }
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    @Test("the fingerprint is the first version's, for every kind of number and for releases past one hashed chunk")
    func sameAsFirstVersion() {
        // 2^53 (the nearest double to 2^53 + 1, which the list gave before) and the smallest subnormal.
        let numbers: [Double?] = [nil, 0, -0.0, 1, -42, 2.5, 1.0 / 3, 1e14 + 0.5, 999_999_999_999_999, 1e15, 1e16,
                                  9_007_199_254_740_992, -1e15, 123_456_789.125, .infinity, -.infinity, .nan,
                                  .leastNonzeroMagnitude]
        var release = Fixtures.release(facilities: [])
        for (index, number) in numbers.enumerated() {
            var o = FacilityObservation(sourceRow: index + 8, name: "FACILITY \(index) é \u{1F}")
            o.levelA = number
            o.averageLengthOfStay = numbers[(index + 1) % numbers.count]
            o.guaranteedMinimum = numbers[(index + 5) % numbers.count]
            o.otherColumns = ["b": "x", "a": "\u{0}"]
            release.facilities.append(o)
        }
        #expect(ReleaseFingerprint.of(release) == Self.reference(release))
        // and past the 64 KiB at which the text is hashed a chunk at a time
        let big = Fixtures.release(facilities: (0..<2_000).map { ("CAMP \($0)", "TX", Double($0) * 1.5) })
        #expect(ReleaseFingerprint.of(big) == Self.reference(big))
        #expect(ReleaseFingerprint.of(big) != ReleaseFingerprint.of(release))
    }
}
