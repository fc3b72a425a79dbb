import Foundation
import VigilCore
import VigilStore

/// Every page, download and API address Vigil serves. Views link only through this type and
/// `Routes.swift` registers its patterns, so a renamed path is a compile error, not a dead link.
enum SiteURL: Hashable, Sendable {
    case national(NationalQuery = NationalQuery())
    case releases
    case facility(FacilityKey)
    /// Workbook facilities with no accepted registry code, for a person to decide.
    case facilityReview
    /// A person's decision on one review-queue row (POST only, editors, with the CSRF token).
    case facilityReviewDecisions
    /// A person's "same facility as" decision on two registry codes, or its undoing (POST only, editors, with the CSRF token).
    case facilityMerges
    /// The share of ADP in privately operated facilities, with the method; nil release = latest.
    case privateShare(releaseID: Int? = nil)
    /// The national daily population per source, from person-level and derived files.
    case daily
    /// Deaths in ICE custody: per year, every death, and the rate per detained-days.
    case deaths(newestFirst: Bool = false)
    /// A person's decision on a likely duplicate death (POST only, editors, with the CSRF token).
    case deathDuplicateDecisions
    /// A person's link of a death to a facility code, or removal of a wrong link (POST only, editors, with the CSRF token).
    case deathLinkDecisions
    /// ICE's segregation figures: per facility and month, and vulnerable people per quarter.
    case segregation
    /// Facilities ranked for closure by a weighted score whose weights travel in the query string.
    case closureRanking(ClosureWeights = ClosureWeights())
    /// One facility's closure dossier: every fact with its source and as-of date, printable.
    case dossier(FacilityKey)
    /// The dossier as a PDF, printed by headless Chromium.
    case dossierPDF(FacilityKey)
    /// Every recorded change and sign-in, newest first (admins only).
    case auditLog
    /// Documented incidents (conditions), narrowed by facility, category and status.
    /// POSTing to it records one (editors, with the CSRF token).
    case incidents(IncidentListQuery = IncidentListQuery())
    /// One incident.
    case incident(id: Int)
    /// The form to record an incident, for editors; `facility` (a code or key) fills it in.
    case newIncident(facility: String? = nil)
    /// A change of an incident's status and visibility (POST only, editors, with the CSRF token).
    case incidentStatus(id: Int)
    /// The form to add a cited operator record for a facility (a code or workbook key), for editors.
    case newOperatorRecord(FacilityKey)
    /// Adding a facility's cited operator record (POST only, editors, with the CSRF token).
    case operatorRecords(FacilityKey)
    // Casework (signed-in members of the organization only; see docs/casework.md)
    /// The organizations the reader belongs to; for Vigil admins every one, and the form to add one (POST).
    case organizations
    /// One organization: its cases (members), its members, and the break-glass form (admins).
    case organization(slug: String)
    /// Adding a member or changing a member's role (POST only).
    case organizationMembers(slug: String)
    /// A Vigil admin's recorded, time-limited access to the organization's cases (POST only, with a reason).
    case breakGlass(slug: String)
    /// Recording a case (POST only).
    case cases(slug: String)
    case newCase(slug: String)
    /// One case (GET); its changed fields (POST).
    case caseFile(slug: String, id: Int)
    case editCase(slug: String, id: Int)
    /// Recording a custody event (POST only).
    case caseEvents(slug: String, id: Int)
    /// The organization's cases ranked by the strength and urgency of their release paths.
    case releaseQueue(slug: String)
    /// A draft request from a case, as an editable page, in English or Spanish.
    case caseDraft(slug: String, id: Int, DraftKind, DraftLanguage = .english)
    /// The same draft printed to PDF.
    case caseDraftPDF(slug: String, id: Int, DraftKind, DraftLanguage = .english)
    // Bond funds (signed-in members of the fund only; see docs/bond-funds.md)
    /// A fund's books, queues (refunds chased after `refundDays`), bonds, obligors and forms.
    case fund(slug: String, refundDays: Int = FundQueues.defaultRefundDays)
    /// Booking a donation or grant; recording a bond step; a note or hearing; an obligor (POST only).
    case fundIncome(slug: String)
    case fundSteps(slug: String)
    case fundNotes(slug: String)
    case fundObligors(slug: String)
    /// The fund's report for a calendar year, and its CSV or JSON for the fund's own books.
    case fundReport(slug: String, year: Int)
    case fundReportFile(slug: String, year: Int, ExportFormat)
    /// Public: people released, bonds posted and the median bond per month and facility, small cells suppressed.
    case releaseWork
    /// TPS designations as the release screener uses them: when each is in force, its source and certainty.
    case tps
    /// How to use Vigil, in plain words, in the reader's language.
    case help
    // Sign-on letters
    /// Every letter the reader may see (drafts for editors); POSTing to it creates one (editors).
    case letters
    /// The form to write a new letter, for editors.
    case newLetter
    /// A letter: the sign-on form while open, the published letter once sent, with its fact sheet.
    case letter(id: Int)
    /// The published letter printed to PDF by headless Chromium.
    case letterPDF(id: Int)
    /// The form to edit a letter (GET) and saving it as a new version (POST), for editors.
    case editLetter(id: Int)
    /// A change of a letter's status (POST only, editors).
    case letterStatus(id: Int)
    /// Signing a letter (POST only, anyone, with the form's CSRF token).
    case letterSignatures(id: Int)
    /// Confirmed signatures side by side, clustered by organization name, for editors.
    case letterReview(id: Int)
    /// An editor's decision on a signature (POST only).
    case letterReviewDecisions(id: Int)
    /// The link in a confirmation e-mail (GET asks, POST confirms).
    case letterConfirm(token: String)
    /// The withdrawal link in a confirmation e-mail (GET asks, POST withdraws).
    case letterWithdraw(token: String)
    // Press audits (editors)
    /// A letter's saved press audits rolled up across outlets (GET); POSTing an article audits and saves it.
    case pressAudits(letterID: Int)
    /// The form to paste an article to audit against a letter.
    case newPressAudit(letterID: Int)
    /// One saved audit: the article with its findings highlighted and noted.
    case pressAudit(id: Int)
    /// Expansion (issue 12): sites from first signal to people held, newest activity first, filtered.
    case expansion(ExpansionListQuery = ExpansionListQuery())
    /// Contract dollars per facility, recipient and fiscal year; funded beds against ADP and minimums.
    case expansionMoney
    // Alerts: expansion events between releases
    /// Expansion events, narrowed like a subscription (`?state=TX&kind=new`), newest first.
    case alerts(AlertScope = AlertScope())
    /// The same events as an Atom feed.
    case alertFeed(AlertScope = AlertScope())
    /// The signed-in person's subscriptions and the form to add one (POST adds one, with the CSRF token).
    case alertSubscriptions
    /// What went where, and failures: for editors.
    case alertDeliveries
    /// Stops one subscription (POST only; its maker or an admin, with the CSRF token).
    case alertSubscriptionStop(id: Int)
    /// The unsubscribe link in every alert e-mail (GET asks, POST stops), no account needed.
    case alertUnsubscribe(token: String)
    case health
    /// The stylesheet, under a name that holds its content hash (`Stylesheet.fingerprint`).
    case stylesheet
    /// A page waiting to be printed to PDF, under its single-use token: answers only a loopback peer, once
    /// (`PrintPages`, `PrintController`).
    case printPage(token: String)
    /// The sign-in form (GET) and sign-in (POST), for people who add or review data.
    case signIn
    /// Signing out (POST only, with the CSRF token).
    case signOut
    case download(Download)
    case api(API)

