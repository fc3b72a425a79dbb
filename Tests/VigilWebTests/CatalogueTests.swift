import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// The catalogues of Vigil's own words: every key in both languages, every key the code uses present,
/// placeholders the same in both, and the help texts in plain language.
@Suite("Catalogues of Vigil's words")
struct CatalogueTests {
    static let english = Catalogue.english
    static let spanish = Catalogue.spanish

    /// Keys built at run time from a value, which the scan of the sources cannot see: each family is
    /// checked here for every value.
    static let dynamicKeys: [String] = Role.allCases.map { "role." + $0.rawValue }
        + ErrorPageModel.titledStatuses.map { "error.status.\($0)" }
        + ErrorPageModel.explainedStatuses.map { "error.explain.\($0)" }
        + IncidentCategory.allCases.map { "incident.category." + keySegment($0.rawValue) }
        + IncidentStatus.allCases.map { "incident.status." + keySegment($0.rawValue) }
        + IncidentVisibility.allCases.map { "incident.visibility." + keySegment($0.rawValue) }
        + IncidentField.allCases.map { "incident.field." + keySegment($0.rawValue) }
        + CatalogueTests.everyProblemReason.compactMap(\.key)
        + OperatorKind.allCases.map { "operator.kind." + keySegment($0.rawValue) }
        + OperatorEvidenceMethod.allCases.map { "operator.method." + keySegment($0.rawValue) }
        + HelpModel.topics.flatMap { topic in
            ["help.\(topic.id).title"] + (1...topic.paragraphs).map { "help.\(topic.id).\($0)" }
                + (topic.link == nil ? [] : ["help.\(topic.id).link"])
        }
        + FacilityMatchMethod.allCases.map { "facility.match." + $0.rawValue }
        + OperatorRecordDraft.Field.allCases.map { "operators.field." + $0.rawValue }
        + BreakdownDimension.allCases.map { "national.dimension." + $0.rawValue }
        + ReleaseAnomaly.Kind.allCases.map { "releases.anomaly." + $0.rawValue }
        + ClosureFactor.allCases.flatMap { ["ranking.factor.\($0.rawValue).label", "ranking.factor.\($0.rawValue).explanation"] }
        + ([.disciplinary, .facilitySecurityThreat, .medicalMentalHealth, .pendingInvestigationOfDisciplinaryViolation, .protectiveCustody,
            .hungerStrikeSuicideWatch, .total] as [VulnerablePlacementReason]).map { "segregation.reason." + $0.code }
        + ReleaseQueue.Part.allCases.flatMap { ["release_queue.part.\($0.rawValue).label", "release_queue.part.\($0.rawValue).rule"] }
        + CaseField.allCases.map { "cases.field.\($0.rawValue)" }
        + CustodyStatus.allCases.map { "cases.custody_status.\($0.rawValue)" }
        + CustodyEvent.Kind.allCases.map { "cases.event_kind.\($0.rawValue)" }
        + CustodyEventDraft.Field.allCases.map { "cases.event_field.\($0.rawValue)" }
        + CriminalRecordEntry.allCases.map { "cases.criminal_entry." + $0.rawValue }
        + CaseFormView.sections.flatMap { section in ["cases.\(section.0)"] + section.1.filter { $0.2 }.map { "cases.hint.\($0.0.rawValue)" } }
        + OrganizationKind.allCases.map { "organizations.kind.\($0.rawValue)" }
        + OrganizationRole.allCases.map { "organizations.role.\($0.rawValue)" }
        + PressFinding.Kind.allCases.map { "press_audit.kind.\($0.rawValue)" }
        + ["title", "outlet", "url", "date", "text"].map { "press_audit.field.\($0)" }
        + PipelineStage.allCases.map { "expansion.stage.\($0.rawValue)" }
        + LetterStatus.allCases.map { "letters.status.\($0.rawValue)" }
        + SignatureStatus.allCases.map { "letters.signature_status.\($0.rawValue)" }
        + SignatureScope.allCases.map { "letters.scope.\($0.rawValue)" }
        + ["title", "date", "delivery_note", "to", "subject", "salutation", "body", "demands", "conclusion", "closing", "lead_organization", "cc"].map { "letters.field.\($0)" }
        + ExpansionEventKind.allCases.map { "alerts.kind.\($0.rawValue)" }
        + ScreeningPath.Status.allCases.map { "cases.path_status.\($0.rawValue)" }
        + BondStage.allCases.map { "bond_funds.stage." + keySegment($0.rawValue) }
        + ObligorKind.allCases.map { "bond_funds.obligor_kind." + keySegment($0.rawValue) }
        + PaymentMethod.allCases.map { "bond_funds.payment." + keySegment($0.rawValue) }
        + LedgerAccount.allCases.map { "bond_funds.ledger." + keySegment($0.rawValue) }
        + BondStepDraft.Field.allCases.map { "bond_funds.problem_field." + $0.rawValue }
        + CatalogueTests.everyPipelineSummary.map(\.key) + ["expansion.summary.unnamed_recipient"]
        + ([.nearly, .below, .above, .about] as [StatedNumber.Hedge]).map { "press_audit.hedge." + $0.rawValue }
        + (1...7).map { "press_audit.weekday.\($0)" }
        + CatalogueTests.everyAnomalyFacts.flatMap { $0.isCounted ? [$0.key + ".one", $0.key + ".other"] : [$0.key] }
        + ([.nonBreakingSpace, .notAvailableError] as [PlaceholderMark]).compactMap(\.key)
        + TextDateFormat.allCases.map { "anomaly.text_date.format." + $0.rawValue }
        + ReleaseAnomalyFacts.ExpectedValue.allCases.map { "anomaly.expected." + $0.rawValue }
        + ReleaseAnomalyFacts.StraySpace.allCases.map { "anomaly.stray_space." + $0.rawValue }
        + ReleaseAnomalyFacts.SheetLabel.allCases.map { "anomaly.sheet_label." + $0.rawValue }
        + ["anomaly.stray_spaces.one", "anomaly.stray_spaces.other", "anomaly.and", "anomaly.as_of_date_corrected.evidence",
           "anomaly.as_of_date_corrected.evidence_download", "anomaly.as_of_date_corrected.name_note",
           "anomaly.as_of_date_disagrees_with_file_name.kept", "anomaly.as_of_date_disagrees_with_file_name.corrected",
           "anomaly.segregation.unclaimed.header_row", "anomaly.segregation.unclaimed.no_heading", "anomaly.segregation.quarter"]
        + SegregationSheet.allCases.flatMap { sheet in
            ["anomaly.segregation.heading.", "anomaly.segregation.period_kind."].map { $0 + sheet.rawValue }
                + ["anomaly.segregation.rows.", "anomaly.segregation_total_mismatch.left_out."].flatMap { [$0 + sheet.rawValue + ".one", $0 + sheet.rawValue + ".other"] }
        }

