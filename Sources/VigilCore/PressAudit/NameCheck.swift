/// Checks the organizations an article names against the letter's approved signatories.
///
/// Names are read from lists after "including" or "such as" (split at commas, and at a last
/// "and" when both sides are names of signatories), and from runs of capitalised words that
/// end in or hold a word organizations are named with ("Network", "Center", "Watch", …).
/// - `listed`: the name is a signatory's, compared as the letters' review compares them
///   (`OrganizationName.tokens`: case, punctuation, `&`, "the" and other small words, states and
///   abbreviations folded), or the start of exactly one;
/// - `ambiguous`: the name starts several signatories' names ("Make the Road": CT, Nevada, NY, …);
/// - `not-listed`: no signatory has the name; the closest name by spelling is given.
public enum NameCheck {
    static let organizationWords: Set<String> = [
        "Network", "Center", "Centre", "Coalition", "Committee", "Project", "Alliance", "Fund", "Foundation", "Institute",
        "Council", "Watch", "Rights", "Defenders", "Services", "Hub", "Union", "Association", "Caucus", "Collaborative",
        "Initiative", "Partnership", "Lobby", "Guild", "Federation", "Advocates", "Society", "Organization", "Campaign",
        "Movement", "Exchange", "Resistance", "Action", "Law", "Legal", "Justice",
    ]
    static let connectors: Set<String> = ["for", "of", "the", "and", "at", "in", "on", "&", "de", "la", "en", "una", "to", "sin", "a"]
    static let listOpeners: [[String]] = [["including"], ["include"], ["includes"], ["included"], ["such", "as"], ["among", "them"]]

    struct Candidate {
        let text: String
        let start: Int
        let end: Int
    }

    public static func findings(_ article: PressArticle, source: AuditSource) -> [PressFinding] {
        let signatories = source.signatories.map { (name: $0, variants: variants($0)) }
        var candidates: [Candidate] = []
        for sentence in article.sentences {
            candidates += listedNames(in: sentence, article: article, signatories: signatories)
        }
        for run in capitalisedRuns(article) where !candidates.contains(where: { $0.start < run.end && run.start < $0.end }) {
            candidates.append(run)
        }
        // Names inside quotation marks are the letter's own words, checked as a quotation.
        return candidates.filter { !article.isQuoted($0.start) }.sorted { $0.start < $1.start }.map { candidate in
            let (verdict, value, note) = judge(candidate.text, signatories: signatories)
            return PressFinding(article: article.name, kind: .name, text: candidate.text, verdict: verdict,
                                sourceText: verdict == .notListed ? "" : value, sourceValue: value,
                                start: candidate.start, end: candidate.end, note: note)
        }
    }

    typealias Signatory = (name: String, variants: [[String]])

    /// The names one signatory line stands for (`OrganizationName`'s words): the name, its
    /// parenthesised acronym, and each side of a ` | ` or ` / ` ("Asian Americans Advancing Justice | AAJC").
    static func variants(_ name: String) -> [[String]] {
        var forms = [OrganizationName.tokens(name)] + OrganizationName.acronyms(name).map { [$0] }
        for separator in [" | ", " / "] where name.contains(separator) {
            forms += name.components(separatedBy: separator).map(OrganizationName.tokens)
        }
        return forms.filter { !$0.isEmpty }
    }

    static func judge(_ name: String, signatories: [Signatory]) -> (PressVerdict, String, CatalogueText) {
        let words = OrganizationName.tokens(name)
        let exact = signatories.filter { $0.variants.contains(words) }
        if exact.count == 1 { return (.listed, exact[0].name, CatalogueText("press_audit.note.signatory", ["name": exact[0].name])) }
        let starting = exact.isEmpty ? signatories.filter { s in words.count >= 2 && s.variants.contains { Array($0.prefix(words.count)) == words } } : exact
        if starting.count == 1 {
            return (.listed, starting[0].name, CatalogueText("press_audit.note.signatory_in_full", ["name": starting[0].name]))
        }
        if starting.count > 1 {
            let names = starting.map(\.name)
            return (.ambiguous, names.joined(separator: "; "),
                    CatalogueText("press_audit.note.ambiguous", ["count": String(names.count), "names": names.joined(separator: ", ")]))
        }
        let folded = words.joined(separator: " ")
        let closest = signatories.min { a, b in distance(folded, a) < distance(folded, b) }
        let closestName = closest?.name ?? ""
        return (.notListed, closestName,
                closest == nil ? CatalogueText("press_audit.note.no_signatory_list") : CatalogueText("press_audit.note.not_listed", ["name": closestName]))
    }

