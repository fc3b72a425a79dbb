import Foundation

/// Reads a sign-on letter in the plain-text form coalitions circulate (the seed letter's form):
///
/// ```text
/// *Via email delivery only*          delivery note (optional)
/// November 15, 2024                  date
/// President Joe Biden …              To recipients, one block each: name, title, body, address
/// **Re: Act now …**                  subject (optional)
/// Dear …,                            salutation (optional)
/// paragraphs; 1. … 2. … 3. …         body, numbered demands, conclusion
/// Sincerely,                         closing
/// Detention Watch Network            one organization per line, the lead organization first
/// cc                                 cc recipients, one block each (optional)
/// ```
///
/// Documents exported from word processors break pages with blank lines in the middle of a
/// paragraph or a list: a paragraph that goes on in lower case, or after one that stopped
/// without a full stop, is the same paragraph; an organization line that ends open (`&`, `,`,
/// `of`, an unclosed parenthesis) or whose next line starts in lower case is one organization.
/// Commas, `&`, `|`, `/` and parentheses inside a line never split it.
public enum PlainTextLetter {
    /// The letter in `text`, or an error naming the line and the part that is missing.
    public static func parse(_ text: String) throws(LetterTextError) -> LetterDraft {
        let lines = numberedLines(text)
        guard let closingIndex = lines.firstIndex(where: { isClosing($0.text) }) else {
            throw LetterTextError(field: "closing", line: lines.last?.number ?? 1,
                                  message: "no closing line such as “Sincerely,” was found; the organizations follow it, one per line.")
        }
        let closing = lines[closingIndex]
        let ccIndex = lines[(closingIndex + 1)...].firstIndex { isCCHeading($0.text) }
        let organizationLines = Array(lines[(closingIndex + 1)..<(ccIndex ?? lines.endIndex)])
        let organizations = joinWrappedOrganizations(organizationLines)
        guard !organizations.isEmpty else {
            throw LetterTextError(field: "organizations", line: closing.number,
                                  message: "no organization follows “\(closing.text)”; list one organization per line after it.")
        }
        var cc: [LetterRecipient] = []
        if let ccIndex {
            cc = blocks(Array(lines[(ccIndex + 1)...])).map { recipient($0.map(\.text)) }
            guard !cc.isEmpty else {
                throw LetterTextError(field: "cc", line: lines[ccIndex].number,
                                      message: "“\(lines[ccIndex].text)” is followed by no recipient; remove it or name the people copied.")
            }
        }
        var header = try readHeader(blocks(Array(lines[..<closingIndex])), closingLine: closing.number)
        header.closing = plain(closing.text)
        header.organizations = organizations
        header.cc = cc
        return header
    }

    /// Recipient blocks as an editor types them: one block per person (name, title, body,
    /// address lines), blocks separated by a blank line.
    public static func recipients(_ text: String) -> [LetterRecipient] {
        blocks(numberedLines(text)).map { recipient($0.map { plain($0.text) }) }
    }

    /// Numbered demands as an editor types them: `1. Title: text`, one per paragraph.
    public static func demands(_ text: String) -> [LetterDemand] {
        var demands: [LetterDemand] = []
        for line in numberedLines(text) where !line.text.isEmpty {
            let text = plain(line.text)
            if let marker = demandMarker(text) {
                let (number, rest) = marker
                let (title, demandText) = headingAndText(rest)
                demands.append(LetterDemand(number: number, title: title, text: demandText))
            } else if !demands.isEmpty {
                demands[demands.count - 1].text += (demands[demands.count - 1].text.isEmpty ? "" : " ") + text
            } else {
                let (title, demandText) = headingAndText(text)
                demands.append(LetterDemand(number: 1, title: title, text: demandText))
            }
        }
        return demands
    }

    // MARK: - Header and body

