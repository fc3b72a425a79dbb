import VigilCore

/// How figures read on a page, in the page's language (`SiteLanguage.current`): `12,345.6` in English and
/// `12.345,6` in Spanish; `8 Jul 2024` and `8 de julio de 2024`. Independent of the server's locale, so
/// pages are the same everywhere. Downloads and the API never use this: they keep plain machine numbers.
enum Format {
    /// `12,345` — average daily populations are averages, so they are rounded for reading;
    /// the downloads keep every decimal.
    static func count(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return grouped(Int(value.rounded()))
    }

    static func count(_ value: Int) -> String { grouped(value) }

    /// `45.3`.
    static func decimal(_ value: Double?, places: Int = 1) -> String {
        guard let value, value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = scaled % Int(scale)
        var text = grouped(whole)
        if places > 0 {
            let digits = String(fraction)
            text += decimalSeparator + String(repeating: "0", count: places - digits.count) + digits
        }
        return (value < 0 && scaled != 0 ? "−" : "") + text
    }

    /// `12.3%` from a share in 0...1; `12,3 %` in Spanish, which spaces the sign.
    static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "—" }
        return decimal(share * 100, places: 1) + (SiteLanguage.current == .spanish ? "\u{00A0}%" : "%")
    }

    /// `+1,234` / `−56`: a change between releases.
    static func signedCount(_ value: Double) -> String {
        let rounded = Int(value.rounded())
        return rounded > 0 ? "+" + grouped(rounded) : (rounded < 0 ? "−" + grouped(-rounded) : "0")
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(groupSeparator) }
            out.append(character)
        }
        return (n < 0 ? "−" : "") + out
    }

    static var groupSeparator: String { SiteLanguage.current == .spanish ? "." : "," }
    static var decimalSeparator: String { SiteLanguage.current == .spanish ? "," : "." }

    /// Short month names, for charts and tables where space is tight.
    static var monthNames: [String] {
        switch SiteLanguage.current {
        case .english: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        case .spanish: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        }
    }

    static let spanishMonthNames = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                    "septiembre", "octubre", "noviembre", "diciembre"]

    /// `8 Jul 2024`; in Spanish `8 de julio de 2024`, as Spanish writes dates in running text.
    static func date(_ date: CalendarDate) -> String {
        switch SiteLanguage.current {
        case .english: "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
        case .spanish: "\(date.day) de \(spanishMonthNames[date.month - 1]) de \(date.year)"
        }
    }

    /// `Jul 2024`; `jul 2024`.
    static func month(_ date: CalendarDate) -> String {
        "\(monthNames[date.month - 1]) \(date.year)"
    }

    /// The first 12 hex digits of a SHA-256: enough to tell files apart on a page.
    static func shortHash(_ sha256: String) -> String { String(sha256.prefix(12)) }

    /// `2024-07-08T12:34:56Z` → `2024-07-08 12:34 UTC`.
    static func timestamp(_ text: String) -> String {
        guard text.count >= 16, text.dropFirst(10).first == "T" else { return text }
        let day = text.prefix(10)
        let time = text.dropFirst(11).prefix(5)
        return "\(day) \(time) UTC"
    }
}
