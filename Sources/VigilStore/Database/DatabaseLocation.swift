import Foundation

/// Where Vigil keeps its data: a SQLite file (the default) or a PostgreSQL server.
///
/// Written as a URL on the command line (`--database-url`) or in `VIGIL_DATABASE_URL`:
/// `sqlite:///absolute/path.sqlite`, `sqlite::memory:` (tests), or
/// `postgres://user:password@host:port/database`.
public enum DatabaseLocation: Hashable, Sendable, CustomStringConvertible {
    case sqliteFile(path: String)
    case sqliteInMemory
    case postgres(url: String)

    /// The default when nothing is configured: `vigil-data/vigil.sqlite` under the working directory.
    public static func defaultLocation(workingDirectory: String = FileManager.default.currentDirectoryPath) -> DatabaseLocation {
        .sqliteFile(path: URL(fileURLWithPath: workingDirectory).appendingPathComponent("vigil-data/vigil.sqlite").path)
    }

    public init(url text: String) throws(DatabaseLocationError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "sqlite::memory:" {
            self = .sqliteInMemory
        } else if trimmed.hasPrefix("sqlite://") {
            let path = String(trimmed.dropFirst("sqlite://".count))
            guard path.hasPrefix("/"), path.count > 1 else {
                throw DatabaseLocationError(url: text, reason: "a SQLite URL needs an absolute path: sqlite:///absolute/path.sqlite")
            }
            self = .sqliteFile(path: path.removingPercentEncoding ?? path)
        } else if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            guard let url = URL(string: trimmed), url.host != nil else {
                throw DatabaseLocationError(url: text, reason: "a PostgreSQL URL looks like postgres://user@host:port/database")
            }
            self = .postgres(url: trimmed)
        } else {
            throw DatabaseLocationError(url: text, reason: "use sqlite:///absolute/path.sqlite or postgres://user@host:port/database")
        }
    }

    public var engine: DatabaseEngine {
        switch self {
        case .sqliteFile, .sqliteInMemory: .sqlite
        case .postgres: .postgres
        }
    }

    /// Printable without the password.
    public var description: String {
        switch self {
        case .sqliteFile(let path): return "sqlite://\(path)"
        case .sqliteInMemory: return "sqlite::memory:"
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "postgres://…" }
            if parts.password != nil { parts.password = "***" }
            return parts.string ?? "postgres://…"
        }
    }
}

public struct DatabaseLocationError: Error, CustomStringConvertible {
    public var url: String
    public var reason: String
    public var description: String { "Cannot use database URL \"\(url)\": \(reason)." }
}
