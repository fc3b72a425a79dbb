/// A block of a segregation sheet, as its heading names it: a month of the monthly sheet, or a fiscal
/// quarter of the vulnerable-population sheet. Anomalies keep it as data so a page can name it in its
/// reader's language ("April 2024", "abril de 2024").
public enum SegregationPeriod: Sendable, Hashable, Codable {
    case month(CalendarMonth)
    case quarter(FiscalYear, quarter: Int)

    /// The sheet whose blocks are periods of this kind.
    public var sheet: SegregationSheet {
        switch self {
        case .month: .monthly
        case .quarter: .vulnerable
        }
    }
}

/// Which of ICE's two segregation sheets an anomaly was found on; the catalogue's words for its
/// blocks and rows (`anomaly.segregation.*.<sheet>`) differ by sheet.
public enum SegregationSheet: String, Sendable, Hashable, Codable, CaseIterable {
    /// "Monthly Segregation": a block per month, a row per facility.
    case monthly
    /// "Vulnerable & Special Population": a block per fiscal quarter, a row per placement reason.
    case vulnerable
}
