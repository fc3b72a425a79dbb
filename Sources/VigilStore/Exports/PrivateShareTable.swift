import VigilCore

/// The `private-share` table: per release and area, ADP in privately operated, publicly
/// operated and unknown facilities. Columns are a stable interface (docs/exports.md): new
/// ones go at the end, one per operator-evidence method (the ADP whose operator it decided).
public enum PrivateShareTable {
    public static let columns = [
        "as_of_date", "area", "private_adp", "public_adp", "unknown_adp", "private_share",
        "area_kind", "private_share_of_known", "private_facilities", "public_facilities", "unknown_facilities",
    ] + OperatorEvidenceMethod.allCases.map(\.exportColumn)

    public static func make(_ shares: [PrivateShare]) -> DataTable {
        var table = DataTable(columns: columns)
        for s in shares {
            table.append([.text(s.asOfDate.iso), .text(s.area), .number(s.privateADP), .number(s.publicADP), .number(s.unknownADP),
                          TableValue(s.privateShare.map { ($0 * 10_000).rounded() / 10_000 }), .text(s.areaKind.rawValue),
                          TableValue(s.privateShareOfKnown.map { ($0 * 10_000).rounded() / 10_000 }),
                          .integer(s.privateFacilities), .integer(s.publicFacilities), .integer(s.unknownFacilities)]
                         + OperatorEvidenceMethod.allCases.map { .number(s.adp(decidedBy: $0)) })
        }
        return table
    }
}
