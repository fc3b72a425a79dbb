/// Why a source file was refused, and where: the error every importer throws.
///
/// The description names the file (and sheet, row and column where they apply) so that a
/// user can open the file and see the problem for themselves.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String

    public init(_ location: SourceLocation, _ reason: String) {
        self.location = location
        self.reason = reason
    }

    public init(file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil, _ reason: String) {
        self.init(SourceLocation(file: file, sheet: sheet, row: row, column: column), reason)
    }

    public var description: String { "\(location): \(reason)" }
}
