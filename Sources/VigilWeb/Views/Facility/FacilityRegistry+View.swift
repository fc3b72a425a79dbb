import Plot
import VigilCore
import VigilStore

/// The facility page's registry section: code, every name seen, operator history with
/// citations, capacity and guaranteed minimum over time, and where it is.
enum FacilityRegistryView {
    static func section(_ panel: FacilityModel.RegistryPanel, history: [FacilityModel.HistoryRow]) -> Node<HTML.BodyContext> {
        let f = panel.facility
        let latest = panel.operators.last
        return Components.section(id: "registry", title: "Identity and operator (facility registry)",
            .dl(.class("facts"),
                .dt(.text("DETLOC code")), .dd(.code(.text(f.code))),
                .dt(.text("Matched by")), .dd(.text(panel.matchMethod.map { m in
                    m.rawValue + (m == .fuzzy || m == .address ? " (confidence \(Format.decimal(panel.matchConfidence, places: 2)))" : "")
                } ?? "registry code")),
                .dt(.text("Operator")), .dd(.text(latest.map { "\($0.operatorName ?? "not stated") — \($0.operatorKind.rawValue), as of \($0.asOfDate.iso)" } ?? "no operator record")),
                .dt(.text("Owner")), .dd(.text(latest?.ownerName ?? "—")),
                .dt(.text("Coordinates")), .dd(.text(f.latitude.flatMap { lat in f.longitude.map { "\(Format.decimal(lat, places: 4)), \(Format.decimal($0, places: 4)) (\(f.coordinateSource ?? ""))" } } ?? "none"),
                    .if(f.coordinatesConflict, .span(.class("badge badge-bad"), .text(" sources disagree by \(Format.decimal(f.coordinateSpreadKilometres)) km")))),
                .dt(.text("In use (per ICE’s lists)")), .dd(.text("\(f.firstUse?.iso ?? "?") to \(f.lastUse?.iso ?? "?")")),
                .dt(.text("In Vigil’s releases")), .dd(.text(history.isEmpty ? "none" : "\(history.first!.release.asOfDate.iso) to \(history.last!.release.asOfDate.iso)")),
                .if(panel.keys.count > 1, .group(.dt(.text("Workbook names")), .dd(.group(panel.keys.map { key in
                    .group(Components.link(.facility(key), key.rawValue), .text(" "))
                }))))),
            FacilityMapView.section(panel.map),
            .h3(.text("Operator history")),
            .if(panel.canAddOperatorRecord,
                .p(Components.link(.newOperatorRecord(FacilityKey(rawValue: f.code)), "Add a cited operator record", class: "button-link"))),
            panel.operators.isEmpty ? .p(.text("No operator record for this code yet: import ICE’s facility lists or a cited operator file.")) :
            Components.scrollBox(
                .table(.id("operator-history"),
                    .caption(.text("Operator, owner and terms, as each source said")),
                    Components.headerRow(["As of", "Operator", "Kind", "Method", "Owner", "Contract type", "#Capacity", "#Guaranteed minimum", "Citation"]),
                    .tbody(.group(panel.operators.reversed().map { r in
                        .tr(Components.rowHeader(.text(r.asOfDate.iso)), Components.textCell(r.operatorName),
                            Components.textCell(r.operatorKind.rawValue),
                            Components.textCell(r.method.rawValue + (r.matchMethod.map { " (\($0.rawValue) match)" } ?? "")),
                            Components.textCell(r.ownerName), Components.textCell(r.contractType),
                            Components.numberCell(Format.count(r.capacity)), Components.numberCell(Format.count(r.guaranteedMinimum)),
                            .td(.class("small"), .text(r.citation ?? r.source)))
                    })))),
            .h3(.text("Every name and address it has appeared under")),
            Components.scrollBox(
                .table(.id("registry-names"),
                    .caption(.text("As each reference list wrote it")),
                    Components.headerRow(["Name", "Address", "City", "State", "Zip", "Type", "Source", "As of", "#Row"]),
                    .tbody(.group(panel.names.map { n in
                        .tr(Components.rowHeader(.text(n.entry.name ?? "—")), Components.textCell(n.entry.address), Components.textCell(n.entry.city),
                            Components.textCell(n.entry.state), Components.textCell(n.entry.zip), Components.textCell(n.entry.typeDetailed),
                            .td(.class("small"), .code(.text(n.fileName))), Components.textCell(n.asOfDate?.iso ?? "undated"),
                            Components.numberCell(String(n.entry.sourceRow)))
                    })))))
    }
}
