/// Generated, clearly synthetic incidents for the demo, so that a first run shows what the
/// "Documented conditions" section and `/incidents` look like. Every source title starts with
/// "DEMO"; some are internal, to show the marking. That they are invented is said by the pages,
/// in the reader's language, from `recorder` (see `IncidentRow.isDemo`): the note after each
/// account and the source's title come from the catalogue, not from the stored text.
public enum DemoIncidents {
    /// What demo incidents are recorded by: no email or import file can be this, so they can be
    /// told apart and removed when real data replaces the demo.
    public static let recorder = "demo"

    /// The English sentence demo descriptions carried before the pages said it themselves: taken
    /// off when such an old row is read, so a database loaded then reads like one loaded now.
    public static let legacyNote = " (Synthetic demo incident: invented to show the page, not a real report.)"

    /// A demo incident's description without the English sentence an older demo stored in it.
    public static func withoutLegacyNote(_ description: String) -> String {
        LegacyDemoNote.removing([legacyNote], from: description)
    }

    /// Five incidents across the first three of `facilities` (workbook keys of demo facilities).
    public static func incidents(at facilities: [FacilityKey]) -> [Incident] {
        guard facilities.count >= 3 else { return [] }
        func incident(_ facility: FacilityKey, _ date: String, _ category: IncidentCategory, _ status: IncidentStatus,
                      _ visibility: IncidentVisibility, _ text: String, by: String) -> Incident {
            Incident(facility: facility.rawValue, occurredOn: CalendarDate(iso: date)!, category: category, status: status,
                     visibility: visibility, description: text,
                     source: IncidentSource(title: "DEMO — synthetic example, not a real report", url: nil, documentedBy: by))
        }
        return [
            incident(facilities[0], "2024-08-14", .negligentOrAbusiveMedicalCare, .corroborated, .public,
                     "A person with diabetes waited four days for insulin after arrival.", by: "Demo Legal Aid"),
            incident(facilities[0], "2024-11-02", .failedPlumbing, .officialFinding, .public,
                     "Toilets in two housing units did not work for a week; an inspection recorded it.", by: "Demo Oversight Office"),
            incident(facilities[0], "2025-01-20", .retaliation, .alleged, .internal,
                     "A person was moved to another unit the day after filing a grievance.", by: "Demo Visitation Network"),
            incident(facilities[1], "2024-06-30", .inadequateFoodOrWater, .alleged, .public,
                     "Meals were served cold and short for a month, several people reported.", by: "Demo Visitation Network"),
            incident(facilities[2], "2025-03-09", .languageAccess, .alleged, .internal,
                     "Medical forms were given only in English to people who read Spanish and K'iche'.", by: "Demo Legal Aid"),
        ]
    }
}
