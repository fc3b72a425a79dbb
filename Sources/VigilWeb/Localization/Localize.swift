import Plot
import VigilCore

// Vigil's own words on a page come from the catalogue of the page's language
// (`SiteLanguage.current`, set per request by `LanguageMiddleware`). Data is never passed through
// these: facility names, file names and what people type stay as they are.

/// The message for `key`, with `{name}` placeholders filled in.
func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
    Catalogue.of(SiteLanguage.current).text(key, arguments)
}

/// The plural form of `key` for `count` (`key.one` or `key.other`), with `{count}` written as the
/// language writes numbers.
func t(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
    var arguments = arguments
    arguments["count"] = Format.count(count)
    return t(Catalogue.pluralKey(key, count: count, language: SiteLanguage.current), arguments)
}

/// A sentence with links, code or emphasis inside it. The message names each inner piece with a
/// `{name}` placeholder, so a translation can move it where its own grammar wants it; plain
/// `arguments` are filled in as text.
func rich(_ key: String, _ parts: [String: Node<HTML.BodyContext>], _ arguments: [String: String] = [:]) -> Node<HTML.BodyContext> {
    let message = t(key, arguments)
    var nodes: [Node<HTML.BodyContext>] = []
    var text = Substring(message)
    while let open = text.firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") {
        let name = String(text[text.index(after: open)..<close])
        guard let part = parts[name] else {
            nodes.append(.text(String(text[...close])))
            text = text[text.index(after: close)...]
            continue
        }
        if open > text.startIndex { nodes.append(.text(String(text[..<open]))) }
        nodes.append(part)
        text = text[text.index(after: close)...]
    }
    if !text.isEmpty { nodes.append(.text(String(text))) }
    return .group(nodes)
}
