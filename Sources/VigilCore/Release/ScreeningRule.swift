/// A published rule the screener applies: its name, where it is written, and since when.
///
/// The sources and dates are those of `release/screening-criteria.md`; where that file gives
/// no date (the INA sections and 8 CFR 212.5 as they stand since IIRIRA), the date is the one
/// those provisions took effect, 1 April 1997. `docs/release-screener.md` lists them all.
public struct ScreeningRule: Sendable, Hashable {
    public var kind: ScreeningPath.Kind
    public var name: String
    public var source: String
    /// ISO 8601 at the precision the source states it (`2021-07-01`, `2022-04`, `2006`).
    public var effective: String
    /// The first day the rule can apply, for screening as of an earlier day.
    public var inForceFrom: CalendarDate

    /// A path under this rule.
    func path(_ status: ScreeningPath.Status, because: [String], missing: [String]) -> ScreeningPath {
        ScreeningPath(rule: name, kind: kind, status: status, because: because, missingEvidence: missing, source: source, effective: effective)
    }

    /// Whether the rule existed on `date`, and if not the reason a path gives.
    func notYetInForce(on date: CalendarDate) -> String? {
        date < inForceFrom ? "\(name) did not apply yet on \(date.iso): it applies from \(effective)" : nil
    }
}

extension ScreeningRule {
    /// IIRIRA's amendments to the INA, and 8 CFR 212.5 as rewritten for them, took effect on this day.
    static let iirira = CalendarDate(year: 1997, month: 4, day: 1)!

    static func parole(_ group: Int, _ title: String) -> ScreeningRule {
        ScreeningRule(kind: .parole, name: "8 CFR 212.5(b)(\(group)): \(title)",
                      source: "8 CFR 212.5(b) (parole by ICE field office directors; conditions in 212.5(d))",
                      effective: iirira.iso, inForceFrom: iirira)
    }

    static let paroleMedical = parole(1, "serious medical condition")
    static let parolePregnant = parole(2, "pregnant")
    static let paroleJuvenile = parole(3, "juvenile")
    static let paroleWitness = parole(4, "witness")
    static let parolePublicInterest = parole(5, "continued detention not in the public interest")

    static let pregnancyDirective = ScreeningRule(
        kind: .pregnancyDirective, name: "ICE Directive 11032.4: pregnant, postpartum or nursing",
        source: "ICE Directive 11032.4, Identification and Monitoring of Pregnant, Postpartum, or Nursing Individuals (1 July 2021)",
        effective: "2021-07-01", inForceFrom: CalendarDate(year: 2021, month: 7, day: 1)!)

    static let mentalHealthDirective = ScreeningRule(
        kind: .mentalHealthDirective, name: "ICE Directive 11063.2: serious mental disorder or condition",
        source: "ICE Directive 11063.2, Identification, Monitoring, and Release Planning for Noncitizens with Serious Mental Disorders or Conditions (April 2022)",
        effective: "2022-04", inForceFrom: CalendarDate(year: 2022, month: 4, day: 1)!)

    /// The day the Ninth Circuit reversed the Fraihat injunction.
    static let fraihatReversed = CalendarDate(year: 2021, month: 10, day: 20)!

    static let fraihatRiskFactors = ScreeningRule(
        kind: .fraihat, name: "Fraihat subclass 1: risk factors",
        source: "Fraihat v. ICE (C.D. Cal., preliminary injunction of 20 April 2020; reversed by the Ninth Circuit on 20 October 2021)",
        effective: "2020-04-20", inForceFrom: CalendarDate(year: 2020, month: 4, day: 20)!)

    static let fraihatDisability = ScreeningRule(
        kind: .fraihat, name: "Fraihat subclass 2: disability",
        source: fraihatRiskFactors.source + "; Rehabilitation Act section 504",
        effective: "2020-04-20", inForceFrom: CalendarDate(year: 2020, month: 4, day: 20)!)

    static let criminalGrounds = ScreeningRule(
        kind: .mandatoryDetention, name: "INA 236(c): mandatory detention on criminal grounds",
        source: "INA 236(c), 8 U.S.C. 1226(c)", effective: iirira.iso, inForceFrom: iirira)

    static let arrival = ScreeningRule(
        kind: .mandatoryDetention, name: "INA 235(b): arriving person or expedited removal",
        source: "INA 235(b), 8 U.S.C. 1225(b)", effective: iirira.iso, inForceFrom: iirira)

    static let finalOrder = ScreeningRule(
        kind: .mandatoryDetention, name: "INA 241(a): final order of removal",
        source: "INA 241(a), 8 U.S.C. 1231(a)", effective: iirira.iso, inForceFrom: iirira)

    static let bond = ScreeningRule(
        kind: .bond, name: "Bond redetermination: the Guerra factors",
        source: "Matter of Guerra, 24 I&N Dec. 37 (BIA 2006); minimum bond $1,500, INA 236(a)(2)(A)",
        effective: "2006", inForceFrom: CalendarDate(year: 2006, month: 1, day: 1)!)

    /// The rule a TPS path applies: one designation.
    static func tps(_ designation: TPSDesignation) -> ScreeningRule {
        ScreeningRule(kind: .tps, name: "TPS \(designation.country) \(designation.designation) (\(designation.kind))",
                      source: designation.source, effective: designation.inForce.lowerBound.iso,
                      inForceFrom: designation.inForce.lowerBound)
    }
}
