/// Escaping for attribute values.
///
/// Plot escapes text nodes but writes attribute values as given, so every attribute that can
/// carry data (a title, a link with a query, a form value) goes through here.
enum Escape {
    static func attribute(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
