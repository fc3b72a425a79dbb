/// Who a workbook row counts as run by, the method that said so and its source.
public struct OperatorEvidence: Sendable, Hashable {
    public var method: OperatorEvidenceMethod
    public var kind: OperatorKind
    /// The operator's name as the source gives it; nil for the type and inference methods.
    public var operatorName: String?
    /// The record used, for the three record methods.
    public var record: OperatorRecord?
    /// Where it comes from: a record's file and citation, ICE's definition, or the rule; as words a
    /// page draws in its language (the citations inside stay as written).
    public var sourceText: CatalogueText
    /// `sourceText` in English.
    public var source: String { sourceText.english }

    public init(method: OperatorEvidenceMethod, kind: OperatorKind, operatorName: String?, record: OperatorRecord?, source: CatalogueText) {
        self.method = method
        self.kind = kind
        self.operatorName = operatorName
        self.record = record
        self.sourceText = source
    }

    /// The evidence for one row, by the first method in `OperatorEvidenceMethod` order that has any:
    ///
    /// 1–3. records of the row's code (`records`), per method, the one in force on `date`
    ///      (the latest on or before it, else the earliest) among those that name an operator
    ///      Vigil can classify — a record with a blank, OTHER or unlisted operator is no evidence;
    /// 4.   ICE's definition of the row's type, when it names the operator (CDF, BOP);
    /// 5.   the local-government inference on the row's type and name.
    ///
    /// Nil when no method has evidence: the operator is unknown.
    public static func resolve(records: [OperatorRecord], type: String?, name: String, on date: CalendarDate) -> OperatorEvidence? {
        // Each record's kind once (classifying a name is the costly part), then by method in order.
        let known = records.filter { $0.operatorKind != .unknown }
        for method in OperatorEvidenceMethod.allCases where method.needsCode {
            let usable = known.filter { $0.method == method }
            if let record = OperatorRecord.inForce(on: date, among: usable) {
                return OperatorEvidence(method: method, kind: record.operatorKind, operatorName: record.operatorName, record: record,
                                        source: CatalogueText("private_share.evidence.record", ["citation": record.citation ?? record.source,
                                                                                                "date": record.asOfDate.iso]))
            }
        }
        if let definition = FacilityTypeDefinition.definition(of: type), let kind = definition.kind {
            return OperatorEvidence(method: .facilityType, kind: kind, operatorName: nil, record: nil,
                                    source: CatalogueText("private_share.evidence.definition", ["type": definition.type], parts: ["source": definition.source]))
        }
        if let kind = LocalGovernmentInference.kind(type: type, name: name) {
            return OperatorEvidence(method: .localGovernmentInference, kind: kind, operatorName: nil, record: nil,
                                    source: CatalogueText("private_share.evidence.inference", ["type": type ?? ""]))
        }
        return nil
    }
}
