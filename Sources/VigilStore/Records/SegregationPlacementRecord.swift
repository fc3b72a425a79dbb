import VigilCore

/// A row of `segregation_placements`: one facility's count in one month of one release.
struct SegregationPlacementRecord: Sendable {
    static let columns = ["release_id", "month", "facility_name", "facility_key", "placement_count", "sheet", "sheet_row"]

    var releaseID: Int
    var count: SegregationPlacementCount

    /// The values in the order of `columns`, for a bulk insert.
    var values: [SQLValue] {
        [.integer(releaseID), .text(count.month.iso), .text(count.facilityName), .text(count.facilityKey?.rawValue),
         .integer(count.placementCount), .text(count.location.sheet ?? ""), .integer(count.location.row ?? 0)]
    }
}
