import Plot
import VigilCore

/// The screener's release paths as a table: rule, status, why, what is missing, source and date.
/// Shared by the case page and the queue.
enum ScreeningTable {
    static func render(_ paths: [ScreeningPath]) -> Node<HTML.BodyContext> {
        guard !paths.isEmpty else { return .p(.text("The screener found no path to report.")) }
        return Components.scrollBox(.table(.class("data-table screening"),
            Components.headerRow(["Rule", "Status", "Because", "Evidence missing", "Source", "Effective"]),
            .tbody(.group(paths.map { path in
                .tr(.class("path path-\(path.status.rawValue)"),
                    Components.textCell(path.rule), Components.textCell(path.status.rawValue),
                    .td(.ul(.group(path.because.map { .li(.text($0)) }))),
                    .td(.ul(.group(path.missingEvidence.map { .li(.text($0)) }))),
                    Components.textCell(path.source), Components.textCell(path.effective))
            }))))
    }
}
