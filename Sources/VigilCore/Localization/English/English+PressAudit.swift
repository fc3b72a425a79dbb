extension Catalogue {
    static let englishPressAudit: [String: String] = [
        "press_audit.all_outlets": "All outlets",
        "press_audit.audit_an_article": "Audit an article",
        "press_audit.audit_and_save": "Audit and save",
        "press_audit.check_an_article_s_quotations_numbers": "Check an article's quotations, numbers, names and claims against a letter.",
        "press_audit.claims": "Claims",
        "press_audit.every_finding": "every finding",
        "press_audit.how_the_audit_decides_and_what": "How the audit decides, and what it cannot see",
        "press_audit.no_article_has_been_audited_against": "No article has been audited against this letter yet.",
        "press_audit.nothing_was_saved": "Nothing was saved:",
        "press_audit.numbers": "Numbers",
        "press_audit.optional_https": "Optional: https://…",
        "press_audit.optional_yyyy_mm_dd_as_published": "Optional: YYYY-MM-DD, as published.",
        "press_audit.organizations": "Organizations",
        "press_audit.press_audits": "Press audits",
        "press_audit.quotations": "Quotations",
        "press_audit.the_article": "the article",
        "press_audit.the_article_s_text_one_paragraph": "The article's text, one paragraph a line.",
        "press_audit.the_findings": "the findings",
        "press_audit.the_headline_it_names_the_article": "The headline; it names the article in exports.",
        "press_audit.the_publication_fox_news_daily_caller": "The publication: “Fox News”, “Daily Caller”.",
    ]
}
