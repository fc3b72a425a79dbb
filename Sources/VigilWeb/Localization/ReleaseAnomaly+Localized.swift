import VigilCore

extension ReleaseAnomaly {
    /// The detail in the page's language, drawn from its stored facts; an anomaly without facts (stored
    /// before M0024, or written in English only) shows the English the importer wrote.
    var localizedDetail: String {
        guard let facts else { return detail }
        return facts.text(in: Catalogue.of(SiteLanguage.current), occurrences: occurrences, number: { Format.count($0) }, date: Format.date,
                          month: SegregationMonthLabel.long)
    }
}
