import Foundation
import Plot
import VigilCore

/// Facilities on a map of the United States, drawn as inline SVG with no map data: the
/// lower 48 states in an Albers equal-area conic projection (standard parallels 29.5° and
/// 45.5°, as the U.S. Census uses), Alaska and Hawaii as insets in their own Albers
/// projections, and a light graticule (every 5° of latitude and 10° of longitude) in place
/// of state outlines. Each facility is a circle whose area is proportional to its ADP,
/// coloured by operator kind. Facilities with no coordinates, or outside the three areas
/// (Puerto Rico, Guam), are listed beside the map instead.
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
    var measure = "average daily population"
    var measureShort = "ADP"

    /// Where a point falls: one of the map's three areas, or off the map.
    enum Area { case lower48, alaska, hawaii }

    static func area(latitude: Double, longitude: Double) -> Area? {
        if (24...50).contains(latitude) && (-125...(-66)).contains(longitude) { return .lower48 }
        if (51...72).contains(latitude) && (longitude <= -129 || longitude >= 170) { return .alaska }
        if (18...23).contains(latitude) && (-161...(-154)).contains(longitude) { return .hawaii }
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
        case .private: "Privately operated"
        case .public: "Publicly operated"
        case .unknown: "Operator unknown"
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

    static func panels(width: Double, height: Double) -> (lower48: Panel, alaska: Panel, hawaii: Panel) {
        let main = Panel(.lower48, latitudes: 24...50, longitudes: -125...(-66), frame: (10, 10, width - 20, height - 40))
        let alaska = Panel(.alaska, latitudes: 51...72, longitudes: -180...(-129),
                           frame: (10, height - height * 0.3 - 10, width * 0.22, height * 0.3))
        let hawaii = Panel(.hawaii, latitudes: 18.5...22.5, longitudes: -160.5...(-154.5),
                           frame: (width * 0.24, height - height * 0.16 - 10, width * 0.14, height * 0.16))
        return (main, alaska, hawaii)
    }

    static func render(_ map: FacilityMap) -> Node<HTML.BodyContext> {
        let (main, alaska, hawaii) = panels(width: map.width, height: map.height)
        var nodes: [SVG.Node] = []
        nodes.append(SVG.element("rect", [("x", "0"), ("y", "0"), ("width", SVG.number(map.width)), ("height", SVG.number(map.height)),
                                          ("fill", "#fbfcfd")]))
        // Graticule: parallels every 5°, meridians every 10°, in each panel.
        func graticule(_ panel: Panel, latStep: Double, lonStep: Double) {
            var lat = (panel.latitudes.lowerBound / latStep).rounded(.up) * latStep
            while lat <= panel.latitudes.upperBound {
                let pts = stride(from: panel.longitudes.lowerBound, through: panel.longitudes.upperBound, by: 1).map { panel.point(lat, $0) }
                nodes.append(SVG.element("polyline", [("points", pts.map { "\(SVG.number($0.x)),\(SVG.number($0.y))" }.joined(separator: " ")),
                                                      ("class", "map-grid")]))
                lat += latStep
            }
            var lon = (panel.longitudes.lowerBound / lonStep).rounded(.up) * lonStep
            while lon <= panel.longitudes.upperBound {
                let pts = stride(from: panel.latitudes.lowerBound, through: panel.latitudes.upperBound, by: 0.5).map { panel.point($0, lon) }
                nodes.append(SVG.element("polyline", [("points", pts.map { "\(SVG.number($0.x)),\(SVG.number($0.y))" }.joined(separator: " ")),
                                                      ("class", "map-grid")]))
                lon += lonStep
            }
        }
        graticule(main, latStep: 5, lonStep: 10)
        graticule(alaska, latStep: 5, lonStep: 10)
        graticule(hawaii, latStep: 2, lonStep: 2)
        for (panel, label) in [(alaska, "Alaska"), (hawaii, "Hawaii")] {
            nodes.append(SVG.element("rect", [("x", SVG.number(panel.frame.x)), ("y", SVG.number(panel.frame.y)),
                                              ("width", SVG.number(panel.frame.width)), ("height", SVG.number(panel.frame.height)),
                                              ("class", "map-inset")]))
            nodes.append(SVG.text(label, x: panel.frame.x + 6, y: panel.frame.y + 14, class: "map-label"))
        }
        let maxADP = max(map.points.map(\.adp).max() ?? 1, 1)
        // Largest first, so small circles stay visible on top.
        for p in map.placed.sorted(by: { ($0.adp, $1.label) > ($1.adp, $0.label) }) {
            guard let lat = p.latitude, let lon = p.longitude, let area = FacilityMap.area(latitude: lat, longitude: lon) else { continue }
            let panel = area == .lower48 ? main : area == .alaska ? alaska : hawaii
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
        nodes.append(SVG.text("Circle area ∝ \(map.measure)", x: 12, y: 22, class: "legend"))
        let description = "\(map.placed.count) facilities placed by latitude and longitude; \(map.unplaced.count) without usable coordinates are listed beside the map."
        return SVG.root(id: map.id, title: map.title, description: description, width: map.width, height: map.height, nodes)
    }

    /// The map with the facilities it cannot place listed under it.
    static func section(_ map: FacilityMap) -> Node<HTML.BodyContext> {
        let unplaced = map.unplaced.sorted { ($0.adp, $1.label) > ($1.adp, $0.label) }
        return .div(.class("facility-map"),
            .div(.class("chart-scroll"), render(map)),
            .p(.class("muted small"),
               .text("Projection: Albers equal-area conic (lower 48; Alaska and Hawaii as insets), drawn from coordinates alone: "),
               .text("the grid lines are every 5° of latitude and 10° of longitude; no state outlines are drawn. "),
               .text("Coordinates come from the facility registry (UWCHR’s geocoded list, then The Marshall Project’s).")),
            .if(!unplaced.isEmpty, .details(
                .summary(.text("\(unplaced.count) facilit\(unplaced.count == 1 ? "y" : "ies") not on the map (no coordinates, or outside the U.S. states)")),
                .ul(.class("unplaced-list"), .group(unplaced.map { p in
                    .li(p.href.map { Node<HTML.BodyContext>.a(.href(Escape.attribute($0)), .text(p.label)) } ?? .text(p.label),
                        .text(" — \(Format.count(p.adp)) \(map.measureShort), \(kindLabel(p.kind).lowercased())"))
                })))))
    }
}
