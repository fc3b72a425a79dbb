/// The incidents one CSV file holds, each with the row it came from, ready to store.
///
/// The file's SHA-256 and each row number are the import's identity: storing the same file
/// again adds nothing (see `IncidentArchive.importBatch`).
public struct IncidentList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// The row as a spreadsheet shows it: the header is row 1.
        public var row: Int
        public var incident: Incident

        public init(row: Int, incident: Incident) {
            self.row = row
            self.incident = incident
        }
    }

    public var source: SourceFile
    public var entries: [Entry]

    public init(source: SourceFile, entries: [Entry]) {
        self.source = source
        self.entries = entries
    }
}
