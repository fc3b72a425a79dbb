import Foundation

/// Moments stored as ISO 8601 text in UTC (`2026-11-23T11:59:00Z`): the same on both
/// engines, and sortable as text.
enum Timestamp {
    static func now() -> String { Date().formatted(.iso8601) }
}
