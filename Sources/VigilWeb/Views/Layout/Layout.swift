import Plot

/// The frame around every page: header and navigation, the synthetic-data banner when demo
/// data is stored, and the footer saying where the figures come from.
enum Layout {
    static let syntheticBannerText = "these figures are generated, not ICE's. Import real workbooks with "

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
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .if(stylesheet == .inline, .meta(.attribute(named: "http-equiv", value: "Content-Security-Policy"),
                                                 .content(printedPagePolicy))),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("description"), .content(Escape.attribute(description))),
                .element(named: "title", text: title == "Vigil" ? title : "\(title) · Vigil"),
                stylesheet == .linked ? Node<HTML.HeadContext>.stylesheet(SiteURL.stylesheet.path) : Node<HTML.HeadContext>.style(Stylesheet.css)
            ),
            .body(
                .a(.class("skip-link"), .href("#content"), .text("Skip to content")),
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
            item("National", .national(), .national), item("Releases", .releases, .releases), item("Daily", .daily, .daily),
            item("Private share", .privateShare(), .privateShare), item("Deaths", .deaths(), .deaths),
            item("Segregation", .segregation, .segregation), item("Incidents", .incidents(), .incidents),
            item("Ranking", .closureRanking(), .ranking), item("TPS", .tps, .tps),
            item("Expansion", .expansion(), .expansion), item("Alerts", .alerts(), .alerts), item("Letters", .letters, .letters), item("Facility review", .facilityReview, .facilityReview),
            item("Release work", .releaseWork, .releaseWork),
        ]
        // Two renderings of one list, and CSS shows one: a row of links on wide screens, and on a phone a
        // "Menu" that opens with a tap (<details>, so it works with no script). The hidden one is
        // display:none, which also takes it out of what screen readers announce.
        return .header(.class("site-header"),
            .div(.class("wrap header-row"),
                .a(.class("brand"), .href(SiteURL.national().path),
                   .span(.class("brand-name"), .text("Vigil")),
                   .span(.class("brand-tagline"), .text("U.S. immigration detention, as ICE reports it"))),
                .nav(.class("nav-wide"), .ariaLabel("Main"), .ul(.group(items))),
                .details(.class("nav-menu"), .summary(.text("Menu")), .nav(.ariaLabel("Main"), .ul(.group(items)))),
                account(chrome.viewer)
            ))
    }

    /// "Sign in", or who is signed in with a sign-out button (a POST form carrying the CSRF token).
    static func account(_ viewer: PageChrome.Viewer?) -> Node<HTML.BodyContext> {
        guard let viewer else {
            return .div(.class("account"), .a(.href(SiteURL.signIn.path), .text("Sign in")))
        }
        return .div(.class("account"),
            .span(.class("account-name"), .text(viewer.email), .text(" "), .span(.class("account-role"), .text("(\(viewer.role.rawValue))"))),
            .a(.class("account-link"), .href(SiteURL.organizations.path), .text("Cases")),
            .if(viewer.role == .admin, .a(.class("account-link"), .href(SiteURL.auditLog.path), .text("Audit log"))),
            .form(.class("sign-out"), .method(.post), .action(SiteURL.signOut.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(viewer.csrfToken))),
                  .button(.type(.submit), .text("Sign out"))))
    }

    static func syntheticBanner() -> Node<HTML.BodyContext> {
        .div(.class("synthetic-banner"), .attribute(named: "role", value: "note"),
            .div(.class("wrap"),
                .strong(.text("Synthetic demo data: ")),
                .text(syntheticBannerText),
                .code(.text("vigil import ice-stats <folder>")),
                .text(".")))
    }

    static func footer() -> Node<HTML.BodyContext> {
        .footer(.class("site-footer"),
            .div(.class("wrap"),
                .p(.strong(.text("Source. ")),
                   .text("U.S. Immigration and Customs Enforcement, detention statistics workbooks (“FY… detentionStats”), "),
                   .text("as released and archived here unchanged by SHA-256. Every figure can be traced to its release file, "),
                   .text("as-of date and sheet row: see "),
                   .a(.href(SiteURL.releases.path), .text("the release archive")),
                   .text(".")),
                .p(.strong(.text("Average daily population (ADP), fiscal year to date. ")),
                   .text("The average number of people held per day from the start of the fiscal year (1 October) "),
                   .text("to the release’s as-of date. It is a stock averaged over days: not a headcount on one day, "),
                   .text("and not a count of book-ins.")),
                .p(.class("footer-links"),
                   .text("Data: "),
                   .a(.href(SiteURL.download(.facilityReleases(.csv)).path), .text("every facility in every release (CSV)")),
                   .text(" · "),
                   .a(.href(SiteURL.download(.releases(.csv)).path), .text("releases (CSV)")),
                   .text(" · "),
                   .a(.href(SiteURL.api(.openAPI).path), .text("JSON API (OpenAPI)")))
            ))
    }
}
