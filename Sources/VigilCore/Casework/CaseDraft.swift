import Foundation

/// A case as someone typed it or a CSV row held it: every field as text, not yet checked.
///
/// `validated(today:)` turns it into a `CaseFile` or says, field by field, what is wrong. The
/// web form shows a refused draft again with its problems; the CSV reader reports them by row.
/// Whether the facility exists in the registry is checked when storing.
public struct CaseDraft: Sendable, Hashable {
    public var values: [CaseField: String] = [:]

    public init() {}

    /// A draft from fields named as `CaseField` names them; missing fields are blank.
    public init(fields: (CaseField) -> String?) {
        for field in CaseField.allCases {
            if let value = fields(field) { values[field] = value }
        }
    }

    /// A draft showing a stored case, to edit it.
    public init(_ file: CaseFile) {
        func date(_ d: CalendarDate?) -> String { d?.iso ?? "" }
        func flag(_ b: Bool) -> String { b ? "yes" : "" }
        values = [
            .name: file.name, .aNumber: file.aNumber.description, .birthDate: file.birthDate.iso, .citizenship: file.citizenship,
            .languages: file.languages.joined(separator: "; "), .facility: file.facility, .detainedOn: file.detainedOn.iso,
            .entryDate: date(file.entryDate), .entryManner: file.entryManner ?? "", .court: file.court ?? "",
            .nextHearing: date(file.nextHearing), .custodyStatus: file.custodyStatus.rawValue,
            .priorBond: file.priorBondCents.map { DollarAmount.format(cents: $0) } ?? "", .counsel: file.counsel ?? "",
            .sponsorName: file.sponsor.name ?? "", .sponsorRelation: file.sponsor.relation ?? "",
            .sponsorAddress: file.sponsor.address ?? "", .sponsorStatus: file.sponsor.status ?? "",
            .continuouslyPresentSince: date(file.continuouslyPresentSince), .pregnant: flag(file.pregnant),
            .postpartumSince: date(file.postpartumSince), .nursing: flag(file.nursing), .conditions: file.conditions.joined(separator: "; "),
            .seriousMentalDisorder: flag(file.seriousMentalDisorder), .disability: flag(file.disability),
            .criminal: file.criminal.map(\.rawValue).joined(separator: "; "), .arriving: flag(file.arriving),
            .finalOrder: flag(file.finalOrder), .evidence: file.evidence.map(\.line).joined(separator: "\n"),
            .medicalNotes: file.medicalNotes ?? "", .notes: file.notes ?? "",
        ]
    }

    public subscript(field: CaseField) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    /// Words a yes/no field accepts; blank is no.
    static let yes: Set<String> = ["yes", "y", "true", "1", "on", "sí", "si", "x"]
    static let no: Set<String> = ["no", "n", "false", "0", "off", ""]

