/// What a Male/Female cell says: who is held, or — a known slip in hand-edited sheets — a
/// facility type pasted into the wrong column.
enum GenderColumnValue: Equatable {
    /// `Male`, `Female`, `Female/Male`, ... as written.
    case gender(String)
    /// `IGSA`, `SPC`, `USMS IGA`, ... or the row's own Type Detailed value.
    case facilityType(String)
    /// Neither: kept as written, as the gender the sheet states.
    case unrecognised(String)

    init(_ text: String, typeDetailed: String?) {
        let upper = text.uppercased()
        let parts = upper.split(whereSeparator: { $0 == "/" || $0 == "&" || $0 == "," || $0 == " " })
            .filter { $0 != "AND" }
        if !parts.isEmpty, parts.allSatisfy({ Self.genderWords.contains(String($0)) }) {
            self = .gender(text)
        } else if Self.facilityTypes.contains(upper) || upper.hasPrefix("USMS")
                    || (typeDetailed.map { $0.uppercased() == upper } ?? false) {
            self = .facilityType(text)
        } else {
            self = .unrecognised(text)
        }
    }

    private static let genderWords: Set<String> = ["MALE", "FEMALE", "MALES", "FEMALES", "MEN", "WOMEN", "M", "F"]

    /// ICE's "Type Detailed" vocabulary, FY2019–FY2026.
    private static let facilityTypes: Set<String> = [
        "SPC", "CDF", "IGSA", "DIGSA", "BOP", "STATE", "FAMILY", "JUVENILE", "HOLD", "HOTEL", "STAGING",
        "MOC", "OTHER", "ORR", "MIRP", "IGA", "DOD", "HOSPITAL", "FSC",
    ]
}
