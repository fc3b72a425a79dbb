/// Finds a quoted field that never closes: the sign of a truncated or hand-damaged CSV file.
///
/// `DelimitedText` reads such a field to the end of the file, silently swallowing every row
/// after it; this scan, by the same RFC 4180 rules, says where the open quote started.
enum UnclosedQuote {
    /// The 1-based line where an unclosed quoted field starts, or nil when every quote closes.
    static func line(in text: String, delimiter: Character) -> Int? {
        var line = 1
        var openedOn: Int?
        var atFieldStart = true
        var characters = text.makeIterator()
        var pending: Character?
        while let c = pending ?? characters.next() {
            pending = nil
            let isLineEnd = c == "\n" || c == "\r" || c == "\r\n"
            if openedOn != nil {
                if c == "\"" {
                    let next = characters.next()
                    if next != "\"" { openedOn = nil; pending = next; atFieldStart = false }
                } else if isLineEnd {
                    line += 1
                }
            } else if c == "\"" && atFieldStart {
                openedOn = line
            } else if c == delimiter {
                atFieldStart = true
            } else if isLineEnd {
                line += 1
                atFieldStart = true
            } else {
                atFieldStart = false
            }
        }
        return openedOn
    }
}
