import Foundation
import Testing
import VigilCore
@testable import VigilStore

/// `Timestamp.iso` writes moments by hand; what it writes must be what Foundation's ISO 8601
/// format style writes, which stored rows have always held.
@Suite("Timestamps")
struct TimestampTests {
    @Test("a moment is written as Date.formatted(.iso8601) writes it: whole seconds in UTC, before 1970 and in leap years too")
    func sameAsFoundation() {
        var generator = SeededGenerator(seed: 2026_11_23)  // the same moments every run, so a failure names them again
        // moments from 1900 to 2200, with fractions of a second, and the edges of days, years and leap days
        var moments = (0..<20_000).map { _ in Date(timeIntervalSince1970: Double.random(in: -2_208_988_800...7_258_118_400, using: &generator)) }
        moments += [0, -1, -0.25, 0.999_999, 86_399.5, 86_400, 951_782_399.9, 951_782_400, 1_709_164_800, 4_107_542_399]
            .map(Date.init(timeIntervalSince1970:))
        for moment in moments {
            #expect(Timestamp.iso(moment) == moment.formatted(.iso8601), "\(moment.timeIntervalSince1970)")
            if Timestamp.iso(moment) != moment.formatted(.iso8601) { break }
        }
        #expect(Timestamp.iso(Date(timeIntervalSince1970: 1_795_433_940.75)) == "2026-11-23T11:39:00Z")
    }

    @Test("stored text is read back as Date(_:strategy: .iso8601) reads it, written moments and other text alike")
    func readsAsFoundation() {
        var generator = SeededGenerator(seed: 2026_11_23)  // the same moments every run, so a failure names them again
        // what `iso` writes, from 1900 to 2100 (the hand reading's years) and beyond (Foundation's)
        var texts = (0..<5_000).map { _ in Timestamp.iso(Date(timeIntervalSince1970: Double.random(in: -2_500_000_000...7_300_000_000, using: &generator))) }
        // and text at the edges: a leap second, a space for the T, a zone, a fraction, leap days, impossible days, hours and minutes
        texts += ["2026-11-23T11:59:60Z", "2026-11-23 11:59:00Z", "2026-11-23T11:59:00+01:00", "2026-11-23T11:59:00.5Z",
                  "2026-02-29T00:00:00Z", "2024-02-29T23:59:59Z", "2026-13-01T00:00:00Z", "2026-11-23T24:00:00Z",
                  "2026-11-23T11:60:00Z", "2026-11-23T11:59:00z", "", "yesterday"]
        for text in texts {
            #expect(Timestamp.date(text) == (try? Date(text, strategy: .iso8601)), "\(text)")
            if Timestamp.date(text) != (try? Date(text, strategy: .iso8601)) { break }
        }
        #expect(Timestamp.date("2026-11-23T11:39:00Z") == Date(timeIntervalSince1970: 1_795_433_940))
    }
}
