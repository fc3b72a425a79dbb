import Foundation

/// A custody event as a form posted it: every field as text, not yet checked.
public struct CustodyEventDraft: Sendable, Hashable {
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case kind
        case date
        case facility
        case amount
        case note
    }

    public var kind = ""
    public var date = ""
    public var facility = ""
    public var amount = ""
    public var note = ""

    public init(kind: String = "", date: String = "", facility: String = "", amount: String = "", note: String = "") {
        self.kind = kind
        self.date = date
        self.facility = facility
        self.amount = amount
        self.note = note
    }

    /// The event, or the problems found as sentences naming the field. Custody events have
    /// already happened, so a date after `today` is refused.
    public func validated(today: CalendarDate) -> Result<CustodyEvent, CustodyEventInvalid> {
        var problems: [String] = []
        let kindText = kind.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let kind = CustodyEvent.Kind(rawValue: kindText)
        if kind == nil {
            problems.append(Catalogue.t("cases.event_problem.kind", ["value": kindText, "choices": CustodyEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        let dateText = date.trimmingCharacters(in: .whitespacesAndNewlines)
        var parsedDate = CalendarDate(iso: dateText)
        if parsedDate == nil {
            problems.append(Catalogue.t("cases.event_problem.not_a_date", ["value": dateText]))
        } else if let d = parsedDate, d > today {
            problems.append(Catalogue.t("cases.event_problem.future", ["date": d.iso, "today": today.iso]))
            parsedDate = nil
        } else if let d = parsedDate, d < CaseRules.earliestDate {
            problems.append(Catalogue.t("cases.event_problem.too_early", ["date": d.iso, "earliest": CaseRules.earliestDate.iso]))
            parsedDate = nil
        }
        let facilityText = facility.trimmingCharacters(in: .whitespacesAndNewlines)
        if kind?.needsFacility == true, facilityText.isEmpty {
            problems.append(Catalogue.t("cases.event_problem.facility", ["kind": kindText]))
        }
        var cents: Int?
        let amountText = amount.trimmingCharacters(in: .whitespacesAndNewlines)
        if !amountText.isEmpty {
            cents = DollarAmount.cents(from: amountText)
            if cents == nil { problems.append(Catalogue.t("cases.event_problem.amount", ["value": amountText])) }
        } else if kind?.needsAmount == true {
            problems.append(Catalogue.t("cases.event_problem.bond_amount"))
        }
        let noteText = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if noteText.count > CaseRules.maxShortTextLength * 3 {
            problems.append(Catalogue.t("cases.event_problem.note", ["max": String(CaseRules.maxShortTextLength * 3)]))
        }
        guard problems.isEmpty, let kind, let parsedDate else { return .failure(CustodyEventInvalid(problems: problems)) }
        return .success(CustodyEvent(kind: kind, date: parsedDate, facility: facilityText.isEmpty ? nil : facilityText,
                                     amountCents: cents, note: noteText.isEmpty ? nil : noteText))
    }
}

/// Why a posted custody event was refused.
public struct CustodyEventInvalid: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: " ") }
}
