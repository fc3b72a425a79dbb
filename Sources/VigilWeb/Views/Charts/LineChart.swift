import Plot
import VigilCore

/// A line chart of values over dates, one or more series, drawn as inline SVG.
///
/// Each point carries a `<title>` tooltip; the chart as a whole has a title and description
/// for screen readers. It works with no data (says so) and with a single point.
struct LineChart: Sendable, Hashable {
    /// A value on a date; a nil value is missing (a blank cell): the line breaks there and
    /// no dot is drawn, so a blank never reads as zero.
    struct Point: Sendable, Hashable {
        var date: CalendarDate
        var value: Double?
    }

    struct Series: Sendable, Hashable {
        var name: String
        var points: [Point]
        /// The CSS style (`series-N`); nil: the first series solid, the rest dashed.
        var style: Int? = nil
        /// Drawn dashed on top of its style (a second definition from the same source).
        var dashed: Bool = false
    }

    /// Unique on the page; used for the accessible title and description ids.
    var id: String
    var title: String
    var description: String
    var series: [Series]
    /// How a value reads in a tooltip: `"38,012 average daily population"`.
    var valueUnit: String
    var width: Double = 760
    var height: Double = 300
    /// The dates the x axis spans; nil: the data's own. Two charts with one domain line up.
    var dateDomain: ClosedRange<CalendarDate>? = nil
    /// Circles with tooltips on every point; off for long series, which stay light as lines.
    var drawsPoints: Bool = true

    var isEmpty: Bool { series.allSatisfy { $0.points.allSatisfy { $0.value == nil } } }
}

enum LineChartView {
    static func render(_ chart: LineChart) -> Node<HTML.BodyContext> {
        let legendRows = legendLayout(chart)
        let legendHeight: Double = chart.series.count > 1 ? 22 + Double(legendRows.map(\.row).max() ?? 0) * 18 : 0
        let left = 64.0, right = 24.0, top = 16 + legendHeight, bottom = 34.0
        let plotWidth = chart.width - left - right
        let plotHeight = chart.height - top - bottom
        var nodes: [SVG.Node] = []

        guard !chart.isEmpty else {
            nodes.append(SVG.element("rect", [("x", "0.5"), ("y", "0.5"), ("width", SVG.number(chart.width - 1)),
                                              ("height", SVG.number(chart.height - 1)), ("fill", "#f4f6f8"), ("stroke", "#d9dde3")]))
            nodes.append(SVG.text(t("charts.no_data_to_chart_yet"), x: chart.width / 2, y: chart.height / 2, anchor: "middle", class: "empty"))
            return SVG.root(id: chart.id, title: chart.title, description: chart.description + t("charts.no_data_suffix"),
                            width: chart.width, height: chart.height, nodes)
        }

        let allPoints = chart.series.flatMap(\.points)
        var minDay = chart.dateDomain?.lowerBound.daysSinceEpoch ?? allPoints.map(\.date.daysSinceEpoch).min()!
        var maxDay = chart.dateDomain?.upperBound.daysSinceEpoch ?? allPoints.map(\.date.daysSinceEpoch).max()!
        if minDay == maxDay { minDay -= 30; maxDay += 30 }  // a single date sits in the middle
        let ticks = SVG.niceTicks(maximum: max(allPoints.compactMap(\.value).max() ?? 0, 1))
        let maxValue = ticks.last!

        func x(_ date: CalendarDate) -> Double {
            left + Double(date.daysSinceEpoch - minDay) / Double(maxDay - minDay) * plotWidth
        }
        func y(_ value: Double) -> Double { top + plotHeight - value / maxValue * plotHeight }

        // Horizontal grid and value labels.
        for tick in ticks {
            nodes.append(SVG.line(x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), class: tick == 0 ? "axis" : "grid"))
            nodes.append(SVG.text(Format.count(tick), x: left - 8, y: y(tick) + 4, anchor: "end", class: "value-label"))
        }
        // Date ticks on month starts, spaced so that at most about seven are labelled.
        for date in dateTicks(from: minDay, to: maxDay) {
            let tx = x(date)
            nodes.append(SVG.line(x1: tx, y1: top + plotHeight, x2: tx, y2: top + plotHeight + 5, class: "axis"))
            nodes.append(SVG.text(Format.month(date), x: tx, y: top + plotHeight + 20, anchor: "middle", class: "value-label"))
        }
        nodes.append(SVG.line(x1: left, y1: top, x2: left, y2: top + plotHeight, class: "axis"))

