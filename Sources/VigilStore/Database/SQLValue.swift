import SQLKit

/// A value bound into a statement, typed even when absent.
///
/// Keeping the type of a NULL lets PostgreSQL accept it for any column, and lets the
/// SQLite bulk path bind values without SQLKit's per-value encoder (see `BulkInsert`).
enum SQLValue: Sendable {
    case integer(Int?)
    case real(Double?)
    case text(String?)

    /// The value as SQLKit binds it.
    var encodable: any Encodable & Sendable {
        switch self {
        case .integer(let v): v
        case .real(let v): v
        case .text(let v): v
        }
    }
}
