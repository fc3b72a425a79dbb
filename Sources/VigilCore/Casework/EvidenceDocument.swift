import Foundation

/// A document that proves a fact of the case: in the file (kept), or still to gather (missing).
public struct EvidenceDocument: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
        case kept
        case missing
    }

    /// The fact it proves, as the case names it: `pregnant`, `diabetes`, `sponsor`, `identity`.
    public var fact: String
    public var title: String
    public var date: CalendarDate?
    public var status: Status

    public init(fact: String, title: String, date: CalendarDate? = nil, status: Status) {
        self.fact = fact
        self.title = title
        self.date = date
        self.status = status
    }

    /// `fact | title | date | status`, the line a form or a CSV cell holds (date may be blank).
    public var line: String {
        [fact, title, date?.iso ?? "", status.rawValue].joined(separator: " | ")
    }

    /// Reads documents written one per line (a form) or separated by `;` (a CSV cell), each
    /// `fact | title | date | kept|missing`; the date may be blank, and a missing status means
    /// `missing`. Returns the documents, or the first problem as a sentence.
    public static func parseList(_ text: String, today: CalendarDate) -> Result<[EvidenceDocument], CaseFieldProblem> {
        var documents: [EvidenceDocument] = []
        let entries = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (index, entry) in entries.enumerated() {
            let number = index + 1
            let parts = entry.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard (2...4).contains(parts.count), !parts[0].isEmpty, !parts[1].isEmpty else {
                return .failure(CaseFieldProblem(field: .evidence, message: """
                    Document \(number) (“\(entry)”) is not written “fact | title | date | kept or missing”.
                    """))
            }
            var date: CalendarDate?
            if parts.count >= 3, !parts[2].isEmpty {
                guard let parsed = CalendarDate(iso: parts[2]) else {
                    return .failure(CaseFieldProblem(field: .evidence, message: "Document \(number): “\(parts[2])” is not a date written YYYY-MM-DD."))
                }
                guard parsed <= today else {
                    return .failure(CaseFieldProblem(field: .evidence, message: "Document \(number): \(parsed.iso) is in the future (today is \(today.iso))."))
                }
                date = parsed
            }
            var status = Status.missing
            if parts.count == 4, !parts[3].isEmpty {
                guard let parsed = Status(rawValue: parts[3].lowercased()) else {
                    return .failure(CaseFieldProblem(field: .evidence, message: "Document \(number): “\(parts[3])” is neither kept nor missing."))
                }
                status = parsed
            }
            guard parts[0].count <= CaseRules.maxShortTextLength, parts[1].count <= CaseRules.maxShortTextLength else {
                return .failure(CaseFieldProblem(field: .evidence, message: "Document \(number): a fact or title is longer than \(CaseRules.maxShortTextLength) characters."))
            }
            documents.append(EvidenceDocument(fact: parts[0].lowercased(), title: parts[1], date: date, status: status))
        }
        return .success(documents)
    }
}
