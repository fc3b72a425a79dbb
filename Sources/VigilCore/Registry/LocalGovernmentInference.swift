/// The `local-government-inference` method: a row ICE files under an intergovernmental
/// agreement (IGSA or USMS IGA) whose name is a local government's jail (COUNTY, PARISH,
/// JAIL, SHERIFF, ...) is taken to be run by that government.
///
/// It is an inference, not a record: some county-named facilities are run by companies
/// (e.g. Torrance County Detention Facility, CoreCivic), so it has the lowest priority and
/// every record or list that names an operator overrides it. DIGSAs are left out: ICE's own
/// definition says they are “typically ... operated by private contractors”.
public enum LocalGovernmentInference {
    /// ICE types under which a local government holds people for ICE.
    public static let types: Set<String> = ["IGSA", "USMS IGA"]

    /// Words of the (normalised) name that say a local government runs it.
    public static let words: Set<String> = ["COUNTY", "PARISH", "JAIL", "SHERIFF", "CITY", "MUNICIPAL", "TOWN", "BOROUGH"]

    /// Public when the row's type and name fit the rule; nil otherwise.
    public static func kind(type: String?, name: String) -> OperatorKind? {
        guard let type, types.contains(type.uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")) else { return nil }
        let nameWords = Set(FacilityNameMatcher.normalisedWords(name))
        return nameWords.isDisjoint(with: words) ? nil : .public
    }

    /// What pages say the inference is.
    public static let explanation = """
        ICE type IGSA or USMS IGA and a name with COUNTY, PARISH, JAIL, SHERIFF, CITY, MUNICIPAL, TOWN or BOROUGH: \
        taken to be run by its local government. An inference, overridden by any record.
        """
}
