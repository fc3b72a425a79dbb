import Foundation
import VigilCore

/// Reads 287(g) agreements (`markramm_287g_agreements.csv`:
/// `id,title,state,county,fips,agency,model,signed_date,source,...`). `signed_date` is written
/// out (“June 8, 2020”, sometimes with non-breaking spaces) or as YYYY-MM-DD. A row with no id,
/// agency or model, a date that does not parse, or a repeated id refuses the file, naming file,
/// row and column.
public enum Agreement287gReader {
    public static let requiredColumns = ["id", "title", "state", "agency", "model", "signed_date"]

    public static func read(fileAt url: URL) throws -> (SourceFile, [Agreement287g]) {
        try read(data: try FileContents.read(url), fileName: url.lastPathComponent)
    }

    public static func read(data: Data, fileName: String) throws -> (SourceFile, [Agreement287g]) {
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let table = try HeadedTable(data: data, fileName: fileName)
        try table.require(requiredColumns, layout: "a list of 287(g) agreements needs \(requiredColumns.joined(separator: ","))")
        var agreements: [Agreement287g] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            func field(_ name: String) -> String? { table.field(name, of: record) }
            func fail(_ column: String, _ reason: String) -> ImportFailure {
                ImportFailure(file: fileName, row: record.line, column: column, reason)
            }
            guard let id = field("id") else { throw fail("id", "no id") }
            if let first = seen[id] { throw fail("id", "agreement \(id) is listed again (first on row \(first))") }
            seen[id] = record.line
            guard let agency = field("agency") else { throw fail("agency", "no agency named") }
            guard let model = field("model") else { throw fail("model", "no model (JEM, TFM or WSO)") }
            let state = try ExpansionFields.state(field("state"), fail: { fail("state", $0) })
            guard let text = field("signed_date") else { throw fail("signed_date", "no date signed") }
            guard let signed = ExpansionFields.writtenDate(text) else {
                throw fail("signed_date", "“\(text)” is not a date (“June 8, 2020” or YYYY-MM-DD)")
            }
            agreements.append(Agreement287g(agreementID: id, title: field("title") ?? agency, state: state, county: field("county"),
                                            agency: agency, model: model.uppercased(), signedDate: signed, source: field("source"),
                                            notes: field("notes"), sourceRow: record.line))
        }
        return (source, agreements)
    }
}
