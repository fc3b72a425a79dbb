import VigilCore

// Operator kinds and the methods that decide them, as a page names them, in its language. Their
// raw values and English labels stay in downloads and the API.

extension OperatorKind {
    var localizedLabel: String { t("operator.kind." + keySegment(rawValue)) }
}

extension OperatorEvidenceMethod {
    var localizedLabel: String { t("operator.method." + keySegment(rawValue)) }
}
