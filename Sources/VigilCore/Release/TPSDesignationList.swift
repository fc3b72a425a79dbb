/// A TPS designations file as read: the file it came from (by SHA-256) and its designations
/// in file order. A stored version is one of these.
public struct TPSDesignationList: Sendable, Equatable {
    public var source: SourceFile
    public var designations: [TPSDesignation]

    public init(source: SourceFile, designations: [TPSDesignation]) {
        self.source = source
        self.designations = designations
    }

    /// How many rows the file marks as doubtful in its `certainty` column.
    public var toVerifyCount: Int { designations.count { $0.isToVerify } }
}
