import Testing
import VigilCore

@Suite("Synthetic demo segregation sheets")
struct DemoSegregationTests {
    @Test("every demo release republishes three months and two quarters, the same figures in every edition")
    func editions() {
        let releases = DemoDataset.releases(count: 8)
        for release in releases {
            #expect(Set(release.segregationPlacements.map(\.month)).count == 3)
            #expect(Set(release.vulnerableSegregation.map(\.quarterLabel)).count == 2)
            // the months are before the release's as-of date, and the lines name its demo facilities by key
            let asOf = CalendarMonth(year: release.asOfDate.year, month: release.asOfDate.month)!
            #expect(release.segregationPlacements.allSatisfy { $0.month < asOf })
            let keys = Set(release.facilities.map(\.key))
            #expect(release.segregationPlacements.allSatisfy { $0.facilityKey.map(keys.contains) == true && $0.facilityName.contains("DEMO") })
            #expect(release.segregationPlacements.allSatisfy { $0.location.file.hasPrefix("DEMO-synthetic-") })
        }
        // a month published by two releases has the same count for the same facility in both
        var seen: [String: Int] = [:]
        for line in releases.flatMap(\.segregationPlacements) {
            let id = "\(line.month.iso) \(line.facilityName)"
            if let count = seen[id] { #expect(count == line.placementCount, "\(id)") }
            seen[id] = line.placementCount
        }
        // each quarter's Grand Total is the sum of its reasons
        for release in releases {
            for (_, rows) in Dictionary(grouping: release.vulnerableSegregation, by: \.quarterLabel) {
                let total = rows.first { $0.reason == .total }?.placements
                #expect(total == rows.filter { $0.reason != .total }.reduce(0) { $0 + $1.placements })
            }
        }
    }

    @Test("adding the segregation sheets left the other demo figures as they were")
    func otherFiguresUnchanged() {
        // Digest and totals as generated with the segregation sheets switched off.
        let releases = DemoDataset.releases(seed: 2024, count: 26)
        #expect(releases[0].source.sha256.hasPrefix("935e0dfbd907b8cf"))
        #expect(abs(releases[0].totalAverageDailyPopulation - 16_825.68) < 0.001)
        #expect(abs(releases[25].totalAverageDailyPopulation - 33_608.59) < 0.001)
    }
}
