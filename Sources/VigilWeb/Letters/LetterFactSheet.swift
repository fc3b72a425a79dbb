import Foundation
import VigilCore
import VigilStore

/// The fact sheet published beside a letter: figures from Vigil's own data, each with its
/// source, release and method, and, where the letter states the same thing, whether Vigil's
/// figure bears it out. Figures this database cannot compute say so; none is guessed.
enum LetterFactSheet {
    static func build(for letter: LetterContent, database: VigilDatabase) async throws -> [LetterFact] {
        let text = ([letter.subject ?? "", letter.bodyMarkdown, letter.conclusionMarkdown] + letter.demands.map(\.text)).joined(separator: " ")
        var facts: [LetterFact] = []
        let releases = try await ReleaseQueries(database: database).all()
        if let latest = releases.last {
            let file = latest.primaryFile
            facts.append(LetterFact(
                title: "People detained: national average daily population",
                value: "\(Format.count(latest.totalAverageDailyPopulation)) people",
                source: "ICE detention statistics workbook \(file.fileName) (SHA-256 \(Format.shortHash(file.sha256)))"
                    + (latest.isSynthetic ? ", synthetic demo data" : ""),
                release: "as of \(Format.date(latest.asOfDate)) (\(latest.fiscalYear))",
                method: "Average daily population, fiscal year to date, summed over every facility row of the release: a stock averaged over days, not a headcount on one day."))
        } else {
            facts.append(.unavailable("People detained: national average daily population", reason: "No ICE detention statistics release is imported: \(LetterFact.notAvailable)."))
        }
        let midnight = try await DailyPopulationQueries(database: database).nationalMidnightSeries()
        if let series = midnight.max(by: { $0.coverage.upperBound < $1.coverage.upperBound }),
           let last = series.days.last {
            facts.append(LetterFact(
                title: "People detained: daily midnight population",
                value: "\(Format.count(last.population)) people at midnight on \(Format.date(last.date))",
                source: "\(series.fileName) (\(series.source.rawValue), SHA-256 \(Format.shortHash(series.sha256)))",
                release: "covering \(Format.date(series.coverage.lowerBound)) to \(Format.date(series.coverage.upperBound))",
                method: "People present at midnight, summed over the facilities the source lists. Sources are never added together; this is the one reaching latest."))
        } else {
            facts.append(.unavailable("People detained: daily midnight population", reason: "No daily population source is imported: \(LetterFact.notAvailable)."))
        }
        if let latest = releases.last,
           let national = try await PrivateShareQueries(database: database).shares(ofRelease: latest.id).first(where: { $0.areaKind == .national }),
           national.totalADP > 0 {
            let claim = PrivateShareClaim(national)
            let low = Format.percent(claim.lowerBound), high = Format.percent(claim.upperBound)
            facts.append(LetterFact(
                title: "The private share: people held in privately operated facilities",
                value: low == high ? "\(low) of ADP" : "between \(low) and \(high) of ADP",
                source: "Vigil's private-share computation (/private-share) on \(latest.primaryFile.fileName), from cited operator records",
                release: "as of \(Format.date(latest.asOfDate))",
                method: "ADP in facilities whose operator evidence is private, divided by all ADP; facilities with no operator evidence (\(Format.count(national.unknownFacilities))) are counted as not private for the lower figure and as private for the higher.",
                claimCheck: privateClaimCheck(text, claim)))
        } else {
            facts.append(.unavailable("The private share: people held in privately operated facilities",
                                      reason: "No release with operator evidence is imported: \(LetterFact.notAvailable)."))
        }
        let deaths = try await DeathQueries(database: database).all()
        if !deaths.isEmpty {
            var perYear: [Int: Int] = [:]
            for death in deaths { perYear[death.sortDate.fiscalYear, default: 0] += 1 }
            let files = Set(deaths.flatMap { $0.sources.map(\.fileName) }).sorted()
            let year = letter.date?.fiscalYear ?? perYear.keys.max()!
            let count = perYear[year] ?? 0
            facts.append(LetterFact(
                title: "Deaths in ICE custody",
                value: "\(Format.count(count)) in FY\(year); \(Format.count(deaths.count)) in the archive since FY\(perYear.keys.min()!)",
                source: "Vigil's deaths archive (/deaths), from \(files.joined(separator: ", "))",
                release: "as imported; FY\(year) is the fiscal year of the letter's date",
                method: "Deaths in ICE custody from every imported list, deduplicated across lists (likely duplicates not counted until a person decides), counted by the fiscal year of the date of death.",
                claimCheck: recordClaimCheck(text, year: year, perYear: perYear)))
        } else {
            facts.append(.unavailable("Deaths in ICE custody", reason: "No list of deaths is imported: \(LetterFact.notAvailable)."))
        }
        facts.append(try await expansionFact(since: letter.date, database: database))
        facts.append(try await fundedBedsFact(database: database))
        return facts
    }

