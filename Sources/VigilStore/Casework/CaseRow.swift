import VigilCore

/// One row of `cases` as stored: sealed fields still sealed.
struct CaseRow: Decodable, Sendable {
    var id: Int
    var organization_id: Int
    var name: String
    var a_number_sealed: String
    var birth_date_sealed: String
    var citizenship: String
    var languages: String
    var facility_key: String
    var detained_on: String
    var entry_date: String?
    var entry_manner: String?
    var court: String?
    var next_hearing: String?
    var custody_status: String
    var prior_bond_cents: Int?
    var counsel: String?
    var sponsor_name: String?
    var sponsor_relation: String?
    var sponsor_address: String?
    var sponsor_status: String?
    var continuously_present_since: String?
    var pregnant: Int
    var postpartum_since: String?
    var nursing: Int
    var conditions: String
    var serious_mental_disorder: Int
    var disability: Int
    var criminal: String
    var arriving: Int
    var final_order: Int
    var medical_notes_sealed: String?
    var notes: String?
    var synthetic: Int
    var created_at: String
    var updated_at: String

    static let columns = """
        id, organization_id, name, a_number_sealed, birth_date_sealed, citizenship, languages, facility_key, detained_on, \
        entry_date, entry_manner, court, next_hearing, custody_status, prior_bond_cents, counsel, sponsor_name, sponsor_relation, \
        sponsor_address, sponsor_status, continuously_present_since, pregnant, postpartum_since, nursing, conditions, \
        serious_mental_disorder, disability, criminal, arriving, final_order, medical_notes_sealed, notes, synthetic, created_at, updated_at
        """

    /// Lists are stored as lines of text: no separator a person could type inside one item.
    static func joined(_ items: [String]) -> String { items.joined(separator: "\n") }
    static func split(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    func file(cipher: FieldCipher, evidence: [EvidenceDocument]) throws -> CaseFile {
        func date(_ text: String?) -> CalendarDate? { text.flatMap { CalendarDate(iso: $0) } }
        let aNumberText = try cipher.open(a_number_sealed, column: "a_number")
        let birthText = try cipher.open(birth_date_sealed, column: "birth_date")
        guard let aNumber = ANumber(aNumberText), let birthDate = CalendarDate(iso: birthText),
              let detainedOn = CalendarDate(iso: detained_on) else {
            throw FieldCipher.Failure.unreadable(column: "case \(id)")
        }
        return CaseFile(
            name: name, aNumber: aNumber, birthDate: birthDate, citizenship: citizenship, languages: Self.split(languages),
            facility: facility_key, detainedOn: detainedOn, entryDate: date(entry_date), entryManner: entry_manner, court: court,
            nextHearing: date(next_hearing), custodyStatus: CustodyStatus(rawValue: custody_status) ?? .detained,
            priorBondCents: prior_bond_cents, counsel: counsel,
            sponsor: Sponsor(name: sponsor_name, relation: sponsor_relation, address: sponsor_address, status: sponsor_status),
            continuouslyPresentSince: date(continuously_present_since), pregnant: pregnant != 0, postpartumSince: date(postpartum_since),
            nursing: nursing != 0, conditions: Self.split(conditions), seriousMentalDisorder: serious_mental_disorder != 0,
            disability: disability != 0, criminal: Self.split(criminal).compactMap(CriminalRecordEntry.init(rawValue:)),
            arriving: arriving != 0, finalOrder: final_order != 0, evidence: evidence,
            medicalNotes: legacyFree(try medical_notes_sealed.map { try cipher.open($0, column: "medical_notes") }), notes: legacyFree(notes))
    }

    /// A demo case stored before its page said "synthetic" itself carries that in English in its notes: taken off.
    private func legacyFree(_ text: String?) -> String? {
        synthetic != 0 ? DemoCases.withoutLegacyNote(text) : text
    }
}
