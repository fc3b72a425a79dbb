import Plot

/// Building blocks for inline SVG charts, made of Plot nodes: every piece of text in a chart
/// (labels, tooltips, titles) goes through Plot's escaping like the rest of the page.
enum SVG {
    typealias Node = Plot.Node<HTML.BodyContext>

    static func element(_ name: String, _ attributes: [(String, String)], _ children: [Node] = []) -> Node {
        .element(named: name, nodes: attributes.map { .attribute(named: $0.0, value: Escape.attribute($0.1), ignoreIfValueIsEmpty: false) } + children)
    }

    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", class className: String? = nil,
                     extra: [(String, String)] = []) -> Node {
        var attributes = [("x", number(x)), ("y", number(y)), ("text-anchor", anchor)]
        if let className { attributes.append(("class", className)) }
        return element("text", attributes + extra, [.text(content)])
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, class className: String) -> Node {
        element("line", [("x1", number(x1)), ("y1", number(y1)), ("x2", number(x2)), ("y2", number(y2)), ("class", className)])
    }

    /// A `<title>` child: the tooltip a browser shows on hover, and what a screen reader reads.
    static func title(_ content: String, id: String? = nil) -> Node {
        element("title", id.map { [("id", $0)] } ?? [], [.text(content)])
    }

    /// The root `<svg>`: an accessible image with a title and description.
    static func root(id: String, title: String, description: String, width: Double, height: Double, _ children: [Node]) -> Node {
        element("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart"), ("id", id),
            ("viewBox", "0 0 \(number(width)) \(number(height))"), ("width", number(width)), ("height", number(height)),
            ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
        ], [SVG.title(title, id: "\(id)-title"), element("desc", [("id", "\(id)-desc")], [.text(description)])] + children)
    }

    /// Coordinates with one decimal: precise enough for a screen, short enough to keep pages small.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        if tenths == tenths.rounded(.towardZero), Int(tenths) % 10 == 0 { return String(Int(tenths) / 10) }
        return String(Double(Int(tenths)) / 10)
    }

    /// Round axis steps: 1, 2, 2.5 or 5 times a power of ten, about `count` of them up to `maximum`.
    static func niceTicks(maximum: Double, count: Int = 5) -> [Double] {
        guard maximum > 0, maximum.isFinite else { return [0, 1] }
        let rough = maximum / Double(count)
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? power * 10
        var ticks: [Double] = [0]
        while ticks.last! < maximum - 1e-9 { ticks.append(ticks.last! + step) }
        return ticks
    }
}
