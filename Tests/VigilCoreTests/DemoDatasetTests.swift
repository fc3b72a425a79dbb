import Testing
import VigilCore

@Suite("Synthetic demo data")
struct DemoDatasetTests {
    @Test("the same seed gives the same releases")
    func deterministic() {
        let a = DemoDataset.releases(seed: 7, count: 4)
        let b = DemoDataset.releases(seed: 7, count: 4)
        #expect(a.map(\.source.sha256) == b.map(\.source.sha256))
        #expect(a.map(\.totalAverageDailyPopulation) == b.map(\.totalAverageDailyPopulation))
    }

    @Test("it is labelled synthetic and shaped like the real system")
    func shape() {
        let releases = DemoDataset.releases()
        #expect(releases.allSatisfy { $0.source.fileName.hasPrefix("DEMO-synthetic-") })
        #expect(releases.allSatisfy { $0.facilities.allSatisfy { $0.name.contains("DEMO") } })
        // the population grows over the period, and a few facilities hold most people
        #expect(releases.last!.totalAverageDailyPopulation > releases.first!.totalAverageDailyPopulation * 1.5)
        let sizes = releases.last!.facilities.compactMap(\.averageDailyPopulation).sorted(by: >)
        #expect(sizes.prefix(10).reduce(0, +) > sizes.reduce(0, +) * 0.5)
    }
}

extension DemoDatasetTests {
    @Test("no two demo facilities share a facility key")
    func distinctFacilities() {
        let keys = DemoDataset.releases(count: 26).last!.facilities.map(\.key)
        #expect(Set(keys).count == keys.count)
    }
}
