import Plot
import VigilCore

/// `/release-work`: a pure function of `ReleaseWorkModel`. Only counts and medians: there is
/// no person-level field in the model to show.
enum ReleaseWorkView {
    /// How the table is counted and suppressed, one paragraph each.
    static var method: [String] {
        [t("bond_funds.release_work_method_1"), t("bond_funds.release_work_method_2"), t("bond_funds.release_work_method_3"),
         t("bond_funds.release_work_method_4")]
    }

    static func render(_ model: ReleaseWorkModel) -> HTML {
        let cells = model.work.cells
        let grand = cells.first { $0.month == nil && $0.facility == nil }
        return Layout.page(
            title: t("bond_funds.release_work"),
            description: t("bond_funds.people_released_and_bonds_posted_through"),
            chrome: model.chrome,
            .h1(.text(t("bond_funds.release_work"))),
            .p(.class("lede"), .text(t("bond_funds.people_released_and_bonds_posted_through_2"))),
            .div(.class("stats"),
                 Components.stat(grand?.peopleReleased.map(Format.count) ?? "—", t("bond_funds.people_released"), note: grand?.isSuppressed == true ? t("bond_funds.suppressed") : nil),
                 Components.stat(grand?.bondsPosted.map(Format.count) ?? "—", t("bond_funds.bonds_posted")),
                 Components.stat(grand?.medianBond?.description ?? "—", t("bond_funds.median_bond"))),
            Components.section(id: "table", title: t("bond_funds.per_month_and_facility"),
                cells.isEmpty ? .p(.text(t("bond_funds.no_releases_recorded_yet"))) :
                Components.scrollBox(tall: true, .table(.class("data-table"),
                    Components.headerRow([t("bond_funds.month"), t("bond_funds.facility"), "#" + t("bond_funds.people_released"), "#" + t("bond_funds.bonds_posted"), "#" + t("bond_funds.median_bond"), t("bond_funds.suppressed_2")]),
                    .tbody(.group(cells.map { (cell) -> Node<HTML.TableContext> in
                        .tr(Components.textCell(cell.month ?? t("bond_funds.all_months")),
                            Components.textCell(cell.facility.map { model.facilityNames[$0] ?? $0 } ?? t("bond_funds.all_facilities")),
                            Components.numberCell(cell.peopleReleased.map(Format.count) ?? ""),
                            Components.numberCell(cell.bondsPosted.map(Format.count) ?? ""),
                            Components.numberCell(cell.medianBond?.description ?? ""),
                            Components.textCell(cell.isSuppressed ? t("bond_funds.suppressed") : ""))
                    })))),
                Components.downloads(t("bond_funds.this_table"), csv: .download(.releaseWork(.csv)), json: .download(.releaseWork(.json)))),
            Components.section(id: "method", title: t("bond_funds.method"),
                .group(method.map { .p(.text($0)) })))
    }
}
