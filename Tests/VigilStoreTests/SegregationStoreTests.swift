import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// Segregation sheets stored with their release, read by latest edition, backfilled into
/// releases archived before they were read, and exported.
@Suite("Segregation store")
struct SegregationStoreTests {
    static let stewart = FacilityKey(rawValue: "stewart-detention-center-ga")
    static let adelanto = FacilityKey(rawValue: "adelanto-ice-processing-center-ca")

    /// A release (Stewart GA, Adelanto CA) publishing the given months' lines and one vulnerable quarter.
    static func release(asOf: String, fileName: String, sha: Character,
                        lines: [(month: String, name: String, key: FacilityKey?, count: Int)],
                        disciplinary: Int = 162) -> IceStatsRelease {
        // Facility tables differ between as-of dates, so no two releases look republished.
        var release = Fixtures.release(asOf: asOf, fileName: fileName, sha: sha,
                                       facilities: [("STEWART DETENTION CENTER", "GA", 1800 + Double(sha.asciiValue ?? 0)),
                                                    ("ADELANTO ICE PROCESSING CENTER", "CA", 1500)])
        release.segregationPlacements = lines.enumerated().map { index, line in
            SegregationPlacementCount(month: CalendarMonth(iso: line.month)!, facilityName: line.name, facilityKey: line.key,
                                      placementCount: line.count,
                                      location: SourceLocation(file: fileName, sheet: "Monthly Segregation", row: 7 + index))
        }
        func row(_ reason: String, _ placements: Int, row: Int) -> VulnerableSegregationRow {
            VulnerableSegregationRow(fiscalYear: FiscalYear(2025), quarter: 3, reason: VulnerablePlacementReason(asWritten: reason),
                                     reasonAsWritten: reason, placements: placements, averageConsecutiveDays: 35.07,
                                     averageCumulativeDays: 50.28, uniqueDetainees: 432,
                                     location: SourceLocation(file: fileName, sheet: "Vulnerable & Special Population", row: row))
        }
        release.vulnerableSegregation = [row("Disciplinary", disciplinary, row: 162), row("Medical Mental", 131, row: 164),
                                         row("Grand Total", disciplinary + 131, row: 167)]
        return release
    }

