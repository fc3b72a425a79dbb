import Foundation
import VigilCore

/// Reads a facility reference list, recognising its layout from its sheet name and
/// header (see `FacilityListFormat`), into a `FacilityListing`.
///
/// Rules for irregular rows (documented in docs/facility-registry.md):
/// - a row with no code (blank, or `Redacted`) is left out and listed in `notes` by row number;
/// - a code repeated with identical content is kept once, and the repeat noted;
/// - a code repeated with different content refuses the file, naming both rows: the list
///   contradicts itself and a person must say which row is right.
/// Refusals are `ImportFailure`s naming the file (and sheet, row and column).
public enum FacilityListReader {
    public static func read(fileAt url: URL) throws -> FacilityListing {
        let data = try FileContents.read(url)
        return try read(data: data, fileName: url.lastPathComponent)
    }

    public static func read(data: Data, fileName: String) throws -> FacilityListing {
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        guard !data.isEmpty else { throw ImportFailure(file: fileName, "the file is empty") }
        let bytes = [UInt8](data.prefix(4))
        let (format, entries, notes): (FacilityListFormat, [FacilityListEntry], [String])
        if bytes.starts(with: [0x50, 0x4B]) {
            (format, entries, notes) = try readWorkbook(data: data, fileName: fileName)
        } else if bytes.starts(with: [0x1F, 0x8B]) {
            let text = try TextDecoding.decode(try GzipText.decompress(data, fileName: fileName), fileName: fileName)
            (format, entries, notes) = try readText(text, fileName: fileName)
        } else {
            (format, entries, notes) = try readText(try TextDecoding.decode(data, fileName: fileName), fileName: fileName)
        }
        let (kept, duplicateNotes) = try deduplicate(entries, fileName: fileName)
        return FacilityListing(source: source, format: format, entries: kept, notes: notes + duplicateNotes)
    }

    // MARK: Workbooks

    static func readWorkbook(data: Data, fileName: String) throws -> (FacilityListFormat, [FacilityListEntry], [String]) {
        let workbook = try XLSXWorkbook(data: data, fileName: fileName)
        guard let sheet = workbook.sheetNames.first(where: { $0.trimmingCharacters(in: .whitespaces) == "Facility List - Main" }) else {
            if workbook.sheetNames.contains(where: { $0.hasPrefix("Facilities") }) {
                throw ImportFailure(file: fileName, "this is a detention-statistics workbook, not a facility list: import it with `vigil import ice-stats`")
            }
            throw ImportFailure(file: fileName, """
                not a facility list Vigil knows: it has no "Facility List - Main" sheet with DETLOC codes \
                (sheets: \(workbook.sheetNames.map { "\"\($0)\"" }.joined(separator: ", "))). Lists without codes, \
                such as ICE's over-72-hour list, cannot key the registry
                """)
        }
        let rows = try workbook.rows(inSheet: sheet)
        guard let header = rows.prefix(15).first(where: { row in
            row.cells.contains { $0.value.text?.trimmingCharacters(in: .whitespaces).uppercased() == "DETLOC" }
        }) else {
            throw ImportFailure(file: fileName, sheet: sheet, "no header row with a DETLOC column in rows 1–15")
        }
        var columns: [String: Int] = [:]
        for cell in header.cells {
            if let text = cell.value.text { columns[HeaderName.fold(text), default: cell.column] = cell.column }
        }
        let format: FacilityListFormat = columns["aor"] != nil ? .ice2017 : .ice2015
        var records: [(line: Int, field: (String) -> String?)] = []
        for row in rows where row.number > header.number && !row.isBlank {
            records.append((row.number, { name in
                guard let column = columns[name] else { return nil }
                return WorkbookCell.text(row[column])
            }))
        }
        return try entries(records, format: format, fileName: fileName, sheet: sheet)
    }

    // MARK: Delimited text

    static func readText(_ text: String, fileName: String) throws -> (FacilityListFormat, [FacilityListEntry], [String]) {
        let delimiter = DelimitedText.delimiter(of: text)
        let records = try DelimitedText.records(text, delimiter: delimiter, fileName: fileName)
        guard let header = records.first else { throw ImportFailure(file: fileName, "the file has no header line") }
        var columns: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() { columns[HeaderName.fold(name), default: index] = index }
        let format: FacilityListFormat
        if columns["detention_facility_code"] != nil {
            format = .ddpFacilityCodes
        } else if columns["detloc"] != nil {
            if columns["facility_operator"] != nil { format = .uwchrFacilityList }
            else if columns["long"] != nil && columns["lat"] != nil { format = .uwchrGeocoded }
            else if columns["lng"] != nil { format = .marshallLocations }
            else if columns["dmcp_auth"] != nil || columns["aor"] != nil { format = .uwchrJoined }
            else { format = .marshallLocations }
        } else {
            throw ImportFailure(file: fileName, row: header.line, """
                not a facility list Vigil knows: the header has no DETLOC (or detention_facility_code) column; \
                it starts \(header.fields.prefix(6).joined(separator: String(delimiter)))
                """)
        }
        if format == .ddpFacilityCodes { columns["detloc"] = columns["detention_facility_code"]; columns["name"] = columns["detention_facility"] }
        let rows = records.dropFirst().map { record in
            (line: record.line, field: { (name: String) -> String? in
                guard let column = columns[name], column < record.fields.count else { return nil }
                return record.fields[column]
            })
        }
        return try entries(Array(rows), format: format, fileName: fileName, sheet: nil)
    }

    // MARK: Rows to entries

