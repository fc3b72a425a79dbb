import Foundation
import VigilCore
import VigilTestSupport

/// Compares a release with the independent parse in
/// `parsed/ddm_facilities_parsed_shared-snapshots.csv` (a cross-check, not ground truth:
/// where they differ, the workbook wins).
///
/// The parse's rows for a workbook are those whose `pull_date` is the workbook's printed
/// as-of date (the parse took the printed date as written, so the FY2023 file that prints
/// 2022-01-09 is filed under 2022-01-09) and whose `fiscal_year` is the workbook's. A parsed
/// row matches one of ours by name, city and state (trimmed, case-folded); the figures
/// level_a–level_d, male_crim and alos must then agree within 1e-6.
struct ParsedSnapshotCrossCheck {
    struct Outcome {
        var parsedRows = 0
        /// Parsed rows that match ours with equal figures.
        var agreeing = 0
        /// Parsed rows with no row of ours by name, city and state.
        var unmatched: [String] = []
        /// Parsed rows whose figures differ from ours: "NAME (CITY, ST): level_a 1 vs 2".
        var disagreements: [String] = []
        /// Our facilities the parse does not have.
        var onlyOurs: [FacilityObservation] = []
        /// How many copies of the release the parse holds (distinct `file_date`s).
        var parsedCopies = 0
    }

    let records: [[String: String]]

    init() throws {
        records = try CSVRecords.read(try SharedData.require(SharedIceStatsData.parsedSnapshotsPath))
    }

    func compare(_ release: IceStatsRelease) -> Outcome {
        let pullDate = (release.printedAsOfDate ?? release.asOfDate).iso
        let parsed = records.filter { $0["pull_date"] == pullDate && $0["fiscal_year"] == String(release.fiscalYear.year) }
        var ours: [String: [FacilityObservation]] = [:]
        for facility in release.facilities {
            ours[Self.key(facility.name, facility.city, facility.state), default: []].append(facility)
        }
        var outcome = Outcome()
        outcome.parsedRows = parsed.count
        outcome.parsedCopies = Set(parsed.compactMap { $0["file_date"] }).count
        var seen: Set<String> = []
        for row in parsed {
            let key = Self.key(row["name"] ?? "", row["city"], row["state"])
            seen.insert(key)
            guard let candidates = ours[key] else {
                outcome.unmatched.append(key)
                continue
            }
            let differences = candidates.map { Self.differences(row, $0) }
            if differences.contains(where: \.isEmpty) {
                outcome.agreeing += 1
            } else {
                outcome.disagreements.append("\(key): " + differences[0].joined(separator: ", "))
            }
        }
        outcome.onlyOurs = release.facilities.filter { !seen.contains(Self.key($0.name, $0.city, $0.state)) }
        return outcome
    }

    static func key(_ name: String, _ city: String?, _ state: String?) -> String {
        func fold(_ text: String?) -> String {
            (text ?? "").uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return "\(fold(name)) (\(fold(city)), \(fold(state)))"
    }

    private static let tolerance = 1e-6

    private static func differences(_ row: [String: String], _ facility: FacilityObservation) -> [String] {
        let pairs: [(String, Double?)] = [
            ("level_a", facility.levelA), ("level_b", facility.levelB), ("level_c", facility.levelC),
            ("level_d", facility.levelD), ("male_crim", facility.maleCriminal), ("alos", facility.averageLengthOfStay),
        ]
        return pairs.compactMap { column, ours in
            let theirs = Double(row[column] ?? "")
            switch (theirs, ours) {
            case (nil, nil): return nil
            case let (theirs?, ours?) where abs(theirs - ours) <= tolerance: return nil
            default: return "\(column) \(theirs.map { "\($0)" } ?? "blank") vs ours \(ours.map { "\($0)" } ?? "blank")"
            }
        }
    }
}
