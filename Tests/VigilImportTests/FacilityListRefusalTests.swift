import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// The irregular rows docs/facility-registry.md decides, and the files `vigil import facilities`
/// must refuse: each refusal an `ImportFailure` naming the file, none a crash.
@Suite("Facility list refusals and irregular rows")
struct FacilityListRefusalTests {
    static let header = "detloc|name|city|state|aor|dmcp_auth"

    static func read(_ text: String, named name: String = "joined.csv") throws -> FacilityListing {
        try FacilityListReader.read(data: Data(text.utf8), fileName: name)
    }

    /// Reads `data` as `name` and returns the failure it must raise, checking it names the file.
    static func failure(_ data: Data, named name: String) -> ImportFailure? {
        do {
            let listing = try FacilityListReader.read(data: data, fileName: name)
            Issue.record("\(name) was not refused: read \(listing.entries.count) entries as \(listing.format)")
            return nil
        } catch let failure as ImportFailure {
            #expect(failure.location.file == name)
            #expect(failure.description.hasPrefix(name))
            return failure
        } catch {
            Issue.record("\(name) was refused with \(type(of: error)), not an ImportFailure: \(error)")
            return nil
        }
    }

    // MARK: Duplicate codes

    struct ConflictCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let body: [String]
        let rows: (Int, Int)
    }

    static let conflicts: [ConflictCase] = [
        .init(testDescription: "adjacent rows, different names", body: [
            "STWRTGA|STEWART DETENTION CENTER|LUMPKIN|GA|ATL|IGSA", "STWRTGA|STEWART COUNTY JAIL|LUMPKIN|GA|ATL|IGSA",
        ], rows: (2, 3)),
        .init(testDescription: "rows apart, with a code-less row and an identical repeat between, different city", body: [
            "STWRTGA|STEWART DETENTION CENTER|LUMPKIN|GA|ATL|IGSA", "|NO CODE|X|GA|ATL|", "STWRTGA|STEWART DETENTION CENTER|LUMPKIN|GA|ATL|IGSA",
            "IRWINGA|IRWIN COUNTY DETENTION CENTER|OCILLA|GA|ATL|IGSA", "stwrtga|STEWART DETENTION CENTER|OCILLA|GA|ATL|IGSA",
        ], rows: (2, 6)),
        .init(testDescription: "same name, a field blank in one row", body: [
            "IRWINGA|IRWIN COUNTY DETENTION CENTER|OCILLA|GA|ATL|IGSA", "IRWINGA|IRWIN COUNTY DETENTION CENTER|OCILLA|GA||IGSA",
        ], rows: (2, 3)),
    ]

    @Test("a code repeated with different details refuses the file, naming both rows", arguments: conflicts)
    func conflictingDuplicate(_ c: ConflictCase) throws {
        // given a list whose code appears twice with different details
        let text = ([Self.header] + c.body).joined(separator: "\n") + "\n"
        // when it is read, then it is refused, naming the code and both rows
        let failure = try #require(Self.failure(Data(text.utf8), named: "conflict.csv"))
        #expect(failure.reason.contains("rows \(c.rows.0) and \(c.rows.1)"), "\(failure)")
        #expect(failure.location.row == c.rows.1)
        #expect(failure.reason.contains(c.body[0].prefix { $0 != "|" }.uppercased()))
    }

    @Test("a code repeated with identical details is kept once, and the repeat reported")
    func identicalDuplicate() throws {
        // given a list repeating one row exactly (once with the code in lower case) and another twice
        let text = [
            Self.header,
            "STWRTGA|STEWART DETENTION CENTER|LUMPKIN|GA|ATL|IGSA",
            "IRWINGA|IRWIN COUNTY DETENTION CENTER|OCILLA|GA|ATL|IGSA",
            "stwrtga|STEWART DETENTION CENTER|LUMPKIN|GA|ATL|IGSA",
            "STWRTGA| STEWART DETENTION CENTER |LUMPKIN|GA|ATL|IGSA",
        ].joined(separator: "\n")
        // when it is read
        let listing = try Self.read(text)
        // then each code is kept once, from its first row, and the repeats are named
        #expect(listing.entries.map(\.code) == ["STWRTGA", "IRWINGA"])
        #expect(listing.entries.map(\.sourceRow) == [2, 3])
        #expect(listing.notes == ["2 rows repeating an earlier row exactly kept once: rows 4, 5."])
    }

    // MARK: Missing codes

    struct MissingCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let text: String
        let codes: [String]
        let note: String
    }

    static let missing: [MissingCase] = [
        .init(testDescription: "blank, Redacted and placeholder codes (pipe-delimited)", text: [
            header, "A1|ONE|X|GA|ATL|", "|BLANK|X|GA|ATL|", "Redacted|R|X|GA|ATL|", "A2|TWO|X|GA|ATL|", "nan|N|X|GA|ATL|",
            "  |SPACES|X|GA|ATL|", "REDACTED|R2|X|GA|ATL|",
        ].joined(separator: "\n"),
              codes: ["A1", "A2"], note: "5 rows without a facility code (blank or redacted) left out: rows 3, 4, 6, 7, 8."),
        .init(testDescription: "one blank code in a Marshall-style CSV", text: [
            "DETLOC,Name,City,State,Lat,Lng", "STWRTGA,STEWART,LUMPKIN,GA,32.05,-84.77", ",NO CODE,X,GA,,", "IRWINGA,IRWIN,OCILLA,GA,31.6,-83.25",
        ].joined(separator: "\r"),
              codes: ["STWRTGA", "IRWINGA"], note: "1 row without a facility code (blank or redacted) left out: row 3."),
        .init(testDescription: "an empty quoted code after a blank line (code list)", text: [
            "detention_facility_code,detention_facility", "STWRTGA,STEWART DETENTION CENTER", "", "\"\",\"EMPTY, QUOTED\"",
        ].joined(separator: "\n"),
              codes: ["STWRTGA"], note: "1 row without a facility code (blank or redacted) left out: row 4."),
    ]

    @Test("rows without a code are left out and reported by row number", arguments: missing)
    func missingCodes(_ c: MissingCase) throws {
        // given a list with rows lacking a code
        // when it is read
        let listing = try Self.read(c.text)
        // then only coded rows are kept, and the note names the others' rows
        #expect(listing.entries.map(\.code) == c.codes)
        #expect(listing.notes == [c.note])
    }

    @Test("a list where no row has a code is refused")
    func noCodes() throws {
        let failure = try #require(Self.failure(Data((Self.header + "\n|A|X|GA|ATL|\nRedacted|B|X|GA|ATL|\n").utf8), named: "nocodes.csv"))
        #expect(failure.reason.contains("no row has a facility code"))
    }

    // MARK: Line ends

    static let lineEndLines = [
        "DETLOC,Name,Address,City,County,State,Zip,AOR,Date of Last Use,Date of First Use,Lat,Lng",
        "STWRTGA,STEWART DETENTION CENTER,146 CCA RD,LUMPKIN,STEWART,GA,31815,ATL,4/11/17,23/05/2006,32.05,-84.77",
        "\"IRWINGA\",\"IRWIN COUNTY DETENTION CENTER, ANNEX\",132 COTTON DR,OCILLA,IRWIN,GA,2920,ATL,,,31.6,-83.25",
        "",
        ",REDACTED ROW,,,,,,,,,,",
        "BRKSCTX,\"SOUTH TEXAS \"\"FAMILY\"\" CENTER\",300 EL RANCHO WAY,DILLEY,FRIO,TX,78017,SNA,1/2/2018,,28.67,-99.17",
    ]

    @Test("CR-only and CRLF line ends parse exactly as LF does", arguments: [
        ("CR", "\r"), ("CRLF", "\r\n"), ("CR, no final line end", "\r"),
    ])
    func lineEnds(label: String, ending: String) throws {
        // given the same list written with LF and with another line end
        let lf = try Self.read(Self.lineEndLines.joined(separator: "\n") + "\n", named: "locations.csv")
        let text = Self.lineEndLines.joined(separator: ending) + (label.contains("no final") ? "" : ending)
        // when both are read
        let other = try Self.read(text, named: "locations.csv")
        // then entries (with their row numbers) and notes agree, and the quoted fields survive
        #expect(other.format == .marshallLocations && lf.format == .marshallLocations)
        #expect(other.entries == lf.entries, "\(label)")
        #expect(other.notes == lf.notes)
        #expect(lf.entries.map(\.code) == ["STWRTGA", "IRWINGA", "BRKSCTX"])
        #expect(lf.entries.map(\.sourceRow) == [2, 3, 6])
        #expect(lf.entries[1].name == "IRWIN COUNTY DETENTION CENTER, ANNEX")
        #expect(lf.entries[1].zip == "02920")
        #expect(lf.entries[2].name == "SOUTH TEXAS \"FAMILY\" CENTER")
        #expect(lf.notes == ["1 row without a facility code (blank or redacted) left out: row 5."])
    }

    @Test("The Marshall Project's real locations file (CR-only) reads the same with its line ends made LF",
          SharedData.required("facilities/marshall-locations.csv"))
    func realMarshallLineEnds() throws {
        // given the real file, whose lines end with CR alone, and a copy in memory with LF
        let data = try Data(contentsOf: try SharedData.require("facilities/marshall-locations.csv"))
        #expect(data.contains(0x0D) && !data.contains(0x0A))
        let lf = Data(data.map { $0 == 0x0D ? 0x0A : $0 })
        // when both are read
        let original = try FacilityListReader.read(data: data, fileName: "marshall-locations.csv")
        let converted = try FacilityListReader.read(data: lf, fileName: "marshall-locations.csv")
        // then they agree entry for entry (a CR inside a quoted address became LF too), and there are many
        #expect(original.format == .marshallLocations)
        let expected = original.entries.map { entry in
            var e = entry
            e.address = e.address?.replacingOccurrences(of: "\r", with: "\n")
            return e
        }
        #expect(expected.count == converted.entries.count)
        let firstDifference = zip(expected, converted.entries).first { $0 != $1 }.map { "\($0.0)\n≠ \($0.1)" }
        #expect(firstDifference == nil)
        #expect(original.notes == converted.notes)
        #expect(original.entries.count > 1000)
    }

    // MARK: Files that are not facility lists

    struct BytesCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let fileName: String
        let bytes: [UInt8]
    }

    /// Deterministic noise: `count` bytes from a seeded generator, optionally without NULs
    /// (so the reader takes its text path rather than calling the file binary).
    static func noise(seed: UInt64, count: Int, prefix: [UInt8] = [], withoutNUL: Bool = false) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        var bytes = prefix
        while bytes.count < count {
            let byte = UInt8(truncatingIfNeeded: generator.next())
            if withoutNUL && byte == 0 { continue }
            bytes.append(byte)
        }
        return bytes
    }

    static let notLists: [BytesCase] = [
        .init(testDescription: "an empty file", fileName: "empty.csv", bytes: []),
        .init(testDescription: "only line ends", fileName: "blank.csv", bytes: Array("\n\r\n\r".utf8)),
        .init(testDescription: "random bytes", fileName: "noise.bin", bytes: noise(seed: 1, count: 4096)),
        .init(testDescription: "random bytes without NULs", fileName: "noise.csv", bytes: noise(seed: 2, count: 4096, withoutNUL: true)),
        .init(testDescription: "random bytes after a zip signature", fileName: "noise.xlsx", bytes: noise(seed: 3, count: 4096, prefix: [0x50, 0x4B, 0x03, 0x04])),
        .init(testDescription: "random bytes after a gzip signature", fileName: "noise.csv.gz", bytes: noise(seed: 4, count: 4096, prefix: [0x1F, 0x8B, 0x08, 0x00])),
        .init(testDescription: "a CSV without a DETLOC column", fileName: "names.csv", bytes: Array("name,city,state\nSTEWART,LUMPKIN,GA\n".utf8)),
        .init(testDescription: "a header and nothing else", fileName: "header.csv", bytes: Array("detloc|name|dmcp_auth\n".utf8)),
    ]

    @Test("files that are not facility lists are refused with the file name", arguments: notLists)
    func notAList(_ c: BytesCase) throws {
        // given bytes that are no facility list
        // when they are read, then they are refused with an ImportFailure naming the file
        let failure = Self.failure(Data(c.bytes), named: c.fileName)
        #expect(failure != nil)
        if c.bytes.isEmpty { #expect(failure?.reason.contains("empty") == true) }
    }

    @Test("a workbook without a Facility List - Main sheet is refused, saying why")
    func workbookWithoutListSheet() throws {
        // given a workbook like ICE's over-72-hour list: no code column, another sheet name
        var builder = WorkbookBuilder()
        builder.addSheet(named: "Over 72 Hour Facilities", rows: [["Name", "City", "State"], ["SOME HOLD ROOM", "EL PASO", "TX"]])
        // when it is read, then it is refused, naming the file and what it lacks
        let failure = try #require(Self.failure(try builder.data(), named: "Over72HourFacilities.xlsx"))
        #expect(failure.reason.contains("Facility List - Main"))
        #expect(failure.reason.contains("Over 72 Hour Facilities"))
    }
}
