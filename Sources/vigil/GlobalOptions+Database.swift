import VigilStore

extension GlobalOptions {
    /// Opens the database, runs `body` with it and shuts it down whatever happens: on success
    /// a failing shutdown is reported; after an error the error is what is reported. The one
    /// place a command closes its database.
    func withDatabase<T>(_ component: String, schema: SchemaScope = .whole, _ body: (VigilDatabase) async throws -> T) async throws -> T {
        let database = try await openDatabase(component, schema: schema)
        let result: T
        do {
            result = try await body(database)
        } catch {
            try? await database.shutdown()
            throw error
        }
        try await database.shutdown()
        return result
    }
}
