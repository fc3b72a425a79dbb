/// One entry of a person's criminal record as the screener weighs it: only its class.
public enum CriminalHistoryEntry: String, Sendable, Hashable, CaseIterable, Codable {
    case felony
    case misdemeanor
}
