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
        let agreements = try table.keyedRows(by: "id", noun: "agreement") { row in
            guard let agency = row.field("agency") else { throw row.fail("agency", "no agency named") }
            guard let model = row.field("model") else { throw row.fail("model", "no model (JEM, TFM or WSO)") }
            let state = try ExpansionFields.state(row.field("state"), fail: { row.fail("state", $0) })
            guard let text = row.field("signed_date") else { throw row.fail("signed_date", "no date signed") }
            guard let signed = ExpansionFields.writtenDate(text) else {
                throw row.fail("signed_date", "“\(text)” is not a date (“June 8, 2020” or YYYY-MM-DD)")
            }
            return Agreement287g(agreementID: row.id, title: row.field("title") ?? agency, state: state, county: row.field("county"),
                                 agency: agency, model: model.uppercased(), signedDate: signed, source: row.field("source"),
                                 notes: row.field("notes"), sourceRow: row.record.line)
        }
        return (source, agreements)
    }
}
