import Plot
import VigilCore

/// The frame around every page: header and navigation, the synthetic-data banner when demo
/// data is stored, and the footer saying where the figures come from.
enum Layout {

    /// How a page gets its stylesheet.
    enum StylesheetPlacement: Sendable {
        /// A link to the served file: what browsers get, since the Content-Security-Policy refuses inline styles.
        case linked
        /// Inside the page: for a page printed from a file, where there is no server to fetch from.
        /// The page then carries its own policy (`printedPagePolicy`), since no header comes with a file.
        case inline
    }

    /// The policy of a page printed from a file: its one inline stylesheet (by hash), and nothing
    /// else: no script runs and nothing is fetched, whatever text editors put in the page.
    static var printedPagePolicy: String {
        "default-src 'none'; style-src 'sha256-\(Stylesheet.sha256Base64)'; img-src data:; form-action 'none'; base-uri 'none'"
    }

    static func page(title: String, description: String, chrome: PageChrome, stylesheet: StylesheetPlacement = .linked,
                     _ content: Node<HTML.BodyContext>...) -> HTML {
        HTML(
            .lang(chrome.language == .spanish ? .spanish : .english),
            .head(
                .meta(.charset(.utf8)),
                .if(stylesheet == .inline, .meta(.attribute(named: "http-equiv", value: "Content-Security-Policy"),
                                                 .content(printedPagePolicy))),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("description"), .content(Escape.attribute(description))),
                .element(named: "title", text: title == "Vigil" ? title : "\(title) · Vigil"),
                alternates(chrome),
                stylesheet == .linked ? Node<HTML.HeadContext>.stylesheet(SiteURL.stylesheet.path) : Node<HTML.HeadContext>.style(Stylesheet.css)
            ),
            .body(
                .a(.class("skip-link"), .href("#content"), .text(t("layout.skip_to_content"))),
                header(chrome),
                .if(chrome.showsSyntheticBanner, syntheticBanner()),
                .main(.id("content"), .class("wrap"), .group(content)),
                footer()
            )
        )
    }

    static func header(_ chrome: PageChrome) -> Node<HTML.BodyContext> {
        func item(_ label: String, _ url: SiteURL, _ section: PageChrome.Section) -> Node<HTML.ListContext> {
            .li(.a(.href(Escape.attribute(url.href)),
                   .if(chrome.section == section && section != .none, .attribute(named: "aria-current", value: "page")),
                   .text(label)))
        }
        let items: [Node<HTML.ListContext>] = [
            item(t("nav.national"), .national(), .national), item(t("nav.releases"), .releases, .releases),
            item(t("nav.daily"), .daily, .daily), item(t("nav.private_share"), .privateShare(), .privateShare),
            item(t("nav.deaths"), .deaths(), .deaths), item(t("nav.segregation"), .segregation, .segregation),
            item(t("nav.incidents"), .incidents(), .incidents), item(t("nav.ranking"), .closureRanking(), .ranking),
            item(t("nav.tps"), .tps, .tps), item(t("nav.expansion"), .expansion(), .expansion),
            item(t("nav.alerts"), .alerts(), .alerts), item(t("nav.letters"), .letters, .letters),
            item(t("nav.facility_review"), .facilityReview, .facilityReview), item(t("nav.help"), .help, .help),
            item(t("nav.release_work"), .releaseWork, .releaseWork),
        ]
        // Two renderings of one list, and CSS shows one: a row of links on wide screens, and on a phone a
        // "Menu" that opens with a tap (<details>, so it works with no script). The hidden one is
        // display:none, which also takes it out of what screen readers announce.
        return .header(.class("site-header"),
            .div(.class("wrap header-row"),
                .a(.class("brand"), .href(SiteURL.national().path),
                   .span(.class("brand-name"), .text("Vigil")),
                   .span(.class("brand-tagline"), .text(t("layout.tagline")))),
                .nav(.class("nav-wide"), .ariaLabel(t("layout.nav_label")), .ul(.group(items))),
                .details(.class("nav-menu"), .summary(.text(t("layout.menu"))), .nav(.ariaLabel(t("layout.nav_label")), .ul(.group(items)))),
                languageSwitch(chrome),
                account(chrome.viewer)
            ))
    }

    /// "Sign in", or who is signed in with a sign-out button (a POST form carrying the CSRF token).
    static func account(_ viewer: PageChrome.Viewer?) -> Node<HTML.BodyContext> {
        guard let viewer else {
            return .div(.class("account"), .a(.href(SiteURL.signIn.path), .text(t("layout.sign_in"))))
        }
        return .div(.class("account"),
            .span(.class("account-name"), .text(viewer.email), .text(" "), .span(.class("account-role"), .text("(\(t("role." + viewer.role.rawValue)))"))),
            .a(.class("account-link"), .href(SiteURL.organizations.path), .text(t("layout.cases"))),
            .if(viewer.role == .admin, .a(.class("account-link"), .href(SiteURL.auditLog.path), .text(t("layout.audit_log")))),
            .form(.class("sign-out"), .method(.post), .action(SiteURL.signOut.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(viewer.csrfToken))),
                  .button(.type(.submit), .text(t("layout.sign_out")))))
    }

    /// The same page in every language, for search engines (`hreflang`); `x-default` is the address
    /// with no choice in it, which follows the reader's browser.
    static func alternates(_ chrome: PageChrome) -> Node<HTML.HeadContext> {
        .group(SiteLanguage.allCases.map { language in
            .link(.rel(.alternate), .attribute(named: "hreflang", value: language.code),
                  .href(Escape.attribute(LanguageMiddleware.address(chrome.target, in: language))))
        })
    }

    /// A link to this page in the other language, named in that language.
    static func languageSwitch(_ chrome: PageChrome) -> Node<HTML.BodyContext> {
        .div(.class("language-switch"),
            .group(SiteLanguage.allCases.filter { $0 != chrome.language }.map { language in
                .a(.href(Escape.attribute(LanguageMiddleware.address(chrome.target, in: language))),
                   .attribute(named: "hreflang", value: language.code), .attribute(named: "lang", value: language.code),
                   .text(language.nativeName))
            }))
    }

    static func syntheticBanner() -> Node<HTML.BodyContext> {
        .div(.class("synthetic-banner"), .attribute(named: "role", value: "note"),
            .div(.class("wrap"),
                .strong(.text(t("layout.synthetic.label"))), .text(" "),
                rich("layout.synthetic.text", ["command": .code(.text("vigil import ice-stats <folder>"))])))
    }

    static func footer() -> Node<HTML.BodyContext> {
        .footer(.class("site-footer"),
            .div(.class("wrap"),
                .p(.strong(.text(t("layout.footer.source.label"))), .text(" "),
                   rich("layout.footer.source.text", ["archive": .a(.href(SiteURL.releases.path), .text(t("layout.footer.source.archive")))])),
                .p(.strong(.text(t("layout.footer.adp.label"))), .text(" "),
                   .text(t("layout.footer.adp.text"))),
                .p(.class("footer-links"),
                   .text(t("layout.footer.data")), .text(" "),
                   .a(.href(SiteURL.download(.facilityReleases(.csv)).path), .text(t("layout.footer.every_facility_csv"))),
                   .text(" · "),
                   .a(.href(SiteURL.download(.releases(.csv)).path), .text(t("layout.footer.releases_csv"))),
                   .text(" · "),
                   .a(.href(SiteURL.api(.openAPI).path), .text(t("layout.footer.api"))))
            ))
    }
}
