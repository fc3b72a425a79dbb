import Foundation
import VigilCore

/// Reads a national average-daily-population series, one fiscal year a row:
///
/// `fiscal_year,adp[,administration][,source]`
///
/// Every row needs a fiscal year (1970–2100, each once) and a positive ADP; a row that fails
/// refuses the file, naming the row and column, so a half-read series is never stored.
public enum NationalADPReader {
    public static let requiredColumns = ["fiscal_year", "adp"]
    /// A series of yearly figures is tiny; anything bigger is not one.
    public static let maximumBytes = 1_000_000

    public static func read(fileAt url: URL) throws -> (SourceFile, [NationalADPYear]) {
        let data = try FileContents.read(url)
        return try read(data: data, fileName: url.lastPathComponent)
    }

    public static func read(data: Data, fileName: String) throws -> (SourceFile, [NationalADPYear]) {
        guard data.count <= maximumBytes else {
            throw ImportFailure(file: fileName, "the file is \(data.count) bytes; a yearly ADP series is a few hundred, so this is not one")
        }
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let table = try HeadedTable(data: data, fileName: fileName)
        try table.require(requiredColumns, layout: "a national ADP file needs fiscal_year,adp (and may add administration,source)")
        var years: [NationalADPYear] = []
        var seen: [Int: Int] = [:]
        for record in table.records where !record.fields.allSatisfy({ Clean.text($0) == nil }) {
            func field(_ name: String) -> String? { table.field(name, of: record) }
            guard let yearText = field("fiscal_year"), let year = Int(yearText), (1970...2100).contains(year) else {
                throw ImportFailure(file: fileName, row: record.line, column: "fiscal_year",
                                    "\"\(field("fiscal_year") ?? "")\" is not a fiscal year from 1970 to 2100")
            }
            if let earlier = seen[year] {
                throw ImportFailure(file: fileName, row: record.line, column: "fiscal_year", "FY\(year) is listed twice (also on row \(earlier))")
            }
            guard let adpText = field("adp"), let adp = Double(adpText.replacingOccurrences(of: ",", with: "")), adp.isFinite, adp > 0 else {
                throw ImportFailure(file: fileName, row: record.line, column: "adp", "\"\(field("adp") ?? "")\" is not a positive number of people")
            }
            seen[year] = record.line
            years.append(NationalADPYear(fiscalYear: FiscalYear(year), averageDailyPopulation: adp, source: field("source"), sourceRow: record.line))
        }
        guard !years.isEmpty else { throw ImportFailure(file: fileName, row: table.header.line, "the file has a header and no years") }
        return (source, years.sorted { $0.fiscalYear < $1.fiscalYear })
    }
}
