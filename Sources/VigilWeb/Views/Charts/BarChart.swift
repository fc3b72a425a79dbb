import Plot

/// A horizontal bar chart of labelled values, drawn as inline SVG, largest first as given.
struct BarChart: Sendable, Hashable {
    struct Bar: Sendable, Hashable {
        var label: String
        var value: Double
        /// What the value label beside the bar says, e.g. `"12,345 (23.1%)"`.
        var valueText: String
    }

    var id: String
    var title: String
    var description: String
    var bars: [Bar]
    var width: Double = 470
}

enum BarChartView {
    static let rowHeight = 22.0
    static let labelWidth = 132.0

    static func render(_ chart: BarChart) -> Node<HTML.BodyContext> {
        let top = 6.0
        guard !chart.bars.isEmpty else {
            let height = 80.0
            return SVG.root(id: chart.id, title: chart.title, description: chart.description + t("charts.no_data_suffix"),
                            width: chart.width, height: height,
                            [SVG.text(t("charts.no_data_to_chart"), x: chart.width / 2, y: height / 2, anchor: "middle", class: "empty")])
        }
        let height = top * 2 + Double(chart.bars.count) * rowHeight
        let barLeft = labelWidth + 8
        let barSpace = chart.width - barLeft - 110
        let maxValue = max(chart.bars.map(\.value).max() ?? 0, 1e-9)
        var nodes: [SVG.Node] = []
        for (index, bar) in chart.bars.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            let barWidth = max(bar.value > 0 ? 1 : 0, bar.value / maxValue * barSpace)
            nodes.append(SVG.text(truncated(bar.label), x: labelWidth, y: rowTop + 15, anchor: "end", class: "bar-label"))
            nodes.append(SVG.element("rect", [
                ("x", SVG.number(barLeft)), ("y", SVG.number(rowTop + 3)), ("width", SVG.number(barWidth)),
                ("height", SVG.number(rowHeight - 6)), ("class", "bar"), ("rx", "2"),
            ], [SVG.title("\(bar.label): \(bar.valueText)")]))
            nodes.append(SVG.text(bar.valueText, x: barLeft + barWidth + 6, y: rowTop + 15, class: "value-label"))
        }
        return SVG.root(id: chart.id, title: chart.title, description: chart.description,
                        width: chart.width, height: height, nodes)
    }

    /// Long labels are cut to fit the label column; the bar's tooltip keeps the whole label.
    static func truncated(_ label: String, limit: Int = 22) -> String {
        label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
    }
}
