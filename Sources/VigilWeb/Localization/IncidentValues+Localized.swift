import Foundation
import VigilCore

// Incidents' categories, statuses, visibilities and form fields as a page names them, in its language.
// Their English `label` stays for downloads and the API, which are not translated.

/// A catalogue key from a stable slug: `physical-abuse` → `physical_abuse`.
func keySegment(_ slug: String) -> String {
    slug.replacingOccurrences(of: "-", with: "_").lowercased()
}

extension IncidentCategory {
    var localizedLabel: String { t("incident.category." + keySegment(rawValue)) }
}

extension IncidentStatus {
    var localizedLabel: String { t("incident.status." + keySegment(rawValue)) }
}

extension IncidentVisibility {
    var localizedLabel: String { t("incident.visibility." + keySegment(rawValue)) }
}

extension IncidentField {
    var localizedLabel: String { t("incident.field." + keySegment(rawValue)) }
}
