import VigilCore
import VigilStore

/// Writes a draft from a case, its release paths and its facility's record: a pure function,
/// so a draft can be checked sentence by sentence in a test.
struct DraftComposer: Sendable {
    var kind: DraftKind
    var language: DraftLanguage
    var organization: Organization
    var stored: StoredCase
    var paths: [ScreeningPath]
    var facilityRecord: FacilityRecord?
    var today: CalendarDate

    private func t(_ english: String, _ spanish: String) -> String { DraftText.pick(language, english, spanish) }
    private var file: CaseFile { stored.file }
    private var facilityName: String { stored.facilityName ?? file.facility }

    func blocks() -> [DraftBlock] {
        switch kind {
        case .parole: parole()
        case .custodyRedetermination: custody()
        case .sponsorLetter: sponsorLetter()
        }
    }

    /// The documents marked kept: what goes in the envelope.
    var enclosed: [String] {
        file.evidence.filter { $0.status == .kept }.map { document in
            document.title + (document.date.map { " (\(DraftText.date($0, language)))" } ?? "")
        }
    }

    var toGather: [String] {
        ReleaseQueue.checklist(ReleaseQueue.Item(caseID: stored.id, file: file, paths: paths, facility: facilityRecord))
            .map(words)
    }

    /// The screener's words in the draft's language.
    func words(_ text: CatalogueText) -> String { text.text(in: Catalogue.of(SiteLanguage(rawValue: language.rawValue) ?? .english)) }

    // MARK: Parts shared by the requests

    func groundsBlocks() -> [DraftBlock] {
        var blocks: [DraftBlock] = [.heading(t("Humanitarian grounds", "Razones humanitarias"))]
        let facts = DraftText.vulnerabilities(file, today: today, language)
        if facts.isEmpty {
            blocks.append(.placeholder(t("[Describe the urgent humanitarian reasons: health, family, age.]",
                                         "[Describa las razones humanitarias urgentes: salud, familia, edad.]")))
        } else {
            blocks.append(.paragraph("\(file.name) " + facts.joined(separator: "; ") + "."))
        }
        let open = paths.filter(\.isOpen)
        if !open.isEmpty {
            blocks.append(.paragraph(t("Vigil's release screener, as of \(DraftText.date(today, language)), finds these paths (each with its source):",
                                       "El evaluador de Vigil, al \(DraftText.date(today, language)), encuentra estas vías (cada una con su fuente):")))
            blocks.append(.list(open.map { path in
                "\(words(path.title)) — \(DraftText.status(path.status.rawValue, language)) (\(words(path.sourceText)), \(path.effective))"
                    + (path.reasons.isEmpty ? "" : ": " + path.reasons.map(words).joined(separator: "; "))
            }))
        }
        let postpartum = file.postpartumSince.map { $0 <= today && $0.days(until: today) <= 365 } ?? false
        if file.pregnant || postpartum || file.nursing { blocks.append(.paragraph(DraftText.directive11032(language))) }
        if file.seriousMentalDisorder { blocks.append(.paragraph(DraftText.directive11063(language))) }
        if file.age(on: today) > 55 || file.pregnant || !file.conditions.isEmpty { blocks.append(.paragraph(DraftText.fraihat(language))) }
        if let record = facilityRecord {
            blocks.append(.heading(t("Conditions at the facility", "Condiciones en el centro de detención")))
            blocks.append(.paragraph(DraftText.facilityRecord(facilityName, record, person: file.name, language)))
        }
        return blocks
    }

    func sponsorSentence() -> DraftBlock {
        let sponsor = file.sponsor
        guard let name = sponsor.name else {
            return .placeholder(t("[Name the sponsor, their relation, immigration status and address.]",
                                  "[Indique el nombre del patrocinador, su relación, su estatus migratorio y su dirección.]"))
        }
        let relation = sponsor.relation.map { ", \($0)" } ?? ""
        let status = sponsor.status.map { ", \($0)" } ?? ""
        let address = sponsor.address ?? t("[address]", "[dirección]")
        return .paragraph(t("\(name)\(relation)\(status), will house \(file.name) at \(address) and will see that \(file.name) attends every hearing and ICE appointment.",
                            "\(name)\(relation)\(status), alojará a \(file.name) en \(address) y se asegurará de que \(file.name) asista a todas las audiencias y citas con ICE."))
    }

    func closingBlocks() -> [DraftBlock] {
        var blocks: [DraftBlock] = [.heading(t("Enclosed evidence", "Pruebas adjuntas"))]
        blocks.append(enclosed.isEmpty ? .placeholder(t("[List the enclosed documents.]", "[Enumere los documentos adjuntos.]")) : .list(enclosed))
        let gather = toGather
        if !gather.isEmpty {
            blocks.append(.heading(t("Evidence still to gather (remove before sending)", "Pruebas que faltan (quitar antes de enviar)")))
            blocks.append(.list(gather))
        }
        blocks.append(.paragraph(t("Respectfully submitted,", "Atentamente,")))
        blocks.append(.placeholder(t("[Representative's name, signature and contact details]", "[Nombre, firma y datos de contacto del representante]")))
        blocks.append(.paragraph("\(organization.name) · \(DraftText.date(today, language))"))
        return blocks
    }

