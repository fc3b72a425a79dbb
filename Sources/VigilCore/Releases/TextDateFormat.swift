/// How a date cell written as text spelled its date, named in an anomaly (`anomaly.text_date.format.*`).
public enum TextDateFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// `2023-04-05`, optionally followed by a time.
    case yearMonthDay = "year_month_day"
    /// `4/5/2023`, `04/05/23`, `4-5-2023`.
    case monthDayYear = "month_day_year"
    /// `April 5, 2023`, `Apr. 5 2023`.
    case monthNameDayYear = "month_name_day_year"
    /// `5-Apr-2023`.
    case dayMonthNameYear = "day_month_name_year"
}
