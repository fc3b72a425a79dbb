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
                    Components.textCell(path.rule), Components.textCell(t("cases.path_status.\(path.status.rawValue)")),
                    .td(.ul(.group(path.because.map { .li(.text($0)) }))),
                    .td(.ul(.group(path.missingEvidence.map { .li(.text($0)) }))),
                    Components.textCell(path.source), Components.textCell(path.effective))
            }))))
    }
}
