import Testing
import VigilCore
import VigilStore
@testable import VigilWeb

@Suite("HTML escaping of data from files and requests")
struct EscapingTests {
    @Test("hostile facility names, cities, types and inspections show as text", arguments: ["/", "/releases", "FACILITY"])
    func hostileData(path: String) async throws {
        // given a release whose facility carries markup in its name, city, type, AOR and inspection
        let release = Fixtures.hostileRelease()
        let key = release.facilities[0].key
        try await withApp(releases: [release], synthetic: false) { client, _ in
            // when a page showing it is read
            let page = try await client.get(path == "FACILITY" ? "/facilities/\(key.rawValue)" : path)
            // then no injected element survives: the markup is shown as text
            #expect(page.status == .ok)
            #expect(!page.body.contains("<script>alert"))
            #expect(!page.body.contains("<img src=x"))
            #expect(!page.body.contains("<b>HOU</b>"))
            #expect(!page.body.contains("<i>ODO</i>"))
            #expect(!page.body.contains("<N/A>"))
            #expect(!page.body.contains("<x>"))
            #expect(!page.body.contains("\"><script>"))
            if path != "/releases" {
                #expect(page.body.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
            }
            // (the only <script is none at all: pages need no JavaScript)
            #expect(!page.body.contains("<script"))
        }
    }

    @Test("request text echoed into the form is escaped")
    func echoedQuery() async throws {
        try await withApp(releases: [Fixtures.hostileRelease()], synthetic: false) { client, _ in
            // when the search box is sent an attribute-breaking value
            let page = try await client.get("/?q=%22%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E")
            // then it is echoed escaped, in the input's value and in links
            #expect(!page.body.contains("<script>alert(3)"))
            #expect(page.body.contains("value=\"&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;\""))
        }
    }

    @Test("attribute escaping covers quotes, angle brackets and ampersands")
    func attributeEscape() {
        #expect(Escape.attribute("a\"b'<c>&d") == "a&quot;b&#39;&lt;c&gt;&amp;d")
    }
}
