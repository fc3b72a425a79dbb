import VigilCore

/// What a Facilities-sheet column holds, recognised from its header text.
enum FacilityColumn: Hashable {
    case name, address, city, state, zip, areaOfResponsibility, typeDetailed, gender
    case averageLengthOfStay
    case levelA, levelB, levelC, levelD
    case maleCriminal, maleNonCriminal, femaleCriminal, femaleNonCriminal
    case threatLevel1, threatLevel2, threatLevel3, noThreatLevel
    case mandatory, guaranteedMinimum
    /// One field of one reported inspection. `namedInspector` is what the header says; the
    /// layout decides whether that is trusted (see `InspectionColumn`).
    case inspection(InspectionColumn)
    /// "Pending FY24 Inspection".
    case pendingInspection
    /// A header this version does not interpret: the values are kept under the header text.
    case other

    init(header: String) {
        let key = HeaderText.normalized(header)
        if let known = Self.byNormalizedHeader[key] {
            self = known
        } else if let inspection = InspectionColumn(normalizedHeader: key) {
            self = .inspection(inspection)
        } else if key.containsIgnoringASCIICase("pending") && key.containsIgnoringASCIICase("inspection") {
            self = .pendingInspection
        } else {
            self = .other
        }
    }

    /// How the cells are read.
    enum ValueKind { case text, number, date, zip }

    var valueKind: ValueKind {
        switch self {
        case .averageLengthOfStay, .levelA, .levelB, .levelC, .levelD, .maleCriminal, .maleNonCriminal,
             .femaleCriminal, .femaleNonCriminal, .threatLevel1, .threatLevel2, .threatLevel3, .noThreatLevel,
             .mandatory, .guaranteedMinimum:
            return .number
        case .inspection(let column) where column.field == .date:
            return .date
        case .zip:
            return .zip
        default:
            return .text
        }
    }

    /// Whether the column tells layouts apart (`WorkbookLayoutSignature`): inspection and pending columns do.
    var isLayoutSpecific: Bool {
        switch self {
        case .inspection, .pendingInspection: true
        default: false
        }
    }

    /// The columns without which a sheet cannot be read: the name and the population by level,
    /// from which the average daily population is summed.
    static let required: [(FacilityColumn, String)] = [
        (.name, "Name"), (.levelA, "Level A"), (.levelB, "Level B"), (.levelC, "Level C"), (.levelD, "Level D"),
    ]

    private static let byNormalizedHeader: [String: FacilityColumn] = [
        "name": .name, "facility name": .name,
        "address": .address, "city": .city, "state": .state, "zip": .zip, "zip code": .zip,
        "aor": .areaOfResponsibility, "area of responsibility": .areaOfResponsibility,
        "type detailed": .typeDetailed, "facility type": .typeDetailed,
        "male/female": .gender, "gender": .gender,
        "fyxx alos": .averageLengthOfStay, "alos": .averageLengthOfStay,
        "level a": .levelA, "level b": .levelB, "level c": .levelC, "level d": .levelD,
        "male crim": .maleCriminal, "male non-crim": .maleNonCriminal,
        "female crim": .femaleCriminal, "female non-crim": .femaleNonCriminal,
        "ice threat level 1": .threatLevel1, "ice threat level 2": .threatLevel2,
        "ice threat level 3": .threatLevel3, "no ice threat level": .noThreatLevel,
        "mandatory": .mandatory, "guaranteed minimum": .guaranteedMinimum,
    ]
}

/// One inspection field column: "Last Inspection Date", "ODO Final Rating",
/// "Second to Last Nakamoto Inspection Standard", ...
struct InspectionColumn: Hashable {
    enum Field: Hashable { case type, standard, rating, date }

    let position: ReportedInspection.Position
    let namedInspector: ReportedInspection.Inspector
    let field: Field

    init?(normalizedHeader key: String) {
        // `key` is lower-case already; the generic `contains` took a quarter of reading a header row.
        guard key.containsIgnoringASCIICase("inspection") || key.containsIgnoringASCIICase("rating")
                || key.containsIgnoringASCIICase("report date") else { return nil }
        guard !key.containsIgnoringASCIICase("pending") else { return nil }
        if key.containsIgnoringASCIICase("date") { field = .date }
        else if key.containsIgnoringASCIICase("type") { field = .type }
        else if key.containsIgnoringASCIICase("standard") { field = .standard }
        else if key.containsIgnoringASCIICase("rating") { field = .rating }
        else { return nil }
        position = key.hasPrefix("second to last") ? .secondToLast : .last
        let words = key.split(whereSeparator: { !$0.isLetter })
        if words.contains("nakamoto") { namedInspector = .nakamoto }
        else if words.contains("odo") { namedInspector = .odo }
        else { namedInspector = .unspecified }
    }
}
