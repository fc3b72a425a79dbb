/// The column layouts ICE's Facilities sheet has had, FY2019 to FY2026.
///
/// They differ in the inspection columns (and, from FY2024, a "Pending" column); the
/// population columns are the same throughout. Raw values are stable identifiers stored
/// with each release.
public enum WorkbookLayout: String, Hashable, Sendable, Codable, CaseIterable {
    /// FY2019–FY2022: last and second-to-last inspection, each with type, standard, rating, date.
    case fy19 = "fy19"
    /// FY2022 (spring) – FY2023 (January): as fy19 but the second-to-last rating column is gone.
    case fy22 = "fy22"
    /// FY2023 from February: ODO and Nakamoto inspections in separate columns, "ODO Inspection End Date".
    case fy23Odo = "fy23-odo"
    /// FY2023 from July: as fy23-odo with "ODO Final Report Date".
    case fy23OdoFinalReport = "fy23-odo-final-report"
    /// FY2024 (to April): one last inspection with end date and standard.
    case fy24 = "fy24"
    /// FY2024 (May) – FY2025: adds "Pending FYxx Inspection".
    case fy24Pending = "fy24-pending"
    /// FY2026: header on row 10, one last inspection, no pending column.
    case fy26 = "fy26"
}
