/// What one expansion import did, for the command's report.
public struct ExpansionImportReport: Sendable, Hashable {
    /// `contracts`, `commission-activity`, `287g`, `funded-beds`, `dossiers`.
    public var kind: String
    public var fileName: String
    /// Records read from the file (or folder).
    public var records: Int
    /// Records stored: new, or replacing an earlier edition's.
    public var stored: Int
    /// Records tied to a registry facility with confidence.
    public var linked: Int
    /// Records with a doubtful link, waiting in the review queue.
    public var doubtful: Int
    /// Set when these exact bytes were imported before: nothing changed.
    public var alreadyArchivedAs: String?

    public init(kind: String, fileName: String, records: Int, stored: Int = 0, linked: Int = 0, doubtful: Int = 0,
                alreadyArchivedAs: String? = nil) {
        self.kind = kind
        self.fileName = fileName
        self.records = records
        self.stored = stored
        self.linked = linked
        self.doubtful = doubtful
        self.alreadyArchivedAs = alreadyArchivedAs
    }
}
