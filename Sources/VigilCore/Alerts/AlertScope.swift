import Foundation

/// Which events a subscription or a feed wants: any of a facility, a state, an AOR and an
/// operator (all that are given must hold), and the event kinds (all kinds when empty).
public struct AlertScope: Sendable, Hashable, Codable {
    /// A registry code (`STWRTGA`) or a workbook key (`stewart-detention-center-ga`).
    public var facility: String?
    /// Two-letter postal code, upper case.
    public var state: String?
    /// ICE area of responsibility, e.g. `HOU`, upper case.
    public var areaOfResponsibility: String?
    /// Part of the operator's name as the facility's operator record in force gives it (`GEO`, `CoreCivic`).
    public var operatorName: String?
    public var kinds: Set<ExpansionEventKind>

    public init(facility: String? = nil, state: String? = nil, areaOfResponsibility: String? = nil, operatorName: String? = nil,
                kinds: Set<ExpansionEventKind> = []) {
        func clean(_ text: String?) -> String? {
            guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
            return trimmed
        }
        self.facility = clean(facility)
        self.state = clean(state)?.uppercased()
        self.areaOfResponsibility = clean(areaOfResponsibility)?.uppercased()
        self.operatorName = clean(operatorName)
        self.kinds = kinds
    }

    /// True when nothing narrows it: every event of every kind.
    public var isEverything: Bool { facility == nil && state == nil && areaOfResponsibility == nil && operatorName == nil && kinds.isEmpty }

    /// Whether `event` is wanted; `operatorOf` gives the operator in force at the event's
    /// facility on its as-of date (asked only when the scope names an operator).
    public func matches(_ event: ExpansionEvent, operatorOf: (ExpansionEvent) -> String?) -> Bool {
        if !kinds.isEmpty, !kinds.contains(event.kind) { return false }
        if let facility {
            let wanted = facility.lowercased()
            guard event.facilityCode?.lowercased() == wanted || event.facilityKey.rawValue == wanted else { return false }
        }
        if let state, event.state?.uppercased() != state { return false }
        if let areaOfResponsibility, event.areaOfResponsibility?.uppercased() != areaOfResponsibility { return false }
        if let operatorName {
            guard let name = operatorOf(event), name.range(of: operatorName, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            else { return false }
        }
        return true
    }

    /// Kinds read from a comma-separated list (`new,surge`), exactly as the API document's pattern says;
    /// an unknown or empty name is refused, naming it. An empty list means every kind.
    public static func kinds(from text: String) throws(AlertScopeError) -> Set<ExpansionEventKind> {
        var kinds = Set<ExpansionEventKind>()
        guard !text.isEmpty else { return kinds }
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = String(part)
            guard let kind = ExpansionEventKind(rawValue: name) else { throw .unknownKind(name) }
            kinds.insert(kind)
        }
        return kinds
    }

    /// The scope in a few words, for lists and feed titles.
    public var description: String {
        var parts: [String] = []
        if let facility { parts.append("facility \(facility)") }
        if let state { parts.append("state \(state)") }
        if let areaOfResponsibility { parts.append("AOR \(areaOfResponsibility)") }
        if let operatorName { parts.append("operator \(operatorName)") }
        let what = parts.isEmpty ? "every facility" : parts.joined(separator: ", ")
        let which = kinds.isEmpty ? "every kind" : kinds.map(\.rawValue).sorted().joined(separator: ", ")
        return "\(what); \(which)"
    }
}

public enum AlertScopeError: Error, Hashable, CustomStringConvertible {
    case unknownKind(String)

    public var description: String {
        switch self {
        case .unknownKind(let name):
            "“\(name)” is not an event kind; use \(ExpansionEventKind.allCases.map(\.rawValue).joined(separator: ", "))."
        }
    }
}
