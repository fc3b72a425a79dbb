/// A file as it arrived: its name, its bytes' SHA-256 and size.
///
/// Every figure Vigil shows can be traced back to one of these.
public struct SourceFile: Hashable, Sendable, Codable {
    public var fileName: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    public var byteCount: Int

    public init(fileName: String, sha256: String, byteCount: Int) {
        self.fileName = fileName
        self.sha256 = sha256
        self.byteCount = byteCount
    }
}
