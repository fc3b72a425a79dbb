/// A published rule the screener applies: its name, where it is written, and since when.
///
/// The sources and dates are those of `release/screening-criteria.md`; where that file gives
/// no date (the INA sections and 8 CFR 212.5 as they stand since IIRIRA), the date is the one
/// those provisions took effect, 1 April 1997. `docs/release-screener.md` lists them all.
public struct ScreeningRule: Sendable, Hashable {
    public var kind: ScreeningPath.Kind
    /// The rule's name, as words a page draws in its language.
    public var title: CatalogueText
    /// Its legal source (see `ScreeningPath.sourceText`).
    public var source: CatalogueText
    /// ISO 8601 at the precision the source states it (`2021-07-01`, `2022-04`, `2006`).
    public var effective: String
    /// The first day the rule can apply, for screening as of an earlier day.
    public var inForceFrom: CalendarDate

    /// The rule's name in English.
    public var name: String { title.english }

    /// A path under this rule.
    func path(_ status: ScreeningPath.Status, because: [CatalogueText], missing: [CatalogueText]) -> ScreeningPath {
        ScreeningPath(title: title, kind: kind, status: status, reasons: because, evidence: missing, source: source, effective: effective)
    }

    /// Whether the rule existed on `date`, and if not the reason a path gives.
    func notYetInForce(on date: CalendarDate) -> CatalogueText? {
        date < inForceFrom
            ? CatalogueText("screener.not_yet_in_force", ["date": date.iso, "effective": effective], parts: ["rule": title]) : nil
    }
}

extension ScreeningRule {
    /// IIRIRA's amendments to the INA, and 8 CFR 212.5 as rewritten for them, took effect on this day.
    static let iirira = CalendarDate(year: 1997, month: 4, day: 1)!

    static func parole(_ group: Int, _ title: CatalogueText) -> ScreeningRule {
        ScreeningRule(kind: .parole, title: CatalogueText("screener.rule.parole", ["group": String(group)], parts: ["title": title]),
                      source: CatalogueText("screener.source.parole"),
                      effective: iirira.iso, inForceFrom: iirira)
    }

    static let paroleMedical = parole(1, CatalogueText("screener.rule.parole_medical"))
    static let parolePregnant = parole(2, CatalogueText("screener.rule.parole_pregnant"))
    static let paroleJuvenile = parole(3, CatalogueText("screener.rule.parole_juvenile"))
    static let paroleWitness = parole(4, CatalogueText("screener.rule.parole_witness"))
    static let parolePublicInterest = parole(5, CatalogueText("screener.rule.parole_public_interest"))

    static let pregnancyDirective = ScreeningRule(
        kind: .pregnancyDirective, title: CatalogueText("screener.rule.pregnancy_directive"),
        source: CatalogueText("screener.source.pregnancy_directive"),
        effective: "2021-07-01", inForceFrom: CalendarDate(year: 2021, month: 7, day: 1)!)

    static let mentalHealthDirective = ScreeningRule(
        kind: .mentalHealthDirective, title: CatalogueText("screener.rule.mental_health_directive"),
        source: CatalogueText("screener.source.mental_health_directive"),
        effective: "2022-04", inForceFrom: CalendarDate(year: 2022, month: 4, day: 1)!)

    /// The day the Ninth Circuit reversed the Fraihat injunction.
    static let fraihatReversed = CalendarDate(year: 2021, month: 10, day: 20)!

    static let fraihatRiskFactors = ScreeningRule(
        kind: .fraihat, title: CatalogueText("screener.rule.fraihat_risk_factors"),
        source: CatalogueText("screener.source.fraihat"),
        effective: "2020-04-20", inForceFrom: CalendarDate(year: 2020, month: 4, day: 20)!)

    static let fraihatDisability = ScreeningRule(
        kind: .fraihat, title: CatalogueText("screener.rule.fraihat_disability"),
        source: CatalogueText("screener.source.fraihat_disability", parts: ["fraihat": fraihatRiskFactors.source]),
        effective: "2020-04-20", inForceFrom: CalendarDate(year: 2020, month: 4, day: 20)!)

    static let criminalGrounds = ScreeningRule(
        kind: .mandatoryDetention, title: CatalogueText("screener.rule.criminal_grounds"),
        source: .verbatim("INA 236(c), 8 U.S.C. 1226(c)"), effective: iirira.iso, inForceFrom: iirira)

    static let arrival = ScreeningRule(
        kind: .mandatoryDetention, title: CatalogueText("screener.rule.arrival"),
        source: .verbatim("INA 235(b), 8 U.S.C. 1225(b)"), effective: iirira.iso, inForceFrom: iirira)

    static let finalOrder = ScreeningRule(
        kind: .mandatoryDetention, title: CatalogueText("screener.rule.final_order"),
        source: .verbatim("INA 241(a), 8 U.S.C. 1231(a)"), effective: iirira.iso, inForceFrom: iirira)

    static let bond = ScreeningRule(
        kind: .bond, title: CatalogueText("screener.rule.bond"),
        source: CatalogueText("screener.source.bond"),
        effective: "2006", inForceFrom: CalendarDate(year: 2006, month: 1, day: 1)!)

    /// The rule a TPS path applies: one designation.
    static func tps(_ designation: TPSDesignation) -> ScreeningRule {
        ScreeningRule(kind: .tps, title: .verbatim("TPS \(designation.country) \(designation.designation) (\(designation.kind))"),
                      source: .verbatim(designation.source), effective: designation.inForce.lowerBound.iso,
                      inForceFrom: designation.inForce.lowerBound)
    }
}
