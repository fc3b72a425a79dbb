import VigilCore

/// The audit's source for a letter stored in Vigil: its current text and its approved
/// signatories, the lead organization first.
public struct PressAuditSources: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// The source for letter `id`, with the version it was built from; nil when there is no such letter.
    public func source(letterID id: Int) async throws -> (source: AuditSource, version: Int, letter: LetterRecord)? {
        let queries = LetterQueries(database: database)
        guard let letter = try await queries.letter(id: id) else { return nil }
        let lead = letter.content.leadOrganization.isEmpty ? nil : letter.content.leadOrganization
        let signatories = try await queries.signatories(letterID: id, leadOrganization: lead).map(\.organization)
        return (AuditSource(content: letter.content, approvedSignatories: signatories), letter.currentVersion, letter)
    }
}