    /// The tables every page offers as CSV and JSON.
    enum Download: Hashable, Sendable {
        case releases(ExportFormat)
        case facilityReleases(ExportFormat)
        /// One release's facility table, narrowed by the same filters as the page (sorting too).
        case releaseFacilities(releaseID: Int, ExportFormat, FacilityListQuery = FacilityListQuery())
        case nationalTrend(ExportFormat)
        case breakdown(releaseID: Int, BreakdownDimension, ExportFormat)
        case facilityHistory(FacilityKey, ExportFormat)
        case facilityInspections(FacilityKey, ExportFormat)
        case facilities(ExportFormat)
        case privateShare(ExportFormat)
        /// A facility's daily populations, every day of every source (long format).
        case facilityDaily(FacilityKey, ExportFormat)
        /// Where a facility's daily sources agree and differ: means over the same days.
        case facilityDailyComparison(FacilityKey, ExportFormat)
        /// The national daily midnight population per source.
        case nationalDaily(ExportFormat)
        case deaths(ExportFormat)
        case deathRates(ExportFormat)
        /// Every facility line of every month's latest edition (the `segregation` export).
        case segregation(ExportFormat)
        /// People in segregation per month nationally.
        case segregationMonths(ExportFormat)
        /// Vulnerable-population placements per quarter and reason (the `vulnerable-segregation` export).
        case vulnerableSegregation(ExportFormat)
        case facilitySegregation(FacilityKey, ExportFormat)
        case facilityDeaths(FacilityKey, ExportFormat)
        case closureRanking(ClosureWeights, ExportFormat)
        case auditLog(ExportFormat)
        /// The incidents the reader may see, narrowed by the same filters as the page.
        case incidents(ExportFormat, IncidentListQuery = IncidentListQuery())
        /// The latest stored TPS designations (the `tps-designations` export).
        case tps(ExportFormat)
        /// The public release-work table (the `case-aggregates` export), small cells suppressed.
        case releaseWork(ExportFormat)
        /// A letter's approved signatories, without e-mails.
        case signatories(letterID: Int, ExportFormat)
        /// One saved press audit's findings.
        case pressAuditFindings(id: Int, ExportFormat)
        /// Every saved press audit's findings for a letter, across outlets.
        case letterPressFindings(letterID: Int, ExportFormat)
        /// Expansion sites, one row each, with the page's filters.
        case expansionSites(ExportFormat, ExpansionListQuery = ExpansionListQuery())
        /// Every stage of every site's timeline, with its source, with the page's filters.
        case expansionTimeline(ExportFormat, ExpansionListQuery = ExpansionListQuery())
        /// Contract dollars per fiscal year, recipient and facility.
        case contractDollars(ExportFormat)
        /// Detention-related awards by recipient: who profits.
        case contractRecipients(ExportFormat)
        /// Funded beds by fiscal year as the sources state them.
        case fundedBeds(ExportFormat)
        /// Every expansion event (the `expansion-events` export).
        case expansionEvents(ExportFormat)
    }

