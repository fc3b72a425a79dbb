import Foundation

/// The languages Vigil's own words are written in. Data stays as published: ICE's facility names,
/// the letter's text and what people type are never translated.
public enum SiteLanguage: String, CaseIterable, Sendable, Hashable {
    case english = "en"
    case spanish = "es"

    /// The BCP 47 tag, for `<html lang>`, `hreflang`, `Content-Language` and `?lang=`.
    public var code: String { rawValue }

    /// The language's name in itself, for the link that switches to it.
    public var nativeName: String {
        switch self {
        case .english: "English"
        case .spanish: "Español"
        }
    }

    /// The language of the page being drawn. Set once per request by the web layer (and per
    /// message by mailers), so views and formatters need not carry it through every call.
    @TaskLocal public static var current: SiteLanguage = .english

    /// `es`, `ES`, `es-MX` and `es_419` all read as Spanish; anything else Vigil does not speak is nil.
    public init?(tag: String) {
        let primary = tag.trimmingCharacters(in: .whitespaces).lowercased()
            .split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard let language = SiteLanguage(rawValue: primary) else { return nil }
        self = language
    }

    /// The language a browser prefers among those Vigil speaks, from an `Accept-Language` header
    /// (RFC 9110, 12.5.4): the highest weight wins, earlier entries win ties, `q=0` means "not this".
    public static func preferred(acceptLanguage header: String?) -> SiteLanguage? {
        guard let header else { return nil }
        var best: (language: SiteLanguage, weight: Double)?
        for entry in header.split(separator: ",") {
            let parts = entry.split(separator: ";")
            guard let tag = parts.first, let language = SiteLanguage(tag: String(tag)) else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if pair.count == 2, pair[0].lowercased() == "q", let value = Double(pair[1]) { weight = value }
            }
            if weight > 0, weight > (best?.weight ?? 0) { best = (language, weight) }
        }
        return best?.language
    }
}
