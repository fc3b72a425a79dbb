import VigilCore
import VigilStore

/// The Atom feed (RFC 4287) of `AlertFeedModel`: a pure function of it. Atom is XML, not HTML,
/// so it is written here with XML escaping rather than with Plot.
///
/// Links are relative to the feed's own address, as RFC 4287 allows (resolved against the
/// document's URI), so the same feed is right behind any host name or proxy.
enum AlertFeedView {
    static let contentType = "application/atom+xml; charset=utf-8"

    static func render(_ model: AlertFeedModel) -> String {
        let self_ = SiteURL.alertFeed(model.scope).href
        let page = SiteURL.alerts(model.scope).href
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>\(escape(feedID(model.scope)))</id>
              <title>\(escape(title(model)))</title>
              <subtitle>\(escape(t("alerts.feed.subtitle")))</subtitle>
              <updated>\(escape(model.updated))</updated>
              <author><name>Vigil</name></author>
              <generator>Vigil</generator>
              <link rel="self" type="application/atom+xml" href="\(escape(self_))"/>
              <link rel="alternate" type="text/html" href="\(escape(page))"/>

            """
        for stored in model.events {
            xml += entry(stored, synthetic: model.isSynthetic)
        }
        xml += "</feed>\n"
        return xml
    }

    static func entry(_ stored: StoredExpansionEvent, synthetic: Bool) -> String {
        let e = stored.event
        let files = [stored.previousFile.map { t("alerts.feed.previous_release", ["file": $0, "date": e.previousAsOf.iso]) },
                     stored.file.map { t("alerts.feed.release", ["file": $0, "date": e.asOf.iso]) }].compactMap { $0 }.joined(separator: "; ")
        // The event's summary is the one the API and webhooks carry, in English.
        let summary = (synthetic ? t("alerts.feed.synthetic") : "") + e.summary + (files.isEmpty ? "" : t("alerts.feed.sources", ["files": files]))
        return """
              <entry>
                <id>urn:vigil:expansion-event:\(escape(e.eventKey))</id>
                <title>\(escape(t("alerts.feed.entry_title", ["kind": t("alerts.kind.\(e.kind.rawValue)"), "facility": e.name + (e.state.map { ", \($0)" } ?? ""), "date": e.asOf.iso])))</title>
                <updated>\(escape(stored.detectedAt))</updated>
                <published>\(escape(stored.detectedAt))</published>
                <link rel="alternate" type="text/html" href="\(escape(SiteURL.facility(e.facilityKey).path))"/>
                <link rel="related" type="text/html" title="\(escape(t("alerts.feed.releases_link")))" href="\(escape(SiteURL.releases.path))"/>
                <category term="\(escape(e.kind.rawValue))" label="\(escape(t("alerts.kind.\(e.kind.rawValue)")))"/>
                <summary>\(escape(summary))</summary>
              </entry>

            """
    }

    /// Stable for a scope: the same filters always name the same feed.
    static func feedID(_ scope: AlertScope) -> String {
        let items = AlertScopeQuery.queryItems(scope).map { "\($0.0)=\(SiteURL.encodeQueryValue($0.1))" }.joined(separator: ";")
        return "urn:vigil:alerts:" + (items.isEmpty ? "all" : items)
    }

    static func title(_ model: AlertFeedModel) -> String {
        t("alerts.feed.title", ["scope": model.scope.isEverything ? t("alerts.scope.every_facility") : model.scope.words])
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
