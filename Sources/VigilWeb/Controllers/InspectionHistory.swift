import VigilCore
import VigilStore

/// A release a figure was reported in: its id, as-of date and file, for provenance.
struct ReleaseReference: Sendable, Hashable {
    var releaseID: Int
    var asOfDate: CalendarDate
    var fileName: String
    var sha256: String

    init(_ row: FacilityReleaseRow) {
        releaseID = row.releaseID
        asOfDate = row.asOfDate
        fileName = row.sourceFile.fileName
        sha256 = row.sourceFile.sha256
    }
}

/// One inspection as ICE reported it, once, however many releases repeated it.
struct InspectionRecord: Sendable, Hashable {
    var inspector: ReportedInspection.Inspector
    var type: String?
    var standard: String?
    var rating: String?
    var date: CalendarDate?
    /// What the columns called the date, in the order first seen ("Last Inspection End Date", ...).
    var dateLabels: [String]
    /// Every release that reported it, oldest first.
    var reportedIn: [ReleaseReference]
}

/// Collapses the inspection columns of a facility's releases into one line per distinct
/// inspection.
///
/// Each release repeats the last one or two inspections, so the same inspection appears in
/// dozens of releases, sometimes as "last" and later as "second to last". Lines are the same
/// when inspector, type, standard, rating and date all agree; ODO and Nakamoto inspections are
/// never merged, since they are different inspections by different bodies.
enum InspectionHistory {
    static func records(from rows: [FacilityReleaseRow]) -> [InspectionRecord] {
        struct Identity: Hashable {
            var inspector: ReportedInspection.Inspector
            var type: String?, standard: String?, rating: String?, date: CalendarDate?
        }
        var order: [Identity] = []
        var records: [Identity: InspectionRecord] = [:]
        for row in rows.sorted(by: { ($0.asOfDate, $0.releaseID) < ($1.asOfDate, $1.releaseID) }) {
            for inspection in row.observation.inspections where !inspection.isEmpty {
                let identity = Identity(inspector: inspection.inspector, type: inspection.type,
                                        standard: inspection.standard, rating: inspection.rating, date: inspection.date)
                var record = records[identity] ?? {
                    order.append(identity)
                    return InspectionRecord(inspector: inspection.inspector, type: inspection.type, standard: inspection.standard,
                                            rating: inspection.rating, date: inspection.date, dateLabels: [], reportedIn: [])
                }()
                if let label = inspection.dateLabel, !record.dateLabels.contains(label) { record.dateLabels.append(label) }
                if !record.reportedIn.contains(where: { $0.releaseID == row.releaseID }) {
                    record.reportedIn.append(ReleaseReference(row))
                }
                records[identity] = record
            }
        }
        // Newest inspection first; undated ones last; ties keep the order they were first reported in.
        let positioned = order.enumerated().map { ($0.offset, records[$0.element]!) }
        return positioned.sorted { a, b in
            switch (a.1.date, b.1.date) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.0 < b.0
            }
        }.map(\.1)
    }

    static func inspectorName(_ inspector: ReportedInspection.Inspector) -> String {
        switch inspector {
        case .unspecified: t("facility.inspector_not_stated")
        case .odo: t("facility.inspector_odo")
        case .nakamoto: "Nakamoto Group"
        }
    }
}
