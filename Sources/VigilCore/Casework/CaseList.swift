/// The cases one CSV file holds, each with the row it came from, ready to store.
///
/// The file's SHA-256 and each row number are the import's identity: importing the same file
/// into the same organization again adds nothing.
public struct CaseList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// The row as a spreadsheet shows it: the header is row 1.
        public var row: Int
        public var file: CaseFile

        public init(row: Int, file: CaseFile) {
            self.row = row
            self.file = file
        }
    }

    public var source: SourceFile
    public var entries: [Entry]

    public init(source: SourceFile, entries: [Entry]) {
        self.source = source
        self.entries = entries
    }
}
