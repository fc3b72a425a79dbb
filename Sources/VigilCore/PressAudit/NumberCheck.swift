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
        func make(_ verdict: PressVerdict, _ sourceText: String, _ sourceValue: String, _ note: CatalogueText) -> PressFinding {
            PressFinding(article: article.name, kind: .number, text: number.text, verdict: verdict, sourceText: sourceText,
                         sourceValue: sourceValue, start: number.start, end: number.end, note: note)
        }
        // " (as hedged: nearly)", or nothing for an exact figure
        let hedge: CatalogueText = number.hedge == .exact ? .verbatim("")
            : CatalogueText("press_audit.note.hedged", parts: ["hedge": CatalogueText(key: "press_audit.hedge." + number.hedge.rawValue, arguments: [:])])
        switch number.kind {
        case .count where number.unitWords.contains(where: organizationUnits.contains):
            let count = source.organizationCount
            guard count > 0 else { return make(.unsupported, "", "", CatalogueText("press_audit.note.no_signatories")) }
            let figure = Double(number.other ? count - 1 : count)
            let listed = "\(count) approved signatories, the lead organization included"
            let values = ["count": String(count), "value": number.valueText, "text": number.text]
            if number.allows(figure) {
                return make(.agrees, listed, String(count), number.other
                    ? CatalogueText("press_audit.note.signatories_other", values, parts: ["hedge": hedge])
                    : CatalogueText("press_audit.note.signatories", values, parts: ["hedge": hedge]))
            }
            return make(.contradicts, listed, String(count), CatalogueText("press_audit.note.signatories_not", values, parts: ["hedge": hedge]))
        case .count where number.unitWords.contains(where: demandUnits.contains):
            guard let demands = source.demandCount else { return make(.unsupported, "", "", CatalogueText("press_audit.note.no_demands")) }
            if number.allows(Double(demands)) {
                return make(.agrees, "\(demands) numbered demands", String(demands), CatalogueText("press_audit.note.demands", ["count": String(demands)]))
            }
            return make(.contradicts, "\(demands) numbered demands", String(demands),
                        CatalogueText("press_audit.note.demands_not", ["count": String(demands), "text": number.text]))
        case .percent:
            let stated = source.statedNumbers.filter { $0.kind == .percent }
            return compare(number, with: stated, source: source, make: make, what: CatalogueText("press_audit.note.what_percentage"))
        case .date, .weekday:
            guard sentenceWords.contains(where: AttributionCues.letterEvents.contains) else { return nil }
            guard let date = source.date else { return make(.unsupported, "", "", CatalogueText("press_audit.note.not_dated")) }
            let agrees = number.kind == .weekday ? weekday(of: date) == number.weekday
                : number.date.map { $0 == date } ?? (number.unitWords.first == "\(date.month)-\(date.day)")
            let written = number.kind == .weekday ? "\(date.iso), a \(weekdayNames[weekday(of: date) - 1])" : date.iso
            // the date, and its weekday when the article names one: "2025-01-06, a Monday"
            let dated: CatalogueText = number.kind == .weekday
                ? CatalogueText("press_audit.note.date_weekday", ["date": date.iso],
                                parts: ["weekday": CatalogueText(key: "press_audit.weekday.\(weekday(of: date))", arguments: [:])])
                : .verbatim(date.iso)
            return agrees ? make(.agrees, "dated \(date.iso)", written, CatalogueText("press_audit.note.dated", parts: ["date": dated]))
                : make(.contradicts, "dated \(date.iso)", written, CatalogueText("press_audit.note.dated_not", ["text": number.text], parts: ["date": dated]))
        case .count:
            let unit = number.unitWords.first { !stopWords.contains($0) }
            let stated = source.statedNumbers.filter { $0.kind == .count && unit != nil && $0.unitWords.contains(unit!) }
            return compare(number, with: stated, source: source, make: make,
                           what: unit.map { CatalogueText("press_audit.note.what_number_of", ["unit": $0]) } ?? CatalogueText("press_audit.note.what_number"))
        }
    }

    static func compare(_ number: StatedNumber, with stated: [StatedNumber], source: AuditSource,
                        make: (PressVerdict, String, String, CatalogueText) -> PressFinding, what: CatalogueText) -> PressFinding {
        guard !stated.isEmpty else {
            return make(.unsupported, "", "", CatalogueText("press_audit.note.states_no", ["text": number.text], parts: ["what": what]))
        }
        if let match = stated.first(where: { number.allows($0.value) || $0.value == number.value }) {
            return make(.agrees, source.sentences(covering: match.start, match.end), match.text,
                        CatalogueText("press_audit.note.says", ["figure": match.text]))
        }
        let closest = stated.min { abs($0.value - number.value) < abs($1.value - number.value) }!
        return make(.contradicts, source.sentences(covering: closest.start, closest.end), closest.text,
                    CatalogueText("press_audit.note.says_not", ["figure": closest.text, "text": number.text]))
    }

    static let stopWords: Set<String> = ["of", "the", "a", "an", "and", "in", "to", "for", "other", "more", "than"]
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// 1 = Sunday … 7 = Saturday; 1970-01-01 was a Thursday.
    static func weekday(of date: CalendarDate) -> Int {
        ((date.daysSinceEpoch % 7 + 7 + 4) % 7) + 1
    }
}
