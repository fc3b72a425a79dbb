import ArgumentParser
import Foundation
import Logging
import VigilStore

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("database-url"),
            help: "sqlite:///absolute/path.sqlite or postgres://user@host:port/db (default: $VIGIL_DATABASE_URL, then .env, then vigil-data/vigil.sqlite).")
    var databaseURL: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    /// Command line first, then the environment, then a `.env` file in the working directory, then the default.
    func databaseLocation() throws -> DatabaseLocation {
        let configured = databaseURL
            ?? ProcessInfo.processInfo.environment["VIGIL_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? DotEnv.value(for: "VIGIL_DATABASE_URL")
        guard let configured else { return .defaultLocation() }
        do {
            return try DatabaseLocation(url: configured)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    func logger(_ component: String) -> Logger {
        var logger = Logger(label: "vigil")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        logger[metadataKey: "component"] = "\(component)"
        return logger
    }

    func openDatabase(_ component: String, schema: SchemaScope = .whole) async throws -> VigilDatabase {
        let location = try databaseLocation()
        do {
            return try await VigilDatabase.open(location, logger: logger(component), schema: schema)
        } catch let error as MigrationError {
            throw error
        } catch {
            throw DatabaseOpenError(location: location, underlying: error)
        }
    }
}

struct DatabaseOpenError: Error, CustomStringConvertible {
    var location: DatabaseLocation
    var underlying: any Error
    var description: String {
        "Cannot open the database at \(location): \(String(reflecting: underlying)). Check --database-url (or VIGIL_DATABASE_URL) and that the server is running."
    }
}
