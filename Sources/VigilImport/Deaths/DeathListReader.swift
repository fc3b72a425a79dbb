import Foundation
import VigilCore

/// Reads a list of deaths in ICE custody, recognising its format from its header or shape
/// (see `DeathListFormat`), into a `DeathList`.
///
/// Rules for irregular rows (documented in docs/exports.md, "deaths"):
/// - a row without a name, or without a readable date (year for the DWN list), is left out and noted by row;
/// - a date (or year) after `today` is refused: the row is left out and noted by row, since a
///   death cannot be reported before it happens and the date is a typing error to correct at the source;
/// - the same death twice in one file (same person, date and state) is kept once, the rows merged and noted.
/// A file Vigil does not recognise is refused with an `ImportFailure` naming it.
public enum DeathListReader {
    public static func read(fileAt url: URL, today: CalendarDate = .today) throws -> DeathList {
        let data = try FileContents.read(url)
        return try read(data: data, fileName: url.lastPathComponent, today: today)
    }

    public static func read(data: Data, fileName: String, today: CalendarDate = .today) throws -> DeathList {
        guard !data.isEmpty else { throw ImportFailure(file: fileName, "the file is empty") }
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let text = try TextDecoding.decode(data, fileName: fileName)
        let records = try DelimitedText.records(text, delimiter: ",", fileName: fileName)
        guard let first = records.first else { throw ImportFailure(file: fileName, "the file has no rows") }
        let header = first.fields.map(HeaderName.fold)
        let format: DeathListFormat
        let rows: [DelimitedText.Record]
        if header.contains("date_of_death") && header.contains("pdf_url") {
            format = .iceDetailed; rows = Array(records.dropFirst())
        } else if header.contains("date_of_death") && header.contains("location_last_detention") {
            format = .iceFOIA; rows = Array(records.dropFirst())
        } else if first.fields.count == 6, let year = Int(first.fields[1].trimmingCharacters(in: .whitespaces)), (1900...2200).contains(year) {
            format = .detentionWatch; rows = records
        } else {
            throw ImportFailure(file: fileName, row: first.line, """
                not a list of deaths Vigil knows: expected ICE's detailed list (Date_of_Death, PDF_URL), the FOIA \
                extract (date_of_death, location_last_detention) or DWN's headerless six columns (name, year, facility, \
                address, operator, state); it starts \(first.fields.prefix(6).joined(separator: ","))
                """)
        }
        var columns: [String: Int] = [:]
        for (i, name) in header.enumerated() where columns[name] == nil { columns[name] = i }
        var deaths: [DeathReport] = []
        var notes: [String] = []
        for row in rows {
            func field(_ name: String) -> String? {
                guard let i = columns[name], i < row.fields.count else { return nil }
                return Clean.text(tidy(row.fields[i]))
            }
            func at(_ i: Int) -> String? { i < row.fields.count ? Clean.text(tidy(row.fields[i])) : nil }
            let report: DeathReport?
            switch format {
            case .iceDetailed: report = detailed(row.line, field, fileName: fileName, notes: &notes)
            case .iceFOIA: report = foia(row.line, field, notes: &notes)
            case .detentionWatch: report = detentionWatch(row.line, at, notes: &notes)
            }
            guard let death = report else { continue }
            if let date = death.date, date > today {
                notes.append("row \(row.line): date of death \(date.iso) is after today (\(today.iso)); row refused, correct it at the source.")
                continue
            }
            if death.date == nil, death.year > today.year {
                notes.append("row \(row.line): year of death \(death.year) is after this year; row refused, correct it at the source.")
                continue
            }
            if let i = deaths.firstIndex(where: { $0.isSameDeath(as: death) }) {
                notes.append("row \(row.line) repeats row \(deaths[i].sourceRow) (\(death.personName): same person, date and state); merged.")
                deaths[i].fillGaps(from: death)
                continue
            }
            deaths.append(death)
        }
        guard !deaths.isEmpty else { throw ImportFailure(file: fileName, "no row describes a death Vigil can read") }
        return DeathList(source: source, format: format, deaths: deaths, notes: notes, rowCount: rows.count)
    }

    // MARK: Formats

