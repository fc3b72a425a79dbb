import Foundation
import Plot
import VigilCore

/// Facilities on a map of the United States, drawn as inline SVG: the lower 48 states in an Albers
/// equal-area conic projection (standard parallels 29.5° and 45.5°, as the U.S. Census uses), Alaska,
/// Hawaii and Puerto Rico as insets in projections of their own, and state outlines from the Census
/// Bureau's cartographic boundary file (`StateOutlines`). Each facility is a circle whose area is
/// proportional to its ADP, coloured by operator kind. Facilities with no coordinates, or outside
/// those areas (Guam, for one), are listed beside the map instead, and every placed one is in the
/// table under it, for readers who do not see the map.
struct FacilityMap: Sendable, Hashable {
    struct Point: Sendable, Hashable {
        var label: String
        var latitude: Double?
        var longitude: Double?
        var adp: Double
        var kind: OperatorKind
        var href: String?
    }

    var id: String
    var title: String
    var points: [Point]
    var width: Double = 960
    var height: Double = 600
    /// What a circle's area stands for (`adp` holds it): ICE's ADP unless a page maps another count.
    var measure = t("charts.measure_adp")
    var measureShort = t("charts.adp")

    /// Where a point falls: one of the map's four areas, or off the map.
    enum Area { case lower48, alaska, hawaii, puertoRico }

    static func area(latitude: Double, longitude: Double) -> Area? {
        if (24...50).contains(latitude) && (-125...(-66)).contains(longitude) { return .lower48 }
        if (51...72).contains(latitude) && (longitude <= -129 || longitude >= 170) { return .alaska }
        if (18...23).contains(latitude) && (-161...(-154)).contains(longitude) { return .hawaii }
        if (17.5...18.7).contains(latitude) && (-67.5...(-65)).contains(longitude) { return .puertoRico }
        return nil
    }

    var placed: [Point] {
        points.filter { p in p.latitude.flatMap { lat in p.longitude.flatMap { FacilityMap.area(latitude: lat, longitude: $0) } } != nil }
    }

    var unplaced: [Point] {
        let set = Set(placed)
        return points.filter { !set.contains($0) }
    }
}

/// Albers equal-area conic projection on a unit sphere.
struct AlbersProjection: Sendable {
    let n: Double, c: Double, rho0: Double, lambda0: Double

    init(parallel1: Double, parallel2: Double, originLatitude: Double, originLongitude: Double) {
        let p = Double.pi / 180
        n = (sin(parallel1 * p) + sin(parallel2 * p)) / 2
        c = cos(parallel1 * p) * cos(parallel1 * p) + 2 * n * sin(parallel1 * p)
        rho0 = sqrt(c - 2 * n * sin(originLatitude * p)) / n
        lambda0 = originLongitude
    }

    /// x to the east, y to the north.
    func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        let p = Double.pi / 180
        var dl = longitude - lambda0
        if dl > 180 { dl -= 360 } else if dl < -180 { dl += 360 }
        let rho = sqrt(max(0, c - 2 * n * sin(latitude * p))) / n
        let theta = n * dl * p
        return (rho * sin(theta), rho0 - rho * cos(theta))
    }

    static let lower48 = AlbersProjection(parallel1: 29.5, parallel2: 45.5, originLatitude: 37.5, originLongitude: -96)
    static let alaska = AlbersProjection(parallel1: 55, parallel2: 65, originLatitude: 50, originLongitude: -154)
    static let hawaii = AlbersProjection(parallel1: 8, parallel2: 18, originLatitude: 3, originLongitude: -157)
    static let puertoRico = AlbersProjection(parallel1: 17.5, parallel2: 18.5, originLatitude: 18, originLongitude: -66.4)
}

enum FacilityMapView {
    static func colour(_ kind: OperatorKind) -> String {
        switch kind {
        case .private: "#c2410c"
        case .public: "#1d4ed8"
        case .unknown: "#8a919c"
        }
    }

    static func kindLabel(_ kind: OperatorKind) -> String {
        switch kind {
        case .private: t("charts.privately_operated")
        case .public: t("charts.publicly_operated")
        case .unknown: t("charts.operator_unknown")
        }
    }

    /// A frame on the canvas and the projection that fills it: lat/long → canvas x, y.
    struct Panel {
        var projection: AlbersProjection
        var latitudes: ClosedRange<Double>
        var longitudes: ClosedRange<Double>
        var frame: (x: Double, y: Double, width: Double, height: Double)
        var scale = 1.0, offsetX = 0.0, offsetY = 0.0