    /// One of each message a timeline event can give (`expansion.summary.*`).
    static let everyPipelineSummary: [PipelineEventSummary] = [true, false].flatMap { modification in
        [PipelineEventSummary.award(id: "x", recipient: nil, dollars: 1, description: "x", modification: modification),
         .award(id: "x", recipient: nil, dollars: nil, description: "x", modification: modification)]
    } + [.agendaItem(title: "x", vote: nil), .agendaItem(title: "x", vote: "x"), .agreement287g(model: "x", agency: "x"),
         .dossier(title: "x", value: nil), .dossier(title: "x", value: "x"), .dossierBeds("x"), .firstListed(adp: 1),
         .guaranteedMinimum(beds: 1), .growth(adp: 1, change: 1), .growth(adp: 1, change: -1)]

    /// One of each sentence a release anomaly can give (`anomaly.*`), every optional part both ways.
    static let everyAnomalyFacts: [ReleaseAnomalyFacts] = {
        let day = CalendarDate(year: 2024, month: 7, day: 8)!, fy = FiscalYear(2024)
        return [.excelSerialDate(column: "x", example: "45316", date: day),
                .textDate(column: "x", example: "4/5/2023", format: .monthDayYear), .placeholder(column: "x", label: .text("*")),
                .vulnerablePlaceholder(column: "x", label: .nonBreakingSpace), .segregationPlaceholder(column: "x", label: .notAvailableError),
                .unreadable(column: "x", value: "x", expected: .number), .errorValue(column: "x", code: "#REF!"),
                .facilityTypeInGenderColumn(column: "x", example: "x"),
                .irregularSheetName(name: " x ", trimmed: "x", spaces: [.leading, .trailing], label: .eoyfy),
                .irregularSheetName(name: "x  y", trimmed: "x  y", spaces: [.doubled], label: nil),
                .duplicateFacilityRow(name: "x", state: "TX", rows: [8, 10]), .fullAuthorizedFacilityList(rows: 1_882, empty: 1_500, percent: 80),
                .asOfDateOutsideFiscalYear(printedText: "7/8/2025", printed: day, fiscalYear: fy, allowance: 90),
                .asOfDateAfterDownload(printed: day, downloaded: day, stamp: "x"),
                .asOfDateCorrected(printed: day, fiscalYear: fy, corrected: day, downloaded: day, stamp: "x", fileNameDate: day),
                .asOfDateCorrected(printed: day, fiscalYear: fy, corrected: day, downloaded: nil, stamp: nil, fileNameDate: nil),
                .asOfDateDisagreesWithFileName(named: day, digits: "x", printed: day, days: 50, usedDate: nil),
                .asOfDateDisagreesWithFileName(named: day, digits: "x", printed: day, days: 50, usedDate: day),
                .asOfDateFromFileName(named: day, digits: "x"), .asOfDateFromDownload(downloaded: day, stamp: "x")]
            + ReleaseAnomalyFacts.SkippedRowReason.allCases.map { .skippedFacilityRow(row: 1, why: $0, text: "x") }
            + [SegregationPeriod.month(CalendarMonth(year: 2025, month: 6)!), .quarter(fy, quarter: 3)].flatMap { period -> [ReleaseAnomalyFacts] in
                [.segregationSecondBlock(period: period, row: 2, firstRow: 1, rows: 3), .segregationBlockWithoutHeader(period: period, headingRow: 1, firstRow: 2),
                 .segregationTotalMismatch(period: period, row: 1, printed: 3, sum: 2, leftOut: 0),
                 .segregationTotalMismatch(period: period, row: 1, printed: 3, sum: 2, leftOut: 1),
                 .segregationTotalMismatch(period: period, row: 1, printed: 3, sum: 2, leftOut: 2)]
            }
            + SegregationSheet.allCases.flatMap { sheet -> [ReleaseAnomalyFacts] in
                [.segregationRowsUnclaimed(sheet: sheet, firstRow: 1, lastRow: 1, rows: 1, headerRow: nil),
                 .segregationRowsUnclaimed(sheet: sheet, firstRow: 1, lastRow: 2, rows: 2, headerRow: 1)]
            }
            + [.segregationRowWithoutCount(row: 1, name: "x", period: .month(CalendarMonth(year: 2025, month: 6)!)),
               .segregationCountWithoutName(row: 1, count: "1", period: .month(CalendarMonth(year: 2025, month: 6)!)),
               .vulnerableRowWithoutReason(row: 1, period: .quarter(fy, quarter: 3)),
               .segregationUnreadableCount(row: 1, column: "x", value: "x", name: "x", period: .month(CalendarMonth(year: 2025, month: 6)!)),
               .vulnerableUnreadablePlacements(row: 1, column: "x", value: "x", reason: "x", period: .quarter(fy, quarter: 3)),
               .vulnerableUnreadableAverage(row: 1, column: "x", value: "x"), .segregationSheetUnreadable(sheet: "x", error: "x"),
               .republishedUnderAnotherName(file: "x", asOfDate: day, original: "y")]
    }()

