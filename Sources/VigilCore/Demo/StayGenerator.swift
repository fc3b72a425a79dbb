/// Generates synthetic person-level detention stints in ICE's 53-column "Detentions"
/// schema, for demos, tests and benchmarks: deterministic for a seed, row by row in
/// constant memory. Fake people (`SYN` identifiers), real facility codes and release-reason
/// values, and the shapes real releases have — a few large facilities holding most people,
/// long-tailed stays, transfers between facilities, stays still ongoing at extraction,
/// redacted birth dates, a few exact duplicate rows and zero-length stints.
public struct StayGenerator: Sendable {
    /// The 53 columns, in ICE's order.
    public static let columns: [String] = [
        "Stay Book In Date Time", "Book In Date Time", "Detention Facility", "Book Out Date Time",
        "Stay Book Out Date Time", "Detention Release Reason", "Stay Book Out Date", "Stay Release Reason",
        "Religion", "Gender", "Marital Status", "Ethnicity", "Birth Country", "Citizenship Country",
        "Entry Status", "Known Terrorist Yes No", "Suspected Gang Yes No", "MSC Charge", "MSC Sentence Days",
        "MSC Sentence Months", "MSC Sentence Years", "MSC Charge Code", "Aggravated Felon Yes No",
        "Offense INA 236C Yes No", "Case INA 236C Yes No", "Bond Posted Date", "Bond Posted Amount",
        "Case Status", "Case Category", "Final Order Yes No", "Final Order Date", "Case Threat Level",
        "Detainee Classification", "Final Charge", "Departed Date", "Departure Country",
        "Initial Bond Set Amount", "Initial Bond Set Date", "Detention Facility Code", "Birth Date",
        "Birth Year", "Book In Criminality", "Race", "Entry Date", "Apprehension Final Program",
        "MSC Charge Date", "MSC Conviction Date", "MSC Criminal Charge Status",
        "MSC Criminal Charge Status Code", "MSC Crime Class", "Book In Site", "Book In AOR",
        "Anonymized Identifier",
    ]

    /// Real DETLOC codes and names, largest facilities first (their weights fall off as 1/rank).
    static let facilities: [(code: String, name: String)] = [
        ("ADAMSMS", "ADAMS COUNTY CORRECTIONAL CENTER"),
        ("STCDFTX", "SOUTH TEXAS ICE PROCESSING CENTER"),
        ("STWRTGA", "STEWART DETENTION CENTER"),
        ("LAWINCI", "WINN CORRECTIONAL CENTER"),
        ("CCASDCA", "OTAY MESA DETENTION CENTER"),
        ("EAZ", "ELOY FED CTR FACILITY (CORE CIVIC)"),
        ("MTGPCTX", "MONTGOMERY PROCESSING CTR"),
        ("JENADLA", "CENTRAL LOUISIANA ICE PROC CTR"),
        ("KRNRCTX", "KARNES CO IMMIGRATION PROCESS CTR"),
        ("PIC", "PORT ISABEL SPC"),
        ("MSVPCPA", "MOSHANNON VALLEY PROCESSING CENTER"),
        ("DENICDF", "DENVER CONTRACT DETENTION FACILITY"),
        ("JCRLYTX", "JOE CORLEY PROCESSING CTR"),
        ("JKPCCLA", "JACKSON PARISH CORRECTIONAL CENTER"),
        ("ELVDFTX", "EL VALLE DETENTION FACILITY"),
        ("HOUICDF", "HOUSTON CONTRACT DET.FAC."),
        ("RWCCMLA", "RICHWOOD COR CENTER"),
        ("CSCNWWA", "NW ICE PROCESSING CTR"),
        ("BASILLA", "SOUTH LOUISIANA ICE PROC CTR"),
        ("OTRPCNM", "OTERO CO PROCESSING CENTER"),
        ("EPC", "EL PASO SPC"),
        ("POLKCTX", "IAH SECURE ADULT DET. FACILITY"),
        ("BLBNATX", "BLUEBONNET DET FCLTY"),
        ("WCCPBFL", "BROWARD TRANSITIONAL CENTER"),
        ("IRADFCA", "IMPERIAL REGIONAL ADULT DET FAC"),
        ("RGRNDTX", "RIO GRANDE DETENTION CENTER"),
        ("PRLDCTX", "PRAIRIELAND DETENTION CENTER"),
        ("PINEPLA", "PINE PRAIRIE ICE PROCESSING CENTER"),
        ("FIPCMGA", "FOLKSTON MAIN IPC"),
        ("RVRCCLA", "River Correctional Center"),
        ("BTV", "BUFFALO SPC"),
        ("KRO", "KROME NORTH SPC"),
        ("GLDSACA", "GOLDEN STATE ANNEX"),
        ("FRMVLVA", "FARMVILLE DETENTION CENTER"),
        ("FLO", "FLORENCE SPC"),
        ("TOORANM", "TORRANCE COUNTY DETENTION FACILITY"),
        ("PLYMOMA", "PLYMOUTH CO COR FACILTY"),
        ("CCAHUTX", "T DON HUTTO DETENTION CENTER"),
        ("WEBDCTX", "WEBB COUNTY DETENTION CENTER (CCA)"),
        ("LRDICDF", "LAREDO PROCESSING CENTER"),
        ("ADLNTCA", "ADELANTO ICE PROCESSING CENTER"),
        ("DHDFNJ", "DELANEY HALL DETENTION FACILITY"),
        ("FSF", "FLORENCE STAGING FACILITY"),
        ("JENATLA", "ALEXANDRIA STAGING FACILITY"),
    ]

