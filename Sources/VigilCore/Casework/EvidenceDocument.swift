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
    /// `missing`. Returns the documents, or the first problem.
    public static func parseList(_ text: String, today: CalendarDate) -> Result<[EvidenceDocument], CaseFieldProblem> {
        var documents: [EvidenceDocument] = []
        let entries = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (index, entry) in entries.enumerated() {
            let number = index + 1
            let parts = entry.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard (2...4).contains(parts.count), !parts[0].isEmpty, !parts[1].isEmpty else {
                return .failure(CaseFieldProblem(field: .evidence, reason: .notADocument(number: number, line: entry)))
            }
            var date: CalendarDate?
            if parts.count >= 3, !parts[2].isEmpty {
                guard let parsed = CalendarDate(iso: parts[2]) else {
                    return .failure(CaseFieldProblem(field: .evidence, reason: .inDocument(number: number, .notADate(parts[2]))))
                }
                guard parsed <= today else {
                    return .failure(CaseFieldProblem(field: .evidence, reason: .inDocument(number: number, .inFuture(parsed, today: today))))
                }
                date = parsed
            }
            var status = Status.missing
            if parts.count == 4, !parts[3].isEmpty {
                guard let parsed = Status(rawValue: parts[3].lowercased()) else {
                    return .failure(CaseFieldProblem(field: .evidence, reason: .inDocument(number: number, .notOneOf(parts[3], choices: Status.allCases.map(\.rawValue)))))
                }
                status = parsed
            }
            guard parts[0].count <= CaseRules.maxShortTextLength, parts[1].count <= CaseRules.maxShortTextLength else {
                let longest = max(parts[0].count, parts[1].count)
                return .failure(CaseFieldProblem(field: .evidence, reason: .inDocument(number: number, .tooLong(count: longest, max: CaseRules.maxShortTextLength))))
            }
            documents.append(EvidenceDocument(fact: parts[0].lowercased(), title: parts[1], date: date, status: status))
        }
        return .success(documents)
    }
}