    private static func readHeader(_ blocks: [[NumberedLine]], closingLine: Int) throws(LetterTextError) -> LetterDraft {
        var note: [String] = []
        var date: CalendarDate?
        var to: [LetterRecipient] = []
        var subject: String?
        var salutation: String?
        var paragraphs: [(text: String, startsLower: Bool)] = []
        for block in blocks {
            let texts = block.map { plain($0.text) }
            guard let first = texts.first else { continue }
            if date == nil {
                if texts.count == 1, let day = CalendarDate(spelledMonthFirst: first) {
                    date = day
                } else if isSubject(first) || isSalutation(first) {
                    break
                } else {
                    note.append(texts.joined(separator: " "))
                }
                continue
            }
            if subject == nil, salutation == nil, paragraphs.isEmpty, isSubject(first) {
                subject = texts.joined(separator: " ").drop { $0 != ":" }.dropFirst().trimmed
                continue
            }
            if salutation == nil, paragraphs.isEmpty, isSalutation(first) {
                salutation = texts.joined(separator: " ")
                continue
            }
            if subject == nil, salutation == nil, paragraphs.isEmpty {
                to.append(recipient(texts))
                continue
            }
            // A block may hold several list items, one per line; otherwise its lines are one paragraph.
            var current: [String] = []
            for line in texts {
                if demandMarker(line) != nil, !current.isEmpty {
                    paragraphs.append((current.joined(separator: " "), false))
                    current = []
                }
                current.append(line)
            }
            paragraphs.append((current.joined(separator: " "), current[0].first?.isLowercase ?? false))
        }
        guard let date else {
            throw LetterTextError(field: "date", line: blocks.first?.first?.number ?? 1,
                                  message: "no date such as “November 15, 2024” on a line of its own before the recipients.")
        }
        guard !to.isEmpty else {
            throw LetterTextError(field: "recipients", line: blocks.first?.first?.number ?? 1,
                                  message: "no recipient block (name, title, body) between the date and the subject or salutation.")
        }
        var body: [String] = []
        var demands: [LetterDemand] = []
        var conclusion: [String] = []
        for (text, startsLower) in paragraphs {
            if let marker = demandMarker(text) {
                let (number, rest) = marker
                let (title, demandText) = headingAndText(rest)
                demands.append(LetterDemand(number: number, title: title, text: demandText))
                continue
            }
            // A page break inside a paragraph: it resumes in lower case, or the last one stopped mid-sentence.
            let previous = conclusion.last ?? (demands.isEmpty ? body.last : demands.last?.text)
            let continues = previous.map { startsLower || !endsSentence($0) } ?? false
            if continues {
                if !conclusion.isEmpty { conclusion[conclusion.count - 1] += " " + text }
                else if !demands.isEmpty { demands[demands.count - 1].text += " " + text }
                else { body[body.count - 1] += " " + text }
            } else if demands.isEmpty {
                body.append(text)
            } else {
                conclusion.append(text)
            }
        }
        guard !body.isEmpty || !demands.isEmpty else {
            throw LetterTextError(field: "body", line: closingLine, message: "the letter has no text before its closing.")
        }
        return LetterDraft(date: date, deliveryNote: note.isEmpty ? nil : note.joined(separator: " "), to: to, subject: subject,
                           salutation: salutation, body: body, demands: demands, conclusion: conclusion, organizations: [])
    }

    /// A recipient block: the name, then title and body, with street and city lines set apart.
    static func recipient(_ lines: [String]) -> LetterRecipient {
        let rest = lines.dropFirst()
        let address = rest.filter(isAddressLine)
        let roles = rest.filter { !isAddressLine($0) }
        switch roles.count {
        case 0: return LetterRecipient(name: lines[0], address: address)
        case 1: return LetterRecipient(name: lines[0], body: roles[roles.startIndex], address: address)
        default:
            return LetterRecipient(name: lines[0], title: roles.dropLast().joined(separator: ", "), body: roles.last, address: address)
        }
    }

