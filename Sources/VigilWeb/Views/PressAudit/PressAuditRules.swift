import Plot

/// The press audit's rules and their limits, in words, for the report and roll-up pages: the
/// audit flags for a person to judge; it does not accuse.
enum PressAuditRules {
    static func section() -> Node<HTML.BodyContext> {
        .details(.class("panel press-rules"),
            .summary(.text(t("press_audit.how_the_audit_decides_and_what"))),
            .p(.text(t("press_audit.rules.intro"))),
            .h3(.text(t("press_audit.quotations"))),
            .p(.text(t("press_audit.rules.quotations"))),
            .h3(.text(t("press_audit.numbers"))),
            .p(.text(t("press_audit.rules.numbers"))),
            .h3(.text(t("press_audit.organizations"))),
            .p(.text(t("press_audit.rules.organizations"))),
            .h3(.text(t("press_audit.claims"))),
            .p(.text(t("press_audit.rules.claims"))),
            .p(.class("muted small"), .text(t("press_audit.rules.offsets"))))
    }
}
