/// Checks the numbers an article attributes to the letter or its signers against the letter.
///
/// A number counts when its sentence names the letter or its signers (`AttributionCues`) and it
/// is outside quotation marks (quoted numbers are checked as quotations). What it counts
/// decides what it is compared with:
/// - organizations ("193 groups", "192 other signatories"): the approved signatories, lead
///   included; "other" leaves one out, so 192 other agrees with 193;
/// - demands ("three demands", "the three prongs"): the letter's numbered demands;
/// - percentages: the percentages the letter states;
/// - dates and weekdays, in a sentence about the letter's sending: the letter's date;
/// - anything else: the numbers the letter states before the same word.
/// A hedge is honoured: "nearly 200" agrees with 193, "over 200" does not.
public enum NumberCheck {
    public static let organizationUnits: Set<String> = [
        "groups", "organizations", "organisations", "signatories", "signers", "organization", "organisation", "group",
        "coalitions", "nonprofits", "signatory",
    ]
    public static let demandUnits: Set<String> = ["demands", "prongs", "steps", "points", "asks", "requests", "demand", "prong"]

    public static func findings(_ article: PressArticle, source: AuditSource) -> [PressFinding] {
        var result: [PressFinding] = []
        for sentence in article.sentences {
            let tokens = AuditTokenizer.tokens(article.scalars, from: sentence.start, to: sentence.end).filter { $0.kind == .word }
            let words = tokens.map(\.folded)
            guard AttributionCues.mentionsSpeaker(words) else { continue }
            for number in NumberReader.numbers(in: article.scalars, tokens: tokens) {
                guard !article.isQuoted(number.start), number.start != article.dateline?.start else { continue }
                if let finding = check(number, sentenceWords: words, article: article, source: source) { result.append(finding) }
            }
        }
        return result
    }

    static func check(_ number: StatedNumber, sentenceWords: [String], article: PressArticle, source: AuditSource) -> PressFinding? {
        func make(_ verdict: PressVerdict, _ sourceText: String, _ sourceValue: String, _ note: String) -> PressFinding {
            PressFinding(article: article.name, kind: .number, text: number.text, verdict: verdict, sourceText: sourceText,
                         sourceValue: sourceValue, start: number.start, end: number.end, note: note)
        }
        let hedge = number.hedge == .exact ? "" : " (as hedged: \(number.hedge.rawValue))"
        switch number.kind {
        case .count where number.unitWords.contains(where: organizationUnits.contains):
            let count = source.organizationCount
            guard count > 0 else { return make(.unsupported, "", "", "The letter has no approved signatories to count.") }
            let figure = Double(number.other ? count - 1 : count)
            let listed = "\(count) approved signatories, the lead organization included"
            if number.allows(figure) {
                let other = number.other ? "; “other” leaves out the lead organization, so \(number.valueText) other means \(count)" : ""
                return make(.agrees, listed, String(count), "The letter has \(listed)\(other)\(hedge).")
            }
            return make(.contradicts, listed, String(count), "The letter has \(listed), not \(number.text)\(hedge).")
        case .count where number.unitWords.contains(where: demandUnits.contains):
            guard let demands = source.demandCount else { return make(.unsupported, "", "", "The letter does not number its demands.") }
            if number.allows(Double(demands)) {
                return make(.agrees, "\(demands) numbered demands", String(demands), "The letter makes \(demands) numbered demands.")
            }
            return make(.contradicts, "\(demands) numbered demands", String(demands), "The letter makes \(demands) numbered demands, not \(number.text).")
        case .percent:
            let stated = source.statedNumbers.filter { $0.kind == .percent }
            return compare(number, with: stated, source: source, make: make, what: "percentage")
        case .date, .weekday:
            guard sentenceWords.contains(where: AttributionCues.letterEvents.contains) else { return nil }
            guard let date = source.date else { return make(.unsupported, "", "", "The letter is not dated.") }
            let agrees = number.kind == .weekday ? weekday(of: date) == number.weekday
                : number.date.map { $0 == date } ?? (number.unitWords.first == "\(date.month)-\(date.day)")
            let written = number.kind == .weekday ? "\(date.iso), a \(weekdayNames[weekday(of: date) - 1])" : date.iso
            return agrees ? make(.agrees, "dated \(date.iso)", written, "The letter is dated \(written).")
                : make(.contradicts, "dated \(date.iso)", written, "The letter is dated \(written), not \(number.text).")
        case .count:
            let unit = number.unitWords.first { !stopWords.contains($0) }
            let stated = source.statedNumbers.filter { $0.kind == .count && unit != nil && $0.unitWords.contains(unit!) }
            return compare(number, with: stated, source: source, make: make, what: unit.map { "number of \($0)" } ?? "number")
        }
    }

    static func compare(_ number: StatedNumber, with stated: [StatedNumber], source: AuditSource,
                        make: (PressVerdict, String, String, String) -> PressFinding, what: String) -> PressFinding {
        guard !stated.isEmpty else {
            return make(.unsupported, "", "", "The letter states no \(what) to compare \(number.text) with.")
        }
        if let match = stated.first(where: { number.allows($0.value) || $0.value == number.value }) {
            return make(.agrees, source.sentences(covering: match.start, match.end), match.text, "The letter says \(match.text).")
        }
        let closest = stated.min { abs($0.value - number.value) < abs($1.value - number.value) }!
        return make(.contradicts, source.sentences(covering: closest.start, closest.end), closest.text,
                    "The letter says \(closest.text), not \(number.text).")
    }

    static let stopWords: Set<String> = ["of", "the", "a", "an", "and", "in", "to", "for", "other", "more", "than"]
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// 1 = Sunday … 7 = Saturday; 1970-01-01 was a Thursday.
    static func weekday(of date: CalendarDate) -> Int {
        ((date.daysSinceEpoch % 7 + 7 + 4) % 7) + 1
    }
}
