/// Groups of signatures whose organization names look like one organization, for an editor to
/// compare side by side. Nothing here merges anything: a person decides.
///
/// Two names are put together when they have the same `OrganizationName.comparisonKey`, when
/// one is the other's parenthesised acronym ("CHIRLA" and "Coalition for Humane Immigrant Rights
/// (CHIRLA)"), or when their keys differ in one word of four letters or more by one letter (two in words of nine
/// letters or more) — a typo, not another place: state codes never count as a typo.
public enum OrganizationClusters {
    /// A name to cluster and whatever the caller identifies it by.
    public struct Entry<ID: Hashable & Sendable>: Sendable {
        public var id: ID
        public var name: String

        public init(id: ID, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// Every group of two or more entries, each in input order; groups ordered by their first entry.
    public static func clusters<ID>(_ entries: [Entry<ID>]) -> [[ID]] {
        let keys = entries.map { OrganizationName.tokens($0.name) }
        let acronyms = entries.map { Set(OrganizationName.acronyms($0.name)) }
        var parent = Array(entries.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var byKey: [[String]: Int] = [:]
        var byAcronym: [String: Int] = [:]
        for (i, key) in keys.enumerated() {
            if !key.isEmpty {
                if let first = byKey[key] { join(first, i) } else { byKey[key] = i }
            }
            for acronym in acronyms[i] {
                if let first = byAcronym[acronym] { join(first, i) } else { byAcronym[acronym] = i }
            }
        }
        for (i, key) in keys.enumerated() where key.count == 1 {
            if let other = byAcronym[key[0]] { join(other, i) }
        }
        // Typos: keys of the same length that differ in exactly one word.
        let byLength = Dictionary(grouping: keys.indices.filter { !keys[$0].isEmpty }, by: { keys[$0].count })
        for indices in byLength.values where indices.count > 1 {
            for (n, i) in indices.enumerated() {
                for j in indices[(n + 1)...] where root(i) != root(j) && isTypo(keys[i], keys[j]) {
                    join(i, j)
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in entries.indices { groups[root(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }.map { $0.map { entries[$0].id } }
    }

    static func isTypo(_ a: [String], _ b: [String]) -> Bool {
        var differing: (String, String)?
        for (x, y) in zip(a, b) where x != y {
            if differing != nil { return false }
            differing = (x, y)
        }
        guard let pair = differing, pair.0.count >= 4, pair.1.count >= 4 else { return false }
        let (x, y) = pair
        if StateName.codes.values.contains(x.uppercased()) || StateName.codes.values.contains(y.uppercased()) { return false }
        let limit = min(x.count, y.count) >= 9 ? 2 : 1
        return EditDistance.between(x, y, limit: limit) != nil
    }
}
