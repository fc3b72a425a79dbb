import Plot
import VigilStore

/// Every recorded change and sign-in, newest first, with the details each entry keeps.
enum AuditLogView {
    static func render(_ model: AuditLogModel) -> HTML {
        Layout.page(
            title: "Audit log",
            description: "Who changed what in Vigil, and when.",
            chrome: model.chrome,
            .h1(.text("Audit log")),
            .p(.class("lede"),
               .text("Every change to the record (review decisions, incidents, users) and every sign-in, failed or not, newest first. "),
               .text("Entries are written in the same transaction as the change they describe and are never edited.")),
            Components.downloads("the audit log", csv: .download(.auditLog(.csv)), json: .download(.auditLog(.json))),
            .if(model.entries.count >= model.limit,
                .p(.class("note"), .text("Showing the latest \(model.limit) entries; add ?limit=N to the address for more (up to \(AuditLogModel.maximumLimit))."))),
            Components.scrollBox(
                .table(.class("data"),
                    Components.headerRow(["When (UTC)", "Who", "What", "Subject", "Details"]),
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
