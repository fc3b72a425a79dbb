/// Limits every case field is checked against, on the web and in a CSV file alike.
public enum CaseRules {
    public static let maxShortTextLength = 300
    public static let maxLongTextLength = 10_000
    /// No one detained today was born before this.
    public static let earliestBirthDate = CalendarDate(year: 1900, month: 1, day: 1)!
    /// The earliest date any other case date may hold.
    public static let earliestDate = CalendarDate(year: 1950, month: 1, day: 1)!
}
