/// Reads the numbers a text states (`StatedNumber`): digits ("193", "1,000", "90%", "90
/// percent"), number words up to the hundreds ("three", "ninety-three", "one hundred
/// ninety-three"), dates ("November 15, 2024", "Nov. 15", "2024-11-15") and weekdays. A lone
/// "one" ("no one", "one of") counts only when a unit follows ("one organization"); a year on
/// its own and ordinals ("second") are not numbers here.
public enum NumberReader {
    public static func numbers(in text: String) -> [StatedNumber] {
        let scalars = Array(text.unicodeScalars)
        return numbers(in: scalars, tokens: AuditTokenizer.tokens(scalars, from: 0, to: nil).filter { $0.kind == .word })
    }

    public static func numbers(in scalars: [Unicode.Scalar], tokens: [AuditToken]) -> [StatedNumber] {
        var result: [StatedNumber] = []
        var index = 0
        func excerpt(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
        func unitWords(after position: Int) -> [String] { tokens[min(position, tokens.count)...].prefix(4).map(\.folded) }
        func joinedBy(_ a: AuditToken, _ b: AuditToken, _ separator: Unicode.Scalar) -> Bool {
            b.start - a.end == 1 && scalars[a.end] == separator
        }
        while index < tokens.count {
            let token = tokens[index]
            let word = token.folded
            // ISO dates: 2024-11-15
            if word.count == 4, let year = Int(word), index + 2 < tokens.count,
               joinedBy(token, tokens[index + 1], "-"), joinedBy(tokens[index + 1], tokens[index + 2], "-"),
               let date = CalendarDate(year: year, month: Int(tokens[index + 1].folded) ?? 0, day: Int(tokens[index + 2].folded) ?? 0) {
                result.append(StatedNumber(kind: .date, value: 0, date: date, weekday: nil, hedge: .exact, other: false, unitWords: [],
                                           text: excerpt(token.start, tokens[index + 2].end), start: token.start, end: tokens[index + 2].end))
                index += 3
                continue
            }
            // Month day[, year]
            if let month = months[word], index + 1 < tokens.count, let day = Int(tokens[index + 1].folded), (1...31).contains(day),
               tokens[index + 1].folded.count <= 2 {
                var end = tokens[index + 1].end
                var year: Int? = nil
                if index + 2 < tokens.count, tokens[index + 2].folded.count == 4, let y = Int(tokens[index + 2].folded), tokens[index + 2].start - end <= 3 {
                    year = y
                    end = tokens[index + 2].end
                }
                result.append(StatedNumber(kind: .date, value: 0, date: year.flatMap { CalendarDate(year: $0, month: month, day: day) },
                                           weekday: nil, hedge: .exact, other: false, unitWords: year == nil ? ["\(month)-\(day)"] : [],
                                           text: excerpt(token.start, end), start: token.start, end: end))
                index += year == nil ? 2 : 3
                continue
            }
            if let weekday = weekdays[word] {
                result.append(StatedNumber(kind: .weekday, value: 0, date: nil, weekday: weekday, hedge: .exact, other: false, unitWords: [],
                                           text: excerpt(token.start, token.end), start: token.start, end: token.end))
                index += 1
                continue
            }
            // A count or percentage in digits or words.
            var value: Double? = Double(word)
            var last = index
            if value == nil, numberWords[word] != nil {
                var total = 0.0, current = 0.0, position = index
                while position < tokens.count, let part = numberWords[tokens[position].folded] {
                    if part == 100 { current = max(current, 1) * 100 } else { current += part }
                    last = position
                    position += 1
                    if position < tokens.count, tokens[position].folded == "and", position + 1 < tokens.count, numberWords[tokens[position + 1].folded] != nil, current >= 100 {
                        position += 1
                    }
                }
                total += current
                value = total
            }
            guard let number = value else { index += 1; continue }
            let isYear = word.count == 4 && number >= 1900 && number <= 2100 && !word.contains(".")
            var after = last + 1
            var kind = StatedNumber.Kind.count
            var end = tokens[last].end
            if after < tokens.count, tokens[after].folded == "percent" {
                kind = .percent
                end = tokens[after].end
                after += 1
            }
            let other = after < tokens.count && tokens[after].folded == "other"
            let units = unitWords(after: other ? after + 1 : after)
            let loneOne = word == "one" && last == index && !units.contains(where: { unitNouns.contains($0) })
            if (isYear && kind == .count) || loneOne {
                index = last + 1
                continue
            }
            let hedge = hedgeBefore(tokens, index)
            let start = hedge.start ?? token.start
            result.append(StatedNumber(kind: kind, value: number, date: nil, weekday: nil, hedge: hedge.hedge, other: other,
                                       unitWords: units, text: excerpt(start, other ? tokens[after].end : end), start: start,
                                       end: other ? tokens[after].end : end))
            index = last + 1
        }
        return result
    }

    static func hedgeBefore(_ tokens: [AuditToken], _ index: Int) -> (hedge: StatedNumber.Hedge, start: Int?) {
        let one = index >= 1 ? tokens[index - 1].folded : ""
        let two = index >= 2 ? tokens[index - 2].folded + " " + one : ""
        if let hedge = twoWordHedges[two] { return (hedge, tokens[index - 2].start) }
        if let hedge = oneWordHedges[one] { return (hedge, tokens[index - 1].start) }
        return (.exact, nil)
    }

    static let twoWordHedges: [String: StatedNumber.Hedge] = [
        "more than": .above, "at least": .above, "upwards of": .above, "fewer than": .below, "less than": .below,
        "just under": .nearly, "close to": .nearly, "just over": .above, "an estimated": .about,
    ]
    static let oneWordHedges: [String: StatedNumber.Hedge] = [
        "over": .above, "nearly": .nearly, "almost": .nearly, "under": .below, "about": .about, "around": .about,
        "roughly": .about, "approximately": .about, "some": .about,
    ]
    /// Nouns that say a count is of organizations or of demands; a lone "one" counts before them.
    static let unitNouns: Set<String> = NumberCheck.organizationUnits.union(NumberCheck.demandUnits)

    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6,
        "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]
}
