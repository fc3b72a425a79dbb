extension Catalogue {
    static let englishOperators: [String: String] = [
        "operators.add_a_cited_operator_record": "Add a cited operator record",
        "operators.add_the_record": "Add the record",
        "operators.for": "For ",
        "operators.kind.private": "private",
        "operators.kind.public": "public",
        "operators.kind.unknown": "unknown",
        "operators.method.cited-record": "cited-record",
        "operators.method.contract-award": "contract-award",
        "operators.method.facility-type": "facility-type",
        "operators.method.local-government-inference": "local-government-inference",
        "operators.method.name-and-place": "name-and-place",
        "operators.operators": "Operators",
        "operators.optional": " (optional)",
        "operators.records_are_added_never_overwritten_the": "). Records are added, never overwritten: the facility keeps every record with its date and citation.",
        "operators.required_the_document_page_or_contract": "Required: the document, page or contract, precise enough for someone else to check.",
        "operators.the_date_the_source_speaks_for": "The date the source speaks for.",
        "operators.who_runs_it_day_to_day": "Who runs it day to day, as the source names it (e.g. GEO Group, CoreCivic, Butler County Sheriff).",
    ]
}
