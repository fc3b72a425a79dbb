import Plot
import VigilCore

/// The TPS designations page: a pure function of `TPSModel`.
enum TPSView {
    static func render(_ model: TPSModel) -> HTML {
        Layout.page(
            title: t("t_p_s.tps_designations"),
            description: t("t_p_s.temporary_protected_status_designations_as_vigil"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("t_p_s.release_screener"))),
            .h1(.text(t("t_p_s.tps_designations"))),
            .p(.class("lede"), .text(t("t_p_s.lede"))),
            .unwrap(model.version, { version in
                .p(.class("small muted"),
                   rich("t_p_s.version", ["file": .code(.text(version.source.fileName)),
                                           "hash": .span(.class("hash"), Components.tooltip(version.source.sha256), .text(Format.shortHash(version.source.sha256) + "…"))],
                        ["number": String(version.number), "date": String(version.importedAt.prefix(10)),
                         "designations": t("t_p_s.designations_count", count: version.designationCount),
                         "to_verify": Format.count(version.toVerifyCount)]),
                   .if(model.olderVersions > 0, .text(t("t_p_s.earlier_versions_kept", count: model.olderVersions))),
                   .text("."))
            }, else: .p(rich("t_p_s.no_tps_designations_yet_import_them", ["command": .code(.text("vigil import tps <csv>"))]))),
            .if(!model.designations.isEmpty, table(model.designations)),
            Components.downloads(t("t_p_s.the_designations"), csv: .download(.tps(.csv)), json: .download(.tps(.json))))
    }

    static func table(_ designations: [TPSDesignation]) -> Node<HTML.BodyContext> {
        Components.scrollBox(
             .table(.id("tps-table"),
                .caption(.text(t("t_p_s.designations_caption", ["count": Format.count(designations.count)])),
                         .span(.class("caption-note"), .text(t("t_p_s.in_force_both_days_included_residence")))),
                Components.headerRow([t("t_p_s.country"), t("t_p_s.designation"), t("t_p_s.in_force"), t("t_p_s.residence_since"), t("t_p_s.presence_since"), t("t_p_s.source"), t("t_p_s.certainty")]),
                .tbody(.group(designations.map(row)))))
    }

    static func row(_ d: TPSDesignation) -> Node<HTML.TableContext> {
        .tr(.if(d.isToVerify, .class("has-anomalies")),
            Components.rowHeader(.text(d.country)),
            .td(.text(d.designation), .br(), .span(.class("muted small"), .text(d.kind))),
            .td(.class("nowrap"), .text("\(d.inForce.lowerBound.iso) – \(d.inForce.upperBound.iso)"),
                .unwrap(d.announced) { .group(.br(), .span(.class("small"), .text(t("t_p_s.announced", ["date": $0.iso])))) },
                .unwrap(d.localizedEndChange) { .group(.br(), .span(.class("small muted"), .text($0))) }),
            Components.textCell(d.continuousResidenceSince.iso),
            Components.textCell(d.continuousPhysicalPresenceSince.iso),
            .td(.class("small"), .text(d.localizedSource), .unwrap(d.notes) { .group(.br(), .span(.class("muted"), .text($0))) }),
            .td(d.isToVerify ? .span(.class("badge badge-warn"), .text(d.certainty ?? "")) : .span(.class("muted"), .text(t("t_p_s.as_published")))))
    }
}
