/// ICE Directive 11032.4 (1 July 2021): ICE generally should not detain a pregnant,
/// postpartum (within a year) or nursing person unless release is prohibited by law or
/// exceptional circumstances exist. A mandatory-detention ground is such a prohibition.
extension ReleaseScreener {
    func pregnancyDirectivePath(_ facts: ScreeningFacts, asOf: CalendarDate, grounds: MandatoryDetentionGrounds) -> ScreeningPath {
        let rule = ScreeningRule.pregnancyDirective
        if let reason = rule.notYetInForce(on: asOf) { return rule.path(.notMet, because: [reason], missing: []) }
        var because: [CatalogueText] = []
        var missing: [CatalogueText] = []
        if facts.pregnant == true {
            because.append(Self.pregnantText)
            missing.append(CatalogueText("screener.pregnancy.confirmation"))
        }
        if let birth = facts.postpartumSince {
            if Self.isWithinPostpartumYear(birth, asOf: asOf) {
                because.append(CatalogueText("screener.pregnancy.postpartum", ["date": birth.iso, "as_of": asOf.iso, "until": Self.anniversary(of: birth).iso]))
                missing.append(CatalogueText("screener.pregnancy.birth_record"))
            } else if birth <= asOf {
                because.append(CatalogueText("screener.pregnancy.no_longer_postpartum", ["date": birth.iso, "as_of": asOf.iso]))
            }
        }
        if facts.nursing == true {
            because.append(CatalogueText("screener.nursing"))
            missing.append(CatalogueText("screener.pregnancy.nursing_record"))
        }
        guard !missing.isEmpty else {
            var reasons = because
            if facts.pregnant == nil || facts.nursing == nil {
                reasons.append(CatalogueText("screener.pregnancy.not_all_known"))
                return rule.path(.notMet, because: reasons, missing: [CatalogueText("screener.pregnancy.question")])
            }
            reasons.append(CatalogueText("screener.pregnancy.none"))
            return rule.path(.notMet, because: reasons, missing: [])
        }
        because.append(CatalogueText("screener.pregnancy.should_not_detain"))
        if grounds.arrival.finding == .applies {
            because.append(CatalogueText("screener.pregnancy.arriving"))
        }
        return MandatoryDetentionGrounds.applying(grounds.blockingDiscretionaryRelease, to: rule.path(.meets, because: because, missing: missing))
    }
}
