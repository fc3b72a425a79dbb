/// The states a DETLOC code's own letters suggest, for codes a list gives with no place.
///
/// The person-level code list names post-2017 facilities (`MSVPCPA` Moshannon Valley, `GLDSACA`
/// Golden State Annex) with no state. Most codes begin or end with the postal code of their
/// state, so the matcher tries such a code in those states only; a code whose letters name no
/// state (`EROFCB`) can still match a name exactly in any state, never fuzzily.
public enum DetentionCodeState {
    public static let postalCodes: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU", "MP", "AS",
    ]

    public static func plausibleStates(of code: String) -> Set<String> {
        let letters = code.uppercased()
        guard letters.count >= 4 else { return [] }
        return Set([String(letters.prefix(2)), String(letters.suffix(2))].filter(postalCodes.contains))
    }
}
