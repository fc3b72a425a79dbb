import Plot
import VigilCore

/// The screener's release paths as a table: rule, status, why, what is missing, source and date.
/// Shared by the case page and the queue.
enum ScreeningTable {
    static func render(_ paths: [ScreeningPath]) -> Node<HTML.BodyContext> {
        guard !paths.isEmpty else { return .p(.text(t("cases.the_screener_found_no_path_to"))) }
        return Components.scrollBox(.table(.class("data-table screening"),
            Components.headerRow([t("cases.rule"), t("cases.status"), t("cases.because"), t("cases.evidence_missing"), t("cases.source"), t("cases.effective")]),
            .tbody(.group(paths.map { path in
                .tr(.class("path path-\(path.status.rawValue)"),
                    Components.textCell(path.title.localized), Components.textCell(t("cases.path_status.\(path.status.rawValue)")),
                    .td(.ul(.group(path.reasons.map { .li(.text($0.localized)) }))),
                    .td(.ul(.group(path.evidence.map { .li(.text($0.localized)) }))),
                    Components.textCell(path.sourceText.localized), Components.textCell(path.effective))
            }))))
    }
}
