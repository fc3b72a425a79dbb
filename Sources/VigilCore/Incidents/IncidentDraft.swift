/// An incident as someone typed it or a file held it: every field as text, not yet checked.
///
/// `validated(today:)` turns it into an `Incident` or says, field by field, what is wrong.
/// The web form re-shows a draft with its problems; the CSV reader reports them by row.
public struct IncidentDraft: Sendable, Hashable {
    public var facility = ""
    public var occurredOn = ""
    public var category = ""
    public var status = ""
    /// Blank means `IncidentVisibility.safeDefault` (internal).
    public var visibility = ""
    public var description = ""
    public var sourceTitle = ""
    public var sourceURL = ""
    public var documentedBy = ""

    public init() {}

    /// A draft from fields named as `IncidentField` names them; missing fields are blank.
    public init(fields: (IncidentField) -> String?) {
        facility = fields(.facility) ?? ""
        occurredOn = fields(.occurredOn) ?? ""
        category = fields(.category) ?? ""
        status = fields(.status) ?? ""
        visibility = fields(.visibility) ?? ""
        description = fields(.description) ?? ""
        sourceTitle = fields(.sourceTitle) ?? ""
        sourceURL = fields(.sourceURL) ?? ""
        documentedBy = fields(.documentedBy) ?? ""
    }

    /// A draft showing a stored incident, e.g. to edit it.
    public init(_ incident: Incident) {
        facility = incident.facility
        occurredOn = incident.occurredOn.iso
        category = incident.category.rawValue
        status = incident.status.rawValue
        visibility = incident.visibility.rawValue
        description = incident.description
        sourceTitle = incident.source.title
        sourceURL = incident.source.url ?? ""
        documentedBy = incident.source.documentedBy
    }

    public subscript(field: IncidentField) -> String {
        switch field {
        case .facility: facility
        case .occurredOn: occurredOn
        case .category: category
        case .status: status
        case .visibility: visibility
        case .description: description
        case .sourceTitle: sourceTitle
        case .sourceURL: sourceURL
        case .documentedBy: documentedBy
        }
    }

    /// The incident, or every problem found, in field order. Text is trimmed at both ends;
    /// `today` is the last acceptable date (pass the caller's clock, in UTC).
    public func validated(today: CalendarDate) -> Result<Incident, IncidentInvalid> {
        var problems: [IncidentProblem] = []
        func refuse(_ field: IncidentField, _ reason: FieldProblemReason) { problems.append(IncidentProblem(field: field, reason: reason)) }
        func text(_ field: IncidentField, max: Int) -> String? {
            let value = self[field].trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                if !field.isOptional { refuse(field, .required) }
                return nil
            }
            if value.count > max {
                refuse(field, .tooLong(count: value.count, max: max))
                return nil
            }
            if value.unicodeScalars.contains(where: { $0.value == 0 }) {
                refuse(field, .containsNUL)
                return nil
            }
            return value
        }
        func choice<T: RawRepresentable & CaseIterable>(_ field: IncidentField, _ type: T.Type) -> T? where T.RawValue == String {
            guard let value = text(field, max: IncidentRules.maxShortTextLength) else { return nil }
            guard let parsed = T(rawValue: value.lowercased()) else {
                refuse(field, .notOneOf(value, choices: T.allCases.map(\.rawValue)))
                return nil
            }
            return parsed
        }

        let facility = text(.facility, max: IncidentRules.maxShortTextLength)
        var date: CalendarDate?
        if let written = text(.occurredOn, max: IncidentRules.maxShortTextLength) {
            if let parsed = CalendarDate(iso: written) {
                if parsed < IncidentRules.earliestDate {
                    refuse(.occurredOn, .beforeEarliest(parsed, earliest: IncidentRules.earliestDate))
                } else if parsed > today {
                    refuse(.occurredOn, .inFuture(parsed, today: today))
                } else {
                    date = parsed
                }
            } else {
                refuse(.occurredOn, .notADate(written))
            }
        }
        let category = choice(.category, IncidentCategory.self)
        let status = choice(.status, IncidentStatus.self)
        let visibility = self.visibility.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            ? IncidentVisibility.safeDefault : choice(.visibility, IncidentVisibility.self)
        let description = text(.description, max: IncidentRules.maxDescriptionLength)
        let title = text(.sourceTitle, max: IncidentRules.maxShortTextLength)
        var url: String?
        if let written = text(.sourceURL, max: IncidentRules.maxURLLength) {
            if IncidentRules.isAcceptableURL(written) { url = written } else {
                refuse(.sourceURL, .notAWebAddress(written))
            }
        }
        let documentedBy = text(.documentedBy, max: IncidentRules.maxShortTextLength)

        guard problems.isEmpty, let facility, let date, let category, let status, let visibility, let description,
              let title, let documentedBy else {
            return .failure(IncidentInvalid(problems: problems))
        }
        return .success(Incident(facility: facility, occurredOn: date, category: category, status: status, visibility: visibility,
                                 description: description, source: IncidentSource(title: title, url: url, documentedBy: documentedBy)))
    }
}

/// One thing wrong with one field of an incident's draft.
public typealias IncidentProblem = FieldProblem<IncidentField>

/// Why a draft is not an incident: every problem found, in field order.
public struct IncidentInvalid: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [IncidentProblem]

    public init(problems: [IncidentProblem]) { self.problems = problems }

    /// The first problem with `field`, if any.
    public func problem(with field: IncidentField) -> IncidentProblem? { problems.first { $0.field == field } }

    public var description: String { problems.map(\.description).joined(separator: "; ") }
}
