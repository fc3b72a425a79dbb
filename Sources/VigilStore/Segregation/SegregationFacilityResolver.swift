import SQLKit
import VigilCore

/// Ties the segregation sheet's facility names to facilities when a page or export reads them.
///
/// At import a name is tied only to a facility of the same workbook's Facilities sheet with
/// the very same name. Many are not (`BUFFALO SPC`, `MONTGOMERY PROCESSING CTR`), so on
/// reading, an untied name is compared — folded by `FacilityNameFold`, which expands ICE's
/// abbreviations — with every name any release gave a facility, then with every name the
/// registry's reference lists gave a code. A name is tied only when exactly one facility (or
/// code) has it: the sheet prints no state, and a wrong guess would put one facility's
/// figures on another's page. Names still untied stay as printed.
struct SegregationFacilityResolver: Sendable {
    /// Where a row belongs: the workbook key and/or the registry code.
    struct Identity: Sendable, Hashable {
        var key: FacilityKey?
        var code: String?

        /// What pages link to: the registry code when there is one (it gathers every name the
        /// facility had), else the workbook key.
        var pageKey: FacilityKey? { code.map(FacilityKey.init(rawValue:)) ?? key }
    }

    private let keysByName: [String: Set<FacilityKey>]
    private let codesByName: [String: Set<String>]
    private let codeByKey: [FacilityKey: String]

    /// Ties nothing by name and knows no codes: for figures that need no facility identity.
    static let storedKeysOnly = SegregationFacilityResolver(keysByName: [:], codesByName: [:], codeByKey: [:])

    /// What is needed to place lines with these untied names and these stored keys; the stored
    /// facility rows' names are read from `storedNames` when given (they must be the database's now).
    static func load(untiedNames: Set<String>, storedKeys: Set<FacilityKey>, storedNames: StoredFacilityNames? = nil,
                     on db: any SQLDatabase) async throws -> SegregationFacilityResolver {
        struct KeyName: Decodable { var name: String; var facility_key: String }
        struct CodeName: Decodable { var name: String; var code: String }
        struct Match: Decodable { var facility_key: String; var code: String }
        let targets = Set(untiedNames.map(FacilityNameFold.fold)).filter { !$0.isEmpty }
        var keysByName: [String: Set<FacilityKey>] = [:]
        var codesByName: [String: Set<String>] = [:]
        if !targets.isEmpty {
            if let storedNames {
                for folded in targets { if let keys = storedNames.keysByFoldedName[folded] { keysByName[folded] = keys } }
            } else {
                // Every stored name is read and folded: narrowing in SQL (LIKE on first words) cost more
                // than it saved on SQLite.
                for row in try await db.raw("SELECT DISTINCT name, facility_key FROM facility_observations").all(decoding: KeyName.self) {
                    let folded = FacilityNameFold.fold(row.name)
                    if targets.contains(folded) { keysByName[folded, default: []].insert(FacilityKey(rawValue: row.facility_key)) }
                }
            }
            for row in try await db.raw("SELECT DISTINCT name, code FROM facility_list_entries WHERE name IS NOT NULL")
                .all(decoding: CodeName.self) {
                let folded = FacilityNameFold.fold(row.name)
                if targets.contains(folded) { codesByName[folded, default: []].insert(row.code) }
            }
        }
        let tiedByName = keysByName.values.compactMap { $0.count == 1 ? $0.first : nil }
        let keys: [any Encodable & Sendable] = storedKeys.union(tiedByName).map(\.rawValue).sorted()
        var codeByKey: [FacilityKey: String] = [:]
        if !keys.isEmpty {
            for match in try await db.raw("""
                SELECT facility_key, code FROM facility_matches
                WHERE accepted = 1 AND code IS NOT NULL AND facility_key IN (\(binds: keys))
                """).all(decoding: Match.self) {
                codeByKey[FacilityKey(rawValue: match.facility_key)] = match.code
            }
        }
        return SegregationFacilityResolver(keysByName: keysByName, codesByName: codesByName, codeByKey: codeByKey)
    }

    /// The facility a row belongs to, from its stored key or, failing that, its name.
    func identity(name: String, storedKey: FacilityKey?) -> Identity {
        if let storedKey { return Identity(key: storedKey, code: codeByKey[storedKey]) }
        let folded = FacilityNameFold.fold(name)
        if let keys = keysByName[folded], keys.count == 1, let key = keys.first {
            return Identity(key: key, code: codeByKey[key])
        }
        if let codes = codesByName[folded], codes.count == 1 { return Identity(key: nil, code: codes.first) }
        return Identity(key: nil, code: nil)
    }
}
