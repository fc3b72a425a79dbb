/// A street address reduced to what identifies a building: the street number and the
/// street's name, with suffixes and directions dropped and abbreviations spelled out.
///
/// `1623 E. J STREET` and `1623 East J St` both give `1623 J`; `409 FM 1144` and `409 Fm 1144`
/// give `409 FARMROAD1144`; `400 Coffee Tree Rd` and `400 COFFEETREE RD` give `400 COFFEETREE`. Addresses without a leading number (`FM 1144 AT US HIGHWAY 181`,
/// `AVENUE C PSC 1005 BOX 55`) give nil: too vague to identify a building.
public enum StreetAddress {
    static let spelledOut: [String: String] = [
        "RD": "ROAD", "ST": "STREET", "AVE": "AVENUE", "AV": "AVENUE", "HWY": "HIGHWAY", "HWAY": "HIGHWAY",
        "DR": "DRIVE", "BLVD": "BOULEVARD", "LN": "LANE", "PKWY": "PARKWAY", "CT": "COURT", "PL": "PLACE",
        "N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST", "NE": "NORTHEAST", "NW": "NORTHWEST", "SE": "SOUTHEAST",
        "SW": "SOUTHWEST", "FM": "FARM ROAD", "SR": "STATE ROUTE", "CR": "COUNTY ROAD", "TRL": "TRAIL", "CIR": "CIRCLE",
        "EXPY": "EXPRESSWAY", "FWY": "FREEWAY", "TPKE": "TURNPIKE", "SQ": "SQUARE", "TER": "TERRACE",
    ]
    /// Parts of an address that vary between lists without naming another place.
    static let ignored: Set<String> = [
        "NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST", "STREET", "ROAD", "AVENUE",
        "DRIVE", "BOULEVARD", "LANE", "PARKWAY", "COURT", "PLACE", "WAY", "CIRCLE", "TRAIL", "TERRACE",
    ]
    /// Words after which the rest is a unit within the building, not the building.
    static let unitWords: Set<String> = ["SUITE", "STE", "UNIT", "BLDG", "BUILDING", "APT", "ROOM", "RM", "PO", "BOX"]

    public static func key(_ address: String?) -> String? {
        guard let address else { return nil }
        let firstLine = String(address.split(separator: ",", maxSplits: 1).first ?? "")
        var words = PlainASCII.withBytes(firstLine, {
            FacilityNameWords.runsOfLettersAndDigits($0, skipping: [UInt8(ascii: "'"), UInt8(ascii: ".")])
        }) ?? FacilityNameWords.runsOfLettersAndDigits(firstLine, skipping: ["'", "’", "."])
        if let unit = words.firstIndex(where: { unitWords.contains($0) }) { words = Array(words[..<unit]) }
        guard let number = words.first, number.first?.isNumber == true else { return nil }
        let street = words.dropFirst()
            .flatMap { (spelledOut[$0] ?? $0).split(separator: " ").map(String.init) }
            .filter { !ignored.contains($0) }
        guard !street.isEmpty else { return nil }
        // Street words run together: lists write `COFFEE TREE RD` and `COFFEETREE RD`.
        return number + " " + street.prefix(3).joined()
    }
}
