/// Generated, clearly synthetic releases for a first run with no data.
///
/// The facilities are invented (their names say "Demo"), placed in real states and ICE
/// areas of responsibility, with a realistic shape: a few large facilities hold most
/// people, most are small county jails, and the national total grows over time. Nothing
/// here is ICE's data, and every page that shows it says so.
public enum DemoDataset {
    /// Releases roughly every four weeks from FY2024 into FY2026.
    public static func releases(seed: UInt64 = 2024, count: Int = 26) -> [IceStatsRelease] {
        var rng = SeededGenerator(seed: seed)
        let facilities = makeFacilities(using: &rng)
        let start = CalendarDate(year: 2023, month: 10, day: 16)!
        return (0..<count).map { index in
            let asOf = start.adding(days: index * 28)
            // The national population nearly doubles across the period, as it did in 2025.
            let growth = 1.0 + Double(index) / Double(max(1, count - 1)) * 0.95
            var release = makeRelease(asOf: asOf, growth: growth, facilities: facilities, using: &rng)
            // Its own generators, so adding segregation sheets changed none of the other figures.
            DemoSegregation.add(to: &release, seed: seed)
            return release
        }
    }

    struct DemoFacility {
        var name: String
        var city: String
        var state: String
        var aor: String
        var type: String
        var gender: String
        var baseADP: Double
        var guaranteedMinimum: Double?
        var opensAtRelease: Int
    }

    static let places: [(city: String, state: String, aor: String)] = [
        ("Lumpkin", "GA", "ATL"), ("Adelanto", "CA", "LOS"), ("Tacoma", "WA", "SEA"), ("Conroe", "TX", "HOU"),
        ("Pearsall", "TX", "SNA"), ("Eloy", "AZ", "PHO"), ("Jena", "LA", "NOL"), ("Batavia", "NY", "BUF"),
        ("Elizabeth", "NJ", "NEW"), ("Miami", "FL", "MIA"), ("Aurora", "CO", "DEN"), ("Dilley", "TX", "SNA"),
        ("El Paso", "TX", "ELP"), ("Otero", "NM", "ELP"), ("Baltimore", "MD", "BAL"), ("Chicago", "IL", "CHI"),
        ("Detroit", "MI", "DET"), ("Salt Lake City", "UT", "SLC"), ("Boston", "MA", "BOS"), ("Phoenix", "AZ", "PHO"),
        ("Folkston", "GA", "ATL"), ("Natchez", "MS", "NOL"), ("San Diego", "CA", "SND"), ("Seattle", "WA", "SEA"),
        ("Newark", "NJ", "NEW"), ("Philadelphia", "PA", "PHI"), ("St. Paul", "MN", "SPM"), ("Kansas City", "MO", "KAN"),
        ("Dallas", "TX", "DAL"), ("Orlando", "FL", "MIA"), ("Buffalo", "NY", "BUF"), ("Harlingen", "TX", "HLG"),
    ]

    static let namePrefixes = ["Cedar Ridge", "Red Mesa", "Pine Hollow", "Stone River", "Willow Creek", "Granite Point",
                               "Blue Lake", "Iron Gate", "Sandy Flats", "Oak Bend", "North Fork", "Sutter Valley",
                               "Copper Hills", "Prairie Wind", "Eagle Pass Road", "Harbor View"]

    static func makeFacilities(using rng: inout SeededGenerator) -> [DemoFacility] {
        var list: [DemoFacility] = []
        for index in 0..<64 {
            let place = places[index % places.count]
            let prefix = namePrefixes[index % namePrefixes.count]
            let large = index < 10
            let type: String
            let suffix: String
            if large {
                type = ["CDF", "SPC", "DIGSA", "IGSA"][index % 4]
                suffix = type == "SPC" ? "Demo Service Processing Center" : "Demo Processing Center"
            } else {
                type = ["IGSA", "USMS IGA", "IGSA", "DIGSA", "USMS IGA", "BOP", "STATE", "OTHER"][index % 8]
                // Four kinds of local jail, so each of the 64 names (16 prefixes) is different.
                let jail = ["Demo County Jail", "Demo Regional Jail", "Demo Detention Center", "Demo Justice Center"][index / 16]
                suffix = type == "BOP" ? "Demo Federal Detention Center \(index / 16 + 1)" : jail
            }
            // Long-tailed sizes: a Pareto-like draw, so a handful of facilities dominate.
            let u = max(0.02, rng.unit())
            let base = large ? 700 + 1_300 * rng.unit() : min(600, 8 / pow3(u))
            list.append(DemoFacility(
                name: "\(prefix) \(suffix)", city: place.city, state: place.state, aor: place.aor, type: type,
                gender: index % 9 == 0 ? "Female" : (index % 3 == 0 ? "Female/Male" : "Male"),
                baseADP: base.rounded(),
                guaranteedMinimum: large || index % 5 == 0 ? (base * (0.6 + 0.5 * rng.unit())).rounded() : nil,
                opensAtRelease: index >= 56 ? 8 + (index - 56) * 2 : 0))
        }
        return list
    }

