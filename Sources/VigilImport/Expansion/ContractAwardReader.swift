import Foundation
import VigilCore

/// Reads a list of federal contract awards (`markramm_ice_contracts.csv`, from USAspending):
/// the one reader of that shape, used by `vigil import contracts` for every award and by
/// `vigil import operators` for the awards that evidence an operator.
///
/// A bad row refuses the whole file, naming file, row and column: an award with no id, a
/// `detention_related` that is not true or false, an amount or date that does not parse.
public enum ContractAwardReader {
    public static let requiredColumns = ["usaspending_award_id", "recipient", "description", "place_state", "detention_related"]

    public static func read(fileAt url: URL) throws -> (SourceFile, [ContractAward]) {
        try read(data: try FileContents.read(url), fileName: url.lastPathComponent)
    }

    public static func read(data: Data, fileName: String) throws -> (SourceFile, [ContractAward]) {
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let table = try HeadedTable(data: data, fileName: fileName)
        try table.require(requiredColumns, layout: "a list of contract awards needs \(requiredColumns.joined(separator: ","))")
        return (source, try awards(table))
    }

    static func awards(_ table: HeadedTable) throws -> [ContractAward] {
        try table.keyedRows(by: "usaspending_award_id", noun: "award", missing: "no award id") { row in
            let flags = ["true": true, "false": false, "1": true, "0": false, "yes": true, "no": false]
            let flag = row.field("detention_related")?.lowercased() ?? ""
            guard let related = flags[flag] else { throw row.fail("detention_related", "“\(flag)” is not True or False") }
            func date(_ column: String) throws -> CalendarDate? {
                guard let text = row.field(column) else { return nil }
                guard let parsed = CalendarDate(iso: text) else { throw row.fail(column, "“\(text)” is not a date written YYYY-MM-DD") }
                return parsed
            }
            let start = try date("period_start")
            let awarded = try date("award_date")
            var amount: Double?
            if let text = row.field("amount_usd") {
                guard let value = Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "$", with: "")),
                      value.isFinite else { throw row.fail("amount_usd", "“\(text)” is not an amount in dollars") }
                amount = value
            }
            var award = ContractAward(awardID: row.id, recipient: row.field("recipient"), description: row.field("description"),
                                      placeState: row.field("place_state")?.uppercased(), placeCounty: row.field("place_county"),
                                      date: start ?? awarded, detentionRelated: related, sourceRow: row.record.line)
            award.amountUSD = amount
            award.awardDate = awarded
            award.contractorType = row.field("contractor_type")
            if ContractAwardEvidence.qualifies(award) && award.date == nil {
                throw row.fail("period_start", "a detention award needs a period_start or award_date to date its evidence")
            }
            return award
        }
    }
}