    /// The JSON API, version 1.
    enum API: Hashable, Sendable {
        case releases
        case release(id: Int)
        case releaseFacilities(releaseID: Int, FacilityListQuery = FacilityListQuery())
        case breakdown(releaseID: Int, BreakdownDimension)
        case nationalTrend
        case facility(FacilityKey)
        case facilitySearch(query: String?)
        /// A facility's daily population series and the comparison between sources.
        case facilityDaily(FacilityKey)
        /// The national daily midnight population per source.
        case nationalDaily
        /// Every death in ICE custody with its sources.
        case deaths
        /// National segregation per month and vulnerable-population placements per quarter.
        case segregation
        case closureRanking(ClosureWeights = ClosureWeights())
        /// The incidents the reader may see (public ones unless signed in), with the page's filters.
        case incidents(IncidentListQuery = IncidentListQuery())
        /// A public letter: its text, the approved count and signatories (no e-mails).
        case letter(id: Int)
        /// Expansion sites with their timelines, with the page's filters.
        case expansion(ExpansionListQuery = ExpansionListQuery())
        /// Contract dollars, who profits, and funded beds.
        case expansionMoney
        /// Expansion events, narrowed like a subscription.
        case expansionEvents(AlertScope = AlertScope())
        /// Releases and bonds through the organizations using Vigil, per month and facility, small cells suppressed.
        case releaseWork
        case openAPI
    }

    /// One piece of a path: fixed text, or a value that a route captures as a parameter.
    enum Segment: Hashable, Sendable {
        case literal(String)
        /// A captured value; `suffix` is fixed text after it in the same segment (`{dimension}.csv`).
        case parameter(name: String, value: String, suffix: String = "")
    }

