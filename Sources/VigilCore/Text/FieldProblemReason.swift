/// Why a value typed into a form (or a file's cell) was refused, as data: the web draws it in the
/// reader's language from the catalogue (`problem.<key>`), and the command line prints
/// `englishMessage`. A reason not yet given its own case is `.other`, in English only.
public enum FieldProblemReason: Sendable, Hashable {
    case required
    case tooLong(count: Int, max: Int)
    case containsNUL
    case notADate(String)
    case beforeEarliest(CalendarDate, earliest: CalendarDate)
    case inFuture(CalendarDate, today: CalendarDate)
    case notOneOf(String, choices: [String])
    case notAWebAddress(String)
    case unknownFacility(String)
    case other(String)

    /// The catalogue key of the reason's message (`problem.required`), nil for `.other`.
    public var key: String? {
        switch self {
        case .required: "problem.required"
        case .tooLong: "problem.too_long"
        case .containsNUL: "problem.contains_nul"
        case .notADate: "problem.not_a_date"
        case .beforeEarliest: "problem.before_earliest"
        case .inFuture: "problem.in_future"
        case .notOneOf: "problem.not_one_of"
        case .notAWebAddress: "problem.not_a_web_address"
        case .unknownFacility: "problem.unknown_facility"
        case .other: nil
        }
    }

    /// The values the message names, as text; dates as ISO days, which read the same in every language.
    public var arguments: [String: String] {
        switch self {
        case .required, .containsNUL: [:]
        case .tooLong(let count, let max): ["count": String(count), "max": String(max)]
        case .notADate(let value), .notAWebAddress(let value), .unknownFacility(let value): ["value": value]
        case .beforeEarliest(let date, let earliest): ["date": date.iso, "earliest": earliest.iso]
        case .inFuture(let date, let today): ["date": date.iso, "today": today.iso]
        case .notOneOf(let value, let choices): ["value": value, "choices": choices.joined(separator: ", ")]
        case .other(let message): ["message": message]
        }
    }

    /// For the command line and logs.
    public var englishMessage: String {
        guard let key else { return arguments["message"] ?? "" }
        return Catalogue.english.text(key, arguments)
    }
}
