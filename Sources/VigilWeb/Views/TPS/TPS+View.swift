import Plot
import VigilCore

/// The TPS designations page: a pure function of `TPSModel`.
enum TPSView {
    static func render(_ model: TPSModel) -> HTML {
        Layout.page(
            title: "TPS designations",
            description: "Temporary Protected Status designations as Vigil's release screener uses them: when each is in force, its source and certainty.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Release screener")),
            .h1(.text("TPS designations")),
            .p(.class("lede"),
               .text("Every Temporary Protected Status designation the release screener checks a person against, with the days it is "),
               .text("in force once later notices (terminations, a court's partial vacatur, extensions) are read, the residence and "),
               .text("presence dates a person must meet, its Federal Register source, and the file's certainty. Rows marked "),
               .text("“to verify” are screened as such. This is screening data, not legal advice.")),
            .unwrap(model.version, { version in
                .p(.class("small muted"),
                   .text("Version \(version.number): "), .code(.text(version.source.fileName)), .text(", SHA-256 "),
                   .span(.class("hash"), Components.tooltip(version.source.sha256), .text(Format.shortHash(version.source.sha256) + "…")),
                   .text(", imported \(version.importedAt.prefix(10)); \(version.designationCount) designations, \(version.toVerifyCount) marked to verify"),
                   .if(model.olderVersions > 0, .text("; \(model.olderVersions) earlier version\(model.olderVersions == 1 ? "" : "s") kept")),
                   .text("."))
            }, else: .p(.text("No TPS designations yet. Import them with "), .code(.text("vigil import tps <csv>")), .text("."))),
            .if(!model.designations.isEmpty, table(model.designations)),
            Components.downloads("the designations", csv: .download(.tps(.csv)), json: .download(.tps(.json))))
    }

    static func table(_ designations: [TPSDesignation]) -> Node<HTML.BodyContext> {
        Components.scrollBox(
             .table(.id("tps-table"),
                .caption(.text("Designations (\(designations.count))"),
                         .span(.class("caption-note"), .text("In force: both days included. Residence and presence: a person must have been in the U.S. since these days."))),
                Components.headerRow(["Country", "Designation", "In force", "Residence since", "Presence since", "Source", "Certainty"]),
                .tbody(.group(designations.map(row)))))
    }

    static func row(_ d: TPSDesignation) -> Node<HTML.TableContext> {
        .tr(.if(d.isToVerify, .class("has-anomalies")),
            Components.rowHeader(.text(d.country)),
            .td(.text(d.designation), .br(), .span(.class("muted small"), .text(d.kind))),
            .td(.class("nowrap"), .text("\(d.inForce.lowerBound.iso) – \(d.inForce.upperBound.iso)"),
                .unwrap(d.announced) { .group(.br(), .span(.class("small"), .text("announced \($0.iso)"))) },
                .unwrap(d.endChange) { .group(.br(), .span(.class("small muted"), .text($0))) }),
            Components.textCell(d.continuousResidenceSince.iso),
            Components.textCell(d.continuousPhysicalPresenceSince.iso),
            .td(.class("small"), .text(d.source), .unwrap(d.notes) { .group(.br(), .span(.class("muted"), .text($0))) }),
            .td(d.isToVerify ? .span(.class("badge badge-warn"), .text(d.certainty ?? "")) : .span(.class("muted"), .text("as published"))))
    }
}