    @Test("every anomaly sentence reads in both languages, with every part and placeholder filled")
    func anomalySentences() {
        for facts in Self.everyAnomalyFacts {
            for occurrences in [1, 2] {
                for catalogue in [Self.english, Self.spanish] {
                    let text = facts.text(in: catalogue, occurrences: occurrences, number: { String($0) }, date: \.iso)
                    #expect(!text.contains("anomaly.") && !text.contains("{"), "\(catalogue.language.code) \(facts): \(text)")
                }
            }
        }
    }

    static let everyProblemReason: [FieldProblemReason] = {
        let day = CalendarDate(year: 2026, month: 1, day: 1)!
        return [.required, .tooLong(count: 2, max: 1), .containsNUL, .notADate("x"), .beforeEarliest(day, earliest: day),
                .inFuture(day, today: day), .notOneOf("x", choices: ["a"]), .notAWebAddress("x"), .unknownFacility("x"),
                .notYesOrNo("x"), .notAnANumber("x"), .notDollars("x"), .notAConviction("x"), .notACondition("x", choices: ["a"]),
                .beforeBirth(day, birth: day), .notADocument(number: 1, line: "x"), .inDocument(number: 1, .notADate("x")),
                .eventNeedsFacility(kind: "x"), .eventNeedsAmount, .stepNeedsEvidence, .amountNeeded, .receiptNeeded(form: "x"),
                .obligorNeeded, .chooseCase, .chooseBond, .checkedOnNeeded, .atMost(max: 1), .containsControlCharacter,
                .notADateOrSpelled("x"), .dateOrBlank, .notAState("x"), .chooseScope, .websiteNeedsScheme, .addressNeedsScheme,
                .notAnEmailAddress("x"), .consentNeeded, .needsBodyOrDemand, .pasteText, .articleTooLong(max: 1), .other("x")]
    }()

