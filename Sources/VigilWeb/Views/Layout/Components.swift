import Plot
import VigilStore

/// Small pieces every page uses: links, download links, table cells.
enum Components {
    /// A link to a Vigil address, escaped for the attribute.
    static func link(_ url: SiteURL, _ text: String, class className: String? = nil) -> Node<HTML.BodyContext> {
        .a(.href(Escape.attribute(url.href)), .unwrap(className) { .class($0) }, .text(text))
    }

    /// `Download: CSV · JSON`, placed next to the table it downloads; `what` is in the page's language.
    static func downloads(_ what: String, csv: SiteURL, json: SiteURL) -> Node<HTML.BodyContext> {
        .p(.class("downloads"),
           .span(.class("downloads-label"), .text(t("common.download", ["what": what]) + " ")),
           .a(.href(Escape.attribute(csv.href)), .attribute(named: "download"), .text("CSV")),
           .text(" · "),
           .a(.href(Escape.attribute(json.href)), .text("JSON")))
    }

    /// A box that scrolls on its own when its table (or chart) is wider than the screen, so the page
    /// itself never does on a phone. It takes keyboard focus (`tabindex=0`), since a region that scrolls
    /// must be reachable without a mouse; `tall` also caps its height, for long lists.
    static func scrollBox<Context: HTML.BodyContext>(tall: Bool = false, _ content: Node<Context>...) -> Node<Context> {
        .div(.class(tall ? "table-scroll tall" : "table-scroll"), .attribute(named: "tabindex", value: "0"), .group(content))
    }

    /// A title attribute carrying data, escaped.
    static func tooltip(_ text: String) -> Node<HTML.BodyContext> {
        .attribute(named: "title", value: Escape.attribute(text))
    }

    /// A column header cell.
    static func columnHeader(_ text: String, numeric: Bool = false) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .if(numeric, .class("num")), .text(text))
    }

    /// A header row from labels; labels prefixed with `#` are numeric (right-aligned).
    static func headerRow(_ labels: [String]) -> Node<HTML.TableContext> {
        .thead(.tr(.group(labels.map { label in
            label.hasPrefix("#") ? columnHeader(String(label.dropFirst()), numeric: true) : columnHeader(label)
        })))
    }

    static func rowHeader(_ content: Node<HTML.BodyContext>) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "row"), content)
    }

    static func numberCell(_ text: String) -> Node<HTML.TableRowContext> {
        .td(.class("num"), .text(text))
    }

    static func textCell(_ text: String?) -> Node<HTML.TableRowContext> {
        .td(.text(text ?? "—"))
    }

    /// A headline figure: large number, small label underneath.
    static func stat(_ value: String, _ label: String, note: String? = nil) -> Node<HTML.BodyContext> {
        .div(.class("stat"),
             .div(.class("stat-value"), .text(value)),
             .div(.class("stat-label"), .text(label)),
             .unwrap(note) { .div(.class("stat-note"), .text($0)) })
    }

    /// A "section" with a heading and an id, so it can be linked to.
    static func section(id: String, title: String, _ content: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .section(.id(id), .class("panel"), .attribute(named: "aria-labelledby", value: "\(id)-heading"),
                 .h2(.id("\(id)-heading"), .text(title)),
                 .group(content))
    }
}
