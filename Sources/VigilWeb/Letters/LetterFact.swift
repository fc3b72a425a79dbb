/// One figure of a letter's fact sheet, with where it comes from, or the plain statement that
/// this database does not hold it.
struct LetterFact: Sendable, Hashable {
    var title: String
    /// The figure as shown; nil when the database has nothing to compute it from.
    var value: String?
    var source: String
    /// The release or file edition the figure is from (its as-of date).
    var release: String
    var method: String
    /// Where the letter says something the figure does not bear out (or does), said plainly.
    var claimCheck: String?

    static var notAvailable: String { t("letters.fact.not_available") }

    /// A fact the database cannot give: no guess is shown in its place.
    static func unavailable(_ title: String, reason: String) -> LetterFact {
        LetterFact(title: title, value: nil, source: reason, release: "—", method: "—", claimCheck: nil)
    }
}