    // MARK: The three drafts

    func parole() -> [DraftBlock] {
        var blocks: [DraftBlock] = [
            .heading(t("Request", "Solicitud")),
            .paragraph(t("On behalf of \(file.name), \(organization.name) asks the Field Office Director to release \(file.name) on parole under 8 CFR 212.5(b), which allows parole case by case “for urgent humanitarian reasons or significant public benefit” when the person presents neither a security risk nor a risk of absconding.",
                         "En nombre de \(file.name), \(organization.name) solicita al Director de la Oficina de Campo que ponga en libertad a \(file.name) bajo palabra (parole) conforme a 8 CFR 212.5(b), que permite el parole caso por caso «por razones humanitarias urgentes o beneficio público significativo» cuando la persona no representa un riesgo para la seguridad ni de fuga.")),
        ]
        blocks += groundsBlocks()
        blocks.append(.heading(t("No risk of flight; conditions of release", "Sin riesgo de fuga; condiciones de libertad")))
        blocks.append(.paragraph(t("Under 8 CFR 212.5(d), parole may be conditioned on an undertaking by the person, counsel or a sponsor, a bond (Form I-352), community ties such as close relatives with known addresses, and periodic reporting; not all factors need be present.",
                                   "Conforme a 8 CFR 212.5(d), el parole puede condicionarse a un compromiso de la persona, su abogado o un patrocinador, una fianza (Formulario I-352), vínculos con la comunidad como familiares cercanos con domicilio conocido, y presentaciones periódicas; no es necesario que concurran todos los factores.")))
        blocks.append(sponsorSentence())
        if let hearing = file.nextHearing {
            let court = file.court ?? t("the immigration court", "el tribunal de inmigración")
            blocks.append(.paragraph(t("The next hearing is on \(DraftText.date(hearing, language)) before \(court).",
                                       "La próxima audiencia es el \(DraftText.date(hearing, language)) ante \(court).")))
        }
        return blocks + closingBlocks()
    }

    func custody() -> [DraftBlock] {
        var blocks: [DraftBlock] = [
            .heading(t("Request", "Solicitud")),
            .paragraph(t("\(file.name), through counsel, asks the Immigration Judge to redetermine custody under INA 236(a) and 8 CFR 1236.1(d), and to order release on recognizance or on a bond no higher than the statutory minimum of $1,500 (INA 236(a)(2)(A)).",
                         "\(file.name), por medio de su representante, solicita al Juez de Inmigración que revise su custodia conforme a INA 236(a) y 8 CFR 1236.1(d), y que ordene su libertad bajo palabra o con una fianza no mayor que el mínimo legal de $1,500 (INA 236(a)(2)(A)).")),
        ]
        if let bond = file.priorBondCents {
            blocks.append(.paragraph(t("Bond was previously set at \(DollarAmount.format(cents: bond)).", "Anteriormente se fijó una fianza de \(DollarAmount.format(cents: bond)).")))
        }
        let blocking = paths.filter(\.blocksRelease).map { words($0.title) }
        if !blocking.isEmpty || file.arriving || file.finalOrder {
            let grounds = !blocking.isEmpty ? blocking.joined(separator: "; ")
                : [file.arriving ? "INA 235(b)" : nil, file.finalOrder ? "INA 241(a)" : nil].compactMap { $0 }.joined(separator: "; ")
            blocks.append(.placeholder(t("[Check first: a mandatory-detention ground may apply (\(grounds)). A lawyer must decide whether the court can redetermine custody.]",
                                         "[Verifique primero: puede aplicar una causal de detención obligatoria (\(grounds)). Un abogado debe decidir si el tribunal puede revisar la custodia.]")))
        }
        blocks.append(.heading(t("The Guerra factors (Matter of Guerra, 24 I&N Dec. 37 (BIA 2006))",
                                 "Los factores de Guerra (Matter of Guerra, 24 I&N Dec. 37 (BIA 2006))")))
        let missing = t("[missing: to gather]", "[falta: obtener]")
        var factors: [String] = []
        factors.append(t("Fixed address: ", "Domicilio fijo: ") + (file.sponsor.address.map { address in
            address + (file.sponsor.name.map { t(", with \($0)", ", con \($0)") } ?? "")
        } ?? missing))
        factors.append(t("Length of residence in the U.S.: ", "Tiempo de residencia en EE. UU.: ") + (file.entryDate.map { entry in
            let years = max(0, entry.days(until: today) / 365)
            return t("since \(DraftText.date(entry, language)) (\(years) years)", "desde el \(DraftText.date(entry, language)) (\(years) años)")
        } ?? missing))
        factors.append(t("Family ties: ", "Vínculos familiares: ") + (file.sponsor.relation.map { relation in
            relation + (file.sponsor.name.map { " (\($0)" + (file.sponsor.status.map { ", \($0)" } ?? "") + ")" } ?? "")
        } ?? missing))
        factors.append(t("Employment: ", "Empleo: ") + missing)
        factors.append(t("Record of appearing in court: ", "Historial de comparecencia ante el tribunal: ") + missing)
        factors.append(t("Criminal record: ", "Antecedentes penales: ") + (file.criminal.isEmpty ? t("none recorded", "ninguno registrado")
            : file.criminal.map(\.rawValue).joined(separator: ", ") + " " + t("[a lawyer must assess]", "[debe evaluarlo un abogado]")))
        factors.append(t("Immigration violations: ", "Infracciones migratorias: ")
                       + (file.finalOrder ? t("final order of removal", "orden final de deportación") : t("none recorded beyond the charges", "ninguna registrada aparte de los cargos")))
        factors.append(t("Attempts to flee: ", "Intentos de fuga: ") + t("none recorded", "ninguno registrado"))
        factors.append(t("Manner of entry: ", "Forma de entrada: ") + (file.entryManner ?? missing))
        blocks.append(.list(factors))
        for path in paths where path.kind == .bond {
            if !path.reasons.isEmpty { blocks.append(.list(path.reasons.map(words))) }
        }
        blocks.append(sponsorSentence())
        blocks += groundsBlocks()
        return blocks + closingBlocks()
    }

