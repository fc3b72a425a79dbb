/// One row of ICE's "Vulnerable & Special Population" sheet: segregation placements of
/// people with a special vulnerability (a serious mental or medical illness, a hunger
/// strike, suicide watch, risk because of sexual orientation or gender identity, ...) in one
/// fiscal quarter, for one placement reason, nationally.
///
/// Counts are placements, not people: one person placed twice counts twice. The quarter's
/// footnote gives the number of distinct people, kept as `uniqueDetainees`.
public struct VulnerableSegregationRow: Hashable, Sendable {
    public var fiscalYear: FiscalYear
    /// 1–4: Q1 is October to December.
    public var quarter: Int
    public var reason: VulnerablePlacementReason
    /// The reason as the sheet writes it, e.g. `Medical/Mental Health`.
    public var reasonAsWritten: String
    public var placements: Int
    /// Average length of one continuous stay in segregation, in days.
    public var averageConsecutiveDays: Double?
    /// Average of all days a person spent in segregation, placements added together.
    public var averageCumulativeDays: Double?
    /// Distinct people placed during the quarter, all reasons together, from the footnote
    /// ("*Data represents 281 unique detainees"); nil when the sheet does not say.
    public var uniqueDetainees: Int?
    public var location: SourceLocation

    public init(fiscalYear: FiscalYear, quarter: Int, reason: VulnerablePlacementReason, reasonAsWritten: String,
                placements: Int, averageConsecutiveDays: Double?, averageCumulativeDays: Double?,
                uniqueDetainees: Int?, location: SourceLocation) {
        self.fiscalYear = fiscalYear
        self.quarter = quarter
        self.reason = reason
        self.reasonAsWritten = reasonAsWritten
        self.placements = placements
        self.averageConsecutiveDays = averageConsecutiveDays
        self.averageCumulativeDays = averageCumulativeDays
        self.uniqueDetainees = uniqueDetainees
        self.location = location
    }

    /// `FY2022 Q2`.
    public var quarterLabel: String { "\(fiscalYear) Q\(quarter)" }
}