    static let releaseReasons: [(String, Double)] = [
        ("Removed", 194), ("Paroled", 42), ("Order of recognizance", 24), ("Paroled - Fear Found", 21),
        ("Bonded Out - IJ", 10), ("Paroled - Humanitarian", 9), ("U.S. Marshals or other agency (explain in Detention Comments)", 9),
        ("Order of supervision", 6), ("Processing Disposition Changed Locally", 5), ("Bonded Out - Field Office", 3),
        ("Relief Granted by IJ", 2), ("Proceedings Terminated", 1), ("Voluntary departure", 1),
    ]
    static let countries = ["MEXICO", "GUATEMALA", "HONDURAS", "EL SALVADOR", "VENEZUELA", "COLOMBIA", "CUBA",
                            "ECUADOR", "NICARAGUA", "INDIA", "HAITI", "BRAZIL", "CHINA, PEOPLES REPUBLIC OF"]

    private var random: SeededGenerator
    private let total: Int
    private var emitted = 0
    private var person = 0
    /// Rows of the current person's stay still to write.
    private var pending: [[String]] = []
    private var facilityWeights: [Double]
    private let start: Int64, extraction: Int64

    /// `count` rows from `seed`; stays begin between 2023-10-01 and the extraction day 2025-06-30.
    public init(count: Int, seed: UInt64) {
        random = SeededGenerator(seed: seed)
        total = count
        var cumulative = 0.0
        facilityWeights = Self.facilities.indices.map { i in
            cumulative += 1 / Double(i + 1)
            return cumulative
        }
        start = StayTimestamp.parse("2023-10-01")!
        extraction = StayTimestamp.parse("2025-06-30 23:59:59")!
    }

    /// The header line (no line end).
    public static var headerLine: String { columns.joined(separator: ",") }