    var segments: [Segment] {
        switch self {
        case .national: return []
        case .releases: return [.literal("releases")]
        case .facility(let key): return [.literal("facilities"), .parameter(name: "key", value: key.rawValue)]
        case .facilityReview: return [.literal("facilities"), .literal("review")]
        case .facilityReviewDecisions: return [.literal("facilities"), .literal("review"), .literal("decisions")]
        case .facilityMerges: return [.literal("facilities"), .literal("merges")]
        case .privateShare: return [.literal("private-share")]
        case .daily: return [.literal("daily")]
        case .deaths: return [.literal("deaths")]
        case .deathDuplicateDecisions: return [.literal("deaths"), .literal("duplicates")]
        case .deathLinkDecisions: return [.literal("deaths"), .literal("links")]
        case .segregation: return [.literal("segregation")]
        case .closureRanking: return [.literal("ranking")]
        case .dossier(let key): return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("dossier")]
        case .dossierPDF(let key): return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("dossier.pdf")]
        case .auditLog: return [.literal("admin"), .literal("audit")]
        case .incidents: return [.literal("incidents")]
        case .incident(let id): return [.literal("incidents"), .parameter(name: "id", value: String(id))]
        case .newIncident: return [.literal("incidents"), .literal("new")]
        case .incidentStatus(let id): return [.literal("incidents"), .parameter(name: "id", value: String(id)), .literal("status")]
        case .newOperatorRecord(let key):
            return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("operators"), .literal("new")]
        case .operatorRecords(let key): return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("operators")]
        case .fund(let slug, _): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("fund")]
        case .fundIncome(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("fund"), .literal("income")]
        case .fundSteps(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("fund"), .literal("steps")]
        case .fundNotes(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("fund"), .literal("notes")]
        case .fundObligors(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("fund"), .literal("obligors")]
        case .fundReport(let slug, _): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("fund"), .literal("report")]
        case .fundReportFile(let slug, _, let format):
            return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("fund"), .literal("report.\(format.rawValue)")]
        case .releaseWork: return [.literal("release-work")]
        case .tps: return [.literal("tps")]
        case .help: return [.literal("help")]
        case .letters: return [.literal("letters")]
        case .newLetter: return [.literal("letters"), .literal("new")]
        case .letter(let id): return [.literal("letters"), .parameter(name: "id", value: String(id))]
        case .letterPDF(let id): return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("letter.pdf")]
        case .editLetter(let id): return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("edit")]
        case .letterStatus(let id): return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("status")]
        case .letterSignatures(let id): return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("signatures")]
        case .letterReview(let id): return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("review")]
        case .letterReviewDecisions(let id):
            return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("review"), .literal("decisions")]
        case .letterConfirm: return [.literal("letters"), .literal("confirm")]
        case .letterWithdraw: return [.literal("letters"), .literal("withdraw")]
        case .pressAudits(let id): return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("press")]
        case .newPressAudit(let id): return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("press"), .literal("new")]
        case .pressAudit(let id): return [.literal("press-audits"), .parameter(name: "id", value: String(id))]
        case .expansion: return [.literal("expansion")]
        case .expansionMoney: return [.literal("expansion"), .literal("money")]
        case .alerts: return [.literal("alerts")]
        case .alertFeed: return [.literal("alerts.atom")]
        case .alertSubscriptions: return [.literal("alerts"), .literal("subscriptions")]
        case .alertDeliveries: return [.literal("alerts"), .literal("deliveries")]
        case .alertSubscriptionStop(let id):
            return [.literal("alerts"), .literal("subscriptions"), .parameter(name: "id", value: String(id)), .literal("stop")]
        case .alertUnsubscribe: return [.literal("alerts"), .literal("unsubscribe")]
        case .health: return [.literal("health")]
        case .organizations: return [.literal("orgs")]
        case .organization(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug)]
        case .organizationMembers(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("members")]
        case .breakGlass(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("break-glass")]
        case .cases(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("cases")]
        case .newCase(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("cases"), .literal("new")]
        case .caseFile(let slug, let id):
            return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("cases"), .parameter(name: "id", value: String(id))]
        case .editCase(let slug, let id):
            return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("cases"), .parameter(name: "id", value: String(id)),
                    .literal("edit")]
        case .caseEvents(let slug, let id):
            return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("cases"), .parameter(name: "id", value: String(id)),
                    .literal("events")]
        case .releaseQueue(let slug): return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("queue")]
        case .caseDraft(let slug, let id, let kind, _):
            return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("cases"), .parameter(name: "id", value: String(id)),
                    .literal("drafts"), .parameter(name: "kind", value: kind.rawValue)]
        case .caseDraftPDF(let slug, let id, let kind, _):
            return [.literal("orgs"), .parameter(name: "slug", value: slug), .literal("cases"), .parameter(name: "id", value: String(id)),
                    .literal("drafts"), .parameter(name: "kind", value: kind.rawValue), .literal("pdf")]
        case .stylesheet: return [.literal("assets"), .literal("vigil-\(Stylesheet.fingerprint).css")]
        case .printPage(let token): return [.literal("print"), .parameter(name: "token", value: token)]
        case .signIn: return [.literal("sign-in")]
        case .signOut: return [.literal("sign-out")]
        case .download(let download): return download.segments
        case .api(let api): return [.literal("api"), .literal("v1")] + api.segments
        }
    }

    /// The path with values filled in, percent-encoded: what a link points at.
    var path: String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): return text
            case .parameter(_, let value, let suffix): return SiteURL.encodePathSegment(value) + suffix
            }
        }.joined(separator: "/")
    }

    /// The path as Hummingbird matches it, with `{name}` for each parameter.
    var routePattern: String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): return text
            case .parameter(let name, _, let suffix): return "{\(name)}" + suffix
            }
        }.joined(separator: "/")
    }

    /// Query items the address carries (filters, sort order, the selected release).
    var queryItems: [(String, String)] {
        switch self {
        case .national(let query): return query.queryItems
        case .privateShare(let id): return id.map { [("release", String($0))] } ?? []
        case .deaths(let newestFirst): return newestFirst ? [("order", "newest")] : []
        case .closureRanking(let weights), .download(.closureRanking(let weights, _)), .api(.closureRanking(let weights)):
            return weights.isDefault ? [] : weights.queryItems.map { ($0.name, $0.value) }
        case .download(.releaseFacilities(_, _, let list)): return list.queryItems
        case .api(.releaseFacilities(_, let list)): return list.queryItems
        case .api(.facilitySearch(let text)): return text.map { [("q", $0)] } ?? []
        case .incidents(let query), .download(.incidents(_, let query)), .api(.incidents(let query)): return query.queryItems
        case .newIncident(let facility): return facility.map { [("facility", $0)] } ?? []
        case .letterConfirm(let token), .letterWithdraw(let token), .alertUnsubscribe(let token): return token.isEmpty ? [] : [("token", token)]
        case .expansion(let query), .download(.expansionSites(_, let query)), .download(.expansionTimeline(_, let query)),
             .api(.expansion(let query)):
            return query.queryItems
        case .alerts(let scope), .alertFeed(let scope), .api(.expansionEvents(let scope)): return AlertScopeQuery.queryItems(scope)
        case .caseDraft(_, _, _, let language), .caseDraftPDF(_, _, _, let language):
            return language == .english ? [] : [("lang", language.rawValue)]
        case .fund(_, let days): return days == FundQueues.defaultRefundDays ? [] : [("refund-days", String(days))]
        case .fundReport(_, let year), .fundReportFile(_, let year, _): return [("year", String(year))]
        default: return []
        }
    }

    /// Path plus query string: what goes into `href`. Escape it for an attribute before use.
    var href: String {
        let items = queryItems
        guard !items.isEmpty else { return path }
        return path + "?" + items.map { "\(SiteURL.encodeQueryValue($0.0))=\(SiteURL.encodeQueryValue($0.1))" }.joined(separator: "&")
    }

    static func encodePathSegment(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    static func encodeQueryValue(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension SiteURL.Download {
    var format: ExportFormat {
        switch self {
        case .releases(let f), .facilityReleases(let f), .releaseFacilities(_, let f, _), .nationalTrend(let f),
             .breakdown(_, _, let f), .facilityHistory(_, let f), .facilityInspections(_, let f), .facilities(let f),
             .privateShare(let f), .facilityDaily(_, let f), .facilityDailyComparison(_, let f), .nationalDaily(let f),
             .deaths(let f), .deathRates(let f), .facilityDeaths(_, let f), .segregation(let f), .segregationMonths(let f),
             .vulnerableSegregation(let f), .facilitySegregation(_, let f), .closureRanking(_, let f), .auditLog(let f),
             .incidents(let f, _), .tps(let f), .releaseWork(let f), .signatories(_, let f), .pressAuditFindings(_, let f), .letterPressFindings(_, let f),
             .expansionSites(let f, _), .expansionTimeline(let f, _), .contractDollars(let f),
             .contractRecipients(let f), .fundedBeds(let f), .expansionEvents(let f):
            return f
        }
    }

    var segments: [SiteURL.Segment] {
        let ext = format.rawValue
        switch self {
        case .releases: return [.literal("releases.\(ext)")]
        case .facilityReleases: return [.literal("facility-releases.\(ext)")]
        case .facilities: return [.literal("facilities.\(ext)")]
        case .privateShare: return [.literal("private-share.\(ext)")]
        case .releaseFacilities(let id, _, _):
            return [.literal("releases"), .parameter(name: "id", value: String(id)), .literal("facilities.\(ext)")]
        case .nationalTrend: return [.literal("national"), .literal("trend.\(ext)")]
        case .breakdown(let id, let dimension, _):
            return [.literal("releases"), .parameter(name: "id", value: String(id)), .literal("breakdown"),
                    .parameter(name: "dimension", value: dimension.rawValue, suffix: ".\(ext)")]
        case .facilityHistory(let key, _):
            return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("history.\(ext)")]
        case .facilityInspections(let key, _):
            return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("inspections.\(ext)")]
        case .facilityDaily(let key, _):
            return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("daily.\(ext)")]
        case .facilityDailyComparison(let key, _):
            return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("daily-comparison.\(ext)")]
        case .nationalDaily: return [.literal("daily"), .literal("national.\(ext)")]
        case .deaths: return [.literal("deaths.\(ext)")]
        case .deathRates: return [.literal("deaths"), .literal("rates.\(ext)")]
        case .segregation: return [.literal("segregation.\(ext)")]
        case .segregationMonths: return [.literal("segregation"), .literal("national.\(ext)")]
        case .vulnerableSegregation: return [.literal("segregation"), .literal("vulnerable.\(ext)")]
        case .facilitySegregation(let key, _):
            return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("segregation.\(ext)")]
        case .facilityDeaths(let key, _):
            return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("deaths.\(ext)")]
        case .closureRanking: return [.literal("ranking.\(ext)")]
        case .auditLog: return [.literal("admin"), .literal("audit.\(ext)")]
        case .incidents: return [.literal("incidents.\(ext)")]
        case .tps: return [.literal("tps.\(ext)")]
        case .releaseWork: return [.literal("release-work.\(ext)")]
        case .signatories(let id, _): return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("signatories.\(ext)")]
        case .pressAuditFindings(let id, _): return [.literal("press-audits"), .parameter(name: "id", value: String(id)), .literal("findings.\(ext)")]
        case .letterPressFindings(let id, _):
            return [.literal("letters"), .parameter(name: "id", value: String(id)), .literal("press"), .literal("findings.\(ext)")]
        case .expansionSites: return [.literal("expansion.\(ext)")]
        case .expansionTimeline: return [.literal("expansion"), .literal("timeline.\(ext)")]
        case .contractDollars: return [.literal("expansion"), .literal("money.\(ext)")]
        case .contractRecipients: return [.literal("expansion"), .literal("recipients.\(ext)")]
        case .fundedBeds: return [.literal("expansion"), .literal("funded-beds.\(ext)")]
        case .expansionEvents: return [.literal("alerts"), .literal("events.\(ext)")]
        }
    }
}

