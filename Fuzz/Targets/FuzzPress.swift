import Foundation
import VigilCore

/// `press`: an article's text as `vigil audit press` reads it, audited against a small letter
/// (sentences, quotations, numbers, names and claims are all found in the article).
enum FuzzPress {
    static let source = AuditSource(title: "Close the centers", text: """
        Our organizations write to ask for two things. With over 90% detained at facilities run by \
        private companies, and deaths at record numbers, act now. "Close detention centers," we said on March 3, 2025.
        """, signatories: ["Detention Watch Network", "The Bronx Defenders"], date: CalendarDate(year: 2025, month: 3, day: 3), demandCount: 2)

    static func run(_ data: Data) {
        guard let article = try? ArticleFileReader.read(data: data, name: "fuzz.txt") else { return }
        _ = PressAudit.counts(PressAudit.findings(article, source: source))
    }
}
