extension Catalogue {
    static let spanishAuditLog: [String: String] = [
        "audit_log.audit_log": "Registro de auditoría",
        "audit_log.details": "Detalles",
        "audit_log.entries_are_written_in_the_same": "Cada entrada se escribe en la misma transacción que el cambio que describe y nunca se edita.",
        "audit_log.every_change_to_the_record_review": "Cada cambio en el registro (decisiones de revisión, incidentes, usuarios) y cada inicio de sesión, fallido o no, del más reciente al más antiguo. ",
        "audit_log.showing_the_latest": "Se muestran las {limit} entradas más recientes; agregue ?limit=N a la dirección para ver más (hasta {maximum}).",
        "audit_log.subject": "Sobre qué",
        "audit_log.the_audit_log": "el registro de auditoría",
        "audit_log.what": "Qué",
        "audit_log.when_utc": "Cuándo (UTC)",
        "audit_log.who": "Quién",
        "audit_log.who_changed_what_in_vigil_and": "Quién cambió qué en Vigil, y cuándo.",
    ]
}
