import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// Pins what `docs/ice-stats-crosscheck.md` explains: how our reading of each workbook
/// compares with the independent parse of the same sheets.
@Suite("Cross-check against the independent parse")
struct CrossCheckTests {
    /// The parse holds no rows for these releases' dates (2020-12-28 and 2021-01-25).
    static let releasesTheParseLacks: Set<String> = [
        "20210113002029-FY21-detentionstats.xlsx", "20210211010540-FY21-detentionstats.xlsx",
    ]

    @Test("every parsed row matches one of ours with equal figures; rows only we have are allowed",
          SharedData.required(SharedIceStatsData.parsedSnapshotsPath, SharedIceStatsData.folderPath))
    func crossCheck() throws {
        let check = try ParsedSnapshotCrossCheck()
        let names = SharedIceStatsData.workbookNames
        #expect(names.count == 30)
        var table: [String] = []
        for name in names {
            // given a real workbook and the parse's rows for its printed date
            let release = try IceStatsWorkbookReader.read(fileAt: SharedIceStatsData.workbook(name))
            // when they are compared
            let outcome = check.compare(release)
            table.append("| \(name) | \(release.printedAsOfDate.map(\.iso) ?? "-") | \(release.facilities.count) | "
                         + "\(outcome.parsedRows) | \(outcome.parsedCopies) | \(outcome.agreeing) | \(outcome.disagreements.count) | "
                         + "\(outcome.unmatched.count) | \(outcome.onlyOurs.count) |")
            // then no parsed row is missing from ours, and no figure differs
            #expect(outcome.unmatched.isEmpty, "\(name): parsed rows we do not have: \(outcome.unmatched.prefix(5))")
            #expect(outcome.disagreements.isEmpty, "\(name): figures differ: \(outcome.disagreements.prefix(5))")
            // and rows only we have are explained: the parse has no copy of the release at all, or it
            // dropped exactly the rows whose ALOS cell is blank
            if outcome.parsedRows == 0 {
                #expect(Self.releasesTheParseLacks.contains(name), "\(name): the parse has no rows for it")
            } else {
                let withALOS = outcome.onlyOurs.filter { $0.averageLengthOfStay != nil }.map(\.name)
                #expect(withALOS.isEmpty, "\(name): rows only we have that do report an ALOS: \(withALOS)")
                let blankALOS = release.facilities.filter { $0.averageLengthOfStay == nil }.count
                #expect(outcome.onlyOurs.count == blankALOS, "\(name): the parse should drop exactly the blank-ALOS rows")
            }
        }
        print(table.joined(separator: "\n"))
    }
}