    @Test("a release's segregation rows are stored with it and read back with their provenance", arguments: TestEngine.available)
    func storesRows(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a release with two facilities' June lines, one under a variant spelling
            let release = Self.release(asOf: "2025-08-01", fileName: "FY25_detentionStats08012025.xlsx", sha: "a", lines: [
                ("2025-06", "STEWART DETENTION CENTER", Self.stewart, 3),
                ("2025-06", "ADELANTO ICE PROCESSING CENTER", Self.adelanto, 56),
                ("2025-06", "NORTHWEST ICE PROCESSSING CENTER", nil, 15),
            ])
            // when archived
            let outcome = try await ReleaseArchive(database: db).archive(release)
            guard case .archived(let id, _, _) = outcome else { Issue.record("unexpected \(outcome)"); return }
            // then a facility's months name the file, as-of date, sheet and row
            let queries = SegregationQueries(database: db)
            let months = try await queries.facilityMonths(keys: [Self.stewart])
            #expect(months == [SegregationMonth(month: "2025-06", placementCount: 3, facilityName: "STEWART DETENTION CENTER",
                                                facilityKey: Self.stewart, releaseID: id,
                                                sourceFileName: "FY25_detentionStats08012025.xlsx",
                                                releaseAsOfDate: CalendarDate(year: 2025, month: 8, day: 1)!,
                                                sheet: "Monthly Segregation", sheetRow: 7)])
            // and the nation's month counts every line, tied or not
            let national = try await queries.nationalMonths()
            #expect(national.map { "\($0.month) \($0.total) \($0.facilitiesReporting) \($0.editions)" } == ["2025-06 74 3 1"])
            #expect(try await queries.untiedFacilityNames() == ["NORTHWEST ICE PROCESSSING CENTER"])
            // and the vulnerable quarter reads back whole, reasons folded and as written
            let quarters = try await queries.vulnerableQuarters()
            #expect(quarters.map(\.reason) == [.disciplinary, .medicalMentalHealth, .total])
            #expect(quarters.map(\.reasonAsWritten) == ["Disciplinary", "Medical Mental", "Grand Total"])
            #expect(quarters[0].placements == 162 && quarters[0].averageConsecutiveDays == 35.07 && quarters[0].uniqueDetainees == 432)
            #expect(quarters[0].sourceFileName == "FY25_detentionStats08012025.xlsx" && quarters[0].sheetRow == 162)
        }
    }

    @Test("a month's later edition supersedes an earlier one, whatever the import order", arguments: TestEngine.available)
    func laterEditionSupersedes(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            // given the August release, imported first: June revised, July new
            let august = Self.release(asOf: "2024-08-01", fileName: "august.xlsx", sha: "b", lines: [
                ("2024-06", "STEWART DETENTION CENTER", Self.stewart, 7),
                ("2024-07", "STEWART DETENTION CENTER", Self.stewart, 3),
            ], disciplinary: 170)
            try await archive.archive(august)
            // and the July release, imported later, with the first edition of June
            let july = Self.release(asOf: "2024-07-01", fileName: "july.xlsx", sha: "c", lines: [
                ("2024-05", "STEWART DETENTION CENTER", Self.stewart, 4),
                ("2024-06", "STEWART DETENTION CENTER", Self.stewart, 5),
                ("2024-06", "ADELANTO ICE PROCESSING CENTER", Self.adelanto, 9),
            ], disciplinary: 162)
            try await archive.archive(july)
            let queries = SegregationQueries(database: db)
            // then June is August's edition (Adelanto's line, absent there, is not kept), May July's
            let stewart = try await queries.facilityMonths(keys: [Self.stewart])
            #expect(stewart.map { "\($0.month) \($0.placementCount) \($0.sourceFileName)" } ==
                    ["2024-05 4 july.xlsx", "2024-06 7 august.xlsx", "2024-07 3 august.xlsx"])
            #expect(try await queries.facilityMonths(keys: [Self.adelanto]).isEmpty)
            let national = try await queries.nationalMonths()
            #expect(national.map { "\($0.month) \($0.total) \($0.sourceFileName) \($0.editions)" } ==
                    ["2024-05 4 july.xlsx 1", "2024-06 7 august.xlsx 2", "2024-07 3 august.xlsx 1"])
            // and the quarter comes from the newer release too
            #expect(try await queries.vulnerableQuarters().first { $0.reason == .disciplinary }?.placements == 170)
            // and the ranking sums the newest months
            #expect(try await queries.placementsByFacility(lastMonths: 2) == [Self.stewart: 10])
            #expect(try await queries.placementsByFacility(lastMonths: 3) == [Self.stewart: 14])
        }
    }

    @Test("a release archived before segregation was read gets its rows when imported again, once", arguments: TestEngine.available)
    func backfill(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            // given a release stored by an older Vigil, which read no segregation sheet
            var read = Self.release(asOf: "2025-08-01", fileName: "FY25_detentionStats08012025.xlsx", sha: "d", lines: [
                ("2025-06", "STEWART DETENTION CENTER", Self.stewart, 3),
            ])
            read.anomalies.append(ReleaseAnomaly(.segregationBlockWithoutHeader, "February 2025 has no header row.",
                                                 at: SourceLocation(file: read.source.fileName, sheet: "Monthly Segregation", row: 271)))
            var old = read
            old.segregationPlacements = []
            old.vulnerableSegregation = []
            old.anomalies = old.anomalies.filter { $0.location?.sheet != "Monthly Segregation" }
            guard case .archived(let id, _, _) = try await archive.archive(old) else { Issue.record("not archived"); return }
            #expect(try await SegregationQueries(database: db).nationalMonths().isEmpty)
            // when the same file is imported again by this version
            let outcome = try await archive.archive(read)
            // then its rows and their anomaly are added to the stored release, and the outcome says so
            #expect(outcome == .backfilled(releaseID: id, asFileName: "FY25_detentionStats08012025.xlsx", segregationRows: 1, vulnerableRows: 3))
            #expect(try await SegregationQueries(database: db).facilityMonths(keys: [Self.stewart]).map(\.placementCount) == [3])
            let anomalies = try #require(try await ReleaseQueries(database: db).release(id: id)).anomalies
            #expect(anomalies.filter { $0.kind == .segregationBlockWithoutHeader }.count == 1)
            #expect(try await ReleaseQueries(database: db).all().count == 1)
            // and a third import changes nothing
            #expect(try await archive.archive(read) == .alreadyArchived(releaseID: id, asFileName: "FY25_detentionStats08012025.xlsx"))
            #expect(try await SegregationQueries(database: db).vulnerableQuarters().count == 3)
        }
    }

    @Test("names the import could not tie are tied on reading when exactly one facility has the name", arguments: TestEngine.available)
    func readTimeResolution(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given lines printed with ICE's abbreviations, untied at import, one naming a facility
            // only a reference list has
            _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(
                data: Data("DETLOC,Name,City,State,AOR\nIRWINGA,IRWIN COUNTY DETENTION CENTER,OCILLA,GA,ATL\n".utf8), fileName: "list.csv"))
            let release = Self.release(asOf: "2025-08-01", fileName: "f.xlsx", sha: "e", lines: [
                ("2025-06", "Stewart Det. Ctr.", nil, 8),
                ("2025-06", "Irwin County Det. Ctr.", nil, 2),
                ("2025-06", "UNKNOWN COUNTY JAIL", nil, 1),
            ])
            try await ReleaseArchive(database: db).archive(release)
            let queries = SegregationQueries(database: db)
            // then each is found under the facility, or the code, whose name it abbreviates
            #expect(try await queries.facilityMonths(keys: [Self.stewart]).map(\.facilityName) == ["Stewart Det. Ctr."])
            #expect(try await queries.placementsByFacility(lastMonths: 1) == [Self.stewart: 8, FacilityKey(rawValue: "IRWINGA"): 2])
            // and only the name nothing has is untied
            #expect(try await queries.untiedFacilityNames() == ["UNKNOWN COUNTY JAIL"])
        }
    }

    @Test("a batch import's closing check takes the facility names from memory, the same answer as reading them; not once anything else was written",
          arguments: TestEngine.available)
    func untiedNamesFromMemory(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given two workbooks imported as a batch, their lines untied at import, one abbreviating a facility's name
            let releases = [
                "a.xlsx": Self.release(asOf: "2025-07-01", fileName: "a.xlsx", sha: "f", lines: [("2025-05", "Stewart Det. Ctr.", nil, 8)]),
                "b.xlsx": Self.release(asOf: "2025-08-01", fileName: "b.xlsx", sha: "g", lines: [
                    ("2025-06", "Stewart Det. Ctr.", nil, 9), ("2025-06", "OTAY MESA DET. CTR.", nil, 4), ("2025-06", "UNKNOWN COUNTY JAIL", nil, 1),
                ]),
            ]
            let batch = ReleaseImportBatch(database: db) { url in
                guard let release = releases[url.lastPathComponent] else { throw ImportFailure(file: url.path, "no such fixture") }
                return release
            }
            let results = await batch.run([URL(fileURLWithPath: "/fixtures/a.xlsx"), URL(fileURLWithPath: "/fixtures/b.xlsx")])
            #expect(results.allSatisfy { if case .archived = $0.status { true } else { false } }, "\(results.map(\.summary))")
            // when the batch has stored its last release, it holds every stored facility row's name
            let names = try #require(batch.storedFacilityNames)
            let queries = SegregationQueries(database: db)
            // then the untied names are those read from the database: Stewart's abbreviation is tied, the others are not
            #expect(try await queries.untiedFacilityNames(storedNames: names) == ["OTAY MESA DET. CTR.", "UNKNOWN COUNTY JAIL"])
            #expect(try await queries.untiedFacilityNames() == ["OTAY MESA DET. CTR.", "UNKNOWN COUNTY JAIL"])
            // and once another release names Otay Mesa's facility, the names held are out of date and not used
            try await ReleaseArchive(database: db).archive(Fixtures.release(
                asOf: "2025-09-01", fileName: "c.xlsx", sha: "h", facilities: [("OTAY MESA DETENTION CENTER", "CA", 1400)]))
            #expect(try await queries.untiedFacilityNames(storedNames: names) == ["UNKNOWN COUNTY JAIL"])
            #expect(try await queries.untiedFacilityNames() == ["UNKNOWN COUNTY JAIL"])
        }
    }

    @Test("exports carry the documented columns, latest edition only", arguments: TestEngine.available)
    func exports(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            try await archive.archive(Self.release(asOf: "2024-07-01", fileName: "july.xlsx", sha: "f",
                                                   lines: [("2024-06", "STEWART DETENTION CENTER", Self.stewart, 5)]))
            try await archive.archive(Self.release(asOf: "2024-08-01", fileName: "august.xlsx", sha: "g",
                                                   lines: [("2024-06", "STEWART DETENTION CENTER", Self.stewart, 7)]))
            let exporter = Exporter(database: db)
            let csv = try await exporter.render(.segregation, as: .csv).split(separator: "\r\n").map(String.init)
            #expect(csv == ["month,facility_name,facility_key,placement_count,source_file,release_as_of,sheet,sheet_row",
                            "2024-06,STEWART DETENTION CENTER,stewart-detention-center-ga,7,august.xlsx,2024-08-01,Monthly Segregation,7"])
            let vulnerable = try await exporter.table(.vulnerableSegregation)
            #expect(vulnerable.columns == ["fiscal_year", "quarter", "reason", "reason_as_written", "placements", "avg_consecutive_days",
                                           "avg_cumulative_days", "unique_detainees", "source_file", "release_as_of"])
            #expect(vulnerable.rows.first == [.integer(2025), .integer(3), .text("disciplinary"), .text("Disciplinary"), .integer(162),
                                              .number(35.07), .number(50.28), .integer(432), .text("august.xlsx"), .text("2024-08-01")])
            #expect(vulnerable.rows.count == 3)
            #expect(try await exporter.render(.segregation, as: .json).contains("\"placement_count\": 7"))
        }
    }

    @Test("removing demo releases removes their segregation rows", arguments: TestEngine.available)
    func removeSynthetic(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            try await archive.archive(Self.release(asOf: "2025-08-01", fileName: "DEMO-synthetic.xlsx", sha: "h",
                                                   lines: [("2025-06", "STEWART DETENTION CENTER", Self.stewart, 3)]), synthetic: true)
            #expect(try await SegregationQueries(database: db).nationalMonths().count == 1)
            #expect(try await archive.removeSyntheticReleases() == 1)
            #expect(try await SegregationQueries(database: db).nationalMonths().isEmpty)
            #expect(try await SegregationQueries(database: db).vulnerableQuarters().isEmpty)
            // and a real release replaces demo data in one go, segregation rows included
            try await archive.archive(Self.release(asOf: "2025-08-01", fileName: "DEMO-synthetic.xlsx", sha: "i",
                                                   lines: [("2025-06", "STEWART DETENTION CENTER", Self.stewart, 3)]), synthetic: true)
            try await archive.archive(Self.release(asOf: "2025-09-01", fileName: "real.xlsx", sha: "j", lines: []))
            #expect(try await SegregationQueries(database: db).nationalMonths().isEmpty)
            #expect(try await SegregationQueries(database: db).vulnerableQuarters().map(\.sourceFileName) == ["real.xlsx", "real.xlsx", "real.xlsx"])
        }
    }
}
