import VigilCore

/// A row of `reported_inspections`.
struct ReportedInspectionRecord: Codable, Sendable {
    var observation_id: Int
    var position: String
    var inspector: String
    var inspection_type: String?
    var standard: String?
    var rating: String?
    var inspection_date: String?
    var date_label: String?

    static let columns = ["observation_id", "position", "inspector", "inspection_type", "standard", "rating", "inspection_date", "date_label"]

    init(observationID: Int, _ i: ReportedInspection) {
        observation_id = observationID
        position = i.position.rawValue
        inspector = i.inspector.rawValue
        inspection_type = i.type
        standard = i.standard
        rating = i.rating
        inspection_date = i.date?.iso
        date_label = i.dateLabel
    }

    /// The values in the order of `columns`, for a bulk insert.
    var values: [SQLValue] {
        [.integer(observation_id), .text(position), .text(inspector), .text(inspection_type), .text(standard),
         .text(rating), .text(inspection_date), .text(date_label)]
    }

    var inspection: ReportedInspection {
        ReportedInspection(
            position: .init(rawValue: position) ?? .last,
            inspector: .init(rawValue: inspector) ?? .unspecified,
            type: inspection_type, standard: standard, rating: rating,
            date: inspection_date.flatMap { CalendarDate(iso: $0) }, dateLabel: date_label)
    }
}
