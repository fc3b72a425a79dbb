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
        // Nearly every cell is one of these (4,699 of ICE's 5,837 rows say `Female/Male`):
        // known at once, without upper-casing and splitting it.
        if Self.commonGenders.contains(text) {
            self = .gender(text)
            return
        }
        self = Self.classified(text, typeDetailed: typeDetailed)
    }

    /// Written as ICE writes them; each is a gender by `classified` too.
    static let commonGenders: Set<String> = ["Female/Male", "Male", "Female", "Male/Female"]

    /// What `init` finds, by the rules alone.
    static func classified(_ text: String, typeDetailed: String?) -> GenderColumnValue {
        let upper = text.uppercased()
        let parts = upper.split(whereSeparator: { $0 == "/" || $0 == "&" || $0 == "," || $0 == " " })
            .filter { $0 != "AND" }
        if !parts.isEmpty, parts.allSatisfy({ genderWords.contains(String($0)) }) {
            return .gender(text)
        } else if facilityTypes.contains(upper) || upper.hasPrefix("USMS")
                    || (typeDetailed.map { $0.uppercased() == upper } ?? false) {
            return .facilityType(text)
        } else {
            return .unrecognised(text)
        }
    }

    private static let genderWords: Set<String> = ["MALE", "FEMALE", "MALES", "FEMALES", "MEN", "WOMEN", "M", "F"]

    /// ICE's "Type Detailed" vocabulary, FY2019–FY2026.
    private static let facilityTypes: Set<String> = [
        "SPC", "CDF", "IGSA", "DIGSA", "BOP", "STATE", "FAMILY", "JUVENILE", "HOLD", "HOTEL", "STAGING",
        "MOC", "OTHER", "ORR", "MIRP", "IGA", "DOD", "HOSPITAL", "FSC",
    ]
}
