/// A reference list of facilities as read from one file: its entries, and what was
/// irregular about it (rows without a code, repeated rows).
public struct FacilityListing: Sendable, Hashable {
    public var source: SourceFile
    public var format: FacilityListFormat
    public var entries: [FacilityListEntry]
    /// Irregularities handled rather than refused, each naming its rows.
    public var notes: [String]

    public init(source: SourceFile, format: FacilityListFormat, entries: [FacilityListEntry], notes: [String] = []) {
        self.source = source
        self.format = format
        self.entries = entries
        self.notes = notes
    }
}
