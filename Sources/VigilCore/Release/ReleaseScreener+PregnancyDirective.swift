/// ICE Directive 11032.4 (1 July 2021): ICE generally should not detain a pregnant,
/// postpartum (within a year) or nursing person unless release is prohibited by law or
/// exceptional circumstances exist. A mandatory-detention ground is such a prohibition.
extension ReleaseScreener {
    func pregnancyDirectivePath(_ facts: ScreeningFacts, asOf: CalendarDate, grounds: MandatoryDetentionGrounds) -> ScreeningPath {
        let rule = ScreeningRule.pregnancyDirective
        if let reason = rule.notYetInForce(on: asOf) { return rule.path(.notMet, because: [reason], missing: []) }
        var because: [String] = []
        var missing: [String] = []
        if facts.pregnant == true {
            because.append("pregnant")
            missing.append("medical confirmation of the pregnancy and its due date")
        }
        if let birth = facts.postpartumSince {
            if Self.isWithinPostpartumYear(birth, asOf: asOf) {
                because.append("postpartum: gave birth on \(birth.iso), within a year of \(asOf.iso) (until \(Self.anniversary(of: birth).iso))")
                missing.append("the child's birth certificate or a hospital record of the delivery")
            } else if birth <= asOf {
                because.append("gave birth on \(birth.iso), more than a year before \(asOf.iso): no longer postpartum under the directive")
            }
        }
        if facts.nursing == true {
            because.append("nursing")
            missing.append("a medical or lactation record that the person is nursing")
        }
        guard !missing.isEmpty else {
            var reasons = because
            if facts.pregnant == nil || facts.nursing == nil {
                reasons.append("pregnancy, a birth within the year and nursing not all known")
                return rule.path(.notMet, because: reasons, missing: ["whether the person is pregnant, gave birth in the past year, or is nursing"])
            }
            reasons.append("not pregnant, postpartum or nursing")
            return rule.path(.notMet, because: reasons, missing: [])
        }
        because.append("ICE generally should not detain: detention needs the field office director's approval and weekly re-evaluation")
        if grounds.arrival.finding == .applies {
            because.append("detained on arrival: release is by parole under 8 CFR 212.5(b)(2), which the directive supports")
        }
        return MandatoryDetentionGrounds.applying(grounds.blockingDiscretionaryRelease, to: rule.path(.meets, because: because, missing: missing))
    }
}