    static func distance(_ folded: String, _ signatory: Signatory) -> Int {
        signatory.variants.map { variant in
            let other = variant.joined(separator: " ")
            return EditDistance.between(folded, other, limit: max(folded.count, other.count)) ?? Int.max
        }.min() ?? Int.max
    }

    static func isSignatoryName(_ text: String, _ signatories: [Signatory]) -> Bool {
        judge(text, signatories: signatories).0 != .notListed
    }

    /// Names in a list after "including": "…, including the American Friends Service Committee, …, Make the Road and Robert F. Kennedy Human Rights."
    static func listedNames(in sentence: AuditSentence, article: PressArticle, signatories: [Signatory]) -> [Candidate] {
        let tokens = AuditTokenizer.tokens(article.scalars, from: sentence.start, to: sentence.end).filter { $0.kind == .word }
        guard let opener = (0..<tokens.count).first(where: { i in
            listOpeners.contains { opener in Array(tokens[i...].prefix(opener.count).map(\.folded)) == opener }
        }) else { return [] }
        let openerLength = listOpeners.first { Array(tokens[opener...].prefix($0.count).map(\.folded)) == $0 }!.count
        var listStart = tokens[opener + openerLength - 1].end
        var end = sentence.end
        while end > listStart, [".", " ", "!", "?"].contains(article.scalars[end - 1]) { end -= 1 }
        var items: [(start: Int, end: Int)] = []
        for index in listStart..<end where article.scalars[index] == "," || article.scalars[index] == ";" {
            items.append((listStart, index))
            listStart = index + 1
        }
        items.append((listStart, end))
        var result: [Candidate] = []
        for item in items {
            guard let candidate = trimmed(item.start, item.end, article: article) else { continue }
            // A last "X and Y" is two names when each is a signatory's and the whole is not.
            let text = candidate.text
            if let and = text.range(of: " and "), !isSignatoryName(text, signatories) {
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: and.lowerBound.samePosition(in: text.unicodeScalars)!)
                let first = trimmed(candidate.start, candidate.start + offset, article: article)
                let second = trimmed(candidate.start + offset + 5, candidate.end, article: article)
                if let first, isSignatoryName(first.text, signatories) || second.map({ isSignatoryName($0.text, signatories) }) == true {
                    result += [first] + (second.map { [$0] } ?? [])
                    continue
                }
            }
            result.append(candidate)
        }
        return result
    }

    /// An item of a list as a name: leading "and"/"the" and spaces set aside; nil unless it starts with a capital.
    static func trimmed(_ start: Int, _ end: Int, article: PressArticle) -> Candidate? {
        var start = start, end = end
        while start < end, article.scalars[start].properties.isWhitespace { start += 1 }
        while end > start, article.scalars[end - 1].properties.isWhitespace { end -= 1 }
        for prefix in ["and ", "the ", "The "] where article.excerpt(start, min(end, start + prefix.unicodeScalars.count)) == prefix {
            start += prefix.unicodeScalars.count
        }
        guard start < end, article.scalars[start].properties.isUppercase else { return nil }
        return Candidate(text: article.excerpt(start, end), start: start, end: end)
    }

    /// Runs of capitalised words (with "for", "of", "the", "and"… between them) holding an organization word.
    static func capitalisedRuns(_ article: PressArticle) -> [Candidate] {
        var result: [Candidate] = []
        for sentence in article.sentences {
            let tokens = AuditTokenizer.tokens(article.scalars, from: sentence.start, to: sentence.end).filter { $0.kind == .word }
            var index = 0
            while index < tokens.count {
                guard isCapitalised(tokens[index], article) else { index += 1; continue }
                var last = index
                var next = index + 1
                while next < tokens.count {
                    let gap = article.excerpt(tokens[next - 1].end, tokens[next].start)
                    guard gap.allSatisfy({ $0 == " " || $0 == "." || $0 == "&" }) else { break }
                    if isCapitalised(tokens[next], article) { last = next; next += 1; continue }
                    if connectors.contains(tokens[next].folded) { next += 1; continue }
                    break
                }
                var first = index
                if tokens[first].folded == "the", first < last { first += 1 }
                let words = (first...last).map { article.excerpt(tokens[$0].start, tokens[$0].end) }
                let isAllCaps = words.allSatisfy { $0 == $0.uppercased() } && words.count > 2
                if !isAllCaps, words.contains(where: organizationWords.contains), words.count >= 2 {
                    result.append(Candidate(text: article.excerpt(tokens[first].start, tokens[last].end),
                                            start: tokens[first].start, end: tokens[last].end))
                }
                index = last + 1
            }
        }
        return result
    }

    static func isCapitalised(_ token: AuditToken, _ article: PressArticle) -> Bool {
        article.scalars[token.start].properties.isUppercase
    }
}
