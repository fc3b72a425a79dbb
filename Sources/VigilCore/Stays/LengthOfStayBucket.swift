/// Length-of-stay classes for completed stints (book-out minus book-in, whole days).
public enum LengthOfStayBucket: Int, CaseIterable, Sendable, Comparable, CustomStringConvertible {
    case underOneDay, oneToThreeDays, fourToSevenDays, eightToFourteenDays, fifteenToThirtyDays,
         thirtyOneToNinetyDays, ninetyOneToOneEightyDays, oneEightyOneToThreeSixtyFiveDays, overAYear

    /// The class of a stint `seconds` long.
    public init(seconds: Int64) {
        let days = seconds / StayTimestamp.secondsPerDay
        switch days {
        case ..<1: self = .underOneDay
        case 1...3: self = .oneToThreeDays
        case 4...7: self = .fourToSevenDays
        case 8...14: self = .eightToFourteenDays
        case 15...30: self = .fifteenToThirtyDays
        case 31...90: self = .thirtyOneToNinetyDays
        case 91...180: self = .ninetyOneToOneEightyDays
        case 181...365: self = .oneEightyOneToThreeSixtyFiveDays
        default: self = .overAYear
        }
    }

    /// A stable label, used as a column or JSON key.
    public var description: String {
        switch self {
        case .underOneDay: "under_1_day"
        case .oneToThreeDays: "1_3_days"
        case .fourToSevenDays: "4_7_days"
        case .eightToFourteenDays: "8_14_days"
        case .fifteenToThirtyDays: "15_30_days"
        case .thirtyOneToNinetyDays: "31_90_days"
        case .ninetyOneToOneEightyDays: "91_180_days"
        case .oneEightyOneToThreeSixtyFiveDays: "181_365_days"
        case .overAYear: "over_365_days"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