    /// `1600 Pennsylvania Avenue, NW`, `P.O. Box 12`, `Washington, DC 20500`.
    private static func isAddressLine(_ line: String) -> Bool {
        if line.first?.isNumber == true || line.lowercased().hasPrefix("p.o. box") || line.lowercased().hasPrefix("po box") { return true }
        let last = line.split(separator: " ").last.map(String.init) ?? ""
        let zip = last.split(separator: "-", omittingEmptySubsequences: false)
        return line.contains(",") && zip.first?.count == 5 && zip.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// `1. Close detention centers: …`, `- 2. …`, `3) …`: the number and what follows it.
    private static func demandMarker(_ line: String) -> (Int, String)? {
        var rest = Substring(line)
        if let first = rest.first, "-*•+".contains(first) { rest = rest.dropFirst().drop(while: \.isWhitespace) }
        let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 2, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first?.isWhitespace == true else { return nil }
        return (number, rest.dropFirst().trimmed)
    }

    /// A demand's heading is what comes before its first colon, when that is short.
    private static func headingAndText(_ text: String) -> (String, String) {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 120 else { return ("", text) }
        return (text[..<colon].trimmed, text[text.index(after: colon)...].trimmed)
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?:;\"”’)".contains(last)
    }

    private static func isSubject(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("re:") || lower.hasPrefix("subject:")
    }

    private static func isSalutation(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("dear ") || lower.hasPrefix("to whom it may concern")
    }

    private static let closings: Set<String> = [
        "sincerely", "sincerely yours", "yours sincerely", "respectfully", "respectfully yours", "respectfully submitted",
        "in solidarity", "with gratitude", "best regards", "regards", "yours truly", "very truly yours",
    ]

    private static func isClosing(_ line: String) -> Bool {
        var lower = plain(line).lowercased()
        while let last = lower.last, last == "," || last == "." { lower.removeLast() }
        return closings.contains(lower)
    }

    private static func isCCHeading(_ line: String) -> Bool {
        var lower = plain(line).lowercased()
        if lower.hasSuffix(":") { lower.removeLast() }
        return lower == "cc" || lower == "c.c." || lower == "copy to" || lower == "copies to"
    }

    // MARK: - Organizations

    /// One organization per non-blank line, except where a line was plainly wrapped.
    private static func joinWrappedOrganizations(_ lines: [NumberedLine]) -> [String] {
        var names: [String] = []
        for line in lines where !line.text.isEmpty {
            var name = plain(line.text)
            if let first = name.first, "-*•".contains(first), name.dropFirst().first == " " { name = name.dropFirst(2).trimmed }
            guard !name.isEmpty else { continue }
            if let previous = names.last, isOpenEnded(previous) || startsWithLowercaseWord(name) {
                names[names.count - 1] = previous + " " + name
            } else {
                names.append(name)
            }
        }
        return names
    }

    /// A line that cannot end an organization's name: an open parenthesis, or a trailing joiner.
    private static func isOpenEnded(_ name: String) -> Bool {
        if name.filter({ $0 == "(" }).count > name.filter({ $0 == ")" }).count { return true }
        if let last = name.last, "&,/|".contains(last) { return true }
        if name.hasSuffix(" -") || name.hasSuffix(" –") || name.hasSuffix(" —") { return true }
        let lastWord = name.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["of", "and", "for", "the", "to", "in", "on", "at", "de", "del", "y", "en", "la"].contains(lastWord)
    }

    /// `of Law` goes on the line before; `iAmerica` (a lowercase brand) does not.
    private static func startsWithLowercaseWord(_ name: String) -> Bool {
        let word = name.prefix { !$0.isWhitespace }
        return !word.isEmpty && word.allSatisfy { $0.isLowercase }
    }

    // MARK: - Lines

    struct NumberedLine {
        var number: Int
        var text: String
    }

    /// Lines trimmed of the spaces and backslashes Markdown uses for line breaks, numbered from 1.
    private static func numberedLines(_ text: String) -> [NumberedLine] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().map { index, line in
            var trimmed = line.trimmed
            if trimmed.hasSuffix("\\") { trimmed = String(trimmed.dropLast()).trimmed }
            return NumberedLine(number: index + 1, text: trimmed)
        }
    }

    /// Runs of non-blank lines.
    private static func blocks(_ lines: [NumberedLine]) -> [[NumberedLine]] {
        lines.split { $0.text.isEmpty }.map(Array.init)
    }

    /// The text without the Markdown emphasis the plain-text form carries: `**Re: …**`, `*Via …*`,
    /// and a stray `**` such as the seed's `Close detention centers:**`.
    static func plain(_ line: String) -> String {
        var text = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        for mark in ["*", "_"] where text.count > 2 && text.hasPrefix(mark) && text.hasSuffix(mark) {
            text = String(text.dropFirst().dropLast())
        }
        return text.trimmed
    }
}

extension StringProtocol {
    /// Without whitespace at either end.
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
