import Foundation

/// Money as people write it (`1500`, `$1,500`, `1500.00`), read into whole cents. Never a
/// floating-point number: cents are counted exactly.
public enum DollarAmount {
    public static func cents(from text: String) -> Int? {
        var rest = text.trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("$") { rest.removeFirst() }
        rest = rest.replacingOccurrences(of: ",", with: "")
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 9, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let dollars = Int(parts[0]) else { return nil }
        var cents = 0
        if parts.count == 2 {
            guard parts[1].count == 2, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(parts[1]) else { return nil }
            cents = value
        }
        return dollars * 100 + cents
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
