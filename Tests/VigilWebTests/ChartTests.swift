import Plot
import Testing
import VigilCore
@testable import VigilWeb

@Suite("SVG charts")
struct ChartTests {
    static func render(_ node: Node<HTML.BodyContext>) -> String {
        Node<HTML.BodyContext>.div(node).render()
    }

    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test("a line chart has a title, description, axis labels and a tooltip per point")
    func lineChart() {
        // given two series over three dates
        let chart = LineChart(id: "c", title: "Total ADP", description: "Three releases.", series: [
            .init(name: "ADP", points: [.init(date: Self.date("2023-10-16"), value: 30_000),
                                        .init(date: Self.date("2024-03-01"), value: 36_500),
                                        .init(date: Self.date("2024-07-08"), value: 38_012)]),
            .init(name: "Minimum", points: [.init(date: Self.date("2023-10-16"), value: 20_000)]),
        ], valueUnit: "people")
        // when it is drawn
        let svg = Self.render(LineChartView.render(chart))
        // then it is accessible and labelled
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"c-title c-desc\""))
        #expect(svg.contains("<title id=\"c-title\">Total ADP</title>"))
        #expect(svg.contains("<desc id=\"c-desc\">Three releases.</desc>"))
        #expect(occurrences(of: "<circle", in: svg) == 4)
        #expect(svg.contains("<title>ADP, 8 Jul 2024: 38,012 people</title>"))
        #expect(svg.contains("<polyline"))
        #expect(svg.contains(">40,000</text>"))  // a round top tick
        #expect(svg.contains(">Jan 2024</text>"))
        #expect(svg.contains(">Minimum</text>"))  // legend
    }

    @Test("a single point is drawn in the middle, without a line")
    func singlePoint() {
        let chart = LineChart(id: "s", title: "One", description: "One release.",
                              series: [.init(name: "ADP", points: [.init(date: Self.date("2024-07-08"), value: 12)])],
                              valueUnit: "people")
        let svg = Self.render(LineChartView.render(chart))
        #expect(occurrences(of: "<circle", in: svg) == 1)
        #expect(!svg.contains("<polyline"))
        #expect(svg.contains("cx=\"400\""))  // left margin 64 + half of the 672-wide plot
    }

    @Test("empty charts say there is no data", arguments: [true, false])
    func empty(line: Bool) {
        let svg = line
            ? Self.render(LineChartView.render(LineChart(id: "e", title: "T", description: "D", series: [], valueUnit: "")))
            : Self.render(BarChartView.render(BarChart(id: "e", title: "T", description: "D", bars: [])))
        #expect(svg.contains("<svg"))
        #expect(svg.contains("No data"))
        #expect(!svg.contains("<circle") && !svg.contains("class=\"bar\""))
    }

    @Test("a bar chart draws a bar per value, scaled to the largest, with escaped labels")
    func barChart() {
        let chart = BarChart(id: "b", title: "By state", description: "Two.", bars: [
            .init(label: "TX <b>", value: 100, valueText: "100 (66.7%)"),
            .init(label: "GA", value: 50, valueText: "50 (33.3%)"),
        ])
        let svg = Self.render(BarChartView.render(chart))
        #expect(occurrences(of: "class=\"bar\"", in: svg) == 2)
        #expect(svg.contains("TX &lt;b&gt;"))
        #expect(!svg.contains("TX <b>"))
        // the larger bar is twice as wide as the smaller
        let widths = svg.components(separatedBy: "width=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(widths.contains("220") && widths.contains("110"))
    }

    @Test("axis ticks are round numbers covering the maximum", arguments: [
        (38_012.0, 40_000.0), (7.0, 8.0), (0.0, 1.0), (1.0, 1.0), (123_456.0, 125_000.0),
    ])
    func ticks(maximum: Double, top: Double) {
        #expect(SVG.niceTicks(maximum: maximum).last == top)
        #expect(SVG.niceTicks(maximum: maximum).first == 0)
    }
}