        init(_ projection: AlbersProjection, latitudes: ClosedRange<Double>, longitudes: ClosedRange<Double>,
             frame: (x: Double, y: Double, width: Double, height: Double)) {
            self.projection = projection
            self.latitudes = latitudes
            self.longitudes = longitudes
            self.frame = frame
            var xs: [Double] = [], ys: [Double] = []
            for i in 0...20 { for j in 0...20 {
                let lat = latitudes.lowerBound + (latitudes.upperBound - latitudes.lowerBound) * Double(i) / 20
                var lon = longitudes.lowerBound + (longitudes.upperBound - longitudes.lowerBound) * Double(j) / 20
                if lon > 180 { lon -= 360 }
                let p = projection.project(latitude: lat, longitude: lon)
                xs.append(p.x); ys.append(p.y)
            } }
            let w = xs.max()! - xs.min()!, h = ys.max()! - ys.min()!
            scale = min(frame.width / w, frame.height / h)
            offsetX = frame.x + (frame.width - w * scale) / 2 - xs.min()! * scale
            offsetY = frame.y + (frame.height - h * scale) / 2 + ys.max()! * scale
        }

        func point(_ lat: Double, _ lon: Double) -> (x: Double, y: Double) {
            let p = projection.project(latitude: lat, longitude: lon)
            return (offsetX + p.x * scale, offsetY - p.y * scale)
        }
    }

    struct Panels {
        var lower48: Panel, alaska: Panel, hawaii: Panel, puertoRico: Panel

        func panel(for area: FacilityMap.Area) -> Panel {
            switch area {
            case .lower48: lower48
            case .alaska: alaska
            case .hawaii: hawaii
            case .puertoRico: puertoRico
            }
        }

        /// Which panel draws a state's outline.
        func panel(forState code: String) -> Panel {
            switch code {
            case "AK": alaska
            case "HI": hawaii
            case "PR": puertoRico
            default: lower48
            }
        }
    }

    static func panels(width: Double, height: Double) -> Panels {
        let main = Panel(.lower48, latitudes: 24...50, longitudes: -125...(-66), frame: (10, 10, width - 20, height - 40))
        let alaska = Panel(.alaska, latitudes: 51...72, longitudes: -180...(-129),
                           frame: (10, height - height * 0.3 - 10, width * 0.22, height * 0.3))
        let hawaii = Panel(.hawaii, latitudes: 18.5...22.5, longitudes: -160.5...(-154.5),
                           frame: (width * 0.24, height - height * 0.16 - 10, width * 0.14, height * 0.16))
        let puertoRico = Panel(.puertoRico, latitudes: 17.8...18.6, longitudes: -67.4...(-65.1),
                               frame: (width * 0.40, height - height * 0.1 - 30, width * 0.12, height * 0.1))
        return Panels(lower48: main, alaska: alaska, hawaii: hawaii, puertoRico: puertoRico)
    }

    /// One path per state, each ring projected in the state's panel; decorative, so hidden from screen
    /// readers (the map's title, description and the table under it carry the content).
    static func outlines(_ panels: Panels) -> [SVG.Node] {
        StateOutlines.all.map { state in
            let panel = panels.panel(forState: state.code)
            let path = state.rings.map { ring in
                "M" + ring.map { point in
                    let xy = panel.point(point.latitude, point.longitude)
                    return "\(SVG.number(xy.x)),\(SVG.number(xy.y))"
                }.joined(separator: "L") + "Z"
            }.joined()
            return SVG.element("path", [("d", path), ("class", "map-state"), ("data-state", state.code)])
        }
    }

