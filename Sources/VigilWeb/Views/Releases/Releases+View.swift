import Foundation
import Plot
import VigilCore

/// The release archive page: a pure function of `ReleasesModel`.
enum ReleasesView {
    static func render(_ model: ReleasesModel) -> HTML {
        Layout.page(
            title: "Releases", description: "Every ICE detention statistics release archived by Vigil, with its files and anomalies.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Provenance")),
            .h1(.text("Release archive")),
            .p(.class("lede"),
               .text("Every detention statistics workbook imported, newest first. Each is kept by the SHA-256 of its bytes; "),
               .text("a file carrying the same release under another name is listed with it. Anomalies are irregularities found "),
               .text("while reading the file and how they were handled: nothing is corrected silently.")),
            model.releases.isEmpty
                ? .p(.text("No releases yet. Import workbooks with "), .code(.text("vigil import ice-stats <folder>")), .text("."))
                : table(model.releases),
            Components.downloads("the archive", csv: .download(.releases(.csv)), json: .download(.releases(.json))))
    }

    static func table(_ releases: [ReleasesModel.Release]) -> Node<HTML.BodyContext> {
        Components.scrollBox(
             .table(.id("release-table"),
                .caption(.text("Archived releases (\(releases.count))"),
                         .span(.class("caption-note"), .text("Total ADP: average daily population, fiscal year to date, summed over facilities."))),
                Components.headerRow(["As of", "Fiscal year", "File(s)", "SHA-256", "#Facilities", "#Total ADP", "Imported", "#Anomalies"]),
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
                .if(release.isSynthetic, .group(.br(), .span(.class("badge badge-warn"), .text("synthetic")))))),
            Components.textCell(release.fiscalYear.description),
            .td(.class("files"), .group(release.files.enumerated().map { index, file in
                .div(.code(.text(file.fileName)), .if(index > 0, .span(.class("muted small"), .text(" (same release)"))))
            })),
            .td(.group(release.files.map { file in
                .div(.span(.class("hash"), Components.tooltip(file.sha256), .text(Format.shortHash(file.sha256) + "…")))
            })),
            Components.numberCell(Format.count(release.facilityCount)),
            Components.numberCell(Format.count(release.totalAverageDailyPopulation)),
            .td(.class("small nowrap"), Components.tooltip(Format.timestamp(release.importedAt)),
                .text(String(release.importedAt.prefix(10)))),
            .td(.class("num"), release.anomalies.isEmpty
                ? .span(.class("muted"), .text("none"))
                : .span(.class("badge badge-warn"),
                        .text("\(release.anomalies.count) \(release.anomalies.count == 1 ? "kind" : "kinds"), \(occurrences)×"))))
    }

    static func anomaly(_ anomaly: ReleaseAnomaly) -> Node<HTML.ListContext> {
        .li(.span(.class("badge"), .text(anomaly.kind.rawValue.replacingOccurrences(of: "_", with: " "))),
            .if(anomaly.occurrences > 1, .text(" ×\(anomaly.occurrences)")),
            .text(" "), .text(anomaly.detail),
            .unwrap(anomaly.location) { location in .span(.class("muted"), .text(" (\(location.description))")) })
    }
}
