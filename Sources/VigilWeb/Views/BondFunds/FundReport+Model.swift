import VigilCore

/// `/orgs/{slug}/fund/report?year=`: a fund's figures for a calendar year.
struct FundReportModel: Sendable {
    var chrome: PageChrome
    var organization: Organization
    var year: Int
    var report: FundReport
    var synthetic: Bool
}
