/// An amount of money in whole cents. Never a floating-point number: a bond fund's books must
/// add up to the cent, on every engine and after every round trip.
public struct Cents: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var value: Int

    public init(_ value: Int) { self.value = value }

    public static let zero = Cents(0)

    public static func < (a: Cents, b: Cents) -> Bool { a.value < b.value }
    public static func + (a: Cents, b: Cents) -> Cents { Cents(a.value + b.value) }
    public static func - (a: Cents, b: Cents) -> Cents { Cents(a.value - b.value) }
    public static func += (a: inout Cents, b: Cents) { a.value += b.value }
    public static func -= (a: inout Cents, b: Cents) { a.value -= b.value }
    public static prefix func - (a: Cents) -> Cents { Cents(-a.value) }

    /// `$1,500`, `$1,500.05`, `-$20`.
    public var description: String {
        (value < 0 ? "-" : "") + DollarAmount.format(cents: abs(value))
    }

    /// Always with the cents (`$1,500.00`): for books, where columns line up.
    public var withCents: String {
        let text = description
        return value % 100 == 0 ? text + ".00" : text
    }

    /// The largest amount read from text: a billion dollars, far above any bond, far below overflow.
    public static let largestParsed = Cents(100_000_000_000)

    /// Reads money as people write it, strictly: `1500`, `$1500`, `1,500.00`, `$1,500.5`.
    /// Thousands separators must group by three; a third decimal (a fraction of a cent), a sign,
    /// a stray character or an empty amount is refused with what was wrong.
    public init(parsing text: String) throws(CentsParseError) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty else { throw .empty }
        if rest.first == "-" || rest.first == "+" { throw .signed(text) }
        if rest.first == "$" { rest.removeFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw .notAnAmount(text) }
        let whole = parts[0]
        guard !whole.isEmpty else { throw .notAnAmount(text) }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        for (index, group) in groups.enumerated() {
            guard !group.isEmpty, group.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notAnAmount(text) }
            // "1,500" and "12,345,678": every group after the first has exactly three digits
            if groups.count > 1 {
                if index == 0 { guard group.count <= 3 else { throw .badGrouping(text) } }
                else { guard group.count == 3 else { throw .badGrouping(text) } }
            }
        }
        let digits = groups.joined()
        guard digits.count <= 12, let dollars = Int(digits) else { throw .tooLarge(text) }
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notAnAmount(text) }
            guard fraction.count <= 2 else { throw .fractionOfACent(text) }
            cents = Int(fraction)! * (fraction.count == 1 ? 10 : 1)
        }
        let value = dollars * 100 + cents
        guard value <= Self.largestParsed.value else { throw .tooLarge(text) }
        self.value = value
    }
}

/// Why text is not an amount of money.
public enum CentsParseError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case signed(String)
    case notAnAmount(String)
    case badGrouping(String)
    case fractionOfACent(String)
    case tooLarge(String)

    public var description: String {
        switch self {
        case .empty: "No amount was given."
        case .signed(let text): "“\(text)” has a sign: give the amount alone (the kind of entry says which way the money goes)."
        case .notAnAmount(let text): "“\(text)” is not an amount of money: write it like 1500, $1,500 or 1,500.00."
        case .badGrouping(let text): "“\(text)” groups its digits oddly: thousands separators go every three digits (1,500 or 12,345,678)."
        case .fractionOfACent(let text): "“\(text)” has a fraction of a cent: at most two digits after the point."
        case .tooLarge(let text): "“\(text)” is more than $1,000,000,000, which no bond or donation is: check the amount."
        }
    }
}
