import VigilCore

/// The `signatories` export: one row per signature of one letter. It never carries an e-mail
/// address or a contact name: those are for editors, on the review page only.
public enum SignatoryTable {
    public static let columns = ["organization", "sort_key", "city", "state", "scope", "status", "signed_at", "version"]

    public static func make(_ rows: [SignatureRow]) -> DataTable {
        var table = DataTable(columns: columns)
        for r in rows {
            table.append([
                .text(r.organization), .text(r.sortKey), TableValue(r.city), TableValue(r.state), TableValue(r.scope?.rawValue),
                .text(r.status.rawValue), .text(r.signedAt), .integer(r.version),
            ])
        }
        return table
    }
}