    func sponsorLetter() -> [DraftBlock] {
        let sponsor = file.sponsor.name ?? t("[the sponsor]", "[el patrocinador]")
        let address = file.sponsor.address ?? t("[address]", "[dirección]")
        let hearing = file.nextHearing.map { t(" (the next is on \(DraftText.date($0, language)))", " (la próxima es el \(DraftText.date($0, language)))") } ?? ""
        let facts = DraftText.vulnerabilities(file, today: today, language)
        var blocks: [DraftBlock] = [
            .paragraph(t("An outline for \(sponsor) to write in their own words, sign and date. Addressed to: \(DraftText.recipient(.sponsorLetter, court: nil, language)).",
                         "Un esquema para que \(sponsor) escriba con sus propias palabras, firme y feche. Dirigida a: \(DraftText.recipient(.sponsorLetter, court: nil, language)).")),
            .heading(t("What the letter says", "Lo que dice la carta")),
            .list([
                t("Who you are: your full name, your immigration status (\(file.sponsor.status ?? "[status]")), and how long you have lived at \(address).",
                  "Quién es usted: su nombre completo, su estatus migratorio (\(file.sponsor.status ?? "[estatus]")) y cuánto tiempo ha vivido en \(address)."),
                t("Your relationship to \(file.name): \(file.sponsor.relation ?? "[relation]"), and how long you have known them.",
                  "Su relación con \(file.name): \(file.sponsor.relation ?? "[relación]"), y desde cuándo se conocen."),
                t("That \(file.name) will live with you at \(address), and that you will provide housing, food and support.",
                  "Que \(file.name) vivirá con usted en \(address) y que usted le dará alojamiento, comida y apoyo."),
                t("That you will make sure \(file.name) attends every immigration court hearing\(hearing) and every ICE appointment.",
                  "Que usted se asegurará de que \(file.name) asista a todas las audiencias en el tribunal de inmigración\(hearing) y a todas las citas con ICE."),
                t("Why \(file.name) needs to be released", "Por qué \(file.name) necesita salir en libertad")
                    + (facts.isEmpty ? "." : ": " + facts.joined(separator: "; ") + "."),
                t("Your phone number and email, and that you may be contacted.", "Su teléfono y correo electrónico, y que pueden comunicarse con usted."),
            ]),
            .heading(t("Enclose with the letter", "Adjunte a la carta")),
            .list([
                t("Proof of your status: U.S. passport, naturalization certificate or permanent resident card.",
                  "Prueba de su estatus: pasaporte estadounidense, certificado de naturalización o tarjeta de residente permanente."),
                t("A photo ID.", "Una identificación con foto."),
                t("Proof of address: a lease, deed or recent utility bill.", "Prueba de domicilio: contrato de arrendamiento, escritura o una factura reciente de servicios."),
                t("Proof of income: recent pay stubs or a tax return.", "Prueba de ingresos: talones de pago recientes o una declaración de impuestos."),
            ]),
        ]
        blocks.append(.placeholder(t("[Signature and date of \(sponsor)]", "[Firma y fecha de \(sponsor)]")))
        return blocks
    }
}
