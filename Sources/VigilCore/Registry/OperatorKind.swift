/// Whether a facility is run by a private company, by a public body, or nobody knows.
public enum OperatorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case `private`
    case `public`
    case unknown
}

/// Sorts operator names as ICE writes them into private, public and unknown.
///
/// The rule, in order:
/// 1. Blank, `N/A`, `OTHER`, `REDACTED` and the like → unknown.
/// 2. A name containing one of `privateCompanies` (as a whole word or word sequence) → private.
///    The list is the detention contractors that appear in ICE's 2015 and 2017 facility lists
///    and in the press: GEO, CoreCivic/CCA, MTC, LaSalle, Akima, AHTNA, ...
/// 3. A name containing one of `publicBodies` (COUNTY, CITY, STATE, BOP, ICE, USMS, ...) → public.
/// 4. `PRIVATE` alone (the owner column's word) → private.
/// 5. Anything else → unknown, so that a new name is never counted as public by default.
public enum OperatorClassifier {
    /// Private detention and guard-service companies, by the spellings ICE uses.
    public static let privateCompanies: [String] = [
        "GEO", "GEO GROUP", "CORECIVIC", "CCA", "CORRECTIONS CORPORATION OF AMERICA", "CEC",
        "COMMUNITY EDUCATION CENTERS", "CORNELL", "M&TC", "MTC", "MANAGEMENT AND TRAINING", "LASALLE",
        "LASALLE CORRECTIONS", "AKIMA", "AKAL", "DOYON", "AHTNA", "ASSET", "GPS-ASSET", "VM-BG", "EMERALD",
        "ICA", "IMMIGRATION CENTERS OF AMERICA", "MVM", "AGS", "G4S", "PARAGON", "DAY BRITE", "NAPHCARE",
        "CFDFC", "CIVIGENICS", "PRIVATE", "STG", "DEPLOYED RESOURCES", "ACQUISITION LOGISTICS", "TUNE",
        "LCS", "CSC", "PALANTIR",
    ]

    /// Public bodies: counties, cities, states and federal agencies.
    public static let publicBodies: [String] = [
        "COUNTY", "CITY", "STATE", "TOWN", "PARISH", "MUNICIPAL", "REGIONAL JAIL", "RJA", "AUTHORITY", "BOP",
        "FEDERAL", "ICE", "USMS", "USM", "ORR", "OFDT", "DHS", "CBP", "TRIBAL", "DOC", "DEPARTMENT OF CORRECTIONS",
        "SHERIFF",
    ]

    static let unknownWords: Set<String> = ["", "N/A", "NA", "NAN", "NONE", "OTHER", "REDACTED", "UNKNOWN", "HOTEL", "HOSPITAL", "TBD"]

    // Normalised once: pages classify every operator record of every row they draw.
    private static let privatePhrases = privateCompanies.map { " " + normalise($0) + " " }
    private static let publicPhrases = publicBodies.map { " " + normalise($0) + " " }

    public static func kind(of operatorName: String?) -> OperatorKind {
        guard let operatorName else { return .unknown }
        let normal = normalise(operatorName)
        if unknownWords.contains(normal) { return .unknown }
        let words = " " + normal + " "
        if privatePhrases.contains(where: { words.contains($0) }) { return .private }
        if publicPhrases.contains(where: { words.contains($0) }) { return .public }
        return .unknown
    }

    /// Upper case; punctuation other than `&` and `-` becomes a space; spaces collapsed.
    static func normalise(_ text: String) -> String {
        let mapped = text.uppercased().map { c -> Character in
            c.isLetter || c.isNumber || c == "&" || c == "-" ? c : " "
        }
        return String(mapped).split(separator: " ").joined(separator: " ")
    }
}
