import SQLKit
import VigilCore

/// A facility an incident is tied to, as stored: the key and the name shown when recorded.
public struct IncidentFacility: Sendable, Hashable {
    /// The registry's DETLOC code (upper case) when the facility has one, else the workbook key.
    public var key: String
    public var name: String

    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }
}

/// Resolves what a person or a file calls a facility to the key incidents are stored under.
///
/// A registry code (`STWRTGA`, any case) is stored as the code. A workbook key
/// (`stewart-detention-center-ga`) is stored as its accepted registry code when it has one,
/// so that incidents recorded from either page of the same facility land together; otherwise
/// as the key itself. A name with its state (`Stewart Detention Center, GA`) goes through the
/// registry's one matcher and is stored as the code it ties to with confidence. Anything
/// else is unknown, and refused.
public enum IncidentFacilities {
    public static func resolve(_ identifier: String, on db: any SQLDatabase) async throws -> IncidentFacility? {
        struct Named: Decodable { var name: String }
        struct Code: Decodable { var code: String }
        let text = identifier.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        let code = text.uppercased()
        if let registry = try await db.raw("SELECT name FROM facilities WHERE code = \(bind: code)").first(decoding: Named.self) {
            return IncidentFacility(key: code, name: registry.name)
        }
        let key = text.lowercased()
        if let named = nameAndState(text) {
            let matcher = try await FacilityMatching.registryMatcher(on: db)
            if let match = matcher.match(.init(name: named.name, city: nil, state: named.state, zip: nil)), match.isAccepted,
               let registry = try await db.raw("SELECT name FROM facilities WHERE code = \(bind: match.code)").first(decoding: Named.self) {
                return IncidentFacility(key: match.code, name: registry.name)
            }
        }
        // The name the newest release gives the key: what the facility's page shows as its title.
        guard let observed = try await db.raw("""
            SELECT o.name FROM facility_observations o JOIN releases r ON r.id = o.release_id
            WHERE o.facility_key = \(bind: key) ORDER BY r.as_of_date DESC, o.source_row LIMIT 1
            """).first(decoding: Named.self) else { return nil }
        if let match = try await db.raw("""
            SELECT m.code FROM facility_matches m JOIN facilities f ON f.code = m.code
            WHERE m.facility_key = \(bind: key) AND m.accepted = 1
            """).first(decoding: Code.self) {
            return IncidentFacility(key: match.code, name: observed.name)
        }
        return IncidentFacility(key: key, name: observed.name)
    }

    /// `Stewart Detention Center, GA` → the name and the two-letter state; nil for anything else.
    static func nameAndState(_ text: String) -> (name: String, state: String)? {
        guard let comma = text.lastIndex(of: ",") else { return nil }
        let state = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces).uppercased()
        let name = text[..<comma].trimmingCharacters(in: .whitespaces)
        guard state.count == 2, state.allSatisfy(\.isLetter), !name.isEmpty else { return nil }
        return (name, state)
    }

    /// Every identifier a facility's incidents may be stored under: for a code, the code and
    /// its workbook keys; for a key, the key, its accepted code and that code's other keys.
    /// Incidents recorded before a key was matched stay under the key, and still show.
    public static func identifiers(for identifier: String, on db: any SQLDatabase) async throws -> [String] {
        struct Key: Decodable { var facility_key: String }
        guard let facility = try await resolve(identifier, on: db) else { return [identifier] }
        var identifiers = [facility.key]
        let keys = try await db.raw("""
            SELECT facility_key FROM facility_matches WHERE code = \(bind: facility.key) AND accepted = 1 ORDER BY facility_key
            """).all(decoding: Key.self).map(\.facility_key)
        for key in [identifier.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()] + keys
            where !identifiers.contains(key) && key.uppercased() != facility.key { identifiers.append(key) }
        return identifiers
    }
}