    static func render(_ map: FacilityMap) -> Node<HTML.BodyContext> {
        let panels = panels(width: map.width, height: map.height)
        var nodes: [SVG.Node] = []
        nodes.append(SVG.element("rect", [("x", "0"), ("y", "0"), ("width", SVG.number(map.width)), ("height", SVG.number(map.height)),
                                          ("fill", "#fbfcfd")]))
        nodes.append(SVG.element("g", [("aria-hidden", "true")], outlines(panels)))
        for (panel, label) in [(panels.alaska, t("charts.alaska")), (panels.hawaii, t("charts.hawaii")), (panels.puertoRico, t("charts.puerto_rico"))] {
            nodes.append(SVG.element("rect", [("x", SVG.number(panel.frame.x)), ("y", SVG.number(panel.frame.y)),
                                              ("width", SVG.number(panel.frame.width)), ("height", SVG.number(panel.frame.height)),
                                              ("class", "map-inset")]))
            nodes.append(SVG.text(label, x: panel.frame.x + 6, y: panel.frame.y + 14, class: "map-label"))
        }
        let maxADP = max(map.points.map(\.adp).max() ?? 1, 1)
        // Largest first, so small circles stay visible on top.
        for p in map.placed.sorted(by: { ($0.adp, $1.label) > ($1.adp, $0.label) }) {
            guard let lat = p.latitude, let lon = p.longitude, let area = FacilityMap.area(latitude: lat, longitude: lon) else { continue }
            let panel = panels.panel(for: area)
            let xy = panel.point(lat, lon)
            let r = 1.8 + 16 * sqrt(max(p.adp, 0) / maxADP)
            let circle = SVG.element("circle", [
                ("cx", SVG.number(xy.x)), ("cy", SVG.number(xy.y)), ("r", SVG.number(r)), ("fill", colour(p.kind)),
                ("class", "map-dot map-\(p.kind.rawValue)"), ("data-adp", SVG.number(p.adp)),
            ], [SVG.title("\(p.label): \(Format.count(p.adp)) \(map.measure); \(kindLabel(p.kind).lowercased())")])
            nodes.append(p.href.map { SVG.element("a", [("href", $0)], [circle]) } ?? circle)
        }
        // Legend.
        var x = map.width - 430.0
        for kind in OperatorKind.allCases {
            nodes.append(SVG.element("circle", [("cx", SVG.number(x)), ("cy", SVG.number(map.height - 16)), ("r", "6"), ("fill", colour(kind))]))
            nodes.append(SVG.text(kindLabel(kind), x: x + 10, y: map.height - 12, class: "legend"))
            x += 145
        }
        nodes.append(SVG.text(t("charts.circle_area", ["measure": map.measure]), x: 12, y: 22, class: "legend"))
        let description = t("charts.map_description", ["placed": Format.count(map.placed.count), "unplaced": Format.count(map.unplaced.count)])
        return SVG.root(id: map.id, title: map.title, description: description, width: map.width, height: map.height, nodes)
    }

    /// The map, with the facilities it cannot place listed under it and every placed one in a table,
    /// the map's text alternative.
    static func section(_ map: FacilityMap) -> Node<HTML.BodyContext> {
        let unplaced = map.unplaced.sorted { ($0.adp, $1.label) > ($1.adp, $0.label) }
        let placed = map.placed.sorted { ($0.adp, $1.label) > ($1.adp, $0.label) }
        return .div(.class("facility-map"),
            .div(.class("chart-scroll"), render(map)),
            .p(.class("muted small"),
               .text(t("charts.projection_albers_equal_area_conic_lower")),
               .text(t("charts.state_outlines_u_s_census_bureau")),
               .text(t("charts.coordinates_come_from_the_facility_registry"))),
            .if(!placed.isEmpty, .details(
                .summary(.text(t("charts.map_as_table", count: placed.count))),
                Components.scrollBox(tall: true, .table(.class("map-table"),
                    .caption(.text(map.title)),
                    Components.headerRow([t("charts.facility"), "#" + t("charts.adp"), t("charts.operator"), "#" + t("charts.latitude"), "#" + t("charts.longitude")]),
                    .tbody(.group(placed.map { p in
                        .tr(Components.rowHeader(p.href.map { Node<HTML.BodyContext>.a(.href(Escape.attribute($0)), .text(p.label)) } ?? .text(p.label)),
                            Components.numberCell(Format.count(p.adp)),
                            Components.textCell(kindLabel(p.kind)),
                            Components.numberCell(p.latitude.map { $0.fixedDecimals(3) } ?? "—"),
                            Components.numberCell(p.longitude.map { $0.fixedDecimals(3) } ?? "—"))
                    })))))),
            .if(!unplaced.isEmpty, .details(
                .summary(.text(t("charts.not_on_the_map", count: unplaced.count))),
                .ul(.class("unplaced-list"), .group(unplaced.map { p in
                    .li(p.href.map { Node<HTML.BodyContext>.a(.href(Escape.attribute($0)), .text(p.label)) } ?? .text(p.label),
                        .text(t("charts.unplaced_item", ["value": Format.count(p.adp), "measure": map.measureShort, "kind": kindLabel(p.kind).lowercased()])))
                })))))
    }
}
