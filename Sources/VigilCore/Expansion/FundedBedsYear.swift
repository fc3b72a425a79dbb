/// Detention beds Congress funded (or was asked for) in one fiscal year, as a source states it
/// (`funded_beds.csv`). `beds` nil means the source says there was no bed minimum that year:
/// not zero beds, and never drawn or summed as zero.
public struct FundedBedsYear: Sendable, Hashable {
    public var fiscalYear: Int
    public var beds: Int?
    /// What kind of figure it is, as written: `enacted minimum`, `enacted (approximate)`, `requested`, `no bed minimum`.
    public var status: String
    /// The source's own words.
    public var statement: String?
    public var sourceURL: String?
    public var sourceRow: Int

    public init(fiscalYear: Int, beds: Int?, status: String, statement: String?, sourceURL: String?, sourceRow: Int) {
        self.fiscalYear = fiscalYear
        self.beds = beds
        self.status = status
        self.statement = statement
        self.sourceURL = sourceURL
        self.sourceRow = sourceRow
    }

    /// A request is not an appropriation: charts draw enacted figures only.
    public var isEnacted: Bool { !status.lowercased().contains("request") }
}
