/// A generated, clearly synthetic organization with a few synthetic cases, so that a first run
/// shows what the release queue, a case page and the drafts look like. Every name says it is
/// invented; the A-numbers start with 000, which no real A-number does. That a case is
/// invented is said by its page in the reader's language (the case is stored as synthetic),
/// not written into its notes.
public enum DemoCases {
    public static let organizationName = "Demo Legal Team (synthetic)"
    public static let organizationSlug = "demo-legal-team"

    /// The English sentences demo cases' notes carried before their pages said it themselves
    /// (this demo's and the bond fund demo's).
    static let legacyNotes = [
        "Synthetic demo case: an invented person, to show the pages. Not a real case.",
        "Synthetic demo case: an invented person, to show the bond fund's pages. Not a real case.",
    ]

    /// A synthetic case's note without the English demo sentence an older demo stored in it
    /// (nil when nothing else is left), so a database loaded then reads like one loaded now.
    public static func withoutLegacyNote(_ text: String?) -> String? {
        guard let text else { return nil }
        let rest = LegacyDemoNote.removing(legacyNotes, from: text)
        return rest.isEmpty ? nil : rest
    }

    /// Four cases across the first three of `facilities` (identifiers of demo facilities), dated
    /// relative to `today` so the queue's urgency reads sensibly on any day.
    public static func cases(at facilities: [String], today: CalendarDate) -> [CaseFile] {
        guard facilities.count >= 3 else { return [] }
        func ago(_ days: Int) -> CalendarDate { today.adding(days: -days) }
        return [
            CaseFile(name: "Ana Ejemplo (synthetic)", aNumber: ANumber("000-000-101")!, birthDate: ago(29 * 365), citizenship: "Honduras",
                     languages: ["Spanish"], facility: facilities[0], detainedOn: ago(74), entryDate: ago(3 * 365),
                     entryManner: "without inspection", court: "Demo Immigration Court", nextHearing: today.adding(days: 9),
                     sponsor: Sponsor(name: "Rosa Ejemplo (synthetic)", relation: "sister", address: "1 Example Street, Springfield",
                                      status: "U.S. citizen"),
                     continuouslyPresentSince: ago(3 * 365), pregnant: true,
                     evidence: [EvidenceDocument(fact: "pregnant", title: "Prenatal clinic letter", date: ago(20), status: .kept),
                                EvidenceDocument(fact: "sponsor", title: "Sponsor's proof of address", status: .missing)],
                     medicalNotes: "Second trimester; missed two prenatal appointments in custody."),
            CaseFile(name: "Bruno Muestra (synthetic)", aNumber: ANumber("000-000-102")!, birthDate: ago(58 * 365), citizenship: "Venezuela",
                     languages: ["Spanish", "English"], facility: facilities[1], detainedOn: ago(160), entryDate: ago(5 * 365),
                     entryManner: "B-2 visa, overstayed", court: "Demo Immigration Court", nextHearing: today.adding(days: 40),
                     priorBondCents: 1_000_000, counsel: "Demo Legal Team (synthetic)",
                     sponsor: Sponsor(name: "Carla Muestra (synthetic)", relation: "daughter", address: "2 Example Avenue, Riverside",
                                      status: "permanent resident"),
                     continuouslyPresentSince: ago(5 * 365), conditions: ["diabetes", "high blood pressure"],
                     evidence: [EvidenceDocument(fact: "diabetes", title: "Clinic records (A1C)", date: ago(200), status: .kept),
                                EvidenceDocument(fact: "high blood pressure", title: "Medication list from the facility", status: .missing)],
                     medicalNotes: "Insulin-dependent; blood pressure poorly controlled."),
            CaseFile(name: "Chidi Ejemplar (synthetic)", aNumber: ANumber("000-000-103")!, birthDate: ago(34 * 365), citizenship: "Haiti",
                     languages: ["Haitian Creole", "French"], facility: facilities[2], detainedOn: ago(21),
                     entryDate: ago(40), entryManner: "at a port of entry, asked for asylum", court: "Demo Immigration Court",
                     seriousMentalDisorder: true, arriving: true,
                     evidence: [EvidenceDocument(fact: "serious mental disorder", title: "Psychological evaluation", status: .missing)],
                     medicalNotes: "Reports flashbacks and no sleep since arrival."),
            CaseFile(name: "Dara Prueba (synthetic)", aNumber: ANumber("000-000-104")!, birthDate: ago(41 * 365), citizenship: "Mexico",
                     languages: ["Spanish", "Mixtec"], facility: facilities[0], detainedOn: ago(300), entryDate: ago(15 * 365),
                     entryManner: "without inspection", custodyStatus: .detained, criminal: [.felony], finalOrder: true,
                     notes: nil),
        ]
    }
}