    static func entries(_ rows: [(line: Int, field: (String) -> String?)], format: FacilityListFormat,
                        fileName: String, sheet: String?) throws -> (FacilityListFormat, [FacilityListEntry], [String]) {
        var entries: [FacilityListEntry] = []
        var missing: [Int] = []
        let dayFirst = format == .marshallLocations
        for row in rows {
            func text(_ name: String) -> String? { Clean.text(row.field(name)) }
            guard let code = text("detloc")?.uppercased(), code != "REDACTED", code.count <= 12 else {
                missing.append(row.line)
                continue
            }
            var e = FacilityListEntry(code: code, sourceRow: row.line)
            e.name = text("name")
            e.address = text("address")
            e.city = text("city")
            e.county = text("county")
            e.state = text("state")?.uppercased()
            e.zip = text("zip").map(Clean.zip)
            e.areaOfResponsibility = text("aor")
            e.typeDetailed = text("type_detailed")
            e.latitude = Clean.number(text("lat"))
            e.longitude = Clean.number(text("long") ?? text("lng"))
            if let lat = e.latitude, let long = e.longitude, !(abs(lat) <= 90 && abs(long) <= 180) || (lat == 0 && long == 0) {
                throw ImportFailure(file: fileName, sheet: sheet, row: row.line, column: "lat", "coordinates \(lat), \(long) are not on Earth")
            }
            e.firstUse = Clean.date(text("date_of_first_use"), dayFirst: dayFirst)
            e.lastUse = Clean.date(text("date_of_last_use"), dayFirst: dayFirst)
            e.capacity = Clean.number(text("capacity"))
            e.guaranteedMinimum = Clean.number(text("guaranteed_minimum"))
            e.operatorName = text("facility_operator")
            e.ownerName = text("facility_owner")
            entries.append(e)
        }
        guard !entries.isEmpty else {
            throw ImportFailure(file: fileName, sheet: sheet, "no row has a facility code")
        }
        var notes: [String] = []
        if !missing.isEmpty {
            notes.append("\(missing.count) row\(missing.count == 1 ? "" : "s") without a facility code (blank or redacted) left out: row\(missing.count == 1 ? "" : "s") \(RowList.describe(missing)).")
        }
        return (format, entries, notes)
    }

    static func deduplicate(_ entries: [FacilityListEntry], fileName: String) throws -> ([FacilityListEntry], [String]) {
        var first: [String: FacilityListEntry] = [:]
        var kept: [FacilityListEntry] = []
        var repeats: [Int] = []
        for entry in entries {
            if let earlier = first[entry.code] {
                guard earlier.content == entry.content else {
                    throw ImportFailure(file: fileName, row: entry.sourceRow, column: "DETLOC", """
                        facility code \(entry.code) appears twice with different details (rows \(earlier.sourceRow) and \
                        \(entry.sourceRow)); correct the list so each code appears once
                        """)
                }
                repeats.append(entry.sourceRow)
                continue
            }
            first[entry.code] = entry
            kept.append(entry)
        }
        let notes = repeats.isEmpty ? [] : ["\(repeats.count) row\(repeats.count == 1 ? "" : "s") repeating an earlier row exactly kept once: row\(repeats.count == 1 ? "" : "s") \(RowList.describe(repeats))."]
        return (kept, notes)
    }
}

/// Header text folded to a snake_case name: `Facility Operator` → `facility_operator`.
enum HeaderName {
    static func fold(_ text: String) -> String {
        let lowered = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        var out = ""
        for c in lowered {
            if c.isLetter || c.isNumber { out.append(c) } else if !out.hasSuffix("_") && !out.isEmpty { out.append("_") }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out
    }
}

/// Cell text to values, with the placeholders reference lists use (`nan`, `NA`, `N/A`).
enum Clean {
    static let placeholders: Set<String> = ["", "nan", "na", "n/a", "#n/a", "null", "none", "-"]

    static func text(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}")))
        return placeholders.contains(trimmed.lowercased()) ? nil : trimmed
    }

    static func number(_ raw: String?) -> Double? {
        guard let text = text(raw) else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: ""))
    }

    /// Zip codes written as numbers lose leading zeros (`2920`) and gain `.0`.
    static func zip(_ text: String) -> String {
        var t = text
        if t.hasSuffix(".0") { t.removeLast(2) }
        if t.count < 5, t.allSatisfy(\.isNumber) { t = String(repeating: "0", count: 5 - t.count) + t }
        return t
    }

    /// `2017-11-06`, `11/6/2017` (month first) or, with `dayFirst`, `20/09/2007` and `4/11/17`.
    static func date(_ raw: String?, dayFirst: Bool) -> CalendarDate? {
        guard let text = text(raw) else { return nil }
        if let date = CalendarDate(iso: text.prefix(10)) { return date }
        // An Excel date serial (days since 1899-12-30) from a workbook cell.
        if let serial = Double(text), serial > 1000, serial < 100_000 {
            return CalendarDate(daysSinceEpoch: Int(serial) - 25_569)
        }
        let parts = text.split(separator: " ").first?.split(separator: "/") ?? []
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += year > 40 ? 1900 : 2000 }
        return dayFirst ? CalendarDate(year: year, month: b, day: a) : CalendarDate(year: year, month: a, day: b)
    }
}

/// Workbook cells as text: numbers without `.0`; date serials as ISO dates where the
/// column is a date (the caller parses ISO).
enum WorkbookCell {
    static func text(_ value: XLSXCellValue) -> String? {
        switch value {
        case .empty: return nil
        case .number(let n): return CellText.display(n)
        default: return CellText.display(value)
        }
    }
}

/// `8, 9, 12–15` for a sorted list of row numbers, at most 30 named.
enum RowList {
    static func describe(_ rows: [Int]) -> String {
        let shown = rows.prefix(30).map(String.init).joined(separator: ", ")
        return rows.count > 30 ? shown + " and \(rows.count - 30) more" : shown
    }
}
