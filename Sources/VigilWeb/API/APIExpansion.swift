import VigilCore
import VigilStore

/// `/api/v1/expansion`: sites, newest activity first, each with its timeline; the licence
/// and attribution the data carries.
struct APIExpansion: Codable, Sendable, Hashable {
    var licence: String
    var attribution: String
    var sites: [APIExpansionSite]
}

struct APIExpansionSite: Codable, Sendable, Hashable {
    var siteID: String
    var facilityCode: String?
    var name: String
    var state: String?
    var operatorName: String?
    var furthestStage: String?
    var latestActivity: String?
    var events: [APIPipelineEvent]

    enum CodingKeys: String, CodingKey {
        case siteID = "site_id", facilityCode = "facility_code", name, state, operatorName = "operator", furthestStage = "furthest_stage"
        case latestActivity = "latest_activity", events
    }

    init(_ site: ExpansionSite) {
        siteID = site.id
        facilityCode = site.code
        name = site.name
        state = site.state
        operatorName = site.operatorName
        furthestStage = site.furthestStage?.rawValue
        latestActivity = site.latestActivity?.iso
        events = site.events.map(APIPipelineEvent.init)
    }
}

struct APIPipelineEvent: Codable, Sendable, Hashable {
    var stage: String
    var date: String
    var summary: String
    var citation: String

    init(_ event: PipelineEvent) {
        stage = event.stage.rawValue
        date = event.date.iso
        summary = event.summary
        citation = event.citation
    }
}

/// `/api/v1/expansion/money`: who profits, contract dollars, funded beds.
struct APIExpansionMoney: Codable, Sendable, Hashable {
    var licence: String
    var attribution: String
    var recipients: [APIContractRecipient]
    var dollars: [APIContractDollars]
    var fundedBeds: [APIFundedBeds]

    enum CodingKeys: String, CodingKey { case licence, attribution, recipients, dollars, fundedBeds = "funded_beds" }
}

struct APIContractRecipient: Codable, Sendable, Hashable {
    var recipient: String
    var detentionAwards: Int
    var amountUSD: Double
    var firstFiscalYear: Int?
    var lastFiscalYear: Int?
    var linkedFacilities: Int

    enum CodingKeys: String, CodingKey {
        case recipient, detentionAwards = "detention_awards", amountUSD = "amount_usd", firstFiscalYear = "first_fiscal_year"
        case lastFiscalYear = "last_fiscal_year", linkedFacilities = "linked_facilities"
    }

    init(_ r: MoneyQueries.RecipientRow) {
        recipient = r.recipient
        detentionAwards = r.awards
        amountUSD = r.amountUSD
        firstFiscalYear = r.firstFiscalYear
        lastFiscalYear = r.lastFiscalYear
        linkedFacilities = r.facilities
    }
}

struct APIContractDollars: Codable, Sendable, Hashable {
    var fiscalYear: Int?
    var recipient: String
    var facilityCode: String?
    var detentionRelated: Bool
    var awards: Int
    var amountUSD: Double

    enum CodingKeys: String, CodingKey {
        case fiscalYear = "fiscal_year", recipient, facilityCode = "facility_code", detentionRelated = "detention_related", awards
        case amountUSD = "amount_usd"
    }

    init(_ r: MoneyQueries.DollarRow) {
        fiscalYear = r.fiscalYear
        recipient = r.recipient
        facilityCode = r.code
        detentionRelated = r.detentionRelated
        awards = r.awards
        amountUSD = r.amountUSD
    }
}

/// `beds` is null where the source says there was no bed minimum that year.
struct APIFundedBeds: Codable, Sendable, Hashable {
    var fiscalYear: Int
    var beds: Int?
    var status: String
    var sourceURL: String?

    enum CodingKeys: String, CodingKey { case fiscalYear = "fiscal_year", beds, status, sourceURL = "source_url" }

    init(_ y: FundedBedsYear) {
        fiscalYear = y.fiscalYear
        beds = y.beds
        status = y.status
        sourceURL = y.sourceURL
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        // Written as null, not left out: “no minimum” is a fact the reader must see.
        try c.encode(beds, forKey: .beds)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(sourceURL, forKey: .sourceURL)
    }
}
