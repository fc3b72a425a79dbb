import VigilCore
import VigilStore

/// The expansion downloads. Every row carries the licence of the lists it comes from
/// (`licence`), since CC BY-SA 4.0 travels with each copy.
enum ExpansionTables {
    static let licence = TableValue.text(ExpansionQueries.licence)

    static let siteColumns = [
        "site_id", "facility_code", "name", "state", "operator", "furthest_stage", "latest_activity", "stages",
        "first_signal", "first_award", "first_book_in", "events", "licence",
    ]

    static func sites(_ sites: [ExpansionSite]) -> DataTable {
        var table = DataTable(columns: siteColumns)
        for s in sites {
            func first(_ stage: PipelineStage) -> TableValue { TableValue(s.events.first { $0.stage == stage }?.date) }
            table.append([
                .text(s.id), TableValue(s.code), .text(s.name), TableValue(s.state), TableValue(s.operatorName),
                TableValue(s.furthestStage?.rawValue), TableValue(s.latestActivity),
                .text(PipelineStage.allCases.filter(s.stages.contains).map(\.rawValue).joined(separator: ";")),
                first(.signal), first(.award), first(.firstBookIn), .integer(s.events.count), licence,
            ])
        }
        return table
    }

    static let timelineColumns = ["site_id", "facility_code", "name", "state", "stage", "date", "summary", "citation", "licence"]

    static func timeline(_ sites: [ExpansionSite]) -> DataTable {
        var table = DataTable(columns: timelineColumns)
        for s in sites {
            for e in s.events {
                table.append([.text(s.id), TableValue(s.code), .text(s.name), TableValue(s.state), .text(e.stage.rawValue), TableValue(e.date),
                              .text(e.summary), .text(e.citation), licence])
            }
        }
        return table
    }

    static let dollarColumns = ["fiscal_year", "recipient", "facility_code", "facility_name", "detention_related", "awards", "amount_usd", "licence"]

    static func dollars(_ rows: [MoneyQueries.DollarRow]) -> DataTable {
        var table = DataTable(columns: dollarColumns)
        for r in rows {
            table.append([TableValue(r.fiscalYear), .text(r.recipient), TableValue(r.code), TableValue(r.facilityName),
                          .boolean(r.detentionRelated), .integer(r.awards), .number(r.amountUSD), licence])
        }
        return table
    }

    static let recipientColumns = ["recipient", "detention_awards", "amount_usd", "first_fiscal_year", "last_fiscal_year", "linked_facilities", "licence"]

    static func recipients(_ rows: [MoneyQueries.RecipientRow]) -> DataTable {
        var table = DataTable(columns: recipientColumns)
        for r in rows {
            table.append([.text(r.recipient), .integer(r.awards), .number(r.amountUSD), TableValue(r.firstFiscalYear),
                          TableValue(r.lastFiscalYear), .integer(r.facilities), licence])
        }
        return table
    }

    static let fundedBedColumns = ["fiscal_year", "beds", "status", "what_the_source_says", "source_url", "source_row", "licence"]

    /// `beds` is empty (null) where the source says there was no bed minimum: never 0.
    static func fundedBeds(_ years: [FundedBedsYear]) -> DataTable {
        var table = DataTable(columns: fundedBedColumns)
        for y in years {
            table.append([.integer(y.fiscalYear), TableValue(y.beds), .text(y.status), TableValue(y.statement), TableValue(y.sourceURL),
                          .integer(y.sourceRow), licence])
        }
        return table
    }
}
