/// The columns of ICE's person-level "Detentions" release that Vigil reads, and how their
/// names are recognised in either spelling ICE's files and their re-publishers use:
/// `Book In Date Time` or `book_in_date_time`.
public enum StaysColumn: String, CaseIterable, Sendable {
    case stayBookIn = "stay_book_in_date_time"
    case bookIn = "book_in_date_time"
    case facilityCode = "detention_facility_code"
    case bookOut = "book_out_date_time"
    case stayBookOut = "stay_book_out_date_time"
    case releaseReason = "detention_release_reason"

    /// The columns a file must have to be read. A stint is one row: its facility
    /// placement runs from `Book In Date Time` to `Book Out Date Time`; the `Stay` columns
    /// span the whole stay across transfers and are not what a facility's population counts.
    public static let required: [StaysColumn] = [.bookIn, .bookOut, .facilityCode]

    /// ICE's own spelling, for messages.
    public var iceName: String {
        switch self {
        case .stayBookIn: "Stay Book In Date Time"
        case .bookIn: "Book In Date Time"
        case .facilityCode: "Detention Facility Code"
        case .bookOut: "Book Out Date Time"
        case .stayBookOut: "Stay Book Out Date Time"
        case .releaseReason: "Detention Release Reason"
        }
    }

    /// A header cell in the one form both spellings share: trimmed, lower-case, runs of
    /// spaces as one underscore.
    public static func normalized(_ header: String) -> String {
        header.trimmingWhitespace().lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "_")
    }
}

extension String {
    /// The text without leading and trailing whitespace (no Foundation in VigilCore).
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || f == "\u{FEFF}" { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
