/// Something irregular found in a release and handled, recorded so it is never silent.
///
/// Anomalies do not stop an import: the release is stored, and the anomaly is stored
/// with it and shown on the releases page.
public struct ReleaseAnomaly: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The sheet's name carries stray spaces or a variant label (EOFY, EOYFY, YTD).
        case irregularSheetName = "irregular_sheet_name"
        /// No as-of date in the title block; the date was taken from the file name.
        case asOfDateMissing = "as_of_date_missing"
        /// The title block's date is not in the fiscal year the workbook names.
        case asOfDateOutsideFiscalYear = "as_of_date_outside_fiscal_year"
        /// The title block's date was judged wrong and replaced; the detail says by what.
        case asOfDateCorrected = "as_of_date_corrected"
        /// The date in the file name is far from the title block's date.
        case asOfDateDisagreesWithFileName = "as_of_date_disagrees_with_file_name"
        /// The sheet lists every authorized facility, including ones holding nobody.
        case fullAuthorizedFacilityList = "full_authorized_facility_list"
        /// The Male/Female column holds facility types instead of genders.
        case facilityTypeInGenderColumn = "facility_type_in_gender_column"
        /// A cell held a placeholder (`#N/A`, `*`, `N/A`, a non-breaking space, `Scheduled FY26`) read as no value.
        case placeholderValue = "placeholder_value"
        /// A date cell held an Excel serial number.
        case excelSerialDate = "excel_serial_date"
        /// A date cell held text that was parsed as a date.
        case textDate = "text_date"
        /// A cell could not be read as the kind of value its column holds; it was stored as no value.
        case unreadableValue = "unreadable_value"
        /// A row that is neither a facility nor blank (a total, a footnote) was left out.
        case skippedRow = "skipped_row"
        /// The same facility appears twice in one release.
        case duplicateFacilityRow = "duplicate_facility_row"
        /// The same release (same as-of date and table) arrived under another file name.
        case republishedUnderAnotherName = "republished_under_another_name"
        /// A block of a segregation sheet (a month, or a fiscal quarter) could not be read, e.g.
        /// no month heading above its rows; its rows were left out and the rest imported.
        case segregationBlockUnreadable = "segregation_block_unreadable"
        /// A block of a segregation sheet has a heading and rows but no column-header row; it
        /// was read with the columns of the blocks around it.
        case segregationBlockWithoutHeader = "segregation_block_without_header"
        /// A segregation block's printed Grand Total differs from the sum of its rows.
        case segregationTotalMismatch = "segregation_total_mismatch"
    }

    public var kind: Kind
    /// A sentence a person can read: what was found and what was done about it.
    public var detail: String
    /// Where it was first seen; `occurrences` says how often.
    public var location: SourceLocation?
    public var occurrences: Int
    /// The values `detail` is made of, so a page can say it in its reader's language; nil for an
    /// anomaly written as English only (and for those stored before M0024).
    public var facts: ReleaseAnomalyFacts?

    public init(_ kind: Kind, _ detail: String, at location: SourceLocation? = nil, occurrences: Int = 1,
                facts: ReleaseAnomalyFacts? = nil) {
        self.kind = kind
        self.detail = detail
        self.location = location
        self.occurrences = occurrences
        self.facts = facts
    }

    /// An anomaly given as data: its kind and English detail follow from `facts`.
    public init(_ facts: ReleaseAnomalyFacts, at location: SourceLocation? = nil, occurrences: Int = 1) {
        self.init(facts.kind, facts.englishDetail(occurrences: occurrences), at: location, occurrences: occurrences, facts: facts)
    }
}
