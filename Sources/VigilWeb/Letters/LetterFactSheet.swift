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
                title: t("letters.fact.adp.title"),
                value: t("letters.fact.people", ["count": Format.count(latest.totalAverageDailyPopulation)]),
                source: t("letters.fact.adp.source", ["file": file.fileName, "hash": Format.shortHash(file.sha256)])
                    + (latest.isSynthetic ? t("letters.fact.synthetic") : ""),
                release: t("letters.fact.as_of_year", ["date": Format.date(latest.asOfDate), "year": "\(latest.fiscalYear)"]),
                method: t("letters.fact.adp.method")))
        } else {
            facts.append(.unavailable(t("letters.fact.adp.title"), reason: t("letters.fact.adp.missing", ["not_available": LetterFact.notAvailable])))
        }
        let midnight = try await DailyPopulationQueries(database: database).nationalMidnightSeries()
        if let series = midnight.max(by: { $0.coverage.upperBound < $1.coverage.upperBound }),
           let last = series.days.last {
            facts.append(LetterFact(
                title: t("letters.fact.midnight.title"),
                value: t("letters.fact.midnight.value", ["count": Format.count(last.population), "date": Format.date(last.date)]),
                source: "\(series.fileName) (\(series.source.rawValue), SHA-256 \(Format.shortHash(series.sha256)))",
                release: t("letters.fact.midnight.covering", ["from": Format.date(series.coverage.lowerBound), "to": Format.date(series.coverage.upperBound)]),
                method: t("letters.fact.midnight.method")))
        } else {
            facts.append(.unavailable(t("letters.fact.midnight.title"), reason: t("letters.fact.midnight.missing", ["not_available": LetterFact.notAvailable])))
        }
        if let latest = releases.last,
           let national = try await PrivateShareQueries(database: database).shares(ofRelease: latest.id).first(where: { $0.areaKind == .national }),
           national.totalADP > 0 {
            let claim = PrivateShareClaim(national)
            let low = Format.percent(claim.lowerBound), high = Format.percent(claim.upperBound)
            facts.append(LetterFact(
                title: t("letters.fact.private.title"),
                value: low == high ? t("letters.fact.private.value", ["share": low]) : t("letters.fact.private.range", ["low": low, "high": high]),
                source: t("letters.fact.private.source", ["file": latest.primaryFile.fileName]),
                release: t("letters.fact.as_of", ["date": Format.date(latest.asOfDate)]),
                method: t("letters.fact.private.method", ["unknown": Format.count(national.unknownFacilities)]),
                claimCheck: privateClaimCheck(text, claim)))
        } else {
            facts.append(.unavailable(t("letters.fact.private.title"),
                                      reason: t("letters.fact.private.missing", ["not_available": LetterFact.notAvailable])))
        }
        let deaths = try await DeathQueries(database: database).all()
        if !deaths.isEmpty {
            var perYear: [Int: Int] = [:]
            for death in deaths { perYear[death.sortDate.fiscalYear, default: 0] += 1 }
            let files = Set(deaths.flatMap { $0.sources.map(\.fileName) }).sorted()
            let year = letter.date?.fiscalYear ?? perYear.keys.max()!
            let count = perYear[year] ?? 0
            facts.append(LetterFact(
                title: t("letters.fact.deaths.title"),
                value: t("letters.fact.deaths.value", ["count": Format.count(count), "year": String(year), "total": Format.count(deaths.count),
                                                       "first": String(perYear.keys.min()!)]),
                source: t("letters.fact.deaths.source", ["files": files.joined(separator: ", ")]),
                release: t("letters.fact.deaths.release", ["year": String(year)]),
                method: t("letters.fact.deaths.method"),
                claimCheck: recordClaimCheck(text, year: year, perYear: perYear)))
        } else {
            facts.append(.unavailable(t("letters.fact.deaths.title"), reason: t("letters.fact.deaths.missing", ["not_available": LetterFact.notAvailable])))
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
            return .unavailable(t("letters.fact.expansion.title"), reason: t("letters.fact.expansion.missing", ["not_available": LetterFact.notAvailable]))
        }
        func count(_ kind: ExpansionEventKind) -> Int { Set(events.filter { $0.kind == kind }.map(\.facilityKey)).count }
        return LetterFact(
            title: date.map { t("letters.fact.expansion.title_since", ["date": Format.date($0)]) } ?? t("letters.fact.expansion.title"),
            value: t("letters.fact.expansion.value", ["new": Format.count(count(.new)), "reopened": Format.count(count(.reopened)),
                                                      "surge": Format.count(count(.surge))]),
            source: t("letters.fact.expansion.source"),
            release: t("letters.fact.expansion.releases", ["from": Format.date(first), "to": Format.date(last)]),
            method: t("letters.fact.expansion.method"))
    }

    /// The latest funded-bed figure a source states (enacted before requested), never a blank read as zero.
    static func fundedBedsFact(database: VigilDatabase) async throws -> LetterFact {
        let years = try await MoneyQueries(database: database).fundedBeds()
        guard let latest = years.filter({ $0.beds != nil && $0.isEnacted }).max(by: { $0.fiscalYear < $1.fiscalYear }),
              let beds = latest.beds else {
            return .unavailable(t("letters.fact.beds.title"), reason: t("letters.fact.beds.missing", ["not_available": LetterFact.notAvailable]))
        }
        return LetterFact(
            title: t("letters.fact.beds.title"),
            value: t("letters.fact.beds.value", ["count": Format.count(beds), "year": String(latest.fiscalYear), "status": latest.status]),
            source: t("letters.fact.beds.source", ["row": String(latest.sourceRow)])
                + (latest.sourceURL.map { t("letters.fact.beds.citing", ["url": $0]) } ?? "") + " (CC BY-SA 4.0)",
            release: t("letters.fact.fiscal_year", ["year": String(latest.fiscalYear)]),
            method: t("letters.fact.beds.method"))
    }

    /// The letter's "over N% … private companies", checked against the computed range.
    static func privateClaimCheck(_ text: String, _ claim: PrivateShareClaim) -> String? {
        guard let threshold = claimedPercent(in: text, near: "private") else { return nil }
        let low = claim.lowerBound ?? 0, high = claim.upperBound ?? 0
        let said = t("letters.fact.private.said", ["threshold": String(threshold)])
        if low > Double(threshold) / 100 {
            return said + " " + t("letters.fact.private.bears_out", ["low": Format.percent(low)])
        }
        if high <= Double(threshold) / 100 {
            return said + " " + t("letters.fact.private.differs", ["high": Format.percent(high)])
        }
        return said + " " + t("letters.fact.private.neither", ["low": Format.percent(low), "high": Format.percent(high)])
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
        let said = t("letters.fact.deaths.said")
        if count >= top.value {
            return said + " " + t("letters.fact.deaths.record", ["year": String(year), "count": Format.count(count)])
        }
        return said + " " + t("letters.fact.deaths.differs", ["year": String(year), "count": Format.count(count), "top_year": String(top.key),
                                                              "top": Format.count(top.value)])
    }
}
