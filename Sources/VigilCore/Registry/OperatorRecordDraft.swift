import Foundation

/// An operator record as an editor typed it or a hand-kept CSV row held it: every field as
/// text, not yet checked. `validated(...)` gives the record or says, field by field, what is
/// wrong; the facility page's form re-shows the draft with its problems and the CSV reader
/// reports the first by file, row and column.
public struct OperatorRecordDraft: Sendable, Hashable {
    /// The fields, by the names the CSV header and the form use.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case code
        case asOfDate = "as_of_date"
        case operatorName = "operator"
        case owner
        case contractType = "contract_type"
        case capacity
        case guaranteedMinimum = "guaranteed_minimum"
        case citation

        public var label: String {
            switch self {
            case .code: "Facility code"
            case .asOfDate: "As of (YYYY-MM-DD)"
            case .operatorName: "Operator"
            case .owner: "Owner"
            case .contractType: "Contract type (SPC, CDF, IGSA, DIGSA, USMS IGA, ...)"
            case .capacity: "Capacity (beds)"
            case .guaranteedMinimum: "Guaranteed minimum (beds)"
            case .citation: "Citation: where the fact comes from"
            }
        }

        /// Required on every record: a record without a date or citation cannot be checked.
        public var isRequired: Bool { self == .code || self == .asOfDate || self == .citation }
    }

    public struct Problem: Sendable, Hashable {
        public var field: Field
        /// In English, for the CSV reader's errors and logs.
        public var message: String
        /// What is wrong, so a page can say it in its own language.
        public var reason: Reason
    }

    public enum Reason: Sendable, Hashable {
        case blank
        case noCitation
        case tooLong(characters: Int)
        case notANumber(String)
        case notADate
    }

    /// Every problem of a refused draft, in field order.
    public struct Invalid: Error, Sendable, Hashable {
        public var problems: [Problem]
    }

    public static let maxTextLength = 500

    private var values: [Field: String] = [:]

    public init() {}

    /// A draft from fields named as `Field` names them; missing fields are blank.
    public init(fields: (Field) -> String?) {
        for field in Field.allCases { values[field] = fields(field) ?? "" }
    }

    public subscript(field: Field) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    /// The record (its `source` as given), or every problem found, in field order.
    public func validated(source: String) -> Result<OperatorRecord, Invalid> {
        var problems: [Problem] = []
        func text(_ field: Field) -> String? {
            let value = self[field].trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                if field.isRequired {
                    problems.append(field == .citation
                        ? .init(field: field, message: "every record needs a citation saying where the fact comes from", reason: .noCitation)
                        : .init(field: field, message: "required, but blank", reason: .blank))
                }
                return nil
            }
            if value.count > Self.maxTextLength {
                problems.append(.init(field: field, message: "too long: \(value.count) characters, at most \(Self.maxTextLength)",
                                      reason: .tooLong(characters: value.count)))
                return nil
            }
            return value
        }
        func number(_ field: Field) -> Double? {
            guard let value = text(field) else { return nil }
            guard let number = Double(value), number.isFinite, number >= 0 else {
                problems.append(.init(field: field, message: "\"\(value)\" is not a number of beds", reason: .notANumber(value)))
                return nil
            }
            return number
        }
        let code = text(.code)?.uppercased()
        let dateText = text(.asOfDate)
        let date = dateText.flatMap { CalendarDate(iso: $0) }
        if dateText != nil && date == nil {
            problems.append(.init(field: .asOfDate, message: "as_of_date must be a date written YYYY-MM-DD", reason: .notADate))
        }
        let operatorName = text(.operatorName), owner = text(.owner), contractType = text(.contractType)
        let capacity = number(.capacity), minimum = number(.guaranteedMinimum)
        let citation = text(.citation)
        guard problems.isEmpty, let code, let date, let citation else {
            return .failure(Invalid(problems: problems.sorted { Field.allCases.firstIndex(of: $0.field)! < Field.allCases.firstIndex(of: $1.field)! }))
        }
        var record = OperatorRecord(code: code, asOfDate: date, source: source)
        record.operatorName = operatorName
        record.ownerName = owner
        record.contractType = contractType
        record.capacity = capacity
        record.guaranteedMinimum = minimum
        record.citation = citation
        return .success(record)
    }
}
