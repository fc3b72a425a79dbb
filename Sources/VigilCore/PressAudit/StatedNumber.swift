/// A number written in a text: a count ("193 groups", "three demands"), a percentage
/// ("over 90%"), a date ("November 15, 2024") or a weekday ("on Friday"), with the words that
/// qualify it.
public struct StatedNumber: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case count, percent, date, weekday
    }

    /// How a writer qualified a number: "nearly 200", "over 90%", "about 190".
    public enum Hedge: String, Hashable, Sendable {
        case exact
        /// nearly, almost, just under: a little below.
        case nearly
        /// fewer than, less than, under: anything below.
        case below
        /// over, more than, at least: anything above.
        case above
        /// about, around, roughly, some: within a tenth.
        case about
    }

    public let kind: Kind
    /// The count or percentage (0 for dates and weekdays).
    public let value: Double
    public let date: CalendarDate?
    /// 1 = Sunday … 7 = Saturday.
    public let weekday: Int?
    public let hedge: Hedge
    /// "192 other signatories": the number leaves someone out (here the lead organization).
    public let other: Bool
    /// The folded words after the number, up to four, for telling what it counts.
    public let unitWords: [String]
    public let text: String
    /// Unicode-scalar offsets in the text it was read from.
    public let start: Int
    public let end: Int

    /// Whether `figure` is what this number, as hedged, says.
    public func allows(_ figure: Double) -> Bool {
        switch hedge {
        case .exact: figure == value
        case .nearly: figure <= value && figure >= value * 0.9
        case .below: figure < value
        case .above: figure > value || (text.lowercased().contains("at least") && figure == value)
        case .about: abs(figure - value) <= value * 0.1
        }
    }

    /// The number as it would be written back: `193`, `90`.
    public var valueText: String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
