import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

@Suite("Duplicate person-level rows are told by SHA-256")
struct RowDigestTests {
    @Test("the digest is the row's SHA-256")
    func isSHA256() {
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
        let digest = RowDigest(of: "abc")
        #expect(digest.words.0 == UInt64(littleEndian: 0xEACF_018F_BF16_78BA))
        #expect(digest.words.3 == UInt64(littleEndian: 0xAD15_00F2_61FF_10B4))
    }

    @Test("the set recognises repeats among many rows and keeps digests that differ in any one word")
    func set() {
        var set = RowDigestSet(capacity: 4)
        var fresh = 0
        for i in 0..<50_000 where set.insert(RowDigest(of: "row \(i),a,b,c")) { fresh += 1 }
        #expect(fresh == 50_000)
        let repeated = set.insert(RowDigest(of: "row 123,a,b,c"))
        #expect(!repeated)
        #expect(set.count == 50_000)
        // given digests equal in three words of four, each is its own entry
        var near = RowDigestSet(capacity: 4)
        let base = (UInt64(5), UInt64(6), UInt64(7), UInt64(8))
        let added = [base, (5, 6, 7, 9), (5, 6, 9, 8), (5, 9, 7, 8), (9, 6, 7, 8)].map { near.insert(RowDigest(words: $0)) }
        #expect(added == [true, true, true, true, true])
        let again = near.insert(RowDigest(words: base))
        #expect(!again)
        // and the all-zero digest, which marks empty slots, is kept once like any other
        let zero = [near.insert(RowDigest(words: (0, 0, 0, 0))), near.insert(RowDigest(words: (0, 0, 0, 0)))]
        #expect(zero == [true, false])
        #expect(near.count == 6)
    }

    @Test("workbook rows whose cells join to the same text are different rows")
    func cellBoundaries() {
        // Joined with a separator, these two rows read alike; hashed cell by cell with lengths, they do not.
        #expect(RowDigest(cells: ["STWRTGA\u{1F}x", "2025-03-01"]) != RowDigest(cells: ["STWRTGA", "x\u{1F}2025-03-01"]))
        #expect(RowDigest(cells: ["ab", "c"]) != RowDigest(cells: ["a", "bc"]))
        #expect(RowDigest(cells: ["ab", "c"]) == RowDigest(cells: ["ab", "c"]))
    }

    static func stays(_ rows: [(String, String, String)]) -> String {
        ([StayGenerator.headerLine] + rows.map { bookIn, bookOut, code in
            var cells = [String](repeating: "", count: 53)
            cells[1] = bookIn; cells[3] = bookOut; cells[38] = code
            return cells.joined(separator: ",")
        }).joined(separator: "\n")
    }

    @Test("of two rows differing in one byte both are counted; an exact repeat is dropped (CSV and XLSX)", arguments: ["csv", "xlsx"])
    func nearDuplicates(format: String) throws {
        let text = Self.stays([("2025-03-01 10:00:00", "2025-03-02 10:00:00", "STWRTGA"),
                               ("2025-03-01 10:00:00", "2025-03-02 10:00:01", "STWRTGA"),
                               ("2025-03-01 10:00:00", "2025-03-02 10:00:00", "STWRTGA")])
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url: URL
        if format == "csv" {
            url = try StaysFixtures.write(text, named: "near.csv", in: folder)
        } else {
            var builder = WorkbookBuilder()
            builder.addSheet(named: "Detentions", rows: StaysFixtures.rows(of: text).map { $0.map { WorkbookBuilder.Cell.text($0) } })
            url = folder.appendingPathComponent("near.xlsx")
            try builder.data().write(to: url)
        }
        let result = try StaysFileReader.read(fileAt: url)
        #expect(result.report.rowsRead == 3)
        #expect(result.report.duplicateRows == 1)
        #expect(result.report.stintsCounted == 2)
        #expect(result.population.counts(facility: "STWRTGA", on: CalendarDate(year: 2025, month: 3, day: 1)!).midnight == 2)
    }
}
