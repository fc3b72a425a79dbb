import Foundation
import VigilCore

/// Reads funded detention beds by fiscal year (`funded_beds.csv`:
/// `fiscal_year,beds,status,what_the_source_says,source_url`). A blank `beds` means the source
/// says there was no bed minimum that year, and is kept as no figure, never as zero. A year
/// may appear more than once (an enacted figure and a request). A fiscal year or bed count that
/// is not a whole number, or a row with no status, refuses the file, naming file, row and column.
public enum FundedBedsReader {
    public static let requiredColumns = ["fiscal_year", "beds", "status"]

    public static func read(fileAt url: URL) throws -> (SourceFile, [FundedBedsYear]) {
        try read(data: try FileContents.read(url), fileName: url.lastPathComponent)
    }

    public static func read(data: Data, fileName: String) throws -> (SourceFile, [FundedBedsYear]) {
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let table = try HeadedTable(data: data, fileName: fileName)
        try table.require(requiredColumns, layout: "a list of funded beds needs \(requiredColumns.joined(separator: ","))")
        var years: [FundedBedsYear] = []
        for record in table.records {
            func field(_ name: String) -> String? { table.field(name, of: record) }
            func fail(_ column: String, _ reason: String) -> ImportFailure {
                ImportFailure(file: fileName, row: record.line, column: column, reason)
            }
            guard let yearText = field("fiscal_year"), let year = Int(yearText), (1980...2100).contains(year) else {
                throw fail("fiscal_year", "“\(field("fiscal_year") ?? "")” is not a fiscal year such as 2019")
            }
            var beds: Int?
            if let text = field("beds") {
                guard let n = Int(text.replacingOccurrences(of: ",", with: "")), n >= 0 else {
                    throw fail("beds", "“\(text)” is not a number of beds (leave it blank for no bed minimum)")
                }
                beds = n
            }
            guard let status = field("status") else { throw fail("status", "no status (enacted minimum, requested, ...)") }
            years.append(FundedBedsYear(fiscalYear: year, beds: beds, status: status, statement: field("what_the_source_says"),
                                        sourceURL: field("source_url"), sourceRow: record.line))
        }
        return (source, years)
    }
}
