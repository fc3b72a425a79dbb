import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Large downloads are streamed a chunk at a time; they hold the same bytes as before, and keep
/// the cache rules that can hold without a whole body: validators, 304 and HEAD.
@Suite("Streamed downloads")
struct StreamedDownloadTests {
    /// Every value kind, a formula to defuse, quotes, a comma and a line break to quote.
    static let small = DataTable(columns: ["name", "n", "x", "ok", "blank"], rows: [
        [.text("=SUM(A1)"), .integer(3), .number(1.5), .boolean(true), .null],
        [.text("a,\"b\"\nc"), .integer(-2), .number(12.0), .boolean(false), .text("-5")],
    ])

    static func large(rows: Int) -> DataTable {
        var table = DataTable(columns: Self.small.columns)
        for i in 0..<rows {
            var row = Self.small.rows[i % 2]
            row[1] = .integer(i)
            row[0] = .text("\(i % 2 == 0 ? "=SUM(A1)" : "a,\"b\"\nc") ünï ✓ \(String(repeating: "x", count: i % 50))")
            table.append(row)
        }
        return table
    }

    static func collect(_ response: Response) async throws -> String {
        String(buffer: try await BodyCollector.collect(response.body))
    }

    @Test("CSV and JSON keep the bytes they had before streaming")
    func pinnedBytes() {
        // the exact bytes the whole-body functions gave before they were split into lines
        #expect(Self.small.csv() == "name,n,x,ok,blank\r\n'=SUM(A1),3,1.5,true,\r\n\"a,\"\"b\"\"\nc\",-2,12,false,-5\r\n")
        #expect(Self.small.json() == """
            [
              {"name": "=SUM(A1)", "n": 3, "x": 1.5, "ok": true, "blank": null},
              {"name": "a,\\"b\\"\\nc", "n": -2, "x": 12, "ok": false, "blank": "-5"}
            ]

            """)
    }

    @Test("a table over the threshold streams exactly the whole-body CSV and JSON", arguments: [ExportFormat.csv, .json])
    func streamedBytes(format: ExportFormat) async throws {
        // given a table large enough to stream, in many chunks
        let table = Self.large(rows: 40_000)
        #expect(TableBodyStream.shouldStream(table))
        // when it is made a response
        let response = TableResponse.make(table, format: format, fileStem: "big")
        // then the body has no length known in advance (it is streamed), and holds the same bytes
        #expect(response.body.contentLength == nil)
        let streamed = try await Self.collect(response)
        #expect(streamed == (format == .csv ? table.csv() : table.json()))
        #expect(streamed.utf8.count > 2 * TableBodyStream.chunkBytes)
        // and a small table still goes whole
        #expect(TableResponse.make(Self.small, format: format, fileStem: "small").body.contentLength != nil)
    }

    @Test("over HTTP a streamed download keeps its columns, gets validators, answers 304 and HEAD, and is not gzipped")
    func overHTTP() async throws {
        // given enough releases that every facility in every release is more rows than the threshold
        let releases = Fixtures.demoReleases(count: 40)
        #expect(releases.reduce(0) { $0 + $1.facilities.count } > TableBodyStream.rowThreshold)
        try await withApp(releases: releases) { client, db in
            let whole = try await Exporter(database: db).table(.facilityReleases)
            for (path, expected) in [("/facility-releases.csv", whole.csv()), ("/facility-releases.json", whole.json())] {
                // when it is downloaded
                let get = try await client.get(path, headers: [:])
                // then it holds exactly the table, as the whole body would have
                #expect(get.status == .ok)
                #expect(String(buffer: get.body) == expected, "\(path)")
                #expect(get.headers[.contentDisposition]?.contains("vigil-facility-releases") == true)
                // with a weak tag from the data version, a date and public caching
                let tag = try #require(get.headers[.eTag])
                #expect(tag.hasPrefix("W/\"v"))
                let version = try await db.dataVersion()
                #expect(tag.hasPrefix("W/\"v\(version.number)-"))
                #expect(get.headers[.lastModified] != nil)
                #expect(get.headers[.cacheControl] == ResponseCacheMiddleware.publicCacheControl)
                // and 304 for a client that holds it
                let again = try await client.get(path, headers: [.ifNoneMatch: tag])
                #expect(again.status == .notModified)
                #expect(again.body.readableBytes == 0)
                #expect(try await client.get(path, headers: [.ifModifiedSince: get.headers[.lastModified]!]).status == .notModified)
                // HEAD: the same headers, no body
                let head = try await client.execute(uri: path, method: .head)
                #expect(head.status == .ok)
                #expect(head.body.readableBytes == 0)
                #expect(head.headers[.eTag] == tag)
                #expect(head.headers[.contentType] == get.headers[.contentType])
                // gzip is not applied to a stream: it goes plain, and says so by not claiming an encoding
                let zipped = try await client.get(path, headers: [.acceptEncoding: "gzip"])
                #expect(zipped.headers[.contentEncoding] == nil)
                #expect(String(buffer: zipped.body) == expected)
            }
            // when the data changes, the old tag gets the new download
            let tag = try #require(try await client.get("/facility-releases.csv", headers: [:]).headers[.eTag])
            try await ReleaseArchive(database: db).archive(Fixtures.hostileRelease())
            let changed = try await client.get("/facility-releases.csv", headers: [.ifNoneMatch: tag])
            #expect(changed.status == .ok)
            #expect(changed.headers[.eTag] != tag)
            #expect(String(buffer: changed.body).contains("Plain County Jail"))
        }
    }
}
