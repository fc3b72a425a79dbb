/// One fiscal year's national average daily population in ICE detention, as a published
/// series gives it: what death rates are measured against before ICE's workbooks begin.
public struct NationalADPYear: Hashable, Sendable {
    public var fiscalYear: FiscalYear
    public var averageDailyPopulation: Double
    /// Who the series credits for the figure ("ICE FOIA", "Migration Policy Institute").
    public var source: String?
    /// The row of the file it came from.
    public var sourceRow: Int

    public init(fiscalYear: FiscalYear, averageDailyPopulation: Double, source: String?, sourceRow: Int) {
        self.fiscalYear = fiscalYear
        self.averageDailyPopulation = averageDailyPopulation
        self.source = source
        self.sourceRow = sourceRow
    }
}
