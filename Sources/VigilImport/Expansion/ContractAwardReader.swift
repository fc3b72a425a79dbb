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
        var awards: [ContractAward] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            func field(_ name: String) -> String? { table.field(name, of: record) }
            func fail(_ column: String, _ reason: String) -> ImportFailure {
                ImportFailure(file: table.fileName, row: record.line, column: column, reason)
            }
            guard let id = field("usaspending_award_id") else { throw fail("usaspending_award_id", "no award id") }
            if let first = seen[id] { throw fail("usaspending_award_id", "award \(id) is listed again (first on row \(first))") }
            seen[id] = record.line
            let flags = ["true": true, "false": false, "1": true, "0": false, "yes": true, "no": false]
            let flag = field("detention_related")?.lowercased() ?? ""
            guard let related = flags[flag] else { throw fail("detention_related", "“\(flag)” is not True or False") }
            func date(_ column: String) throws -> CalendarDate? {
                guard let text = field(column) else { return nil }
                guard let parsed = CalendarDate(iso: text) else { throw fail(column, "“\(text)” is not a date written YYYY-MM-DD") }
                return parsed
            }
            let start = try date("period_start")
            let awarded = try date("award_date")
            var amount: Double?
            if let text = field("amount_usd") {
                guard let value = Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "$", with: "")),
                      value.isFinite else { throw fail("amount_usd", "“\(text)” is not an amount in dollars") }
                amount = value
            }
            var award = ContractAward(awardID: id, recipient: field("recipient"), description: field("description"),
                                      placeState: field("place_state")?.uppercased(), placeCounty: field("place_county"),
                                      date: start ?? awarded, detentionRelated: related, sourceRow: record.line)
            award.amountUSD = amount
            award.awardDate = awarded
            award.contractorType = field("contractor_type")
            if ContractAwardEvidence.qualifies(award) && award.date == nil {
                throw fail("period_start", "a detention award needs a period_start or award_date to date its evidence")
            }
            awards.append(award)
        }
        return awards
    }
}
