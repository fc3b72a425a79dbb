import Plot
import VigilStore

/// Every recorded change and sign-in, newest first, with the details each entry keeps.
enum AuditLogView {
    static func render(_ model: AuditLogModel) -> HTML {
        Layout.page(
            title: t("audit_log.audit_log"),
            description: t("audit_log.who_changed_what_in_vigil_and"),
            chrome: model.chrome,
            .h1(.text(t("audit_log.audit_log"))),
            .p(.class("lede"),
               .text(t("audit_log.every_change_to_the_record_review")),
               .text(t("audit_log.entries_are_written_in_the_same"))),
            Components.downloads(t("audit_log.the_audit_log"), csv: .download(.auditLog(.csv)), json: .download(.auditLog(.json))),
            .if(model.entries.count >= model.limit,
                .p(.class("note"), .text(t("audit_log.showing_the_latest", ["limit": String(model.limit), "maximum": String(AuditLogModel.maximumLimit)])))),
            Components.scrollBox(
                .table(.class("data"),
                    Components.headerRow([t("audit_log.when_utc"), t("audit_log.who"), t("audit_log.what"), t("audit_log.subject"), t("audit_log.details")]),
                    .tbody(.group(model.entries.map { entry in
                        .tr(.td(.text(Format.timestamp(entry.at))),
                            Components.textCell(entry.actor),
                            .td(.code(.text(entry.action))),
                            Components.textCell(entry.subject),
                            .td(.text(details(entry.details))))
                    }))))
        )
    }

    static func details(_ details: [String: String]) -> String {
        details.isEmpty ? "—" : details.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
    }
}
