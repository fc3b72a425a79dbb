/// Who ran a facility, and on what terms, as one cited source said on one date.
///
/// Records are never overwritten: a later source adds a record, and each figure names the
/// record it used.
public struct OperatorRecord: Hashable, Sendable, Codable {
    public var code: String
    public var asOfDate: CalendarDate
    public var operatorName: String?
    public var ownerName: String?
    /// ICE's detailed facility type at that date: SPC, CDF, IGSA, DIGSA, USMS IGA, ...
    public var contractType: String?
    public var capacity: Double?
    public var guaranteedMinimum: Double?
    /// The source's name: a file name, or a citation such as a contract number or URL.
    public var source: String
    /// Free text: where in the source, or why it is believed.
    public var citation: String?
    public var sourceRow: Int?
    /// How the record ties the operator to the code: a cited record, a name-and-place list
    /// or a contract award (the last two through the registry matcher).
    public var method: OperatorEvidenceMethod = .citedRecord
    /// For `nameAndPlace` and `contractAward`: how the matcher tied the source's name to the code.
    public var matchMethod: FacilityMatchMethod?
    public var matchConfidence: Double?

    public init(code: String, asOfDate: CalendarDate, source: String) {
        self.code = code
        self.asOfDate = asOfDate
        self.source = source
    }

    public var operatorKind: OperatorKind { OperatorClassifier.kind(of: operatorName) }

    /// The record in force on `date`: the latest on or before it, else the earliest known.
    public static func inForce(on date: CalendarDate, among records: [OperatorRecord]) -> OperatorRecord? {
        let sorted = records.sorted { ($0.asOfDate, $0.source) < ($1.asOfDate, $1.source) }
        return sorted.last { $0.asOfDate <= date } ?? sorted.first
    }
}
