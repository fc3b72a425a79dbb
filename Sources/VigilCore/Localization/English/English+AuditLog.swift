extension Catalogue {
    static let englishAuditLog: [String: String] = [
        "audit_log.audit_log": "Audit log",
        "audit_log.details": "Details",
        "audit_log.entries_are_written_in_the_same": "Entries are written in the same transaction as the change they describe and are never edited.",
        "audit_log.every_change_to_the_record_review": "Every change to the record (review decisions, incidents, users) and every sign-in, failed or not, newest first. ",
        "audit_log.showing_the_latest": "Showing the latest {limit} entries; add ?limit=N to the address for more (up to {maximum}).",
        "audit_log.subject": "Subject",
        "audit_log.the_audit_log": "the audit log",
        "audit_log.what": "What",
        "audit_log.when_utc": "When (UTC)",
        "audit_log.who": "Who",
        "audit_log.who_changed_what_in_vigil_and": "Who changed what in Vigil, and when.",
    ]
}
