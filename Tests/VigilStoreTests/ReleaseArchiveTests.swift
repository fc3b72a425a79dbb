import Testing
import VigilCore
import VigilStore
import VigilTestSupport

@Suite("Release archive")
struct ReleaseArchiveTests {
    @Test("archives a release with its facilities, inspections and anomalies", arguments: TestEngine.available)
    func archivesRelease(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a release of two facilities
            let release = Fixtures.release()
            // when it is archived
            let outcome = try await ReleaseArchive(database: db).archive(release)
            // then the release, its rows and its inspections read back as stored
            guard case .archived(let id, 2, 1) = outcome else { Issue.record("unexpected \(outcome)"); return }
            let summary = try #require(try await ReleaseQueries(database: db).release(id: id))
            #expect(summary.asOfDate.iso == "2024-07-08")
            #expect(summary.facilityCount == 2)
            #expect(summary.totalAverageDailyPopulation == 3_300)
            #expect(summary.primaryFile.fileName == "FY24_detentionStats07182024.xlsx")
            #expect(summary.anomalies.map(\.kind) == [.irregularSheetName])
            let rows = try await FacilityQueries(database: db).rows(inRelease: id)
            #expect(rows.map(\.observation.name) == ["ADELANTO ICE PROCESSING CENTER", "STEWART DETENTION CENTER"])
            let stewart = try #require(rows.last)
            #expect(stewart.observation.averageDailyPopulation == 1_800)
            #expect(stewart.observation.inspections.first?.inspector == .odo)
            #expect(stewart.observation.otherColumns == ["Footnote": "x"])
            #expect(stewart.key.rawValue == "stewart-detention-center-ga")
        }
    }

    @Test("new releases stored together, their rows in one statement, each keep their own id, file and facilities",
          arguments: TestEngine.available)
    func groupOfNewReleases(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given three new releases of one, two and three facilities, with their as-of dates out of order
            let names = ["STEWART DETENTION CENTER", "ADELANTO ICE PROCESSING CENTER", "IRWIN COUNTY DETENTION CENTER"]
            let group = [("2024-03-04", 1, "c"), ("2024-01-08", 2, "a"), ("2024-02-05", 3, "b")].map { asOf, count, sha in
                Fixtures.release(asOf: asOf, fileName: "\(asOf).xlsx", sha: Character(sha),
                                 facilities: names.prefix(count).map { ($0, "GA", 100 * Double(count)) })
            }
            // when they are stored as one group
            let outcomes = try await ReleaseArchive(database: db).archive(group: group.map(PreparedRelease.init)).map { try $0.outcome.get() }
            let ids = outcomes.compactMap { outcome -> Int? in if case .archived(let id, _, _) = outcome { id } else { nil } }
            // then each is archived, with ids in the group's order
            #expect(ids.count == 3 && ids == ids.sorted())
            // and each id holds its own release: as-of date, file, facility rows and their figures
            for (id, (release, count)) in zip(ids, zip(group, [1, 2, 3])) {
                let summary = try #require(try await ReleaseQueries(database: db).release(id: id))
                #expect(summary.asOfDate == release.asOfDate)
                #expect(summary.primaryFile.fileName == release.source.fileName)
                #expect(summary.facilityCount == count)
                let rows = try await FacilityQueries(database: db).rows(inRelease: id)
                #expect(Set(rows.map(\.observation.name)) == Set(names.prefix(count)))
                #expect(rows.allSatisfy { $0.observation.levelA == 50 * Double(count) })
            }
        }
    }

    @Test("importing the same file again changes nothing", arguments: TestEngine.available)
    func reimportIsNoOp(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            try await archive.archive(Fixtures.release())
            let before = try await Exporter(database: db).render(.facilityReleases, as: .csv)
            // when the same bytes arrive again
            let outcome = try await archive.archive(Fixtures.release())
            // then
            guard case .alreadyArchived = outcome else { Issue.record("unexpected \(outcome)"); return }
            #expect(try await ReleaseQueries(database: db).all().count == 1)
            #expect(try await Exporter(database: db).render(.facilityReleases, as: .csv) == before)
        }
    }

    @Test("the same release under another file name is recognised", arguments: TestEngine.available)
    func republishedRelease(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            try await archive.archive(Fixtures.release())
            // given other bytes and another name, but the same as-of date and table
            let twin = Fixtures.release(fileName: "20240719112240-FY24_detentionStats07182024.xlsx", sha: "b")
            let outcome = try await archive.archive(twin)
            guard case .republished(_, "FY24_detentionStats07182024.xlsx") = outcome else { Issue.record("unexpected \(outcome)"); return }
            let releases = try await ReleaseQueries(database: db).all()
            #expect(releases.count == 1)
            #expect(releases[0].files.map(\.fileName).sorted() == ["20240719112240-FY24_detentionStats07182024.xlsx", "FY24_detentionStats07182024.xlsx"])
            // and the note is stored with its values, so /releases can say it in the reader's language
            let note = releases[0].anomalies.first { $0.kind == .republishedUnderAnotherName }
            #expect(note?.facts == .republishedUnderAnotherName(file: "20240719112240-FY24_detentionStats07182024.xlsx", asOfDate: twin.asOfDate,
                                                                original: "FY24_detentionStats07182024.xlsx"))
            #expect(note?.detail == "20240719112240-FY24_detentionStats07182024.xlsx carries the same release (as of \(twin.asOfDate.iso), same facility table) as FY24_detentionStats07182024.xlsx; kept as another copy of it.")
            #expect(try await FacilityQueries(database: db).allRows().count == 2)
        }
    }

    @Test("a failure part-way through leaves nothing stored", arguments: TestEngine.available)
    func failureRollsBack(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a database whose data-version table is missing, so the import fails when it commits, after the release and its rows
            try await ReleaseArchive(database: db).archive(Fixtures.release(asOf: "2024-01-08", sha: "c"))
            try await db.sql.raw("ALTER TABLE data_version RENAME TO data_version_away").run()
            // when a release is archived
            await #expect(throws: (any Error).self) {
                try await ReleaseArchive(database: db).archive(Fixtures.release())
            }
            // then only the earlier release is there, exactly as before
            try await db.sql.raw("ALTER TABLE data_version_away RENAME TO data_version").run()
            let releases = try await ReleaseQueries(database: db).all()
            #expect(releases.map(\.asOfDate.iso) == ["2024-01-08"])
            #expect(try await FacilityQueries(database: db).allRows().count == 2)
        }
    }

    @Test("real releases replace the synthetic demo", arguments: TestEngine.available)
    func realDataReplacesDemo(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            for release in DemoDataset.releases(count: 3) { try await archive.archive(release, synthetic: true) }
            #expect(try await ReleaseQueries(database: db).hasSyntheticData())
            // when a real release is archived
            try await archive.archive(Fixtures.release())
            // then no synthetic figure remains
            #expect(try await ReleaseQueries(database: db).hasSyntheticData() == false)
            #expect(try await ReleaseQueries(database: db).all().count == 1)
        }
    }

    @Test("a synthetic release is a twin only of a synthetic one: a real copy of it is stored as new", arguments: TestEngine.available)
    func syntheticTwins(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            try await archive.archive(Fixtures.release(), synthetic: true)
            // given the same release again, synthetic, under other bytes: it is the first one's copy
            let synthetic = try await archive.archive(Fixtures.release(fileName: "copy.xlsx", sha: "b"), synthetic: true)
            guard case .republished = synthetic else { Issue.record("unexpected \(synthetic)"); return }
            // when a real file carries the same release
            let real = try await archive.archive(Fixtures.release(fileName: "real.xlsx", sha: "c"))
            // then it is stored as a release of its own, and the synthetic one and its copy are gone
            guard case .archived = real else { Issue.record("unexpected \(real)"); return }
            let releases = try await ReleaseQueries(database: db).all()
            #expect(releases.map { $0.files.map(\.fileName) } == [["real.xlsx"]])
            #expect(try await ReleaseQueries(database: db).hasSyntheticData() == false)
        }
    }

    @Test("a group mixing a stored file, a copy of a stored release and new releases stores each as alone, and replaces the demo",
          arguments: TestEngine.available)
    func mixedGroup(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            // given the demo's synthetic releases, then a real release stored from "stored.xlsx" (which removes them)
            for release in DemoDataset.releases(count: 2) { try await archive.archive(release, synthetic: true) }
            try await archive.archive(Fixtures.release(asOf: "2024-01-08", fileName: "stored.xlsx", sha: "a"))
            for release in DemoDataset.releases(count: 2) { try await archive.archive(release, synthetic: true) }
            #expect(try await ReleaseQueries(database: db).hasSyntheticData())
            // when one group holds a new release, the stored file again, a copy of the stored release, another new
            // release, and a copy of the group's own first release
            let group = [
                Fixtures.release(asOf: "2024-02-05", fileName: "new-1.xlsx", sha: "b"),
                Fixtures.release(asOf: "2024-01-08", fileName: "stored-again.xlsx", sha: "a"),
                Fixtures.release(asOf: "2024-01-08", fileName: "stored-copy.xlsx", sha: "c"),
                Fixtures.release(asOf: "2024-03-04", fileName: "new-2.xlsx", sha: "d"),
                Fixtures.release(asOf: "2024-02-05", fileName: "new-1-copy.xlsx", sha: "e"),
            ]
            let outcomes = try await archive.archive(group: group.map(PreparedRelease.init)).map { try $0.outcome.get() }
            // then each outcome is what storing it alone gives
            guard outcomes.count == 5, case .archived(let first, _, _) = outcomes[0], case .alreadyArchived(_, "stored.xlsx") = outcomes[1],
                  case .republished(_, "stored.xlsx") = outcomes[2], case .archived = outcomes[3],
                  case .republished(first, "new-1.xlsx") = outcomes[4] else {
                Issue.record("unexpected \(outcomes)"); return
            }
            // and the demo is gone, three real releases stay, each with the files that carried it
            #expect(try await ReleaseQueries(database: db).hasSyntheticData() == false)
            let files = try await ReleaseQueries(database: db).all().map { $0.files.map(\.fileName).sorted() }.sorted { $0[0] < $1[0] }
            #expect(files == [["new-1-copy.xlsx", "new-1.xlsx"], ["new-2.xlsx"], ["stored-copy.xlsx", "stored.xlsx"]])
        }
    }
}
