import VigilCore
import VigilStore

/// `/letters/{id}/press`: every saved audit of one letter, outlet by outlet, with its counts per verdict.
struct PressAuditRollUpModel: Sendable {
    var chrome: PageChrome
    var letterID: Int
    var letterTitle: String
    var rows: [Row]
    /// The verdicts any audit has, in the audit's order: the table's columns.
    var verdicts: [PressVerdict]
    var totals: [PressVerdict: Int]

    struct Row: Sendable, Hashable {
        var id: Int
        var title: String
        var outlet: String
        var publishedOn: CalendarDate?
        var letterVersion: Int
        var counts: [PressVerdict: Int]
        var flagged: Int
    }

    init(chrome: PageChrome, letterID: Int, letterTitle: String, audits: [PressAuditRecord]) {
        self.chrome = chrome
        self.letterID = letterID
        self.letterTitle = letterTitle
        self.rows = audits.map { audit in
            Row(id: audit.id, title: audit.article.title, outlet: audit.article.outlet, publishedOn: audit.article.publishedOn,
                letterVersion: audit.letterVersion,
                counts: Dictionary(PressAudit.counts(audit.findings).map { ($0.verdict, $0.count) }, uniquingKeysWith: +),
                flagged: audit.findings.filter(\.verdict.needsReview).count)
        }
        var totals: [PressVerdict: Int] = [:]
        for row in rows { for (verdict, count) in row.counts { totals[verdict, default: 0] += count } }
        self.totals = totals
        self.verdicts = PressVerdict.allCases.filter { totals[$0] != nil }
    }
}
