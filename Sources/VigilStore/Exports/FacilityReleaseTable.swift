import VigilCore

/// The `facility-releases` table: one row per facility per release, every parsed column.
/// Its columns are a documented, stable interface (docs/exports.md); add columns at the
/// end, never rename.
public enum FacilityReleaseTable {
    /// The inspection slots flattened into columns, as (column prefix, position, inspector).
    static let inspectionSlots: [(String, ReportedInspection.Position, ReportedInspection.Inspector)] = [
        ("last_inspection", .last, .unspecified),
        ("second_last_inspection", .secondToLast, .unspecified),
        ("odo_last_inspection", .last, .odo),
        ("nakamoto_last_inspection", .last, .nakamoto),
        ("nakamoto_second_last_inspection", .secondToLast, .nakamoto),
    ]

    public static let columns: [String] = [
        "release_sha256", "release_file_name", "as_of_date", "fiscal_year", "source_row", "facility_key",
        "name", "address", "city", "state", "zip", "aor", "type_detailed", "gender", "alos",
        "level_a", "level_b", "level_c", "level_d", "adp",
        "male_criminal", "male_non_criminal", "female_criminal", "female_non_criminal",
        "threat_level_1", "threat_level_2", "threat_level_3", "no_threat_level",
        "mandatory", "guaranteed_minimum",
    ] + inspectionSlots.flatMap { prefix, _, _ in
        ["\(prefix)_type", "\(prefix)_standard", "\(prefix)_rating", "\(prefix)_date"]
    } + ["pending_inspection", "other_columns", "is_synthetic", "facility_code", "match_method"]

    public static func make(_ rows: [FacilityReleaseRow]) -> DataTable {
        var table = DataTable(columns: columns)
        table.rows.reserveCapacity(rows.count)
        for row in rows {
            let o = row.observation
            var values: [TableValue] = [
                .text(row.sourceFile.sha256), .text(row.sourceFile.fileName), .text(row.asOfDate.iso),
                .integer(row.fiscalYear.year), .integer(o.sourceRow), .text(row.key.rawValue),
                .text(o.name), TableValue(o.address), TableValue(o.city), TableValue(o.state), TableValue(o.zip),
                TableValue(o.areaOfResponsibility), TableValue(o.typeDetailed), TableValue(o.gender),
                TableValue(o.averageLengthOfStay),
                TableValue(o.levelA), TableValue(o.levelB), TableValue(o.levelC), TableValue(o.levelD),
                TableValue(o.averageDailyPopulation),
                TableValue(o.maleCriminal), TableValue(o.maleNonCriminal), TableValue(o.femaleCriminal),
                TableValue(o.femaleNonCriminal),
                TableValue(o.threatLevel1), TableValue(o.threatLevel2), TableValue(o.threatLevel3),
                TableValue(o.noThreatLevel), TableValue(o.mandatory), TableValue(o.guaranteedMinimum),
            ]
            for (_, position, inspector) in inspectionSlots {
                let i = o.inspections.first { $0.position == position && $0.inspector == inspector }
                values += [TableValue(i?.type), TableValue(i?.standard), TableValue(i?.rating), TableValue(i?.date)]
            }
            let other = o.otherColumns.isEmpty ? TableValue.null
                : .text(o.otherColumns.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
            values += [TableValue(o.pendingInspection), other, .boolean(row.isSynthetic),
                       TableValue(row.facilityCode), TableValue(row.matchMethod?.rawValue)]
            table.append(values)
        }
        return table
    }
}
