/// One dated stage of a site's timeline, with the source it rests on.
public struct PipelineEvent: Sendable, Hashable {
    public var stage: PipelineStage
    public var date: CalendarDate
    /// What happened, as data for the reader's language.
    public var what: PipelineEventSummary
    /// What happened, in a line of English (the API's): “Award 70CDCR25C00000001 to THE GEO GROUP, $12,000,000”.
    public var summary: String { what.english }
    /// The source: file name, row or award id, and the licence where the data carries one.
    public var citation: String
    /// A public address for the source, when the record gives one.
    public var sourceURL: String?

    public init(stage: PipelineStage, date: CalendarDate, what: PipelineEventSummary, citation: String, sourceURL: String? = nil) {
        self.stage = stage
        self.date = date
        self.what = what
        self.citation = citation
        self.sourceURL = sourceURL
    }
}
