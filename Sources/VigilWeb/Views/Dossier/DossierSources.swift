import VigilCore
import VigilStore

/// The numbered source list at the end of a dossier. Each fact cites a number; the same source
/// cited twice keeps its first number, so the list reads in the order sources are first used.
struct DossierSources: Sendable {
    struct Source: Sendable, Hashable {
        var number: Int
        var title: String
        /// File name, as-of date, SHA-256: what lets a reader find the exact document.
        var detail: String
        var url: String?
    }

    private(set) var sources: [Source] = []
    private var numbers: [String: Int] = [:]

    /// The number of the source identified by `key`, adding it on first use.
    mutating func cite(_ key: String, title: String, detail: String, url: String? = nil) -> Int {
        if let number = numbers[key] { return number }
        let number = sources.count + 1
        numbers[key] = number
        sources.append(Source(number: number, title: title, detail: detail, url: url))
        return number
    }

    mutating func cite(release: ReleaseReference) -> Int {
        cite("release:\(release.releaseID)", title: t("dossier.source_workbook", ["file": release.fileName]),
             detail: t("dossier.source_workbook_detail", ["date": release.asOfDate.iso, "sha": release.sha256]))
    }

    mutating func cite(operatorRecord record: OperatorRecord) -> Int {
        cite("operator:\(record.source)", title: t("dossier.source_facility_list", ["source": record.source]),
             detail: [t("dossier.source_as_of", ["date": record.asOfDate.iso]), record.citation ?? record.sourceRow.map { t("dossier.source_row", ["row": String($0)]) }]
                .compactMap { $0 }.joined(separator: "; "))
    }

    mutating func cite(deathList fileName: String, sha256: String, url: String?) -> Int {
        cite("deaths:\(sha256)", title: t("dossier.source_deaths", ["file": fileName]), detail: "SHA-256 \(sha256)", url: url)
    }

    mutating func cite(dailySeries series: DailySeries) -> Int {
        cite("daily:\(series.sha256)", title: t("dossier.source_daily", ["file": series.fileName]),
             detail: t("dossier.source_daily_detail", ["from": series.coverage.lowerBound.iso, "to": series.coverage.upperBound.iso, "sha": series.sha256]))
    }

    /// The workbook a segregation month was read from; the same number as its release elsewhere.
    mutating func cite(segregationFrom month: SegregationMonth) -> Int {
        cite("release:\(month.releaseID)", title: t("dossier.source_workbook", ["file": month.sourceFileName]),
             detail: t("dossier.source_segregation_detail", ["date": month.releaseAsOfDate.iso, "sheet": month.sheet]))
    }

    /// Who documented an incident and where, and when it was recorded (not by whom: editors stay unnamed in print).
    mutating func cite(incident: IncidentRow) -> Int {
        cite("incident-source:\(incident.sourceTitle)|\(incident.sourceURL ?? "")|\(incident.documentedBy)",
             title: IncidentComponents.sourceTitle(incident),
             detail: t("dossier.source_incident_detail", ["by": incident.documentedBy, "date": String(incident.recordedAt.prefix(10))]),
             url: incident.sourceURL)
    }
}
