import Foundation
import Ink

/// An editor's Markdown as HTML that is safe to put in a page: Ink renders it, and what Ink would
/// pass through unchanged is neutralised.
///
/// Ink copies raw HTML blocks (a paragraph starting with `<`) into its output as they are, and
/// writes a link's address into `href` unescaped, whatever its scheme. The page's Content
/// Security Policy would stop inline script, but the text is editors' and may be pasted from
/// anywhere, so: HTML blocks come out as escaped text, links keep only http, https and mailto
/// addresses (others become plain text), and images become links to the image (the policy
/// fetches nothing from elsewhere); a fenced code block loses its language class.
enum LetterMarkdown {
    static func html(_ markdown: String) -> String {
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .html) { input in
            escape(String(input.markdown))
        })
        parser.addModifier(Modifier(target: .links) { input in
            safeLink(html: input.html, markdown: String(input.markdown))
        })
        parser.addModifier(Modifier(target: .images) { input in
            let markdown = String(input.markdown)
            guard let url = address(in: markdown), isAllowed(url) else { return escape(markdown) }
            return "<a href=\"\(escape(url))\" rel=\"nofollow noopener\">\(escape(altText(markdown)))</a>"
        })
        // A fenced block's language goes into a class attribute unescaped: drop it, keep the code.
        parser.addModifier(Modifier(target: .codeBlocks) { input in
            var lines = input.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let first = lines.first, first.trimmingCharacters(in: .whitespaces).hasPrefix("```") { lines.removeFirst() }
            if let last = lines.last, last.trimmingCharacters(in: .whitespaces).hasPrefix("```") { lines.removeLast() }
            return "<pre><code>\(escape(lines.joined(separator: "\n")))</code></pre>"
        })
        return parser.html(from: markdown)
    }

    /// A link Ink rendered, kept when its address is allowed (and written escaped), else its text alone.
    static func safeLink(html: String, markdown: String) -> String {
        let inner: String
        if let open = html.firstIndex(of: ">"), let close = html.range(of: "</a>", options: .backwards), open < close.lowerBound {
            inner = String(html[html.index(after: open)..<close.lowerBound])
        } else {
            inner = escape(markdown)
        }
        guard let url = address(in: markdown), isAllowed(url) else { return inner }
        return "<a href=\"\(escape(url))\" rel=\"nofollow noopener\">\(inner)</a>"
    }

    /// The address of `[text](address)`; nil for reference-style links.
    static func address(in markdown: String) -> String? {
        guard markdown.hasSuffix(")"), let start = markdown.range(of: "](", options: .backwards) else { return nil }
        let url = markdown[start.upperBound..<markdown.index(before: markdown.endIndex)].trimmingCharacters(in: .whitespaces)
        return url.isEmpty ? nil : url
    }

    static func altText(_ markdown: String) -> String {
        guard let open = markdown.range(of: "!["), let close = markdown.range(of: "](") else { return "image" }
        let text = markdown[open.upperBound..<close.lowerBound]
        return text.isEmpty ? "image" : String(text)
    }

    static func isAllowed(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") else { return false }
        return !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "'" || $0 == "`" })
    }

    static func escape(_ text: String) -> String { Escape.attribute(text) }
}