extension SiteURL.API {
    var segments: [SiteURL.Segment] {
        switch self {
        case .releases: return [.literal("releases")]
        case .release(let id): return [.literal("releases"), .parameter(name: "id", value: String(id))]
        case .releaseFacilities(let id, _):
            return [.literal("releases"), .parameter(name: "id", value: String(id)), .literal("facilities")]
        case .breakdown(let id, let dimension):
            return [.literal("releases"), .parameter(name: "id", value: String(id)), .literal("breakdown"),
                    .parameter(name: "dimension", value: dimension.rawValue)]
        case .nationalTrend: return [.literal("national"), .literal("trend")]
        case .facility(let key): return [.literal("facilities"), .parameter(name: "key", value: key.rawValue)]
        case .facilitySearch: return [.literal("facilities")]
        case .facilityDaily(let key): return [.literal("facilities"), .parameter(name: "key", value: key.rawValue), .literal("daily")]
        case .nationalDaily: return [.literal("daily"), .literal("national")]
        case .deaths: return [.literal("deaths")]
        case .segregation: return [.literal("segregation")]
        case .closureRanking: return [.literal("ranking")]
        case .incidents: return [.literal("incidents")]
        case .letter(let id): return [.literal("letters"), .parameter(name: "id", value: String(id))]
        case .expansion: return [.literal("expansion")]
        case .expansionMoney: return [.literal("expansion"), .literal("money")]
        case .expansionEvents: return [.literal("expansion-events")]
        case .releaseWork: return [.literal("release-work")]
        case .openAPI: return [.literal("openapi.yaml")]
        }
    }
}
