import Testing
@testable import VigilWeb

/// Editors' Markdown goes through Ink, and nothing Ink would pass through raw reaches the page.
@Suite("Letter Markdown")
struct LetterMarkdownTests {
    @Test("ordinary Markdown renders")
    func renders() {
        let html = LetterMarkdown.html("We *ask*, **now**:\n\n- one\n- two\n\nSee [the report](https://example.org/r.pdf).")
        #expect(html.contains("<em>ask</em>") && html.contains("<strong>now</strong>") && html.contains("<li>one</li>"))
        #expect(html.contains("<a href=\"https://example.org/r.pdf\" rel=\"nofollow noopener\">the report</a>"))
    }

    @Test("raw HTML, script links, attribute breaks and code-block classes come out inert", arguments: [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](https://example.org/\" onmouseover=\"alert(1))",
        "![x](javascript:alert(1))",
        "```js\" onclick=\"alert(1)\nx\n```",
        "Text <b onclick=alert(1)>bold</b> inline",
    ])
    func inert(markdown: String) {
        let html = LetterMarkdown.html(markdown)
        #expect(!html.contains("<script"), "\(html)")
        #expect(!html.contains("<img"), "\(html)")
        #expect(!html.contains("javascript:alert") || !html.contains("href=\"javascript"), "\(html)")
        #expect(!html.contains("href=\"javascript"), "\(html)")
        #expect(!html.contains("\" onmouseover=\""), "\(html)")
        #expect(!html.contains("\" onclick=\""), "\(html)")
        #expect(!html.contains("<b onclick"), "\(html)")
    }
}
