import Hummingbird
import VigilCore
import VigilStore

/// The TPS designations page: the latest stored version, as the release screener uses it.
enum TPSController {
    static func page(database: VigilDatabase) async throws -> Response {
        HTMLResponse.make(TPSView.render(try await model(database: database)))
    }

    static func model(database: VigilDatabase) async throws -> TPSModel {
        let chrome = await PageChrome.load(database: database, section: .tps)
        let archive = TPSDesignationArchive(database: database)
        let versions = try await archive.versions()
        guard let latest = versions.first else { return TPSModel(chrome: chrome, version: nil, olderVersions: 0, designations: []) }
        return TPSModel(chrome: chrome, version: latest, olderVersions: versions.count - 1,
                        designations: try await archive.list(version: latest).designations)
    }
}
