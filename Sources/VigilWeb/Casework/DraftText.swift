import VigilCore

/// The English and Spanish words of the drafts: every fixed sentence in both languages, in one
/// place. Data (names, rules as the screener states them, document titles) stays as recorded.
enum DraftText {
    static func pick(_ language: DraftLanguage, _ english: String, _ spanish: String) -> String {
        language == .english ? english : spanish
    }

    static let spanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                                "noviembre", "diciembre"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                                "November", "December"]

    static func date(_ date: CalendarDate, _ language: DraftLanguage) -> String {
        switch language {
        case .english: "\(date.day) \(englishMonths[date.month - 1]) \(date.year)"
        case .spanish: "\(date.day) de \(spanishMonths[date.month - 1]) de \(date.year)"
        }
    }

    static func title(_ kind: DraftKind, _ language: DraftLanguage) -> String {
        switch kind {
        case .parole: pick(language, "Request for parole under 8 CFR 212.5(b)", "Solicitud de libertad bajo palabra (parole) conforme a 8 CFR 212.5(b)")
        case .custodyRedetermination: pick(language, "Request for custody redetermination (bond)", "Solicitud de revisión de custodia (fianza)")
        case .sponsorLetter: pick(language, "Sponsor letter: outline", "Carta del patrocinador: esquema")
        }
    }

    static func banner(_ language: DraftLanguage) -> String {
        pick(language,
             "DRAFT for a representative to review. Not legal advice: check every fact, rule and date before it is sent, and edit freely.",
             "BORRADOR para que lo revise un representante. No es asesoría legal: verifique cada hecho, norma y fecha antes de enviarlo, y edítelo libremente.")
    }

    static func editHint(_ language: DraftLanguage) -> String {
        pick(language, "The text below can be edited in the browser before printing. Text in [brackets] must be completed or checked.",
             "El texto de abajo se puede editar en el navegador antes de imprimir. El texto entre [corchetes] debe completarse o verificarse.")
    }

    static func label(_ key: String, _ language: DraftLanguage) -> String {
        switch key {
        case "date": pick(language, "Date", "Fecha")
        case "to": pick(language, "To", "Para")
        case "re": pick(language, "Re", "Asunto")
        case "name": pick(language, "Name", "Nombre")
        case "a-number": pick(language, "A-number", "Número A")
        case "birth": pick(language, "Date of birth", "Fecha de nacimiento")
        case "citizenship": pick(language, "Country of citizenship", "País de ciudadanía")
        case "held": pick(language, "Detained at", "Detenido(a) en")
        case "since": pick(language, "since", "desde")
        case "from": pick(language, "From", "De")
        default: key
        }
    }

    static func status(_ status: String, _ language: DraftLanguage) -> String {
        switch status {
        case "meets": pick(language, "meets", "cumple")
        case "may-meet": pick(language, "may meet", "podría cumplir")
        case "blocked": pick(language, "blocked", "bloqueado")
        case "not-met": pick(language, "not met", "no cumple")
        default: status
        }
    }

    static func recipient(_ kind: DraftKind, court: String?, _ language: DraftLanguage) -> String {
        switch kind {
        case .parole:
            pick(language, "Field Office Director, U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations",
                 "Director de la Oficina de Campo, Servicio de Inmigración y Control de Aduanas (ICE), Operaciones de Control y Deportación")
        case .custodyRedetermination:
            pick(language, "Immigration Judge, ", "Juez de Inmigración, ") + (court ?? pick(language, "[immigration court]", "[tribunal de inmigración]"))
        case .sponsorLetter:
            pick(language, "The Immigration Judge or the ICE Field Office Director deciding custody",
                 "El Juez de Inmigración o el Director de la Oficina de Campo de ICE que decide la custodia")
        }
    }

    /// The vulnerability facts of a case as clauses: "is pregnant", "lives with diabetes".
    static func vulnerabilities(_ file: CaseFile, today: CalendarDate, _ language: DraftLanguage) -> [String] {
        var facts: [String] = []
        if file.pregnant { facts.append(pick(language, "is pregnant", "está embarazada")) }
        if let born = file.postpartumSince, born <= today, born.days(until: today) <= 365 {
            facts.append(pick(language, "gave birth on \(date(born, language))", "dio a luz el \(date(born, language))"))
        }
        if file.nursing { facts.append(pick(language, "is nursing", "está amamantando")) }
        if !file.conditions.isEmpty {
            facts.append(pick(language, "lives with ", "padece ") + file.conditions.joined(separator: ", "))
        }
        if file.seriousMentalDisorder {
            facts.append(pick(language, "has a serious mental disorder or condition", "tiene un trastorno o condición mental grave"))
        }
        if file.disability {
            facts.append(pick(language, "has a disability under section 504 of the Rehabilitation Act",
                              "tiene una discapacidad según la sección 504 de la Ley de Rehabilitación"))
        }
        let age = file.age(on: today)
        if age > 55 { facts.append(pick(language, "is \(age) years old", "tiene \(age) años")) }
        return facts
    }

    static func directive11032(_ language: DraftLanguage) -> String {
        pick(language,
             "ICE Directive 11032.4 (1 July 2021) says that ICE generally should not detain people who are pregnant, postpartum within one year, or nursing, unless release is prohibited by law or exceptional circumstances exist; their detention needs the field office director's approval and weekly re-evaluation.",
             "La Directiva 11032.4 de ICE (1 de julio de 2021) establece que ICE en general no debe detener a personas embarazadas, en el año posterior al parto o que estén amamantando, salvo que la ley prohíba la liberación o existan circunstancias excepcionales; su detención requiere la aprobación del director de la oficina de campo y una reevaluación semanal.")
    }

    static func directive11063(_ language: DraftLanguage) -> String {
        pick(language,
             "ICE Directive 11063.2 (April 2022) requires ICE to identify, monitor and track people with serious mental disorders or conditions, and to plan a safe release before any transfer, release or removal.",
             "La Directiva 11063.2 de ICE (abril de 2022) exige que ICE identifique, vigile y dé seguimiento a las personas con trastornos o condiciones mentales graves, y que planifique una liberación segura antes de cualquier traslado, liberación o deportación.")
    }

    static func fraihat(_ language: DraftLanguage) -> String {
        pick(language,
             "Although no longer binding (reversed by the Ninth Circuit on 20 October 2021), the risk factors of Fraihat v. ICE (C.D. Cal., 20 April 2020) — age over 55, pregnancy, and chronic conditions such as those above — remain a court-vetted measure of who is most at risk in detention.",
             "Aunque ya no es vinculante (revocado por el Noveno Circuito el 20 de octubre de 2021), los factores de riesgo de Fraihat v. ICE (C.D. Cal., 20 de abril de 2020) — edad mayor de 55 años, embarazo y enfermedades crónicas como las mencionadas — siguen siendo una medida avalada por un tribunal de quién corre más riesgo en detención.")
    }

    static func facilityRecord(_ name: String, _ record: FacilityRecord, person: String, _ language: DraftLanguage) -> String {
        pick(language,
             "\(person) is held at \(name). Vigil's records for this facility, from ICE's own publications, show \(record.deaths) death(s) in ICE custody, \(record.failedInspections) failed inspection(s), and \(record.segregationPlacements) segregation placement(s) in the latest 12 months of ICE's tables.",
             "\(person) está detenido(a) en \(name). Los registros de Vigil sobre este centro, tomados de las publicaciones del propio ICE, muestran \(record.deaths) muerte(s) bajo custodia de ICE, \(record.failedInspections) inspección(es) reprobada(s) y \(record.segregationPlacements) colocación(es) en aislamiento en los últimos 12 meses de las tablas de ICE.")
    }
}
