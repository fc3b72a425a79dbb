import Foundation

/// The JSON form of `ScreeningFacts`: the contract's snake_case names, dates as `YYYY-MM-DD`.
///
/// Decoding refuses what a script most likely got wrong, naming the field: a key the
/// contract does not have (a typo such as `pregant` would otherwise be silently unknown), a
/// date that is not a real `YYYY-MM-DD` day, a value of the wrong type, a condition the
/// criteria file does not list and a criminal entry other than `felony` or `misdemeanor`.
/// Every problem is thrown as a `ScreeningFactsError`.
extension ScreeningFacts {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case citizenship
        case enteredUS = "entered_us"
        case continuouslyPresentSince = "continuously_present_since"
        case birthDate = "birth_date"
        case pregnant
        case postpartumSince = "postpartum_since"
        case nursing
        case conditions
        case seriousMentalDisorder = "serious_mental_disorder"
        case disability
        case criminal
        case arriving
        case finalOrder = "final_order"
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let all: KeyedDecodingContainer<AnyKey>
        do {
            all = try decoder.container(keyedBy: AnyKey.self)
        } catch {
            throw ScreeningFactsError(field: "(input)", "expected one JSON object of facts, {\"citizenship\": ..., ...}")
        }
        let known = Set(CodingKeys.allCases.map(\.stringValue))
        if let unknown = all.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
            throw ScreeningFactsError(field: unknown, "not a screener field; the fields are \(CodingKeys.allCases.map(\.stringValue).joined(separator: ", "))")
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        citizenship = try Self.text(c, .citizenship)
        enteredUS = try Self.date(c, .enteredUS)
        continuouslyPresentSince = try Self.date(c, .continuouslyPresentSince)
        birthDate = try Self.date(c, .birthDate)
        pregnant = try Self.flag(c, .pregnant)
        postpartumSince = try Self.date(c, .postpartumSince)
        nursing = try Self.flag(c, .nursing)
        seriousMentalDisorder = try Self.flag(c, .seriousMentalDisorder)
        disability = try Self.flag(c, .disability)
        arriving = try Self.flag(c, .arriving)
        finalOrder = try Self.flag(c, .finalOrder)
        if let names = try Self.list(c, .conditions) {
            conditions = try names.enumerated().map { index, name in
                guard FraihatCondition(named: name) != nil else {
                    throw ScreeningFactsError(field: "conditions[\(index)]", FraihatCondition.unknownNameReason(name))
                }
                return name.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        if let entries = try Self.list(c, .criminal) {
            criminal = try entries.enumerated().map { index, entry in
                guard let value = CriminalRecordEntry(rawValue: entry.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()) else {
                    throw ScreeningFactsError(field: "criminal[\(index)]", "“\(entry)” is not an entry the screener knows; write felony or misdemeanor")
                }
                return value
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(citizenship, forKey: .citizenship)
        try c.encodeIfPresent(enteredUS?.iso, forKey: .enteredUS)
        try c.encodeIfPresent(continuouslyPresentSince?.iso, forKey: .continuouslyPresentSince)
        try c.encodeIfPresent(birthDate?.iso, forKey: .birthDate)
        try c.encodeIfPresent(pregnant, forKey: .pregnant)
        try c.encodeIfPresent(postpartumSince?.iso, forKey: .postpartumSince)
        try c.encodeIfPresent(nursing, forKey: .nursing)
        try c.encodeIfPresent(conditions, forKey: .conditions)
        try c.encodeIfPresent(seriousMentalDisorder, forKey: .seriousMentalDisorder)
        try c.encodeIfPresent(disability, forKey: .disability)
        try c.encodeIfPresent(criminal, forKey: .criminal)
        try c.encodeIfPresent(arriving, forKey: .arriving)
        try c.encodeIfPresent(finalOrder, forKey: .finalOrder)
    }

    // MARK: Field readers: each turns a decoding error into one naming the field

    private static func text(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> String? {
        let value: String?
        do { value = try c.decodeIfPresent(String.self, forKey: key) } catch {
            throw ScreeningFactsError(field: key.stringValue, "expected a text value or null")
        }
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private static func date(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> CalendarDate? {
        let value: String?
        do { value = try c.decodeIfPresent(String.self, forKey: key) } catch {
            throw ScreeningFactsError(field: key.stringValue, "expected a date as \"YYYY-MM-DD\" or null")
        }
        guard let value else { return nil }
        guard let date = CalendarDate(iso: value.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ScreeningFactsError(field: key.stringValue, "“\(value)” is not a date as YYYY-MM-DD (a real day, e.g. 2024-02-29)")
        }
        return date
    }

    private static func flag(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Bool? {
        do { return try c.decodeIfPresent(Bool.self, forKey: key) } catch {
            throw ScreeningFactsError(field: key.stringValue, "expected true, false or null (not known)")
        }
    }

    private static func list(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> [String]? {
        do { return try c.decodeIfPresent([String].self, forKey: key) } catch {
            throw ScreeningFactsError(field: key.stringValue, "expected a list of text values, [\"...\"], or null (not known)")
        }
    }
}