    static func detailed(_ line: Int, _ field: (String) -> String?, fileName: String, notes: inout [String]) -> DeathReport? {
        guard let name = field("name") else { notes.append("row \(line): no name; row left out."); return nil }
        guard let date = field("date_of_death").flatMap({ CalendarDate(iso: $0.prefix(10)) }) else {
            notes.append("row \(line): no readable Date_of_Death (\(field("date_of_death") ?? "blank")); row left out."); return nil
        }
        let location = field("facility_location").map(splitLocation)
        var facility = stripParenthetical(field("facility_name") ?? location?.place ?? "")
        let state = location?.state
        if let state, facility.uppercased().hasSuffix(" \(state)") { facility = String(facility.dropLast(state.count + 1)) }
        var d = DeathReport(sourceRow: line, personName: name, date: date, year: date.year, facilityName: facility)
        d.facilityState = state
        if let place = location?.place, PersonName.words(place) != PersonName.words(facility) { d.facilityCity = place }
        d.facilityType = field("facility_type").flatMap { $0.lowercased() == "not stated" ? nil : $0 }
        d.cause = field("cause_of_death")
        d.sourceURL = field("pdf_url")
        return d
    }

    static func foia(_ line: Int, _ field: (String) -> String?, notes: inout [String]) -> DeathReport? {
        guard let name = field("name") else { notes.append("row \(line): no name; row left out."); return nil }
        guard let date = Clean.date(field("date_of_death"), dayFirst: false) else {
            notes.append("row \(line): no readable date_of_death (\(field("date_of_death") ?? "blank")); row left out."); return nil
        }
        let location = field("location_last_detention").map(splitLocation)
        var d = DeathReport(sourceRow: line, personName: name, date: date, year: date.year, facilityName: location?.place ?? "")
        d.facilityState = location?.state
        d.facilityType = field("facility_type")
        d.cause = field("cause")
        return d
    }

    static func detentionWatch(_ line: Int, _ at: (Int) -> String?, notes: inout [String]) -> DeathReport? {
        guard let name = at(0) else { notes.append("row \(line): no name; row left out."); return nil }
        guard let year = at(1).flatMap({ Int($0) }) else {
            notes.append("row \(line): no readable year (\(at(1) ?? "blank")); row left out."); return nil
        }
        var d = DeathReport(sourceRow: line, personName: name, date: nil, year: year, facilityName: at(2) ?? "")
        d.facilityState = StateName.code(at(5))
        // "9438 Commerce Way, Adelanto, CA 92301": the city before the last comma, the zip after.
        if let address = at(3) {
            let parts = address.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count >= 3 { d.facilityAddress = parts[0] }
            if parts.count >= 2 {
                d.facilityCity = parts[parts.count - 2]
                if let zip = parts.last?.split(separator: " ").last, zip.count == 5, zip.allSatisfy(\.isNumber) { d.facilityZip = String(zip) }
                if d.facilityState == nil { d.facilityState = StateName.code(parts.last?.split(separator: " ").first.map(String.init)) }
            }
        }
        d.operatorName = at(4)
        return d
    }

    // MARK: Text

    /// Runs of whitespace (PDF extraction leaves double spaces and no-break spaces) folded to one space.
    static func tidy(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `Adelanto Correctional Facility, CA` → the place and the state's postal code.
    /// `Conroe, TX` → (`Conroe`, `TX`); `Jena, Louisiana (LA)` → (`Jena`, `LA`); of
    /// `Winnfield, Louisiana (WCC) / Alexandria, Louisiana (CSFC)` the first place, where the person was held.
    static func splitLocation(_ text: String) -> (place: String, state: String?) {
        let first = text.components(separatedBy: " / ").first ?? text
        guard let comma = first.lastIndex(of: ",") else { return (first, nil) }
        let state = StateName.code(stripParenthetical(first[first.index(after: comma)...].trimmingCharacters(in: .whitespaces)))
        guard let state else { return (first, nil) }
        return (first[..<comma].trimmingCharacters(in: .whitespaces), state)
    }

    /// `Eloy Detention Center (EDC)` → `Eloy Detention Center`.
    static func stripParenthetical(_ text: String) -> String {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return text }
        return text[..<open].trimmingCharacters(in: .whitespaces)
    }
}

extension DeathReport {
    /// Takes what `other` says where this report says nothing.
    mutating func fillGaps(from other: DeathReport) {
        facilityState = facilityState ?? other.facilityState
        facilityCity = facilityCity ?? other.facilityCity
        facilityZip = facilityZip ?? other.facilityZip
        facilityType = facilityType ?? other.facilityType
        operatorName = operatorName ?? other.operatorName
        cause = cause ?? other.cause
        sourceURL = sourceURL ?? other.sourceURL
    }
}
