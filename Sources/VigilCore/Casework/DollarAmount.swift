import Foundation

/// Money as people write it (`1500`, `$1,500`, `1500.00`), read into whole cents. Never a
/// floating-point number: cents are counted exactly.
public enum DollarAmount {
    /// The same strict reading as `Cents(parsing:)`, which bond funds use too: one parser for money.
    public static func cents(from text: String) -> Int? {
        (try? Cents(parsing: text))?.value
    }

    /// `$1,500` or `$1,500.50`.
    public static func format(cents: Int) -> String {
        let dollars = cents / 100
        let remainder = cents % 100
        var digits = String(dollars)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return "$" + digits + grouped + (remainder == 0 ? "" : String(format: ".%02d", remainder))
    }
}
