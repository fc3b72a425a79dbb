import Foundation
import Testing
import VigilCore
import VigilImport

/// The synthetic person-level sample in `../shared/data/samples`, rewritten on demand into
/// every form the stays reader accepts (gzip, XLSX with title rows, snake_case header) and
/// into the broken forms it must refuse. Files go to a fresh temporary folder, never into
/// the repository.
public enum StaysFixtures {
    public static let samplePath = "samples/stays_SYNTHETIC_ddp_raw_schema.csv"
    public static let expectedPath = "samples/stays_SYNTHETIC_expected_daily_population.csv"

    /// The trait of a test that reads the sample.
    public static var requiresSample: ConditionTrait { SharedData.required(samplePath) }
    /// The trait of a test that reads the sample and its expected daily populations.
    public static var requiresSampleAndExpected: ConditionTrait { SharedData.required(samplePath, expectedPath) }

    /// The sample's text; throws naming it when absent (the test carries `requiresSample`).
    public static func sampleText() throws -> String {
        try String(contentsOf: try SharedData.require(samplePath), encoding: .utf8)
    }

    /// A fresh temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-stays-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` in `folder` (gzip-compressed when `name` ends in `.gz`).
    @discardableResult
    public static func write(_ text: String, named name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        let writer = try CompressedFileWriter(path: url.path, level: 6)
        try writer.write(Array(text.utf8))
        try writer.close()
        return url
    }

    /// The lines of `text`, whether they end in LF or CRLF (the sample's own), without their ends.
    public static func lines(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(String.UnicodeScalarView(line))
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return line
        }
    }

    /// The sample's rows parsed into cells (RFC 4180), header first.
    public static func rows(of text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var inQuotes = false
        var chars = Array(text).makeIterator()
        var pending: Character?
        while let c = pending ?? chars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                    } else { inQuotes = false }
                } else { field.append(c) }
            } else if c == "\"" { inQuotes = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" || c == "\r\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// The expected daily populations: (facility, date) -> (midnight, 24-hour).
    public static func expected() throws -> [String: (midnight: Int, allDay: Int)] {
        let text = try String(contentsOf: try SharedData.require(expectedPath), encoding: .utf8)
        var out: [String: (Int, Int)] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            out["\(f[1]) \(f[0])"] = (Int(f[2])!, Int(f[3])!)
        }
        return out
    }
}
