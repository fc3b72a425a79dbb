import VigilCore
import VigilStore

/// `/press-audits/{id}`: one saved audit, its article cut into paragraphs and each paragraph
/// into stretches by where findings start and end, so the view only lays them out.
struct PressAuditReportModel: Sendable {
    var chrome: PageChrome
    var auditID: Int
    var letterID: Int
    var letterTitle: String
    var letterVersion: Int
    var article: PressArticleDraft
    var savedBy: String
    var savedAt: String
    var counts: [(verdict: PressVerdict, count: Int)]
    /// Findings numbered from 1 in reading order.
    var findings: [PressFinding]
    var paragraphs: [Paragraph]

    struct Stretch: Sendable, Hashable {
        var text: String
        /// The number of the innermost finding covering the stretch (1-based), nil for plain text.
        var finding: Int?
        /// Numbers of the findings that start here, for their markers.
        var markers: [Int]
    }

    struct Paragraph: Sendable, Hashable {
        var stretches: [Stretch]
        /// Numbers of the findings whose notes go beside this paragraph (those that start in it).
        var notes: [Int]
    }

    init(chrome: PageChrome, audit: PressAuditRecord, letterTitle: String) {
        self.chrome = chrome
        self.auditID = audit.id
        self.letterID = audit.letterID
        self.letterTitle = letterTitle
        self.letterVersion = audit.letterVersion
        self.article = audit.article
        self.savedBy = audit.createdBy
        self.savedAt = audit.createdAt
        self.counts = PressAudit.counts(audit.findings)
        self.findings = audit.findings
        self.paragraphs = Self.paragraphs(Array(audit.article.text.unicodeScalars), findings: audit.findings)
    }

    static func paragraphs(_ scalars: [Unicode.Scalar], findings: [PressFinding]) -> [Paragraph] {
        var result: [Paragraph] = []
        var lineStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            defer { lineStart = index + 1 }
            guard lineStart < index, scalars[lineStart..<index].contains(where: { !$0.properties.isWhitespace }) else { continue }
            let (start, end) = (lineStart, index)
            var cuts = Set([start, end])
            for f in findings where f.end > start && f.start < end {
                cuts.insert(max(start, f.start))
                cuts.insert(min(end, f.end))
            }
            let points = cuts.sorted()
            var stretches: [Stretch] = []
            for (a, b) in zip(points, points.dropFirst()) where a < b {
                let covering = findings.indices.filter { findings[$0].start <= a && findings[$0].end >= b }
                let innermost = covering.min { (findings[$0].end - findings[$0].start) < (findings[$1].end - findings[$1].start) }
                let markers = findings.indices.filter { findings[$0].start == a }.map { $0 + 1 }
                stretches.append(Stretch(text: String(String.UnicodeScalarView(scalars[a..<b])), finding: innermost.map { $0 + 1 }, markers: markers))
            }
            let notes = findings.indices.filter { findings[$0].start >= start && findings[$0].start < end }.map { $0 + 1 }
            result.append(Paragraph(stretches: stretches, notes: notes))
        }
        return result
    }
}
