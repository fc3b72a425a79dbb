import Hummingbird
import VigilStore

/// The release archive page.
enum ReleasesController {
    static func page(database: VigilDatabase) async throws -> Response {
        HTMLResponse.make(ReleasesView.render(try await model(database: database)))
    }

    static func model(database: VigilDatabase) async throws -> ReleasesModel {
        let chrome = await PageChrome.load(database: database, section: .releases)
        let releases = try await ReleaseQueries(database: database).all()
        return ReleasesModel(chrome: chrome, releases: releases.reversed().map { r in
            .init(id: r.id, asOfDate: r.asOfDate, fiscalYear: r.fiscalYear, files: r.files, facilityCount: r.facilityCount,
                  totalAverageDailyPopulation: r.totalAverageDailyPopulation, importedAt: r.importedAt,
                  isSynthetic: r.isSynthetic, anomalies: r.anomalies)
        })
    }
}
