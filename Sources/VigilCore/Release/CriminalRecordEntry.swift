/// One entry of a person's U.S. criminal record, as the screener's input names it.
///
/// The screener counts entries, it does not classify offences: whether an entry is a
/// conviction, and what it counts as under each statute, is for a lawyer. The counts are what
/// the bars are written in (TPS: a felony, or two or more misdemeanors).
public enum CriminalRecordEntry: String, Sendable, Codable, Hashable, CaseIterable {
    case felony
    case misdemeanor
}

extension Array where Element == CriminalRecordEntry {
    var felonies: Int { count { $0 == .felony } }
    var misdemeanors: Int { count { $0 == .misdemeanor } }

    /// `1 felony, 2 misdemeanors`, for the screener's reasons.
    var summary: String {
        if isEmpty { return "no criminal record" }
        var parts: [String] = []
        if felonies > 0 { parts.append(felonies == 1 ? "1 felony" : "\(felonies) felonies") }
        if misdemeanors > 0 { parts.append(misdemeanors == 1 ? "1 misdemeanor" : "\(misdemeanors) misdemeanors") }
        return parts.joined(separator: ", ")
    }
}