    /// The case, or every problem found, in field order. Text is trimmed at both ends; `today`
    /// is the latest date accepted for anything that has already happened.
    public func validated(today: CalendarDate) -> Result<CaseFile, CaseInvalid> {
        var problems: [CaseFieldProblem] = []
        func refuse(_ field: CaseField, _ reason: FieldProblemReason) { problems.append(CaseFieldProblem(field: field, reason: reason)) }
        func text(_ field: CaseField, max: Int = CaseRules.maxShortTextLength) -> String? {
            let value = self[field].trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                if field.isRequired { refuse(field, .required) }
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
        func date(_ field: CaseField, earliest: CalendarDate = CaseRules.earliestDate, past: Bool = true) -> CalendarDate? {
            guard let written = text(field) else { return nil }
            guard let parsed = CalendarDate(iso: written) else {
                refuse(field, .notADate(written))
                return nil
            }
            if parsed < earliest {
                refuse(field, .beforeEarliest(parsed, earliest: earliest))
                return nil
            }
            if past, parsed > today {
                refuse(field, .inFuture(parsed, today: today))
                return nil
            }
            return parsed
        }
        func flag(_ field: CaseField) -> Bool {
            let value = self[field].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if Self.yes.contains(value) { return true }
            if Self.no.contains(value) { return false }
            refuse(field, .notYesOrNo(value))
            return false
        }
        func list(_ field: CaseField) -> [String] {
            guard let value = text(field) else { return [] }
            return value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        let name = text(.name)
        var aNumber: ANumber?
        if let written = text(.aNumber) {
            aNumber = ANumber(written)
            if aNumber == nil {
                refuse(.aNumber, .notAnANumber(written))
            }
        }
        let birthDate = date(.birthDate, earliest: CaseRules.earliestBirthDate)
        let citizenship = text(.citizenship)
        let languages = list(.languages)
        let facility = text(.facility)
        let detainedOn = date(.detainedOn)
        let entryDate = date(.entryDate)
        let entryManner = text(.entryManner)
        let court = text(.court)
        let nextHearing = date(.nextHearing, past: false)
        var custodyStatus = CustodyStatus.detained
        if let written = text(.custodyStatus) {
            if let parsed = CustodyStatus(rawValue: written.lowercased()) { custodyStatus = parsed } else {
                refuse(.custodyStatus, .notOneOf(written, choices: CustodyStatus.allCases.map(\.rawValue)))
            }
        }
        var priorBond: Int?
        if let written = text(.priorBond) {
            priorBond = DollarAmount.cents(from: written)
            if priorBond == nil { refuse(.priorBond, .notDollars(written)) }
        }
        let counsel = text(.counsel)
        let sponsor = Sponsor(name: text(.sponsorName), relation: text(.sponsorRelation),
                              address: text(.sponsorAddress, max: 1_000), status: text(.sponsorStatus))
        let presentSince = date(.continuouslyPresentSince)
        let pregnant = flag(.pregnant)
        let postpartumSince = date(.postpartumSince)
        let nursing = flag(.nursing)
        let conditions = list(.conditions).map { $0.lowercased() }
        for condition in conditions where FraihatCondition(named: condition) == nil {
            refuse(.conditions, .notACondition(condition, choices: FraihatCondition.acceptedNames))
        }
        let seriousMentalDisorder = flag(.seriousMentalDisorder)
        let disability = flag(.disability)
        var criminal: [CriminalRecordEntry] = []
        for entry in list(.criminal) {
            if let parsed = CriminalRecordEntry(rawValue: entry.lowercased()) { criminal.append(parsed) } else {
                refuse(.criminal, .notAConviction(entry))
            }
        }
        let arriving = flag(.arriving)
        let finalOrder = flag(.finalOrder)
        var evidence: [EvidenceDocument] = []
        if let written = text(.evidence, max: CaseRules.maxLongTextLength) {
            switch EvidenceDocument.parseList(written, today: today) {
            case .success(let documents): evidence = documents
            case .failure(let problem): problems.append(problem)
            }
        }
        let medicalNotes = text(.medicalNotes, max: CaseRules.maxLongTextLength)
        let notes = text(.notes, max: CaseRules.maxLongTextLength)

        if let birthDate, let detainedOn, detainedOn < birthDate {
            refuse(.detainedOn, .beforeBirth(detainedOn, birth: birthDate))
        }
        let order = Dictionary(uniqueKeysWithValues: CaseField.allCases.enumerated().map { ($1, $0) })
        problems.sort { order[$0.field]! < order[$1.field]! }
        guard problems.isEmpty, let name, let aNumber, let birthDate, let citizenship, let facility, let detainedOn else {
            return .failure(CaseInvalid(problems: problems))
        }
        return .success(CaseFile(
            name: name, aNumber: aNumber, birthDate: birthDate, citizenship: citizenship, languages: languages, facility: facility,
            detainedOn: detainedOn, entryDate: entryDate, entryManner: entryManner, court: court, nextHearing: nextHearing,
            custodyStatus: custodyStatus, priorBondCents: priorBond, counsel: counsel, sponsor: sponsor,
            continuouslyPresentSince: presentSince, pregnant: pregnant, postpartumSince: postpartumSince, nursing: nursing,
            conditions: conditions, seriousMentalDisorder: seriousMentalDisorder, disability: disability, criminal: criminal,
            arriving: arriving, finalOrder: finalOrder, evidence: evidence, medicalNotes: medicalNotes, notes: notes))
    }
}
