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

    /// The event, or the problems found, each with its field. Custody events have
    /// already happened, so a date after `today` is refused.
    public func validated(today: CalendarDate) -> Result<CustodyEvent, CustodyEventInvalid> {
        var problems: [CustodyEventProblem] = []
        func refuse(_ field: Field, _ reason: FieldProblemReason) { problems.append(CustodyEventProblem(field: field, reason: reason)) }
        let kindText = kind.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let kind = CustodyEvent.Kind(rawValue: kindText)
        if kind == nil {
            refuse(.kind, .notOneOf(kindText, choices: CustodyEvent.Kind.allCases.map(\.rawValue)))
        }
        let dateText = date.trimmingCharacters(in: .whitespacesAndNewlines)
        var parsedDate = CalendarDate(iso: dateText)
        if parsedDate == nil {
            refuse(.date, .notADate(dateText))
        } else if let d = parsedDate, d > today {
            refuse(.date, .inFuture(d, today: today))
            parsedDate = nil
        } else if let d = parsedDate, d < CaseRules.earliestDate {
            refuse(.date, .beforeEarliest(d, earliest: CaseRules.earliestDate))
            parsedDate = nil
        }
        let facilityText = facility.trimmingCharacters(in: .whitespacesAndNewlines)
        if kind?.needsFacility == true, facilityText.isEmpty {
            refuse(.facility, .eventNeedsFacility(kind: kindText))
        }
        var cents: Int?
        let amountText = amount.trimmingCharacters(in: .whitespacesAndNewlines)
        if !amountText.isEmpty {
            cents = DollarAmount.cents(from: amountText)
            if cents == nil { refuse(.amount, .notDollars(amountText)) }
        } else if kind?.needsAmount == true {
            refuse(.amount, .eventNeedsAmount)
        }
        let noteText = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if noteText.count > CaseRules.maxShortTextLength * 3 {
            refuse(.note, .tooLong(count: noteText.count, max: CaseRules.maxShortTextLength * 3))
        }
        guard problems.isEmpty, let kind, let parsedDate else { return .failure(CustodyEventInvalid(problems: problems)) }
        return .success(CustodyEvent(kind: kind, date: parsedDate, facility: facilityText.isEmpty ? nil : facilityText,
                                     amountCents: cents, note: noteText.isEmpty ? nil : noteText))
    }
}

/// One thing wrong with one field of a posted custody event.
public typealias CustodyEventProblem = FieldProblem<CustodyEventDraft.Field>

/// Why a posted custody event was refused.
public struct CustodyEventInvalid: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [CustodyEventProblem]

    public init(problems: [CustodyEventProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: " ") }
}