    /// Appends the next row (CSV, with its `\n`) to `out`; false when `count` rows are written.
    public mutating func nextRow(into out: inout [UInt8]) -> Bool {
        guard emitted < total else { return false }
        if pending.isEmpty { pending = makeStay().reversed() }
        let row = pending.removeLast()
        for (i, field) in row.enumerated() {
            if i > 0 { out.append(0x2C) }
            if field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 }) {
                out.append(0x22)
                for b in field.utf8 { if b == 0x22 { out.append(0x22) }; out.append(b) }
                out.append(0x22)
            } else {
                out.append(contentsOf: field.utf8)
            }
        }
        out.append(0x0A)
        emitted += 1
        return true
    }

    private mutating func pick<T>(_ items: [(T, Double)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var x = random.unit() * total
        for (item, w) in items {
            x -= w
            if x < 0 { return item }
        }
        return items[items.count - 1].0
    }

    private mutating func facilityIndex() -> Int {
        let x = random.unit() * facilityWeights[facilityWeights.count - 1]
        var low = 0, high = facilityWeights.count - 1
        while low < high {
            let mid = (low + high) / 2
            if facilityWeights[mid] < x { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// One person's stay as rows, one per facility placement.
    private mutating func makeStay() -> [[String]] {
        person += 1
        // Book-in times at whole minutes; stay lengths log-normal (median ~3 weeks, long tail).
        let stayIn = start + Int64(random.unit() * Double(extraction - start)) / 60 * 60
        let z = (random.unit() + random.unit() + random.unit() + random.unit() - 2) * 1.73
        var lengthSeconds = Int64((Self.exponential(3.0 + 1.5 * z)) * 86_400 / 60) * 60
        if random.unit() < 0.002 { lengthSeconds = 0 }  // booked in and out at the same minute
        let stayOut = stayIn + lengthSeconds
        let ongoing = stayOut > extraction
        // Transfers: up to three further placements.
        var placements = 1
        while placements < 4 && random.unit() < 0.3 && lengthSeconds > 86_400 { placements += 1 }
        var cuts = [stayIn]
        for p in 1..<placements {
            cuts.append(stayIn + lengthSeconds * Int64(p) / Int64(placements) + Int64(random.unit() * 3600) / 60 * 60)
        }
        cuts.append(stayOut)
        let reason = pick(Self.releaseReasons)
        let country = Self.countries[Int(random.unit() * Double(Self.countries.count))]
        let gender = random.unit() < 0.88 ? "Male" : "Female"
        let birthYear = String(1950 + Int(random.unit() * 55))
        let id = "SYN" + String(person)
        let stayOutText = ongoing ? "" : StayTimestamp.text(stayOut)
        var rows: [[String]] = []
        var facility = facilityIndex()
        for p in 0..<placements {
            if p > 0 { facility = facilityIndex() }
            let (code, name) = Self.facilities[facility]
            let last = p == placements - 1
            let bookOut = last ? stayOutText : (cuts[p + 1] > extraction ? "" : StayTimestamp.text(cuts[p + 1]))
            let stintReason = bookOut.isEmpty ? "" : (last ? reason : "Transferred")
            var row = [String](repeating: "", count: 53)
            row[0] = StayTimestamp.text(stayIn)
            row[1] = StayTimestamp.text(cuts[p])
            row[2] = name
            row[3] = bookOut
            row[4] = stayOutText
            row[5] = stintReason
            row[6] = ongoing ? "" : String(stayOutText.prefix(10))
            row[7] = ongoing ? "" : reason
            row[8] = "Unknown"
            row[9] = gender
            row[10] = "Single"
            row[11] = "Hispanic Origin"
            row[12] = country
            row[13] = country
            row[14] = "Entered Without Inspection"
            row[15] = "NO"
            row[16] = "NO"
            row[22] = "Not an Aggravated Felon"
            row[27] = "ACTIVE"
            row[28] = "[8C] Excludable / Inadmissible - Administrative Final Order Issued"
            row[31] = "3"
            row[32] = "Level 3 - Medium High"
            row[38] = code
            row[39] = "b(6), b(7)c"
            row[40] = birthYear
            row[41] = "3 Other Immigration Violator"
            row[42] = "Unknown"
            row[44] = "ERO Criminal Alien Program"
            row[52] = id
            rows.append(row)
            if bookOut.isEmpty { break }
        }
        // Now and then a release repeats a row exactly.
        if random.unit() < 0.001 { rows.append(rows[rows.count - 1]) }
        return rows
    }

    /// e^x without Foundation (VigilCore does no I/O and imports nothing).
    static func exponential(_ x: Double) -> Double {
        let ln2 = 0.693_147_180_559_945_3
        let n = (x / ln2).rounded(.down)
        let r = x - n * ln2
        var term = 1.0, sum = 1.0
        for k in 1...16 {
            term *= r / Double(k)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(n), significand: sum)
    }
}
