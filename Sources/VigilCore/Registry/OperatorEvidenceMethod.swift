/// How Vigil knows who runs a facility, in the order it trusts them.
///
/// A workbook row takes its operator from the first method, in this order, that has
/// evidence for it: the three record methods need the row's registry code; the last two
/// read the row itself (its type and name) and need none.
public enum OperatorEvidenceMethod: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A dated record that cites its source: ICE's 2015 and 2017 facility lists,
    /// `vigil import operators` files with codes, and records editors add on a facility page.
    case citedRecord = "cited-record"
    /// A list that names facilities by name and place but gives no code (e.g. the FY2026
    /// list of privately managed facilities), each row tied to a code by the registry matcher.
    case nameAndPlace = "name-and-place"
    /// A federal contract award for detention services whose description names the facility.
    case contractAward = "contract-award"
    /// ICE's own definition of the row's facility type (a CDF is privately owned and run;
    /// a BOP facility is run by the Bureau of Prisons).
    case facilityType = "facility-type"
    /// An inference, not a record: a local jail (IGSA or USMS IGA whose name says COUNTY,
    /// JAIL, SHERIFF, ...) is taken to be run by its local government.
    case localGovernmentInference = "local-government-inference"

    /// Lower is trusted more.
    public var priority: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: Self, b: Self) -> Bool { a.priority < b.priority }

    /// Whether the method needs the row's registry code (records) or reads the row itself.
    public var needsCode: Bool { self == .citedRecord || self == .nameAndPlace || self == .contractAward }

    /// True for the one method that is an inference rather than a source's statement.
    public var isInference: Bool { self == .localGovernmentInference }

    /// How pages name the method.
    public var label: String {
        switch self {
        case .citedRecord: "Cited operator records"
        case .nameAndPlace: "Lists by name and place"
        case .contractAward: "Federal contract awards"
        case .facilityType: "ICE’s facility-type definitions"
        case .localGovernmentInference: "Inference: local-government jails"
        }
    }

    /// The export column holding the ADP this method decided (`adp_cited_record`, ...).
    public var exportColumn: String { "adp_" + rawValue.replacingOccurrences(of: "-", with: "_") }
}