    /// New, reopened and surging facilities between ICE releases (detected on every import), counted
    /// from the letter's date on when it has one.
    static func expansionFact(since date: CalendarDate?, database: VigilDatabase) async throws -> LetterFact {
        let events = try await ExpansionEventQueries(database: database).all().map(\.event)
            .filter { event in date.map { event.asOf > $0 } ?? true }
        guard let first = events.map(\.previousAsOf).min(), let last = events.map(\.asOf).max() else {
            return .unavailable("New facilities and surges", reason: "No two ICE releases to compare are imported: \(LetterFact.notAvailable).")
        }
        func count(_ kind: ExpansionEventKind) -> Int { Set(events.filter { $0.kind == kind }.map(\.facilityKey)).count }
        return LetterFact(
            title: "New facilities and surges" + (date.map { " since \(Format.date($0))" } ?? ""),
            value: "\(Format.count(count(.new))) new facilities, \(Format.count(count(.reopened))) reopened, \(Format.count(count(.surge))) with a surge",
            source: "Vigil's expansion events (/alerts, `vigil export expansion-events`), from ICE's detention statistics workbooks",
            release: "releases from \(Format.date(first)) to \(Format.date(last))",
            method: "Each release compared with the one before it: new means holding people now after being absent or empty, reopened the same for a facility listed in an earlier release, a surge ADP up by at least 25% and 50 people. Facilities are counted once per kind.")
    }

    /// The latest funded-bed figure a source states (enacted before requested), never a blank read as zero.
    static func fundedBedsFact(database: VigilDatabase) async throws -> LetterFact {
        let years = try await MoneyQueries(database: database).fundedBeds()
        guard let latest = years.filter({ $0.beds != nil && $0.isEnacted }).max(by: { $0.fiscalYear < $1.fiscalYear }),
              let beds = latest.beds else {
            return .unavailable("Funded beds", reason: "No funded-beds figure is imported (`vigil import funded-beds`): \(LetterFact.notAvailable).")
        }
        return LetterFact(
            title: "Funded beds",
            value: "\(Format.count(beds)) beds in FY\(latest.fiscalYear) (\(latest.status))",
            source: "funded_beds.csv, row \(latest.sourceRow)" + (latest.sourceURL.map { ", citing \($0)" } ?? "") + " (CC BY-SA 4.0)",
            release: "FY\(latest.fiscalYear)",
            method: "The newest fiscal year whose source states an enacted bed figure; a year with no bed minimum is shown as such, never as zero.")
    }

    /// The letter's "over N% … private companies", checked against the computed range.
    static func privateClaimCheck(_ text: String, _ claim: PrivateShareClaim) -> String? {
        guard let threshold = claimedPercent(in: text, near: "private") else { return nil }
        let low = claim.lowerBound ?? 0, high = claim.upperBound ?? 0
        let said = "The letter says over \(threshold)% are detained at facilities run by private companies."
        if low > Double(threshold) / 100 {
            return "\(said) Vigil's figure bears this out: at least \(Format.percent(low)), even counting every facility with no operator evidence as public."
        }
        if high <= Double(threshold) / 100 {
            return "\(said) Vigil's figure differs: at most \(Format.percent(high)), even counting every facility with no operator evidence as private."
        }
        return "\(said) Vigil's figure neither confirms nor refutes it: between \(Format.percent(low)) and \(Format.percent(high)), depending on the facilities with no operator evidence."
    }

    /// The first "over N%" (or "N%") in the sentence that mentions `word`.
    static func claimedPercent(in text: String, near word: String) -> Int? {
        for sentence in text.split(whereSeparator: { ".;".contains($0) }) where sentence.lowercased().contains(word) {
            let tokens = sentence.split(whereSeparator: \.isWhitespace)
            for token in tokens where token.hasSuffix("%") {
                if let value = Int(token.dropLast()) { return value }
            }
        }
        return nil
    }

    /// The letter's "deaths … at record numbers", checked against the archive's years.
    static func recordClaimCheck(_ text: String, year: Int, perYear: [Int: Int]) -> String? {
        let lower = text.lowercased()
        guard lower.contains("record"), lower.contains("death"), let top = perYear.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return nil }
        let count = perYear[year] ?? 0
        let said = "The letter says deaths in detention are at record numbers."
        if count >= top.value {
            return "\(said) In Vigil's archive FY\(year) has the most deaths of any fiscal year (\(Format.count(count)))."
        }
        return "\(said) Vigil's archive differs: FY\(year) has \(Format.count(count)), fewer than FY\(top.key)'s \(Format.count(top.value))."
    }
}