    static func pow3(_ u: Double) -> Double { (u * u).squareRoot() * u.squareRoot().squareRoot() }

    static func makeRelease(asOf: CalendarDate, growth: Double, facilities: [DemoFacility],
                            using rng: inout SeededGenerator) -> IceStatsRelease {
        let index = (asOf.daysSinceEpoch - CalendarDate(year: 2023, month: 10, day: 16)!.daysSinceEpoch) / 28
        let fy = FiscalYear(asOf.fiscalYear)
        let fyLabel = "FY\(fy.year % 100)"
        let stamp = String(format2(asOf.month)) + format2(asOf.day) + String(asOf.year)
        let fileName = "DEMO-synthetic-\(fyLabel)_detentionStats\(stamp).xlsx"
        var rows: [FacilityObservation] = []
        for (offset, f) in facilities.enumerated() where index >= f.opensAtRelease {
            var o = FacilityObservation(sourceRow: 8 + offset, name: f.name.uppercased())
            o.address = "\(100 + offset * 7) Demo Road"
            o.city = f.city.uppercased()
            o.state = f.state
            o.zip = String(10_000 + offset * 1_379 % 89_000)
            o.areaOfResponsibility = f.aor
            o.typeDetailed = f.type
            o.gender = f.gender
            let adp = max(0, f.baseADP * growth * (0.9 + 0.2 * rng.unit()))
            let shares = [0.45 + 0.1 * rng.unit(), 0.2 + 0.05 * rng.unit(), 0.15, 0.1]
            let total = shares.reduce(0, +)
            o.levelA = round2(adp * shares[0] / total)
            o.levelB = round2(adp * shares[1] / total)
            o.levelC = round2(adp * shares[2] / total)
            o.levelD = round2(adp * shares[3] / total)
            let female = f.gender == "Female" ? 1.0 : (f.gender == "Female/Male" ? 0.25 : 0)
            let criminal = 0.3 + 0.3 * rng.unit()
            o.maleCriminal = round2(adp * (1 - female) * criminal)
            o.maleNonCriminal = round2(adp * (1 - female) * (1 - criminal))
            o.femaleCriminal = round2(adp * female * criminal)
            o.femaleNonCriminal = round2(adp * female * (1 - criminal))
            o.threatLevel1 = round2(adp * 0.15)
            o.threatLevel2 = round2(adp * 0.1)
            o.threatLevel3 = round2(adp * 0.2)
            o.noThreatLevel = round2(adp * 0.55)
            o.mandatory = round2(adp * (0.5 + 0.4 * rng.unit()))
            o.averageLengthOfStay = round2(20 + 60 * rng.unit())
            o.guaranteedMinimum = f.guaranteedMinimum
            let inspectionYear = asOf.year - (offset % 2)
            o.inspections = [
                ReportedInspection(position: .last, inspector: .unspecified,
                                   type: offset % 4 == 0 ? "ODO" : "Nakamoto", standard: ["PBNDS 2011", "NDS 2019", "PBNDS 2008"][offset % 3],
                                   rating: offset % 7 == 0 ? "Does Not Meet Standards" : "Meets Standards",
                                   date: CalendarDate(year: inspectionYear, month: 1 + offset % 12, day: 1 + offset % 27),
                                   dateLabel: "Last Inspection End Date"),
            ]
            rows.append(o)
        }
        var anomalies: [ReleaseAnomaly] = []
        if index % 6 == 3 {
            // Given as facts, like the importer's, so its sentence is drawn in the reader's language.
            anomalies.append(ReleaseAnomaly(.placeholder(column: "Guaranteed Minimum", label: .text("#N/A")),
                at: SourceLocation(file: fileName, sheet: "Facilities \(fyLabel)", row: 12, column: "Guaranteed Minimum"),
                occurrences: 2))
        }
        return IceStatsRelease(
            source: SourceFile(fileName: fileName, sha256: rng.hexDigest(), byteCount: 200_000 + rows.count * 900),
            sheetName: "Facilities \(fyLabel)", fiscalYear: fy, asOfDate: asOf, printedAsOfDate: asOf,
            fileNameDate: asOf, headerRow: 7, layout: .fy24Pending, columns: [], facilities: rows,
            anomalies: anomalies)
    }

    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
    static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
