/// One of ICE's marks for "no value" as an anomaly names it (`ReleaseAnomalyFacts.placeholder`):
/// text the workbook shows is data and is quoted as it is; a mark with nothing to quote (a lone
/// non-breaking space, `#N/A` stored as an error value) is described in Vigil's words, drawn in the
/// reader's language.
///
/// Stored as the single string anomalies have always stored (`"\"#N/A\""`, the English label of
/// a description), so rows stored before this type existed read the same as new ones.
public enum PlaceholderMark: Sendable, Hashable, Codable, RawRepresentable {
    /// The mark as the workbook has it, trimmed: `#N/A`, `*`, `Scheduled FY26`.
    case text(String)
    /// A cell holding only non-breaking spaces (U+00A0): nothing visible to quote.
    case nonBreakingSpace
    /// `#N/A` stored as an Excel error value rather than as text.
    case notAvailableError

    /// The stored form; also what tells one mark from another when anomalies are counted.
    public var rawValue: String {
        switch self {
        case .text(let text): "\"\(text)\""
        case .nonBreakingSpace: Self.storedNonBreakingSpace
        case .notAvailableError: Self.storedNotAvailableError
        }
    }

    /// Any stored string reads: a quoted one is the mark's text, anything else unknown is kept as text.
    public init(rawValue: String) {
        switch rawValue {
        case Self.storedNonBreakingSpace: self = .nonBreakingSpace
        case Self.storedNotAvailableError: self = .notAvailableError
        case let quoted where quoted.count >= 2 && quoted.hasPrefix("\"") && quoted.hasSuffix("\""):
            self = .text(String(quoted.dropFirst().dropLast()))
        default: self = .text(rawValue)
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The catalogue key of a described mark; nil for text, which is quoted as it is.
    public var key: String? {
        switch self {
        case .text: nil
        case .nonBreakingSpace: "anomaly.placeholder.non_breaking_space"
        case .notAvailableError: "anomaly.placeholder.not_available_error"
        }
    }

    /// The mark in `catalogue`'s language: quoted text, or the description.
    public func text(in catalogue: Catalogue) -> String {
        guard let key else { return rawValue }
        return catalogue.text(key)
    }

    // What the importer wrote into `details_json` before marks were data; kept as the stored form.
    private static let storedNonBreakingSpace = "a lone non-breaking space (U+00A0)"
    private static let storedNotAvailableError = "#N/A (an error value)"
}
