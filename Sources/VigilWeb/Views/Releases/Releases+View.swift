import Foundation
import Plot
import VigilCore

/// The release archive page: a pure function of `ReleasesModel`.
enum ReleasesView {
    static func render(_ model: ReleasesModel) -> HTML {
        Layout.page(
            title: t("releases.releases"), description: t("releases.every_ice_detention_statistics_release_archived"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("releases.provenance"))),
            .h1(.text(t("releases.release_archive"))),
            .p(.class("lede"),
               .text(t("releases.every_detention_statistics_workbook_imported_newest")),
               .text(t("releases.a_file_carrying_the_same_release")),
               .text(t("releases.while_reading_the_file_and_how"))),
            model.releases.isEmpty
                ? .p(.text(t("releases.no_releases_yet_import_workbooks_with")), .code(.text("vigil import ice-stats <folder>")), .text("."))
                : table(model.releases),
            Components.downloads(t("releases.the_archive"), csv: .download(.releases(.csv)), json: .download(.releases(.json))))
    }

    static func table(_ releases: [ReleasesModel.Release]) -> Node<HTML.BodyContext> {
        Components.scrollBox(
             .table(.id("release-table"),
                .caption(.text(t("releases.archived_releases", ["count": Format.count(releases.count)])),
                         .span(.class("caption-note"), .text(t("releases.total_adp_average_daily_population_fiscal")))),
                Components.headerRow([t("releases.as_of"), t("releases.fiscal_year"), t("releases.file_s"), t("releases.sha_256"), "#" + t("releases.facilities"), "#" + t("releases.total_adp"), t("releases.imported"), "#" + t("releases.anomalies")]),
                .tbody(.group(releases.flatMap(rows)))))
    }

    /// A release's row, and under it, when the file had irregularities, a full-width row listing them.
    static func rows(_ release: ReleasesModel.Release) -> [Node<HTML.TableContext>] {
        var rows = [row(release)]
        if !release.anomalies.isEmpty {
            rows.append(.tr(.class("anomaly-detail"),
                            .td(.attribute(named: "colspan", value: "8"),
                                .ul(.class("anomalies small"), .group(release.anomalies.map(anomaly))))))
        }
        return rows
    }

    static func row(_ release: ReleasesModel.Release) -> Node<HTML.TableContext> {
        let occurrences = release.anomalies.map(\.occurrences).reduce(0, +)
        return .tr(.id("release-\(release.id)"), .if(!release.anomalies.isEmpty, .class("has-anomalies")),
            Components.rowHeader(.group(
                Components.link(.national(.init(releaseID: release.id)), release.asOfDate.iso),
                .if(release.isSynthetic, .group(.br(), .span(.class("badge badge-warn"), .text(t("releases.synthetic"))))))),
            Components.textCell(release.fiscalYear.description),
            .td(.class("files"), .group(release.files.enumerated().map { index, file in
                .div(.code(.text(file.fileName)), .if(index > 0, .span(.class("muted small"), .text(t("releases.same_release")))))
            })),
            .td(.group(release.files.map { file in
                .div(.span(.class("hash"), Components.tooltip(file.sha256), .text(Format.shortHash(file.sha256) + "…")))
            })),
            Components.numberCell(Format.count(release.facilityCount)),
            Components.numberCell(Format.count(release.totalAverageDailyPopulation)),
            .td(.class("small nowrap"), Components.tooltip(Format.timestamp(release.importedAt)),
                .text(String(release.importedAt.prefix(10)))),
            .td(.class("num"), release.anomalies.isEmpty
                ? .span(.class("muted"), .text(t("releases.none")))
                : .span(.class("badge badge-warn"),
                        .text(t("releases.anomaly_kinds", count: release.anomalies.count, ["occurrences": Format.count(occurrences)])))))
    }

    /// The kind's name and the detail in the page's language (the detail as the importer wrote it, in
    /// English, when it was stored without its facts).
    static func anomaly(_ anomaly: ReleaseAnomaly) -> Node<HTML.ListContext> {
        .li(.span(.class("badge"), .text(t("releases.anomaly.\(anomaly.kind.rawValue)"))),
            .if(anomaly.occurrences > 1, .text(" ×\(anomaly.occurrences)")),
            .text(" "), .text(anomaly.localizedDetail),
            .unwrap(anomaly.location) { location in .span(.class("muted"), .text(" (\(location.localizedDescription))")) })
    }
}
