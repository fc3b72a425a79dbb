import VigilCore

/// The `facilities` table: the registry, one row per DETLOC code, with its latest operator.
/// Columns are a stable interface (docs/exports.md).
public enum RegistryTable {
    public static let columns = [
        "code", "name", "city", "state", "aor", "latitude", "longitude", "operator", "operator_kind",
        "owner", "operator_as_of", "operator_source", "contract_type", "capacity", "guaranteed_minimum",
        "address", "county", "zip", "type_detailed", "coordinate_source", "coordinates_conflict",
        "first_use", "last_use", "source_count",
    ]

    public static func make(_ facilities: [RegistryFacility]) -> DataTable {
        var table = DataTable(columns: columns)
        for f in facilities {
            let op = f.latestOperator
            table.append([
                .text(f.code), .text(f.name), TableValue(f.city), TableValue(f.state), TableValue(f.areaOfResponsibility),
                TableValue(f.latitude), TableValue(f.longitude), TableValue(op?.operatorName), .text((op?.operatorKind ?? .unknown).rawValue),
                TableValue(op?.ownerName), TableValue(op?.asOfDate), TableValue(op?.source), TableValue(op?.contractType),
                TableValue(op?.capacity), TableValue(op?.guaranteedMinimum), TableValue(f.address), TableValue(f.county), TableValue(f.zip),
                TableValue(f.typeDetailed), TableValue(f.coordinateSource), .boolean(f.coordinatesConflict),
                TableValue(f.firstUse), TableValue(f.lastUse), .integer(f.sourceCount),
            ])
        }
        return table
    }
}
