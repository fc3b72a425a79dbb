/// A facility as the closure ranking sees it: who it is, who runs it, and the raw count behind
/// each factor, before any weighting.
public struct ClosureCandidate: Hashable, Sendable {
    /// The registry code when the facility has one, else its workbook key: what its pages use.
    public var identifier: String
    public var name: String
    public var state: String?
    public var type: String?
    public var operatorName: String?
    public var operatorKind: OperatorKind
    /// Raw values per factor; a factor missing here counts as 0.
    public var values: [ClosureFactor: Double]

    public init(identifier: String, name: String, state: String?, type: String?, operatorName: String?,
                operatorKind: OperatorKind, values: [ClosureFactor: Double]) {
        self.identifier = identifier
        self.name = name
        self.state = state
        self.type = type
        self.operatorName = operatorName
        self.operatorKind = operatorKind
        self.values = values
    }

    public subscript(factor: ClosureFactor) -> Double { values[factor] ?? 0 }
}
