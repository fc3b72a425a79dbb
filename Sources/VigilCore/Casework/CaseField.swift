/// The fields of a case, by the names the CSV header, the web form and error messages use.
public enum CaseField: String, Sendable, Hashable, CaseIterable {
    case name
    case aNumber = "a_number"
    case birthDate = "birth_date"
    case citizenship
    case languages
    case facility
    case detainedOn = "detained_on"
    case entryDate = "entry_date"
    case entryManner = "entry_manner"
    case court
    case nextHearing = "next_hearing"
    case custodyStatus = "custody_status"
    case priorBond = "prior_bond"
    case counsel
    case sponsorName = "sponsor_name"
    case sponsorRelation = "sponsor_relation"
    case sponsorAddress = "sponsor_address"
    case sponsorStatus = "sponsor_status"
    case continuouslyPresentSince = "continuously_present_since"
    case pregnant
    case postpartumSince = "postpartum_since"
    case nursing
    case conditions
    case seriousMentalDisorder = "serious_mental_disorder"
    case disability
    case criminal
    case arriving
    case finalOrder = "final_order"
    case evidence
    case medicalNotes = "medical_notes"
    case notes

    /// As a form labels it.
    public var label: String {
        switch self {
        case .name: "Name"
        case .aNumber: "A-number"
        case .birthDate: "Date of birth"
        case .citizenship: "Country of citizenship"
        case .languages: "Languages"
        case .facility: "Facility (registry code)"
        case .detainedOn: "Date detained"
        case .entryDate: "Date of entry to the U.S."
        case .entryManner: "Manner of entry"
        case .court: "Immigration court"
        case .nextHearing: "Next hearing"
        case .custodyStatus: "Custody status"
        case .priorBond: "Prior bond (dollars)"
        case .counsel: "Counsel"
        case .sponsorName: "Sponsor: name"
        case .sponsorRelation: "Sponsor: relation"
        case .sponsorAddress: "Sponsor: address"
        case .sponsorStatus: "Sponsor: immigration status"
        case .continuouslyPresentSince: "Continuously present in the U.S. since"
        case .pregnant: "Pregnant"
        case .postpartumSince: "Gave birth on (postpartum)"
        case .nursing: "Nursing"
        case .conditions: "Chronic health conditions"
        case .seriousMentalDisorder: "Serious mental disorder or condition"
        case .disability: "Disability (Rehabilitation Act §504)"
        case .criminal: "Criminal record (felony / misdemeanor entries)"
        case .arriving: "Arriving (detained at the border or port of entry)"
        case .finalOrder: "Final order of removal"
        case .evidence: "Evidence documents"
        case .medicalNotes: "Medical notes"
        case .notes: "Notes"
        }
    }

    /// Fields a case needs from the start; everything else may follow as the work goes on.
    public var isRequired: Bool {
        switch self {
        case .name, .aNumber, .birthDate, .citizenship, .facility, .detainedOn: true
        default: false
        }
    }

    /// Fields stored encrypted (AES-GCM, `VIGIL_DATA_KEY`).
    public var isEncryptedAtRest: Bool {
        self == .aNumber || self == .birthDate || self == .medicalNotes
    }
}
