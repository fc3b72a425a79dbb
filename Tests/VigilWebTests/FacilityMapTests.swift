import Plot
import Testing
import VigilCore
@testable import VigilWeb

@Suite("The facility map")
struct FacilityMapTests {
    @Test("the outlines hold the 50 states, DC and Puerto Rico, each a closed shape of real points")
    func outlinesCoverEveryState() throws {
        let codes = Set(StateOutlines.all.map(\.code))
        #expect(StateOutlines.all.count == 52)
        #expect(codes.isSuperset(of: ["AK", "HI", "PR", "DC", "TX", "RI", "ME", "WA", "FL"]))
        for state in StateOutlines.all {
            #expect(!state.rings.isEmpty, "\(state.code) has no ring")
            for ring in state.rings {
                #expect(ring.count >= 4, "\(state.code) has a ring of \(ring.count) points")
                #expect(ring.allSatisfy { (-190...(-64)).contains($0.longitude) && (17...72).contains($0.latitude) },
                        "\(state.code) has a point outside the U.S.")
            }
        }
    }

    @Test("a facility's circle falls inside its own state's outline, in every panel")
    func circlesFallInsideTheirStates() throws {
        let panels = FacilityMapView.panels(width: 960, height: 600)
        // given places in the lower 48, Alaska, Hawaii and Puerto Rico
        let places: [(String, Double, Double)] = [
            ("TX", 29.95, -95.35),   // Houston
            ("GA", 32.04, -84.77),   // Lumpkin (Stewart)
            ("AK", 61.22, -149.90),  // Anchorage
            ("HI", 21.33, -157.92),  // Honolulu
            ("PR", 18.43, -66.06),   // Guaynabo
        ]
        for (code, latitude, longitude) in places {
            let area = try #require(FacilityMap.area(latitude: latitude, longitude: longitude))
            let point = panels.panel(for: area).point(latitude, longitude)
            let state = try #require(StateOutlines.all.first { $0.code == code })
            let panel = panels.panel(forState: code)
            // then the projected point is inside one of the state's projected rings (even-odd rule)
            let inside = state.rings.contains { ring in
                Self.contains(ring.map { panel.point($0.latitude, $0.longitude) }, point)
            }
            #expect(inside, "\(code): (\(latitude), \(longitude)) is drawn outside the state's outline")
        }
    }

    @Test("the map draws every outline, labels its insets, and gives the table of what it shows")
    func rendersOutlinesAndATableAlternative() {
        let map = FacilityMap(id: "m", title: "Facilities", points: [
            .init(label: "Houston CDF", latitude: 29.95, longitude: -95.35, adp: 1_000, kind: .private, href: "/facilities/a"),
            .init(label: "Guaynabo MDC", latitude: 18.43, longitude: -66.06, adp: 50, kind: .public, href: nil),
            .init(label: "Saipan", latitude: 15.2, longitude: 145.7, adp: 3, kind: .unknown, href: nil),
        ])
        let html = Node<HTML.BodyContext>.div(FacilityMapView.section(map)).render()
        #expect(occurrences(of: "class=\"map-state\"", in: html) == 52)
        #expect(html.contains(">Puerto Rico</text>"))
        // the two placed facilities are circles and rows of the table; the third is listed as not on the map
        #expect(occurrences(of: "class=\"map-dot", in: html) == 2)
        #expect(html.contains("The map as a table (2 facilities)"))
        #expect(html.contains("<th scope=\"row\"><a href=\"/facilities/a\">Houston CDF</a></th>"))
        #expect(html.contains("1 facility not on the map"))
    }

    static func contains(_ polygon: [(x: Double, y: Double)], _ point: (x: Double, y: Double)) -> Bool {
        var inside = false
        var j = polygon.count - 1
        for i in polygon.indices {
            let (a, b) = (polygon[i], polygon[j])
            if (a.y > point.y) != (b.y > point.y), point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }
}
