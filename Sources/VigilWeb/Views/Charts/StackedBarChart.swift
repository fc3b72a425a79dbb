import Plot

/// Horizontal bars split into coloured parts: how each factor adds up to a facility's score.
struct StackedBarChart: Sendable, Hashable {
    struct Part: Sendable, Hashable {
        /// Index into `legend`, which also picks the colour class `part-<index>`.
        var series: Int
        var value: Double
    }

    struct Bar: Sendable, Hashable {
        var label: String
        var parts: [Part]
        var valueText: String
    }

    var id: String
    var title: String
    var description: String
    var legend: [String]
    var bars: [Bar]
    var width: Double = 760
}

enum StackedBarChartView {
    static let rowHeight = 22.0
    static let labelWidth = 250.0

    static func render(_ chart: StackedBarChart) -> Node<HTML.BodyContext> {
        let top = 6.0
        let legendHeight = 22.0 * Double((chart.legend.count + 3) / 4)
        let height = top * 2 + Double(max(chart.bars.count, 1)) * rowHeight + legendHeight + 8
        let barLeft = labelWidth + 8
        let barSpace = chart.width - barLeft - 60
        let maxTotal = max(chart.bars.map { $0.parts.map(\.value).reduce(0, +) }.max() ?? 0, 1e-9)
        var nodes: [SVG.Node] = []
        for (index, name) in chart.legend.enumerated() {
            let x = Double(index % 4) * (chart.width / 4)
            let y = top + Double(index / 4) * 22
            nodes.append(SVG.element("rect", [("x", SVG.number(x)), ("y", SVG.number(y + 2)), ("width", "12"), ("height", "12"),
                                              ("class", "part-\(index)")]))
            nodes.append(SVG.text(name, x: x + 17, y: y + 12, class: "legend"))
        }
        if chart.bars.isEmpty {
            nodes.append(SVG.text(t("charts.no_data_to_chart"), x: chart.width / 2, y: top + legendHeight + 16, anchor: "middle", class: "empty"))
        }
        for (index, bar) in chart.bars.enumerated() {
            let rowTop = top + legendHeight + 8 + Double(index) * rowHeight
            nodes.append(SVG.text(BarChartView.truncated(bar.label, limit: 30), x: labelWidth, y: rowTop + 15, anchor: "end",
                                  class: "bar-label"))
            var x = barLeft
            for part in bar.parts where part.value > 0 {
                let width = part.value / maxTotal * barSpace
                let name = chart.legend.indices.contains(part.series) ? chart.legend[part.series] : ""
                nodes.append(SVG.element("rect", [
                    ("x", SVG.number(x)), ("y", SVG.number(rowTop + 3)), ("width", SVG.number(width)),
                    ("height", SVG.number(rowHeight - 6)), ("class", "part-\(part.series)"),
                ], [SVG.title("\(bar.label): \(name) \(SVG.number(part.value))")]))
                x += width
            }
            nodes.append(SVG.text(bar.valueText, x: x + 6, y: rowTop + 15, class: "value-label"))
        }
        return SVG.root(id: chart.id, title: chart.title, description: chart.description, width: chart.width, height: height, nodes)
    }
}
