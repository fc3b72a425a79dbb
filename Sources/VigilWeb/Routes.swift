import Hummingbird
import VigilCore
import VigilStore

/// Every route Vigil serves, in one place. Patterns come from `SiteURL`, so links and routes agree.
enum Routes {
    static func register(on router: Router<VigilRequestContext>, database: VigilDatabase,
                         signIn: SignInSettings = SignInSettings(), printer: PDFPrinter = PDFPrinter(), caches: WebCaches? = nil,
                         signOn: SignOnSettings = SignOnSettings(), dataKey: DataKey? = nil) {
        let caches = caches ?? WebCaches(database: database)
        // Added first: middleware wraps only the routes added after it, and the not-found responder.
        // Security headers come outermost, so every response has them, error pages and 304s included;
        // then compression, so it sees every response as it leaves.
        router.add(middleware: SecurityHeadersMiddleware(strictTransportSecurity: signIn.secureCookies))
        router.add(middleware: CompressionMiddleware())
        // The stylesheet is the same for everyone: added before the session middleware, which
        // would mark it as varying by cookie and, for signed-in people, never to be stored.
        router.get(route(.stylesheet)) { _, _ in AssetController.stylesheet() }
        // A page waiting for the PDF printer's Chromium: also before the session middleware and the
        // response cache, since it is for one loopback request with a single-use token, never a person.
        router.get(route(.printPage(token: ""))) { request, context in
            try await PrintController.page(token: context.parameters.get("token") ?? "", request: request, context: context,
                                           pages: printer.pages)
        }
        // The language wraps everything drawn after it, the cache included, whose entries are per language.
        router.add(middleware: LanguageMiddleware(secureCookies: signIn.secureCookies))
        // Who is signed in comes next, so error pages (404, 403) are drawn knowing the viewer; then
        // error pages, then the CSRF check on everything but GET/HEAD/OPTIONS; then the response
        // cache, which must know the viewer (signed-in pages are never cached).
        let cookies = AccountCookies(secure: signIn.secureCookies)
        router.add(middleware: SessionMiddleware(database: database, cookies: cookies))
        router.add(middleware: ErrorPageMiddleware(database: database))
        let posts = PostRoutes()
        router.add(middleware: AllowedMethodsMiddleware(posts: posts))
        router.add(middleware: CSRFMiddleware())
        router.add(middleware: ResponseCacheMiddleware(cache: caches.responses, versions: caches.versions))
        // Every form's POST goes through here, so the methods middleware knows which addresses take one.
        func post<Output: ResponseGenerator>(_ url: SiteURL,
                                             _ handler: @escaping @Sendable (Request, VigilRequestContext) async throws -> Output) {
            posts.add(url.routePattern)
            router.post(route(url), use: handler)
        }

        // Accounts
        let accounts = SignInController(database: database, cookies: cookies, limiter: signIn.limiter,
                                        trustedProxies: signIn.trustedProxies)
        router.get(route(.signIn)) { request, context in
            await accounts.page(request, context: context)
        }
        post(.signIn) { request, context in
            try await accounts.signIn(request, context: context)
        }
        post(.signOut) { request, context in
            try await accounts.signOut(request, context: context)
        }

        // Pages
        router.get(route(.national())) { request, _ in
            try await NationalController.page(request, database: database)
        }
        router.get(route(.releases)) { _, _ in
            try await ReleasesController.page(database: database)
        }
        router.get(route(.facility(placeholderKey))) { _, context in
            try await FacilityController.page(key: try facilityKey(context), includeInternal: context.user != nil, database: database)
        }
        router.get(route(.dossier(placeholderKey))) { _, context in
            try await DossierController.page(key: try facilityKey(context), context: context, database: database)
        }
        router.get(route(.dossierPDF(placeholderKey))) { _, context in
            try await DossierController.pdf(key: try facilityKey(context), context: context, database: database, printer: printer)
        }
        router.get(route(.facilityReview)) { request, _ in
            try await FacilityReviewController.page(request, database: database)
        }
        post(.facilityReviewDecisions) { request, context in
            try await FacilityDecisionController.decide(request, context: context, database: database)
        }
        post(.facilityMerges) { request, context in
            try await FacilityMergeController.decide(request, context: context, database: database)
        }
        router.get(route(.privateShare())) { request, _ in
            try await PrivateShareController.page(request, database: database)
        }
        router.get(route(.daily)) { _, _ in
            try await DailyPopulationController.nationalPage(database: database)
        }
        router.get(route(.deaths())) { request, _ in
            try await DeathsController.page(request, database: database)
        }
        post(.deathDuplicateDecisions) { request, context in
            try await DeathDuplicateController.decide(request, context: context, database: database)
        }
        post(.deathLinkDecisions) { request, context in
            try await DeathLinkController.decide(request, context: context, database: database)
        }
        router.get(route(.segregation)) { _, _ in
            try await SegregationController.page(database: database)
        }
        router.get(route(.closureRanking())) { request, context in
            try await ClosureRankingController.page(request, context: context, database: database, inputs: caches.closureInputs)
        }
        router.get(route(.auditLog)) { request, context in
            try await AuditLogController.page(request, context: context, database: database)
        }
        // Documented incidents: reading for everyone (internal ones for signed-in people), recording for editors
        router.get(route(.incidents())) { request, context in
            try await IncidentsController.page(request, context: context, database: database)
        }
        post(.incidents()) { request, context in
            try await IncidentFormController.create(request, context: context, database: database)
        }
        router.get(route(.newIncident())) { request, context in
            try await IncidentFormController.form(request, context: context, database: database)
        }
        router.get(route(.incident(id: 0))) { request, context in
            try await IncidentsController.incidentPage(try IncidentsController.id(context), request, context: context, database: database)
        }
        post(.incidentStatus(id: 0)) { request, context in
            try await IncidentFormController.changeStatus(try IncidentsController.id(context), request, context: context, database: database)
        }
        // Cited operator records added from a facility page: editors only
        router.get(route(.newOperatorRecord(placeholderKey))) { request, context in
            try await OperatorFormController.form(key: try facilityKey(context), request, context: context, database: database)
        }
        post(.operatorRecords(placeholderKey)) { request, context in
            try await OperatorFormController.create(key: try facilityKey(context), request, context: context, database: database)
        }
        // Casework: organizations, cases, the release queue and drafts. Members only; Vigil admins
        // through break-glass. Every read and change is audited by the store (docs/casework.md).
        let gate = CaseGate(database: database, key: dataKey)
        let records = FacilityRecords(inputs: caches.closureInputs)
        router.get(route(.organizations)) { request, context in
            try await OrganizationController.list(request, context: context, database: database)
        }
        post(.organizations) { request, context in
            try await OrganizationController.create(request, context: context, database: database)
        }
        router.get(route(.organization(slug: ""))) { _, context in
            try await OrganizationController.page(slug: try CaseGate.slug(context), context: context, database: database, key: dataKey)
        }
        post(.organizationMembers(slug: "")) { request, context in
            try await OrganizationController.setMember(slug: try CaseGate.slug(context), request, context: context, database: database, key: dataKey)
        }
        post(.breakGlass(slug: "")) { request, context in
            try await OrganizationController.breakGlass(slug: try CaseGate.slug(context), request, context: context, database: database, key: dataKey)
        }
        router.get(route(.releaseQueue(slug: ""))) { _, context in
            try await ReleaseQueueController.page(slug: try CaseGate.slug(context), context: context, gate: gate, records: records)
        }
        post(.cases(slug: "")) { request, context in
            try await CaseController.create(slug: try CaseGate.slug(context), request, context: context, gate: gate)
        }
        router.get(route(.newCase(slug: ""))) { _, context in
            try await CaseController.newForm(slug: try CaseGate.slug(context), context: context, gate: gate)
        }
        router.get(route(.caseFile(slug: "", id: 0))) { _, context in
            try await CaseController.page(slug: try CaseGate.slug(context), id: try CaseGate.caseID(context), context: context, gate: gate, records: records)
        }
        post(.caseFile(slug: "", id: 0)) { request, context in
            try await CaseController.update(slug: try CaseGate.slug(context), id: try CaseGate.caseID(context), request, context: context, gate: gate)
        }
        router.get(route(.editCase(slug: "", id: 0))) { _, context in
            try await CaseController.editForm(slug: try CaseGate.slug(context), id: try CaseGate.caseID(context), context: context, gate: gate)
        }
        post(.caseEvents(slug: "", id: 0)) { request, context in
            try await CaseController.addEvent(slug: try CaseGate.slug(context), id: try CaseGate.caseID(context), request, context: context,
                                              gate: gate, records: records)
        }
        router.get(route(.caseDraft(slug: "", id: 0, .parole))) { request, context in
            try await DraftController.page(slug: try CaseGate.slug(context), id: try CaseGate.caseID(context), kind: try DraftController.kind(context),
                                           language: DraftLanguage(query: QueryParameters(query: request.uri.query)["lang"]),
                                           context: context, gate: gate, records: records)
        }
        router.get(route(.caseDraftPDF(slug: "", id: 0, .parole))) { request, context in
            try await DraftController.pdf(slug: try CaseGate.slug(context), id: try CaseGate.caseID(context), kind: try DraftController.kind(context),
                                          language: DraftLanguage(query: QueryParameters(query: request.uri.query)["lang"]),
                                          context: context, gate: gate, records: records, printer: printer)
        }
        // How to use Vigil, in plain words
        router.get(route(.help)) { _, _ in
            await HelpController.page(database: database)
        }
        // Bond funds: the books, queues and reports of a fund, for its members only, through the case gate (docs/bond-funds.md)
        router.get(route(.fund(slug: ""))) { request, context in
            try await FundController.page(slug: try CaseGate.slug(context), request, context: context, gate: gate)
        }
        post(.fundIncome(slug: "")) { request, context in
            try await FundController.income(slug: try CaseGate.slug(context), request, context: context, gate: gate)
        }
        post(.fundSteps(slug: "")) { request, context in
            try await FundController.step(slug: try CaseGate.slug(context), request, context: context, gate: gate)
        }
        post(.fundNotes(slug: "")) { request, context in
            try await FundController.note(slug: try CaseGate.slug(context), request, context: context, gate: gate)
        }
        post(.fundObligors(slug: "")) { request, context in
            try await FundController.obligor(slug: try CaseGate.slug(context), request, context: context, gate: gate)
        }
        router.get(route(.fundReport(slug: "", year: 0))) { request, context in
            try await FundController.report(slug: try CaseGate.slug(context), request, context: context, gate: gate)
        }
        for format in ExportFormat.allCases {
            router.get(route(.fundReportFile(slug: "", year: 0, format))) { request, context in
                try await FundController.reportFile(slug: try CaseGate.slug(context), format: format, request, context: context, gate: gate)
            }
        }
        // Public release work: counts and medians only, small cells suppressed (no person field is read)
        router.get(route(.releaseWork)) { _, _ in
            try await ReleaseWorkController.page(database: database)
        }
        for format in ExportFormat.allCases {
            router.get(route(.download(.releaseWork(format)))) { _, _ in
                TableResponse.make(try await Exporter(database: database).table(.caseAggregates), format: format, fileStem: "vigil-release-work")
            }
        }
        // TPS designations as the release screener uses them (public: no person data), and their downloads
        router.get(route(.tps)) { _, _ in
            try await TPSController.page(database: database)
        }
        for format in ExportFormat.allCases {
            router.get(route(.download(.tps(format)))) { _, _ in
                TableResponse.make(try await Exporter(database: database).table(.tpsDesignations), format: format, fileStem: "vigil-tps-designations")
            }
        }
        // Sign-on letters: reading and signing for everyone, writing and review for editors
        let signing = SignOnController(database: database, settings: signOn, cookies: cookies)
        router.get(route(.letters)) { _, context in
            try await LettersController.list(context: context, database: database)
        }
        post(.letters) { request, context in
            try await LetterEditorController.create(request: request, context: context, database: database)
        }
        router.get(route(.newLetter)) { request, context in
            try await LetterEditorController.newForm(request: request, context: context, database: database)
        }
        router.get(route(.letterConfirm(token: ""))) { request, context in
            try await signing.linkPage(.confirm, request: request, context: context)
        }
        post(.letterConfirm(token: "")) { request, context in
            try await signing.follow(.confirm, request: request, context: context)
        }
        router.get(route(.letterWithdraw(token: ""))) { request, context in
            try await signing.linkPage(.withdraw, request: request, context: context)
        }
        post(.letterWithdraw(token: "")) { request, context in
            try await signing.follow(.withdraw, request: request, context: context)
        }
        router.get(route(.letter(id: 0))) { request, context in
            try await LettersController.page(id: try LettersController.id(context), request: request, context: context, database: database,
                                             signOn: signOn, cookies: cookies)
        }
        router.get(route(.letterPDF(id: 0))) { _, context in
            try await LettersController.pdf(id: try LettersController.id(context), context: context, database: database, printer: printer)
        }
        post(.letterSignatures(id: 0)) { request, context in
            try await signing.sign(id: try LettersController.id(context), request: request, context: context)
        }
        router.get(route(.editLetter(id: 0))) { request, context in
            try await LetterEditorController.editForm(id: try LettersController.id(context), request: request, context: context, database: database)
        }
        post(.editLetter(id: 0)) { request, context in
            try await LetterEditorController.update(id: try LettersController.id(context), request: request, context: context, database: database,
                                                    signOn: signOn)
        }
        post(.letterStatus(id: 0)) { request, context in
            try await LetterEditorController.setStatus(id: try LettersController.id(context), request: request, context: context, database: database)
        }
        router.get(route(.letterReview(id: 0))) { request, context in
            try await SignatureReviewController.page(id: try LettersController.id(context), request: request, context: context, database: database)
        }
        post(.letterReviewDecisions(id: 0)) { request, context in
            try await SignatureReviewController.decide(id: try LettersController.id(context), request: request, context: context, database: database)
        }
        // Press audits: articles checked against a letter, editors only
        router.get(route(.pressAudits(letterID: 0))) { _, context in
            try await PressAuditController.rollUp(letterID: try LettersController.id(context), context: context, database: database)
        }
        post(.pressAudits(letterID: 0)) { request, context in
            try await PressAuditController.create(letterID: try LettersController.id(context), request: request, context: context, database: database)
        }
        router.get(route(.newPressAudit(letterID: 0))) { _, context in
            try await PressAuditController.form(letterID: try LettersController.id(context), context: context, database: database)
        }
        router.get(route(.pressAudit(id: 0))) { _, context in
            try await PressAuditController.report(id: try PressAuditController.id(context), context: context, database: database)
        }
        for format in ExportFormat.allCases {
            router.get(route(.download(.pressAuditFindings(id: 0, format)))) { _, context in
                try await PressAuditController.findings(id: try PressAuditController.id(context), format, context: context, database: database)
            }
            router.get(route(.download(.letterPressFindings(letterID: 0, format)))) { _, context in
                try await PressAuditController.letterFindings(letterID: try LettersController.id(context), format, context: context, database: database)
            }
        }
        // Expansion (issue 12): sites and timelines, money and beds
        router.get(route(.expansion())) { request, _ in
            try await ExpansionController.page(request, database: database)
        }
        router.get(route(.expansionMoney)) { _, _ in
            try await ExpansionController.moneyPage(database: database)
        }
        // Alerts: expansion events for everyone (page and Atom feed); subscriptions for signed-in people; the delivery log for editors
        router.get(route(.alerts())) { request, _ in
            try await AlertsController.page(request, database: database)
        }
        router.get(route(.alertFeed())) { request, _ in
            try await AlertsController.feed(request, database: database)
        }
        router.get(route(.alertSubscriptions)) { request, context in
            try await AlertSubscriptionController.page(request, context: context, database: database)
        }
        post(.alertSubscriptions) { request, context in
            try await AlertSubscriptionController.create(request, context: context, database: database)
        }
        post(.alertSubscriptionStop(id: 0)) { _, context in
            try await AlertSubscriptionController.stop(context: context, database: database)
        }
        let unsubscribing = AlertUnsubscribeController(database: database, cookies: cookies)
        router.get(route(.alertUnsubscribe(token: ""))) { request, context in
            try await unsubscribing.page(request, context: context)
        }
        post(.alertUnsubscribe(token: "")) { request, context in
            try await unsubscribing.follow(request, context: context)
        }
        router.get(route(.alertDeliveries)) { request, context in
            try await AlertDeliveryLogController.page(request, context: context, database: database)
        }
        router.get(route(.health)) { _, _ in
            HTMLResponse.text("ok", contentType: "text/plain; charset=utf-8")
        }

        // Downloads: every table as CSV and JSON
        for format in ExportFormat.allCases {
            router.get(route(.download(.releases(format)))) { _, _ in
                try await DownloadController.releases(format, database: database)
            }
            router.get(route(.download(.facilityReleases(format)))) { _, _ in
                try await DownloadController.facilityReleases(format, database: database)
            }
            router.get(route(.download(.releaseFacilities(releaseID: 0, format)))) { request, context in
                let query = FacilityListQuery(QueryParameters(query: request.uri.query))
                return try await DownloadController.releaseFacilities(try releaseID(context), query: query, format, database: database)
            }
            router.get(route(.download(.facilities(format)))) { _, _ in
                TableResponse.make(try await Exporter(database: database).table(.facilities), format: format, fileStem: "vigil-facilities")
            }
            router.get(route(.download(.privateShare(format)))) { _, _ in
                TableResponse.make(try await Exporter(database: database).table(.privateShare), format: format, fileStem: "vigil-private-share")
            }
            router.get(route(.download(.nationalTrend(format)))) { _, _ in
                try await DownloadController.nationalTrend(format, database: database)
            }
            router.get(route(.download(.breakdown(releaseID: 0, .state, format)))) { _, context in
                try await DownloadController.breakdown(try releaseID(context), try Lookup.dimension(context.parameters.get("dimension")),
                                                       format, database: database)
            }
            router.get(route(.download(.facilityHistory(placeholderKey, format)))) { _, context in
                try await DownloadController.facilityHistory(try facilityKey(context), format, database: database)
            }
            router.get(route(.download(.facilityInspections(placeholderKey, format)))) { _, context in
                try await DownloadController.facilityInspections(try facilityKey(context), format, database: database)
            }
            router.get(route(.download(.facilityDaily(placeholderKey, format)))) { _, context in
                try await DailyPopulationController.facilityDailyDownload(try facilityKey(context), format, database: database)
            }
            router.get(route(.download(.facilityDailyComparison(placeholderKey, format)))) { _, context in
                try await DailyPopulationController.comparisonDownload(try facilityKey(context), format, database: database)
            }
            router.get(route(.download(.nationalDaily(format)))) { _, _ in
                try await DailyPopulationController.nationalDownload(format, database: database)
            }
            router.get(route(.download(.deaths(format)))) { _, _ in
                TableResponse.make(try await Exporter(database: database).table(.deaths), format: format, fileStem: "vigil-deaths")
            }
            router.get(route(.download(.deathRates(format)))) { _, _ in
                TableResponse.make(try await DeathsController.ratesTable(database: database), format: format, fileStem: "vigil-death-rates")
            }
            router.get(route(.download(.facilityDeaths(placeholderKey, format)))) { _, context in
                try await DeathsController.facilityDownload(try facilityKey(context), format, database: database)
            }
            router.get(route(.download(.segregation(format)))) { _, _ in
                TableResponse.make(try await Exporter(database: database).table(.segregation), format: format, fileStem: "vigil-segregation")
            }
            router.get(route(.download(.segregationMonths(format)))) { _, _ in
                try await SegregationController.monthsDownload(format, database: database)
            }
            router.get(route(.download(.vulnerableSegregation(format)))) { _, _ in
                TableResponse.make(try await Exporter(database: database).table(.vulnerableSegregation), format: format,
                                   fileStem: "vigil-vulnerable-segregation")
            }
            router.get(route(.download(.facilitySegregation(placeholderKey, format)))) { _, context in
                try await SegregationController.facilityDownload(try facilityKey(context), format, database: database)
            }
            router.get(route(.download(.incidents(format)))) { request, context in
                try await IncidentsController.download(request, format, context: context, database: database)
            }
            router.get(route(.download(.auditLog(format)))) { request, context in
                try await AuditLogController.download(request, context: context, format, database: database)
            }
            router.get(route(.download(.signatories(letterID: 0, format)))) { _, context in
                try await LettersController.signatoriesDownload(id: try LettersController.id(context), format, context: context, database: database)
            }
            router.get(route(.download(.expansionSites(format)))) { request, _ in
                try await ExpansionController.sitesDownload(request, format, database: database)
            }
            router.get(route(.download(.expansionTimeline(format)))) { request, _ in
                try await ExpansionController.timelineDownload(request, format, database: database)
            }
            router.get(route(.download(.contractDollars(format)))) { _, _ in
                TableResponse.make(ExpansionTables.dollars(try await MoneyQueries(database: database).dollars()), format: format,
                                   fileStem: "vigil-contract-dollars")
            }
            router.get(route(.download(.contractRecipients(format)))) { _, _ in
                TableResponse.make(ExpansionTables.recipients(try await MoneyQueries(database: database).recipients()), format: format,
                                   fileStem: "vigil-contract-recipients")
            }
            router.get(route(.download(.fundedBeds(format)))) { _, _ in
                TableResponse.make(ExpansionTables.fundedBeds(try await MoneyQueries(database: database).fundedBeds()), format: format,
                                   fileStem: "vigil-funded-beds")
            }
            router.get(route(.download(.expansionEvents(format)))) { _, _ in
                TableResponse.make(try await Exporter(database: database).table(.expansionEvents), format: format, fileStem: "vigil-expansion-events")
            }
            router.get(route(.download(.closureRanking(ClosureWeights(), format)))) { request, context in
                try await ClosureRankingController.download(request, context: context, format, database: database,
                                                            inputs: caches.closureInputs)
            }
        }

        // JSON API v1
        router.get(route(.api(.releases))) { _, _ in
            JSONResponse.make(try await APIController.releases(database: database))
        }
        router.get(route(.api(.release(id: 0)))) { _, context in
            JSONResponse.make(try await APIController.release(try releaseID(context), database: database))
        }
        router.get(route(.api(.releaseFacilities(releaseID: 0)))) { request, context in
            let query = FacilityListQuery(QueryParameters(query: request.uri.query))
            return JSONResponse.make(try await APIController.releaseFacilities(try releaseID(context), query: query, database: database))
        }
        router.get(route(.api(.breakdown(releaseID: 0, .state)))) { _, context in
            JSONResponse.make(try await APIController.breakdown(try releaseID(context), try Lookup.dimension(context.parameters.get("dimension")),
                                                                database: database))
        }
        router.get(route(.api(.nationalTrend))) { _, _ in
            JSONResponse.make(try await APIController.nationalTrend(database: database))
        }
        router.get(route(.api(.facility(placeholderKey)))) { _, context in
            JSONResponse.make(try await APIController.facility(try facilityKey(context), database: database))
        }
        router.get(route(.api(.facilitySearch(query: nil)))) { request, _ in
            JSONResponse.make(try await APIController.search(QueryParameters(query: request.uri.query)["q"], database: database))
        }
        router.get(route(.api(.facilityDaily(placeholderKey)))) { _, context in
            JSONResponse.make(try await DailyPopulationController.facilityAPI(try facilityKey(context), database: database))
        }
        router.get(route(.api(.nationalDaily))) { _, _ in
            JSONResponse.make(try await DailyPopulationController.nationalAPI(database: database))
        }
        router.get(route(.api(.deaths))) { _, _ in
            JSONResponse.make(try await DeathsController.api(database: database))
        }
        router.get(route(.api(.segregation))) { _, _ in
            JSONResponse.make(try await SegregationController.api(database: database))
        }
        router.get(route(.api(.closureRanking()))) { request, context in
            try await ClosureRankingController.api(request, context: context, database: database, inputs: caches.closureInputs)
        }
        router.get(route(.api(.incidents()))) { request, context in
            JSONResponse.make(try await IncidentsController.api(request, context: context, database: database))
        }
        router.get(route(.api(.letter(id: 0)))) { _, context in
            JSONResponse.make(try await LettersController.api(id: try LettersController.id(context), context: context, database: database))
        }
        router.get(route(.api(.expansion()))) { request, _ in
            JSONResponse.make(try await ExpansionController.api(request, database: database))
        }
        router.get(route(.api(.expansionMoney))) { _, _ in
            JSONResponse.make(try await ExpansionController.moneyAPI(database: database))
        }
        router.get(route(.api(.expansionEvents()))) { request, _ in
            JSONResponse.make(try await AlertsController.api(request, database: database))
        }
        router.get(route(.api(.releaseWork))) { _, _ in
            JSONResponse.make(try await ReleaseWorkController.api(database: database))
        }
        router.get(route(.api(.openAPI))) { _, _ in
            HTMLResponse.text(OpenAPIDocument.yaml, contentType: "application/yaml; charset=utf-8")
        }
    }

    /// The route pattern of an address; parameter values in `url` are placeholders and ignored.
    static func route(_ url: SiteURL) -> RouterPath { RouterPath(url.routePattern) }

    static let placeholderKey = FacilityKey(rawValue: "")

    static func releaseID(_ context: some RequestContext) throws -> Int {
        try Lookup.releaseID(context.parameters.get("id"))
    }

    static func facilityKey(_ context: some RequestContext) throws -> FacilityKey {
        guard let text = context.parameters.get("key"), !text.isEmpty else { throw WebError.notFound(t("error.facility.no_key")) }
        return FacilityKey(rawValue: text)
    }
}