        let radius = allPoints.count > 80 ? 2.2 : 3.5
        for (index, series) in chart.series.enumerated() where !series.points.isEmpty {
            let styleIndex = series.style ?? min(index, 1)
            for run in segments(series.points) where run.count > 1 {
                let coordinates = run.map { "\(SVG.number(x($0.date))),\(SVG.number(y($0.value)))" }.joined(separator: " ")
                nodes.append(SVG.element("polyline", [("points", coordinates), ("class", lineClass(series, index: index))],
                                         chart.drawsPoints ? [] : [SVG.title(series.name)]))
            }
            let present = series.points.compactMap { p in p.value.map { (date: p.date, value: $0) } }
            for point in present where chart.drawsPoints || present.count == 1 {
                nodes.append(SVG.element("circle", [
                    ("cx", SVG.number(x(point.date))), ("cy", SVG.number(y(point.value))), ("r", SVG.number(radius)),
                    ("class", "dot-\(styleIndex) point"), ("data-date", point.date.iso), ("data-value", SVG.number(point.value)),
                ], [SVG.title("\(series.name), \(Format.date(point.date)): \(Format.count(point.value)) \(chart.valueUnit)")]))
            }
        }
        if chart.series.count > 1 {
            for (index, series) in chart.series.enumerated() {
                let place = legendRows[index]
                let legendX = left + place.x, legendY = 12 + Double(place.row) * 18
                nodes.append(SVG.line(x1: legendX, y1: legendY, x2: legendX + 22, y2: legendY, class: lineClass(series, index: index)))
                nodes.append(SVG.text(series.name, x: legendX + 28, y: legendY + 4, class: "legend"))
            }
        }
        return SVG.root(id: chart.id, title: chart.title, description: chart.description,
                        width: chart.width, height: chart.height, nodes)
    }

    /// The runs of present values between missing ones: each is drawn as its own line.
    static func segments(_ points: [LineChart.Point]) -> [[(date: CalendarDate, value: Double)]] {
        var runs: [[(date: CalendarDate, value: Double)]] = [[]]
        for point in points {
            if let value = point.value { runs[runs.count - 1].append((point.date, value)) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        return runs.filter { !$0.isEmpty }
    }

    static func lineClass(_ series: LineChart.Series, index: Int) -> String {
        "series-\(series.style ?? min(index, 1))" + (series.dashed ? " dash" : "")
    }

    /// Where each legend entry goes: entries flow left to right and wrap onto a new row
    /// rather than run off the chart.
    static func legendLayout(_ chart: LineChart) -> [(x: Double, row: Int)] {
        let available = chart.width - 64 - 24
        var places: [(x: Double, row: Int)] = []
        var x = 0.0, row = 0
        for series in chart.series {
            let width = 40 + Double(series.name.count) * 6.6
            if x > 0 && x + width - 12 > available { x = 0; row += 1 }
            places.append((x, row))
            x += width
        }
        return places
    }

    /// First days of months between two days, every 1, 2, 3, 6 or 12 months.
    static func dateTicks(from minDay: Int, to maxDay: Int) -> [CalendarDate] {
        let first = CalendarDate(daysSinceEpoch: minDay)
        let months = Double(maxDay - minDay) / 30.44
        let step = [1, 2, 3, 6, 12, 24].first { months / Double($0) <= 7 } ?? 24
        var year = first.year, month = first.month
        var ticks: [CalendarDate] = []
        // Start at the first month start on or after the first day, aligned to the step.
        if first.day != 1 { month += 1; if month > 12 { month = 1; year += 1 } }
        while (month - 1) % step != 0 && step <= 12 { month += 1; if month > 12 { month = 1; year += 1 } }
        while let date = CalendarDate(year: year, month: month, day: 1), date.daysSinceEpoch <= maxDay {
            ticks.append(date)
            month += step
            while month > 12 { month -= 12; year += 1 }
        }
        return ticks
    }
}
