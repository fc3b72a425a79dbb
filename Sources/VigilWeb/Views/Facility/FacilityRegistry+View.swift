import Plot
import VigilCore
import VigilStore

/// The facility page's registry section: code, every name seen, operator history with
/// citations, capacity and guaranteed minimum over time, and where it is.
enum FacilityRegistryView {
    static func section(_ panel: FacilityModel.RegistryPanel, history: [FacilityModel.HistoryRow]) -> Node<HTML.BodyContext> {
        let f = panel.facility
        let latest = panel.operators.last
        return Components.section(id: "registry", title: t("facility.identity_and_operator_facility_registry"),
            .dl(.class("facts"),
                .dt(.text(t("facility.detloc_code"))), .dd(.code(.text(f.code))),
                .dt(.text(t("facility.matched_by"))), .dd(.text(panel.matchMethod.map { m in
                    m.localizedLabel + (m == .fuzzy || m == .address ? t("facility.match_confidence", ["value": Format.decimal(panel.matchConfidence, places: 2)]) : "")
                } ?? t("facility.registry_code"))),
                .dt(.text(t("facility.operator"))), .dd(.text(latest.map { t("facility.operator_line", ["name": $0.operatorName ?? t("facility.not_stated"), "kind": $0.operatorKind.localizedLabel, "date": $0.asOfDate.iso]) } ?? t("facility.no_operator_record"))),
                .dt(.text(t("facility.owner"))), .dd(.text(latest?.ownerName ?? "—")),
                .dt(.text(t("facility.coordinates"))), .dd(.text(f.latitude.flatMap { lat in f.longitude.map { "\(Format.decimal(lat, places: 4)), \(Format.decimal($0, places: 4)) (\(f.coordinateSource ?? ""))" } } ?? t("facility.none")),
                    .if(f.coordinatesConflict, .span(.class("badge badge-bad"), .text(t("facility.sources_disagree_by", ["km": Format.decimal(f.coordinateSpreadKilometres)]))))),
                .dt(.text(t("facility.in_use_per_ice_s_lists"))), .dd(.text(t("facility.range", ["from": f.firstUse?.iso ?? "?", "to": f.lastUse?.iso ?? "?"]))),
                .dt(.text(t("facility.in_vigil_s_releases"))), .dd(.text(history.isEmpty ? t("facility.none") : t("facility.range", ["from": history.first!.release.asOfDate.iso, "to": history.last!.release.asOfDate.iso]))),
                .if(panel.keys.count > 1, .group(.dt(.text(t("facility.workbook_names"))), .dd(.group(panel.keys.map { key in
                    .group(Components.link(.facility(key), key.rawValue), .text(" "))
                }))))),
            FacilityMapView.section(panel.map),
            .h3(.text(t("facility.operator_history"))),
            .if(panel.canAddOperatorRecord,
                .p(Components.link(.newOperatorRecord(FacilityKey(rawValue: f.code)), t("facility.add_a_cited_operator_record"), class: "button-link"))),
            panel.operators.isEmpty ? .p(.text(t("facility.no_operator_record_for_this_code"))) :
            Components.scrollBox(
                .table(.id("operator-history"),
                    .caption(.text(t("facility.operator_owner_and_terms_as_each"))),
                    Components.headerRow([t("facility.as_of"), t("facility.operator"), t("facility.kind"), t("facility.method"), t("facility.owner"), t("facility.contract_type"), "#" + t("facility.capacity"), "#" + t("facility.guaranteed_minimum"), t("facility.citation")]),
                    .tbody(.group(panel.operators.reversed().map { r in
                        .tr(Components.rowHeader(.text(r.asOfDate.iso)), Components.textCell(r.operatorName),
                            Components.textCell(r.operatorKind.localizedLabel),
                            Components.textCell(r.method.localizedLabel + (r.matchMethod.map { t("facility.match_note", ["method": $0.localizedLabel]) } ?? "")),
                            Components.textCell(r.ownerName), Components.textCell(r.contractType),
                            Components.numberCell(Format.count(r.capacity)), Components.numberCell(Format.count(r.guaranteedMinimum)),
                            .td(.class("small"), .text(r.citation ?? r.source)))
                    })))),
            .h3(.text(t("facility.every_name_and_address_it_has"))),
            Components.scrollBox(
                .table(.id("registry-names"),
                    .caption(.text(t("facility.as_each_reference_list_wrote_it"))),
                    Components.headerRow([t("facility.name"), t("facility.address"), t("facility.city"), t("facility.state"), t("facility.zip"), t("facility.type"), t("facility.source"), t("facility.as_of"), "#" + t("facility.row")]),
                    .tbody(.group(panel.names.map { n in
                        .tr(Components.rowHeader(.text(n.entry.name ?? "—")), Components.textCell(n.entry.address), Components.textCell(n.entry.city),
                            Components.textCell(n.entry.state), Components.textCell(n.entry.zip), Components.textCell(n.entry.typeDetailed),
                            .td(.class("small"), .code(.text(n.fileName))), Components.textCell(n.asOfDate?.iso ?? t("facility.undated")),
                            Components.numberCell(String(n.entry.sourceRow)))
                    })))))
    }
}
