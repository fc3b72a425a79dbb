import Plot

/// The press audit's rules and their limits, in words, for the report and roll-up pages: the
/// audit flags for a person to judge; it does not accuse.
enum PressAuditRules {
    static func section() -> Node<HTML.BodyContext> {
        .details(.class("panel press-rules"),
            .summary(.text(t("press_audit.how_the_audit_decides_and_what"))),
            .p(.text("""
                The audit flags passages for a person to read against the letter. A flag is not a finding of bad faith: \
                a reporter may quote another document, paraphrase fairly in words the rules do not know, or count \
                signatories on another day. Every verdict comes from a fixed rule, named in its note.
                """)),
            .h3(.text(t("press_audit.quotations"))),
            .p(.text("""
                Every passage in straight or curly quotation marks (and a paragraph set off after a line ending in a colon) \
                is aligned word by word to the letter, with case, punctuation, dashes, curly quotes, spacing and ellipses \
                at either end set aside. exact: the letter's words. altered-indicated: every change is marked, by brackets \
                (“[they]”) or an ellipsis in place of left-out words. misquote: a word differs, is added or is left out \
                with no mark, including a changed ending (“upend” for “upending”) or a dropped “not”. not-found: fewer \
                than three in five of its words are in the letter, or no three in a row; it may quote someone else.
                """)),
            .h3(.text(t("press_audit.numbers"))),
            .p(.text("""
                Numbers outside quotation marks in a sentence naming the letter or its signers. Counts of organizations are \
                compared with the approved signatories, the lead organization included (“192 other signatories” agrees \
                with 193); counts of demands with the letter's numbered demands; percentages with the letter's; dates and \
                weekdays with the letter's date. Hedges count: “nearly 200” agrees with 193. agrees, contradicts (with the \
                letter's figure) or unsupported (the letter states nothing to compare).
                """)),
            .h3(.text(t("press_audit.organizations"))),
            .p(.text("""
                Names in a list after “including” and capitalised names ending in words such as Network, Center or Project, \
                compared with the approved signatories as the letter's review compares names (case, punctuation, “The”, \
                “&”, state names folded). listed; ambiguous when the name fits several (“Make the Road”); not-listed with \
                the closest signatory by spelling. Names the rules do not recognise as organizations are not checked.
                """)),
            .h3(.text(t("press_audit.claims"))),
            .p(.text("""
                Sentences saying what the letter or its signers want, demand, ask or say, mostly outside quotation marks. \
                Each is matched to the letter's sentences by shared words weighed by rarity. polarity-flip: it asks to grow \
                or keep what the letter asks to end (end, close, halt against expand, open, turn over to), a negation \
                included. scope-overreach: it says “all”, “every” or “everyone” where the letter is partial (“starting with”, \
                “particularly”). supported: at least 40% of its weighed words are in the matched sentence or two; otherwise \
                unsupported. The rules know a short list of verbs; a paraphrase in other words can be marked unsupported, \
                and irony, conditionals and reported speech of third parties are not understood.
                """)),
            .p(.class("muted small"), .text("""
                Offsets (start, end) in downloads count Unicode scalars of the article's text, end exclusive.
                """)))
    }
}