    /// Every key the sources ask for: `t("key")`, `rich("key", …)`, `CatalogueText("key", …)` (words VigilCore
    /// writes for a page to draw), and `t("key", count: …)`, which needs `key.one` and `key.other`.
    static func keysUsedInSources() throws -> Set<String> {
        let root = SharedData.packageRoot.appendingPathComponent("Sources")
        let plain = try NSRegularExpression(pattern: #"\b(?:t|rich|CatalogueText)\((?:key:\s*)?"([a-z0-9_]+(?:\.[a-z0-9_]+)+)"(\s*,\s*count:)?"#)
        var keys = Set<String>()
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in plain.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                if match.range(at: 2).location != NSNotFound {
                    keys.insert(key + ".one"); keys.insert(key + ".other")
                } else {
                    keys.insert(key)
                }
            }
        }
        return keys
    }

    @Test("both languages have exactly the same keys")
    func sameKeys() {
        let englishKeys = Set(Self.english.messages.keys), spanishKeys = Set(Self.spanish.messages.keys)
        #expect(englishKeys.subtracting(spanishKeys).sorted() == [], "missing in Spanish")
        #expect(spanishKeys.subtracting(englishKeys).sorted() == [], "missing in English")
        #expect(!englishKeys.isEmpty)
    }

    @Test("no key is given twice by two parts of one catalogue")
    func noDuplicates() {
        #expect(Self.english.duplicateKeys == [])
        #expect(Self.spanish.duplicateKeys == [])
    }

    @Test("every key the code uses is in both catalogues, and every catalogue key is used")
    func everyUsedKeyExists() throws {
        let used = try Self.keysUsedInSources().union(Self.dynamicKeys)
        #expect(used.count > 500, "the scan of the sources found only \(used.count) keys")
        for catalogue in [Self.english, Self.spanish] {
            let missing = used.subtracting(catalogue.messages.keys).sorted()
            #expect(missing == [], "\(catalogue.language.code) lacks \(missing.count): \(missing.prefix(30))")
        }
        let unused = Set(Self.english.messages.keys).subtracting(used).sorted()
        #expect(unused == [], "\(unused.count) keys no code uses: \(unused.prefix(30))")
    }

    @Test("a message's placeholders are the same in both languages")
    func samePlaceholders() throws {
        let placeholder = try NSRegularExpression(pattern: #"\{([a-z_]+)\}"#)
        func names(_ text: String) -> [String] {
            placeholder.matches(in: text, range: NSRange(text.startIndex..., in: text))
                .map { String(text[Range($0.range(at: 1), in: text)!]) }.sorted()
        }
        for (key, message) in Self.english.messages {
            guard let translation = Self.spanish.messages[key] else { continue }
            #expect(names(message) == names(translation), "\(key): \(message) / \(translation)")
        }
    }

    @Test("a missing key shows as itself, and placeholders are filled")
    func lookup() {
        let catalogue = Catalogue(language: .english, parts: [["a.b": "Hello {name}, {name}!"], ["c.d": "x"], ["c.d": "y"]])
        #expect(catalogue.text("a.b", ["name": "Ana"]) == "Hello Ana, Ana!")
        #expect(catalogue.text("no.such") == "no.such")
        #expect(catalogue.duplicateKeys == ["c.d"])
        #expect(Catalogue.pluralKey("deaths", count: 1, language: .spanish) == "deaths.one")
        #expect(Catalogue.pluralKey("deaths", count: 0, language: .spanish) == "deaths.other")
    }

    /// The help texts are written for readers at a 6th–8th grade level: Flesch–Kincaid grade for the
    /// English, Fernández-Huerta ease for the Spanish (70 and over reads as 7th grade or easier).
    @Test("the readability scores tell plain words from dense ones")
    func scoresDiscriminate() {
        let plainEnglish = "The cat sat on the mat. It was warm. We went home."
        let denseEnglish = "Administrative determinations notwithstanding, institutional accountability mechanisms remain fundamentally insufficient."
        #expect(Readability.fleschKincaidGrade(plainEnglish) < 3)
        #expect(Readability.fleschKincaidGrade(denseEnglish) > 14)
        #expect(Readability.spanishSyllables("día") == 2)
        #expect(Readability.spanishSyllables("cuidado") == 3)
        #expect(Readability.spanishSyllables("detención") == 3)
        let plainSpanish = "El gato está en la casa. Es de día. Vamos a comer."
        let denseSpanish = "Las determinaciones administrativas institucionales permanecen fundamentalmente insuficientes."
        #expect(Readability.fernandezHuerta(plainSpanish) > 90)
        #expect(Readability.fernandezHuerta(denseSpanish) < 30)
    }

    @Test("the help texts read at a 6th–8th grade level in both languages")
    func helpReadability() {
        let helpKeys = Self.english.messages.keys.filter { $0.hasPrefix("help.") }.sorted()
        #expect(helpKeys.count >= 10, "only \(helpKeys.count) help texts")
        let englishText = helpKeys.compactMap { Self.english.messages[$0] }.joined(separator: " ")
        let spanishText = helpKeys.compactMap { Self.spanish.messages[$0] }.joined(separator: " ")
        let grade = Readability.fleschKincaidGrade(englishText)
        let ease = Readability.fernandezHuerta(spanishText)
        #expect(grade <= 8.5, "English help reads at grade \(grade)")
        #expect(ease >= 70, "Spanish help scores \(ease) (Fernández-Huerta)")
    }

    /// Every catalogue text inside `text`, itself included.
    static func allParts(_ text: CatalogueText) -> [CatalogueText] {
        [text] + text.arguments.values.flatMap { argument -> [CatalogueText] in
            switch argument {
            case .plain: []
            case .text(let inner): allParts(inner)
            case .list(let items, _): items.flatMap(allParts)
            }
        }
    }

    /// The words each text is drawn from exist in both languages and fill every placeholder.
    static func expectDrawn(_ texts: [CatalogueText], _ comment: String) {
        for text in texts {
            for part in allParts(text) where !part.key.isEmpty {
                #expect(english.messages[part.key] != nil && spanish.messages[part.key] != nil, "\(comment): no message \(part.key)")
            }
            let english = text.text(in: english), spanish = text.text(in: spanish)
            #expect(!english.contains("{") && !spanish.contains("{"), "\(comment): unfilled placeholder in “\(spanish)”")
        }
    }

    @Test("the screener's rules, reasons and missing evidence are drawn in both languages, and the API's English is the English words")
    func screenerWords() throws {
        let day = CalendarDate(year: 2025, month: 6, day: 1)!
        let designation = try TPSDesignation(country: "Haiti", designation: "2024", kind: "redesignation",
                                              effectiveFrom: CalendarDate(year: 2024, month: 8, day: 3)!, effectiveTo: CalendarDate(year: 2026, month: 2, day: 3)!,
                                              continuousResidenceSince: CalendarDate(year: 2024, month: 6, day: 3)!,
                                              continuousPhysicalPresenceSince: CalendarDate(year: 2024, month: 8, day: 3)!)
        let screener = ReleaseScreener(tpsDesignations: [designation])
        let everything = ScreeningFacts(citizenship: "Haiti", enteredUS: CalendarDate(year: 2020, month: 1, day: 1)!, birthDate: CalendarDate(year: 1960, month: 1, day: 1)!,
                                        pregnant: true, postpartumSince: CalendarDate(year: 2025, month: 1, day: 1)!, nursing: true,
                                        conditions: ["diabetes"], seriousMentalDisorder: true, disability: true,
                                        criminal: [.felony, .misdemeanor, .misdemeanor], arriving: true, finalOrder: true)
        let nothing = ScreeningFacts(citizenship: "Mexico", enteredUS: CalendarDate(year: 2025, month: 1, day: 1)!, continuouslyPresentSince: CalendarDate(year: 2025, month: 1, day: 1)!,
                                     birthDate: CalendarDate(year: 2010, month: 1, day: 1)!, pregnant: false, nursing: false, conditions: [],
                                     seriousMentalDisorder: false, disability: false, criminal: [.misdemeanor], arriving: false, finalOrder: false)
        for facts in [ScreeningFacts(), everything, nothing] {
            for asOf in [day, CalendarDate(year: 2019, month: 1, day: 1)!] {
                for path in screener.screen(facts, asOf: asOf).paths {
                    Self.expectDrawn([path.title] + path.reasons + path.evidence, path.rule)
                    #expect(path.because == path.reasons.map { $0.text(in: Self.english) })
                    #expect(path.reasons.map { $0.text(in: Self.spanish) } != path.because || path.reasons.allSatisfy { $0.key.isEmpty },
                            "\(path.rule): reasons not in Spanish")
                }
            }
        }
    }

    @Test("a timeline event's line is drawn in both languages, and the API keeps its English")
    func pipelineWords() {
        for summary in Self.everyPipelineSummary {
            #expect(Self.english.messages[summary.key] != nil && Self.spanish.messages[summary.key] != nil, "no message \(summary.key)")
            let spanish = summary.text(in: Self.spanish, number: { String(Int($0)) })
            #expect(!spanish.contains("{") && spanish != summary.english, "\(summary.key): \(spanish)")
        }
        #expect(PipelineEventSummary.growth(adp: 50, change: 30).english == "ADP 50, up 30 since first listed")
    }
}
