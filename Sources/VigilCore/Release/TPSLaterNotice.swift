import Foundation

/// A later notice a TPS designation's `notes` record, which moves its dates.
///
/// The designations file keeps each designation's published dates in its columns and what
/// happened since in `notes`, as `;`-separated phrases. The ones that change when it is in
/// force are read here; any other phrase (`first designated 2010-01-21`, `runs beside the
/// 2021 designation`) is kept as text and shown.
enum TPSLaterNotice: Equatable {
    /// `announced 2024-10-17`: the designation was made public before it took effect.
    case announced(CalendarDate)
    /// `published 2024-11-26`: its Federal Register publication.
    case published(CalendarDate)
    /// `terminated effective 2025-07-14 (FR 2025-08201)`: not in force from that day on.
    case terminated(CalendarDate, text: String)
    /// `end moved to 2025-08-03 by partial vacatur (...)`: in force through that day.
    case endMoved(CalendarDate, text: String)
    /// `extended in Jan 2025 to 2026-09-09`: in force through that day.
    case extended(CalendarDate, text: String)

    /// The notices in `notes`, in order; throws when a phrase that moves a date names none.
    static func read(_ notes: String) throws(TPSDesignationError) -> [TPSLaterNotice] {
        var notices: [TPSLaterNotice] = []
        for raw in notes.split(separator: ";") {
            let phrase = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            let folded = phrase.lowercased()
            if folded.hasPrefix("announced") {
                notices.append(.announced(try date(after: "announced", in: phrase)))
            } else if folded.hasPrefix("published") {
                notices.append(.published(try date(after: "published", in: phrase)))
            } else if folded.hasPrefix("terminated effective") {
                notices.append(.terminated(try date(after: "terminated effective", in: phrase), text: phrase))
            } else if folded.hasPrefix("end moved to") {
                notices.append(.endMoved(try date(after: "end moved to", in: phrase), text: phrase))
            } else if folded.hasPrefix("extended"), let to = folded.range(of: " to ") {
                let offset = folded.distance(from: folded.startIndex, to: to.upperBound)
                let rest = phrase.dropFirst(offset)
                guard let date = CalendarDate(iso: rest.prefix(10)) else { throw unreadable("extended … to", phrase) }
                notices.append(.extended(date, text: phrase))
            }
        }
        return notices
    }

    /// The `YYYY-MM-DD` date right after `marker` at the start of `phrase`.
    private static func date(after marker: String, in phrase: String) throws(TPSDesignationError) -> CalendarDate {
        let rest = phrase.dropFirst(marker.count).drop(while: \.isWhitespace)
        guard let date = CalendarDate(iso: rest.prefix(10)) else { throw unreadable(marker, phrase) }
        return date
    }

    private static func unreadable(_ marker: String, _ phrase: String) -> TPSDesignationError {
        TPSDesignationError(field: "notes", "“\(phrase)” says “\(marker)” without a YYYY-MM-DD date after it, so the designation's dates cannot be read")
    }
}
