extension Catalogue {
    static let spanishOperators: [String: String] = [
        "operators.add_a_cited_operator_record": "Agregar un registro de operador con su fuente",
        "operators.add_the_record": "Agregar el registro",
        "operators.for": "Para ",
        "operators.kind.private": "privado",
        "operators.kind.public": "público",
        "operators.kind.unknown": "desconocido",
        "operators.method.cited-record": "registro con fuente",
        "operators.method.contract-award": "adjudicación de contrato",
        "operators.method.facility-type": "tipo de centro",
        "operators.method.local-government-inference": "inferencia: gobierno local",
        "operators.method.name-and-place": "nombre y lugar",
        "operators.operators": "Operadores",
        "operators.optional": " (opcional)",
        "operators.records_are_added_never_overwritten_the": "). Los registros se agregan, nunca se sobrescriben: el centro conserva cada registro con su fecha y su cita.",
        "operators.required_the_document_page_or_contract": "Obligatorio: el documento, la página o el contrato, con la precisión suficiente para que otra persona pueda verificarlo.",
        "operators.the_date_the_source_speaks_for": "La fecha a la que se refiere la fuente.",
        "operators.who_runs_it_day_to_day": "Quién lo administra día a día, tal como lo nombra la fuente (p. ej., GEO Group, CoreCivic, Butler County Sheriff).",
    ]
}
