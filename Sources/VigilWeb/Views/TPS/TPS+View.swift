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
            .p(.class("lede"),
               .text(t("t_p_s.every_temporary_protected_status_designation_the")),
               .text(t("t_p_s.in_force_once_later_notices_terminations")),
               .text(t("t_p_s.presence_dates_a_person_must_meet")),
               .text(t("t_p_s.to_verify_are_screened_as_such"))),
            .unwrap(model.version, { version in
                .p(.class("small muted"),
                   .text("Version \(version.number): "), .code(.text(version.source.fileName)), .text(t("t_p_s.sha_256")),
                   .span(.class("hash"), Components.tooltip(version.source.sha256), .text(Format.shortHash(version.source.sha256) + "…")),
                   .text(", imported \(version.importedAt.prefix(10)); \(version.designationCount) designations, \(version.toVerifyCount) marked to verify"),
                   .if(model.olderVersions > 0, .text("; \(model.olderVersions) earlier version\(model.olderVersions == 1 ? "" : "s") kept")),
                   .text("."))
            }, else: .p(.text(t("t_p_s.no_tps_designations_yet_import_them")), .code(.text("vigil import tps <csv>")), .text("."))),
            .if(!model.designations.isEmpty, table(model.designations)),
            Components.downloads(t("t_p_s.the_designations"), csv: .download(.tps(.csv)), json: .download(.tps(.json))))
    }

    static func table(_ designations: [TPSDesignation]) -> Node<HTML.BodyContext> {
        Components.scrollBox(
             .table(.id("tps-table"),
                .caption(.text("Designations (\(designations.count))"),
                         .span(.class("caption-note"), .text(t("t_p_s.in_force_both_days_included_residence")))),
                Components.headerRow([t("t_p_s.country"), t("t_p_s.designation"), t("t_p_s.in_force"), t("t_p_s.residence_since"), t("t_p_s.presence_since"), t("t_p_s.source"), t("t_p_s.certainty")]),
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
            .td(d.isToVerify ? .span(.class("badge badge-warn"), .text(d.certainty ?? "")) : .span(.class("muted"), .text(t("t_p_s.as_published")))))
    }
}
