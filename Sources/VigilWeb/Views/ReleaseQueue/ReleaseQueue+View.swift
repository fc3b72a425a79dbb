import Plot
import VigilCore

/// `/orgs/{slug}/queue`: a pure function of `ReleaseQueueModel`.
enum ReleaseQueueView {
    static func render(_ model: ReleaseQueueModel) -> HTML {
        let slug = model.organization.slug
        return Layout.page(
            title: t("release_queue.title", ["organization": model.organization.name]),
            description: t("release_queue.detained_people_ranked_by_the_strength"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("release_queue.casework")), Components.link(.organization(slug: slug), model.organization.name)),
            .h1(.text(t("release_queue.release_queue"))),
            .p(.class("lede"), .text(t("release_queue.lede", ["organization": model.organization.name, "date": Format.date(model.asOf)]))),
            .if(model.access == .breakGlass, .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                                                .text(t("release_queue.break_glass_access_this_read_is")))),
            .p(.class("muted small"), .text(t("release_queue.release_paths_from_vigil_s_release") + model.designationsNote)),
            .section(.id("ranking-rules"),
                .h2(.text(t("release_queue.how_the_queue_is_ranked"))),
                .p(.text(t("release_queue.each_case_s_score_is_the"))),
                .element(named: "dl", nodes: [.class("facts"), .group(ReleaseQueue.Part.allCases.map { part in
                    .group(.element(named: "dt", text: t("release_queue.part.\(part.rawValue).label")), .element(named: "dd", text: t("release_queue.part.\(part.rawValue).rule")))
                })])),
            .section(.id("queue"),
                .h2(.text(t("release_queue.cases"))),
                model.entries.isEmpty ? .p(.text(t("release_queue.no_one_is_detained_in_this"))) :
                Components.scrollBox(.table(.class("data-table"),
                    Components.headerRow(["#" + t("release_queue.rank"), t("release_queue.name"), t("release_queue.held_at"), "#" + t("release_queue.days"), t("release_queue.next_hearing")]
                                                + ReleaseQueue.Part.allCases.map { "#" + t("release_queue.part.\($0.rawValue).label") }
                                                + ["#" + t("release_queue.score"), t("release_queue.open_paths"), t("release_queue.evidence_to_gather")]),
                    .tbody(.group(model.entries.map { (entry) -> Node<HTML.TableContext> in
                        let file = entry.item.file
                        return .tr(.class("queue-row"),
                            Components.numberCell(String(entry.rank)),
                            .td(Components.link(.caseFile(slug: slug, id: entry.item.caseID), file.name)),
                            Components.textCell(model.facilityNames[file.facility] ?? file.facility),
                            Components.numberCell(String(entry.daysDetained)),
                            Components.textCell(file.nextHearing.map(Format.date)),
                            .group(ReleaseQueue.Part.allCases.map { Components.numberCell(String(entry.points[$0] ?? 0)) }),
                            Components.numberCell(String(entry.score)),
                            .td(.ul(.group(entry.item.paths.filter { $0.isOpen || $0.blocksRelease }.map { .li(.text($0.title.localized + ": " + t("cases.path_status.\($0.status.rawValue)"))) }))),
                            .td(.ul(.class("checklist"), .group(entry.checklist.map { .li(.text($0.localized)) }))))
                    })))),
                .if(model.notDetained > 0, .p(.class("muted small"),
                                              .text(t("release_queue.left_out", count: model.notDetained))))))
    }
}
